#!/usr/bin/env python3
"""importer-bq, files 11-20."""
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- bq11 press (municipality, Tlax.; Facebook post copy)
bq11 = """Presidencia Municipal de Zacatelco
14 de septiembre de 2020  · 🌎
📢 #Comunicado 112/2020

🔵 REANUDAN ACTIVIDADES EN EL MERCADO MUNICIPAL CON NUEVAS MEDIDAS SANITARIAS 🔵

Zacatelco, Tlax., 14 de septiembre de 2020.- A partir de este martes, el mercado municipal de Zacatelco reanudará sus actividades con horario de 7:00 a 17:00 horas, luego de permanecer cerrado durante dos semanas por trabajos de sanitización y adecuación de pasillos, informó la Presidencia Municipal.

Para evitar contagios de COVID-19, se habilitarán dos accesos con filtro sanitario, donde personal de Protección Civil tomará la temperatura y aplicará gel antibacterial a quienes ingresen. El uso de cubrebocas será obligatorio para locatarios y clientes. 😷

Los pasillos tendrán un solo sentido de circulación y sólo podrá entrar una persona por familia. Los puestos de comida preparada funcionarán únicamente para llevar, sin mesas ni bancos.

El director de Gobernación municipal, Hilario Xochitototl Pluma, explicó que las medidas se acordaron con la mesa directiva de locatarios y que se revisarán cada quince días de acuerdo con el semáforo epidemiológico estatal.

La Presidencia Municipal pidió a la población acudir al mercado sólo lo necesario y evitar llevar a niñas, niños y personas adultas mayores.

#ZacatelcoAvanza #UsaCubrebocas
Ver menos
Todas las reacciones:
214
37 comentarios
58 veces compartido
Me gusta
Comentar
Compartir
Leticia Ahuactzin Romano
¿Y el tianguis del domingo también se pone?
2 sem
Responder
"""
write_source('bq11.md', bq11)
write_gold('bq11', family='press_release',
           title='REANUDAN ACTIVIDADES EN EL MERCADO MUNICIPAL CON NUEVAS MEDIDAS SANITARIAS',
           date='2020-09-14', source='Presidencia Municipal de Zacatelco',
           bulletin_number='112/2020', issuer='Presidencia Municipal de Zacatelco',
           dateline_city='Zacatelco',
           body_first_words='A partir de este martes, el mercado municipal de Zacatelco reanudará',
           body_last_words='evitar llevar a niñas, niños y personas adultas mayores.',
           boilerplate=['#Comunicado 112/2020', 'Zacatelco, Tlax., 14 de septiembre de 2020.-',
                        '#ZacatelcoAvanza #UsaCubrebocas', 'Ver menos', 'Todas las reacciones:',
                        '37 comentarios', '58 veces compartido', 'Comentar', 'Compartir',
                        'Leticia Ahuactzin Romano', '¿Y el tianguis del domingo también se pone?',
                        'Responder'],
           must_keep=['El uso de cubrebocas será obligatorio para locatarios y clientes.',
                      'Los puestos de comida preparada funcionarán únicamente para llevar, sin mesas ni bancos.',
                      'que se revisarán cada quince días de acuerdo con el semáforo epidemiológico estatal.'])

# ---------------------------------------------------------------- bq12 press (public university, Mor.; UTF-16, sumario bullets)
bq12 = """UNIVERSIDAD AUTÓNOMA DEL ESTADO DE MORELOS
Dirección General de Comunicación Universitaria
Boletín de prensa 341/2018

Registran investigadores de la UAEM nueva especie de orquídea en la Sierra de Huautla

- El hallazgo se publicó en una revista especializada en botánica
- La planta crece sólo en la selva baja caducifolia del sur del estado

Cuernavaca, Morelos, 9 de octubre de 2018.

Investigadores del Centro de Investigación en Biodiversidad y Conservación de la Universidad Autónoma del Estado de Morelos (UAEM) describieron una nueva especie de orquídea terrestre que crece únicamente en la selva baja caducifolia de la Reserva de la Biosfera Sierra de Huautla, en el sur del estado.

La planta, de flores blancas con manchas moradas y apenas 20 centímetros de altura, fue localizada durante los recorridos de monitoreo que el equipo realiza desde 2014 en los municipios de Tlaquiltenango y Puente de Ixtla.

La investigadora responsable del estudio, Claudia Marisol Ortiz Bahena, explicó que la especie florece sólo durante unas semanas al inicio de la temporada de lluvias, lo que explica que no se hubiera registrado antes. “Pasamos cuatro temporadas buscándola; la primera vez la encontramos por casualidad, a la orilla de una barranca”, relató.

Los autores propusieron que la orquídea sea considerada en riesgo, debido a que sólo se conocen tres poblaciones con menos de 200 individuos en total, y a que su hábitat se ve afectado por el cambio de uso de suelo y los incendios.

La UAEM recordó que la Sierra de Huautla alberga más de 900 especies de plantas y que su conservación depende en buena medida del trabajo con los ejidos y comunidades de la reserva.

Pie de foto: La nueva orquídea fue hallada en la selva baja de Tlaquiltenango. Foto: CIByC-UAEM

#OrgulloUAEM

--o0o--

comunicacion.dgcu@uaem-ej.example.mx · Tel. 777 555 0170 ext. 2214
"""
write_source('bq12.txt', bq12, enc='utf-16-le', eol='crlf', bom=True)
write_gold('bq12', family='press_release',
           title='Registran investigadores de la UAEM nueva especie de orquídea en la Sierra de Huautla',
           date='2018-10-09', source='UNIVERSIDAD AUTÓNOMA DEL ESTADO DE MORELOS',
           bulletin_number='341/2018', issuer='UNIVERSIDAD AUTÓNOMA DEL ESTADO DE MORELOS',
           dateline_city='Cuernavaca',
           body_first_words='Investigadores del Centro de Investigación en Biodiversidad y Conservación',
           body_last_words='del trabajo con los ejidos y comunidades de la reserva.',
           boilerplate=['Dirección General de Comunicación Universitaria', 'Boletín de prensa 341/2018',
                        'El hallazgo se publicó en una revista especializada en botánica',
                        'La planta crece sólo en la selva baja caducifolia del sur del estado',
                        'Cuernavaca, Morelos, 9 de octubre de 2018.',
                        'Pie de foto: La nueva orquídea fue hallada en la selva baja de Tlaquiltenango. Foto: CIByC-UAEM',
                        '#OrgulloUAEM', '--o0o--',
                        'comunicacion.dgcu@uaem-ej.example.mx · Tel. 777 555 0170 ext. 2214'],
           must_keep=['La planta, de flores blancas con manchas moradas y apenas 20 centímetros de altura, fue localizada durante los recorridos de monitoreo que el equipo realiza desde 2014 en los municipios de Tlaquiltenango y Puente de Ixtla.',
                      '“Pasamos cuatro temporadas buscándola; la primera vez la encontramos por casualidad, a la orilla de una barranca”, relató.',
                      'La UAEM recordó que la Sierra de Huautla alberga más de 900 especies de plantas'],
           photo_credit='CIByC-UAEM')

# ---------------------------------------------------------------- bq13 press (diocese, Gro.; issuer as # heading, quote headline)
bq13 = """# DIÓCESIS DE TLAPA

Oficina Diocesana de Comunicación Social
Comunicado 08/2014

## “Que nadie emigre por hambre”: Diócesis de Tlapa abre comedores en 12 parroquias de la Montaña

Tlapa de Comonfort, Gro., a 12 de diciembre de 2014.

En el marco de la fiesta de la Virgen de Guadalupe, la Diócesis de Tlapa puso en marcha este viernes un programa de comedores parroquiales que atenderá a niñas, niños y personas adultas mayores de 12 parroquias de la región de la Montaña, donde la pérdida de las cosechas por las lluvias del año pasado dejó a cientos de familias sin reservas de maíz.

Los comedores funcionarán en los salones parroquiales de Metlatónoc, Cochoapa el Grande, Atlamajalcingo del Monte, Copanatoyac, Alcozauca y Tlacoapa, entre otras comunidades, y serán atendidos por voluntarias de los grupos de pastoral.

El vicario de pastoral social, presbítero Juventino Mendoza Tlatempa, explicó que la iniciativa responde a lo que los sacerdotes escuchan en las comunidades. «Los jóvenes se van a los campos agrícolas del norte o a Estados Unidos porque aquí no hay qué comer; que nadie tenga que emigrar por hambre», dijo.

El programa se sostiene con donativos de parroquias de otras diócesis del país y de migrantes originarios de la Montaña que viven en Nueva York y Nueva Jersey. Cada comedor contará además con un huerto familiar para producir hortalizas.

La Diócesis invitó a las personas y organizaciones que deseen apoyar a comunicarse con la Pastoral Social, cuyas oficinas se ubican a un costado de la catedral.

+ + +

Oficina Diocesana de Comunicación Social
Tel. 757 555 0163 · prensa@diocesis-tlapa.example.mx
"""
write_source('bq13.md', bq13)
write_gold('bq13', family='press_release',
           title='“Que nadie emigre por hambre”: Diócesis de Tlapa abre comedores en 12 parroquias de la Montaña',
           date='2014-12-12', source='DIÓCESIS DE TLAPA',
           bulletin_number='08/2014', issuer='DIÓCESIS DE TLAPA',
           dateline_city='Tlapa de Comonfort',
           body_first_words='En el marco de la fiesta de la Virgen de Guadalupe',
           body_last_words='cuyas oficinas se ubican a un costado de la catedral.',
           boilerplate=['Oficina Diocesana de Comunicación Social', 'Comunicado 08/2014',
                        'Tlapa de Comonfort, Gro., a 12 de diciembre de 2014.', '+ + +',
                        'Tel. 757 555 0163 · prensa@diocesis-tlapa.example.mx'],
           must_keep=['«Los jóvenes se van a los campos agrícolas del norte o a Estados Unidos porque aquí no hay qué comer; que nadie tenga que emigrar por hambre», dijo.',
                      'Cada comedor contará además con un huerto familiar para producir hortalizas.',
                      'y serán atendidos por voluntarias de los grupos de pastoral.'])

# ---------------------------------------------------------------- bq14 press (state health ministry, Tlax.; ISO-8859-15, CR only)
bq14 = """GOBIERNO DEL ESTADO DE TLAXCALA
SECRETARÍA DE SALUD DE TLAXCALA
Dirección de Comunicación Social
Boletín SESA/DCS/0215/2009

Arranca en Tlaxcala la campaña de vacunación contra la influenza estacional

Tlaxcala, Tlax., 30 de octubre de 2009.- La Secretaría de Salud de Tlaxcala (SESA) inició este viernes la campaña invernal de vacunación contra la influenza estacional, con la meta de aplicar 180 mil dosis en los 60 municipios del estado a niñas y niños de seis meses a tres años, personas mayores de 60 años y personas con enfermedades crónicas.

Las vacunas se aplicarán de manera gratuita en los centros de salud y en módulos instalados en plazas públicas, mercados y presidencias municipales. Brigadas de vacunación visitarán además las comunidades más alejadas de la zona de La Malinche y del norte del estado.

El director de Salud Pública, doctor Everardo Tecuatl Morales, recordó que la vacuna contra la influenza estacional no protege contra el virus AH1N1, por lo que pidió a la población mantener las medidas de prevención: lavarse las manos con frecuencia, cubrirse al toser y no acudir a la escuela o al trabajo en caso de fiebre.

Como parte de la preparación para la temporada invernal, la dependencia recibió equipo de ventilación mecánica donado por una fundación española, con valor de 85 mil €, que será distribuido en los hospitales generales del estado.

La dependencia exhortó a la población a acudir de inmediato a su unidad de salud ante cualquier síntoma respiratorio, y recordó que la atención es gratuita.

--ooOoo--

Dirección de Comunicación Social SESA
Tel. 246 555 0130 / prensa.sesa@salud-tlax.example.mx
"""
write_source('bq14.txt', bq14, enc='iso-8859-15', eol='cr')
write_gold('bq14', family='press_release',
           title='Arranca en Tlaxcala la campaña de vacunación contra la influenza estacional',
           date='2009-10-30', source='SECRETARÍA DE SALUD DE TLAXCALA',
           bulletin_number='SESA/DCS/0215/2009', issuer='SECRETARÍA DE SALUD DE TLAXCALA',
           dateline_city='Tlaxcala',
           body_first_words='La Secretaría de Salud de Tlaxcala (SESA) inició este viernes',
           body_last_words='y recordó que la atención es gratuita.',
           boilerplate=['GOBIERNO DEL ESTADO DE TLAXCALA', 'Dirección de Comunicación Social',
                        'Boletín SESA/DCS/0215/2009', 'Tlaxcala, Tlax., 30 de octubre de 2009.-',
                        '--ooOoo--', 'Tel. 246 555 0130 / prensa.sesa@salud-tlax.example.mx'],
           must_keep=['Brigadas de vacunación visitarán además las comunidades más alejadas de la zona de La Malinche y del norte del estado.',
                      'con valor de 85 mil €, que será distribuido en los hospitales generales del estado.',
                      'La dependencia exhortó a la población a acudir de inmediato a su unidad de salud ante cualquier síntoma respiratorio'])

# ---------------------------------------------------------------- bq15 press (municipal DIF, Mor.; 1998 fax with cover sheet and page break)
bq15 = """F A X
DE: DIF MUNICIPAL CUAUTLA - COMUNICACION SOCIAL
PARA: JEFE DE INFORMACION / MESA DE REDACCION
FAX: 735 555 0171
NO. DE HOJAS (INCLUYENDO ESTA): 2
FECHA: 22-IX-98
------------------------------------------------------------

SISTEMA PARA EL DESARROLLO INTEGRAL DE LA FAMILIA DEL MUNICIPIO DE CUAUTLA
BOLETÍN DE PRENSA No. 112

ENTREGA EL DIF MUNICIPAL 500 DESAYUNOS ESCOLARES DIARIOS EN COLONIAS DEL ORIENTE DE CUAUTLA

Cuautla, Mor., a 22 de septiembre de 1998.

El Sistema para el Desarrollo Integral de la Familia (DIF) del municipio de Cuautla inició este martes la entrega diaria de 500 desayunos escolares en ocho escuelas primarias de las colonias del oriente de la ciudad y de Tetelcingo, como parte del programa de asistencia alimentaria para niñas y niños de familias de escasos recursos.

Cada desayuno incluye un cuarto de litro de leche, una pieza de pan integral y una porción de fruta de temporada. Los alimentos son preparados por madres de familia organizadas en comités escolares, que reciben los insumos cada lunes en las bodegas del DIF.

La presidenta del DIF municipal, señora Guadalupe Sotelo de Aragón, explicó que antes de iniciar el programa se pesó y midió a más de 2 mil alumnos, y que uno de cada cuatro presentaba algún grado de desnutrición. "Un niño que llega a la escuela sin desayunar no aprende igual", afirmó.

                                                  HOJA 1 DE 2
FAX DIF CUAUTLA 22-IX-98 11:47 P.02

El programa se financia con recursos del ayuntamiento y del DIF estatal, y se espera ampliarlo a partir de enero a otras doce escuelas de las ayudantías municipales.

Los padres de familia interesados en formar parte de los comités pueden acudir a las oficinas del DIF municipal, ubicadas en el centro de la ciudad, de lunes a viernes de 9:00 a 15:00 horas.

- 30 -

ATENTAMENTE
COORDINACION DE COMUNICACION SOCIAL
                                                  HOJA 2 DE 2
"""
write_source('bq15.txt', bq15, enc='latin-1', eol='crlf')
write_gold('bq15', family='press_release',
           title='ENTREGA EL DIF MUNICIPAL 500 DESAYUNOS ESCOLARES DIARIOS EN COLONIAS DEL ORIENTE DE CUAUTLA',
           date='1998-09-22',
           source='SISTEMA PARA EL DESARROLLO INTEGRAL DE LA FAMILIA DEL MUNICIPIO DE CUAUTLA',
           bulletin_number='112',
           issuer='SISTEMA PARA EL DESARROLLO INTEGRAL DE LA FAMILIA DEL MUNICIPIO DE CUAUTLA',
           dateline_city='Cuautla',
           body_first_words='El Sistema para el Desarrollo Integral de la Familia (DIF) del municipio de Cuautla',
           body_last_words='de lunes a viernes de 9:00 a 15:00 horas.',
           boilerplate=['F A X', 'DE: DIF MUNICIPAL CUAUTLA - COMUNICACION SOCIAL',
                        'PARA: JEFE DE INFORMACION / MESA DE REDACCION', 'FAX: 735 555 0171',
                        'NO. DE HOJAS (INCLUYENDO ESTA): 2', 'FECHA: 22-IX-98',
                        'BOLETÍN DE PRENSA No. 112', 'Cuautla, Mor., a 22 de septiembre de 1998.',
                        'HOJA 1 DE 2', 'FAX DIF CUAUTLA 22-IX-98 11:47 P.02', '- 30 -', 'ATENTAMENTE',
                        'COORDINACION DE COMUNICACION SOCIAL', 'HOJA 2 DE 2'],
           must_keep=['"Un niño que llega a la escuela sin desayunar no aprende igual", afirmó.',
                      'El programa se financia con recursos del ayuntamiento y del DIF estatal, y se espera ampliarlo a partir de enero a otras doce escuelas de las ayudantías municipales.',
                      'Cada desayuno incluye un cuarto de litro de leche, una pieza de pan integral y una porción de fruta de temporada.'])

# ---------------------------------------------------------------- bq16 press (regional civil protection, Gro.; bold title first, issuer only in the sign-off)
bq16 = """**Activan refugios temporales en Tlapa, Alpoyeca y Xalpatláhuac por lluvias intensas**

Boletín CRPC-M/0093/2025

Tlapa de Comonfort, Gro., 24 de septiembre de 2025.- La Coordinación Regional de Protección Civil en la Montaña activó tres refugios temporales en los municipios de Tlapa de Comonfort, Alpoyeca y Xalpatláhuac, ante el crecimiento del río Tlapaneco y de sus afluentes por las lluvias intensas que se registran desde el lunes en la región.

En los refugios, instalados en escuelas y auditorios, se cuenta con colchonetas, cobijas, agua embotellada y alimentos para atender hasta 600 personas. Hasta el mediodía de este miércoles se habían recibido 87 personas de las colonias ribereñas de Tlapa y de comunidades cercanas al río.

El coordinador regional, Bernabé Ayala Vázquez, informó que brigadas de Protección Civil, del Ejército y de la Guardia Nacional recorren los márgenes del río para alertar a las familias que viven en zonas de riesgo. «Pedimos que nadie intente cruzar el río ni los vados, aunque el agua parezca baja», advirtió.

Asimismo, se reportan deslaves en los tramos carreteros Tlapa–Metlatónoc y Tlapa–Marquelia, por lo que se recomienda a los automovilistas extremar precauciones y evitar viajar de noche.

La Coordinación pidió a la población mantenerse informada por los canales oficiales y reportar cualquier emergencia al número 911.

---o0o---

Atentamente

**COORDINACIÓN REGIONAL DE PROTECCIÓN CIVIL – REGIÓN MONTAÑA**
Tel. 757 555 0190 | Radio 24 h: canal 7 | X: @PCMontanaGroEj
"""
write_source('bq16.md', bq16, eol='crlf', bom=True)
write_gold('bq16', family='press_release',
           title='Activan refugios temporales en Tlapa, Alpoyeca y Xalpatláhuac por lluvias intensas',
           date='2025-09-24', source='COORDINACIÓN REGIONAL DE PROTECCIÓN CIVIL – REGIÓN MONTAÑA',
           bulletin_number='CRPC-M/0093/2025',
           issuer='COORDINACIÓN REGIONAL DE PROTECCIÓN CIVIL – REGIÓN MONTAÑA',
           dateline_city='Tlapa de Comonfort',
           body_first_words='La Coordinación Regional de Protección Civil en la Montaña activó',
           body_last_words='reportar cualquier emergencia al número 911.',
           boilerplate=['Boletín CRPC-M/0093/2025', 'Tlapa de Comonfort, Gro., 24 de septiembre de 2025.-',
                        '---o0o---', 'Atentamente',
                        'Tel. 757 555 0190 | Radio 24 h: canal 7 | X: @PCMontanaGroEj'],
           must_keep=['«Pedimos que nadie intente cruzar el río ni los vados, aunque el agua parezca baja», advirtió.',
                      'Hasta el mediodía de este miércoles se habían recibido 87 personas de las colonias ribereñas de Tlapa y de comunidades cercanas al río.',
                      'Asimismo, se reportan deslaves en los tramos carreteros Tlapa–Metlatónoc y Tlapa–Marquelia'])

# ---------------------------------------------------------------- bq17 jekyll (Ghost converter, digital native, Mor.)
bq17 = """---
title: "“No hay agua ni para los santos”: la sequía vacía los jagüeyes de Tetela del Volcán"
slug: sequia-jagueyes-tetela-del-volcan
published_at: '2023-11-30T22:45:00.000-06:00'
updated_at: '2023-12-01T09:12:40.000-06:00'
status: published
visibility: public
primary_author:
  name: Lucía Amaro Tlacotempa
  slug: lucia-amaro
authors:
  - name: Lucía Amaro Tlacotempa
    slug: lucia-amaro
  - name: Jesús Barreto Quintero
    slug: jesus-barreto
primary_tag: Medio ambiente
tags:
  - Medio ambiente
  - Morelos
  - '#boletin-viernes'
feature_image: /content/images/2023/11/jaguey-seco.jpg
feature_image_caption: "Foto: Jesús Barreto Quintero / Pie de Volcán"
custom_excerpt: "En los barrios altos del municipio las familias compran pipas cada semana."
site_title: Pie de Volcán
---

En Tetela del Volcán, al pie del Popocatépetl, los jagüeyes que durante generaciones guardaron el agua de lluvia para los animales y las huertas están secos desde agosto. Este año las lluvias llegaron tarde y se fueron pronto, y en los barrios altos del municipio las familias compran pipas cada semana.

Doña Amalia Rosales, que vende aguacate y durazno en el mercado de la cabecera, dice que en su casa ya no alcanza ni para regar las flores de la iglesia. “No hay agua ni para los santos”, dice, y se ríe, aunque no le hace gracia.

El comité de agua potable de Hueyapan, una comunidad nahua del municipio, reparte el servicio por tandeo: cada colonia recibe agua dos días a la semana durante unas horas. Los encargados dicen que los manantiales que bajan del volcán dan cada vez menos.

Investigadores que estudian la región relacionan la disminución con la pérdida de bosque en las laderas, con el aumento de huertas de aguacate que requieren riego y con temperaturas más altas en los últimos años. El Monitor de Sequía ubicaba en noviembre a buena parte del oriente de Morelos en sequía severa.

Mientras tanto, en Tetela las familias se organizan como pueden: recogen el agua de la lavadora para los baños, cubren los tambos para que no se evapore y esperan que el próximo temporal llegue a tiempo.

<!--kg-card-begin: html-->
<div class="boletin">📬 Recibe Pie de Volcán en tu correo cada viernes. <a href="https://pievolcan.example.mx/suscribete">Suscríbete aquí</a>.</div>
<!--kg-card-end: html-->
"""
write_source('bq17.md', bq17)
write_gold('bq17', family='jekyll',
           title='“No hay agua ni para los santos”: la sequía vacía los jagüeyes de Tetela del Volcán',
           date='2023-11-30', bylines=['Lucía Amaro Tlacotempa', 'Jesús Barreto Quintero'],
           source='Pie de Volcán', section='Medio ambiente',
           body_first_words='En Tetela del Volcán, al pie del Popocatépetl',
           body_last_words='esperan que el próximo temporal llegue a tiempo.',
           boilerplate=['Foto: Jesús Barreto Quintero / Pie de Volcán',
                        'Recibe Pie de Volcán en tu correo cada viernes.', 'Suscríbete aquí'],
           must_keep=['“No hay agua ni para los santos”, dice, y se ríe, aunque no le hace gracia.',
                      'Los encargados dicen que los manantiales que bajan del volcán dan cada vez menos.',
                      'El Monitor de Sequía ubicaba en noviembre a buena parte del oriente de Morelos en sequía severa.'],
           photo_credit='Jesús Barreto Quintero / Pie de Volcán')

# ---------------------------------------------------------------- bq18 jekyll (hand-made site, Pue.; antetitulo/titulo/sumario keys)
bq18 = """---
antetitulo: "Tradición en la Mixteca poblana"
titulo: "Comienza la temporada del mole de caderas en Tehuacán"
sumario: "Restauranteros esperan vender 30 mil platillos; el precio ronda los 350 pesos"
fecha: "miércoles 5 de octubre de 2022"
autor: "Texto y fotos: Carmen Tlatelpa Sosa"
seccion: Gastronomía
sitio: El Tehuacanero Digital
etiquetas: [mole de caderas, matanza, Tehuacán]
---

Con la tradicional bendición de los cuchillos y el inicio de la matanza de chivos en las haciendas de la región, este miércoles arrancó en Tehuacán la temporada del mole de caderas, el platillo que cada otoño atrae a miles de visitantes a la ciudad.

El mole de caderas se prepara con el espinazo y la cadera de chivos que pastorean durante meses en la Mixteca y en la Sierra Negra. Se cocina con chile costeño, guaje, ejotes y hierbas de olor, y sólo se sirve entre octubre y noviembre, cuando los animales están en su mejor peso.

La asociación local de restauranteros calcula que este año se venderán alrededor de 30 mil platillos. El precio ronda los 350 pesos por plato, unos 40 pesos más que el año pasado, por el aumento en el costo del ganado y del gas.

Doña Eustolia Bravo Ramírez, cocinera desde hace cuatro décadas, explica que el secreto está en no apresurar el caldo. “El mole de caderas se hace con paciencia; si lo quieres rápido, mejor haz otra cosa”, dice mientras mueve la olla de barro con una pala de madera.

Los pastores que llegan de Oaxaca y de la Mixteca poblana recorren a pie cientos de kilómetros con los rebaños, una costumbre que se mantiene desde la época virreinal. Este año, sin embargo, varios de ellos llegaron en camión por la inseguridad en los caminos.

La temporada concluirá a mediados de noviembre con una feria gastronómica en el centro histórico.
"""
write_source('bq18.md', bq18)
write_gold('bq18', family='jekyll',
           title='Comienza la temporada del mole de caderas en Tehuacán',
           date='2022-10-05', bylines=['Carmen Tlatelpa Sosa'], source='El Tehuacanero Digital',
           section='Gastronomía',
           body_first_words='Con la tradicional bendición de los cuchillos',
           body_last_words='con una feria gastronómica en el centro histórico.',
           must_keep=['El mole de caderas se prepara con el espinazo y la cadera de chivos que pastorean durante meses en la Mixteca y en la Sierra Negra.',
                      '“El mole de caderas se hace con paciencia; si lo quieres rápido, mejor haz otra cosa”, dice mientras mueve la olla de barro con una pala de madera.',
                      'Este año, sin embargo, varios de ellos llegaron en camión por la inseguridad en los caminos.'])

# ---------------------------------------------------------------- bq19 jekyll (Tlax. site; folded multi-line title, day-first date)
bq19 = """---
layout: post
title: >-
  Apizaco:
  comerciantes
  del tianguis de los jueves
  rechazan su reubicación
date: 23/04/2019
author: "Sandra Cuamatzi Flores / El Tlacuilo Digital"
categories:
  - Portada
  - Municipios
site_name: El Tlacuilo Digital
---

Alrededor de 400 comerciantes del tianguis que cada jueves se instala en las calles del centro de Apizaco se manifestaron este martes frente a la presidencia municipal para rechazar el proyecto que pretende trasladarlos a un predio junto a la central de autobuses.

El ayuntamiento argumenta que el tianguis bloquea el paso de ambulancias y del transporte público, y que los puestos dejan toneladas de basura en las calles cada semana. El nuevo espacio, según las autoridades, contaría con sanitarios, estacionamiento y servicio de limpieza.

Los comerciantes, en cambio, aseguran que el predio está lejos de las colonias donde vive la mayoría de sus clientes y que perderían hasta la mitad de sus ventas. Muchos de ellos vienen desde Tetla, Xaloztoc y Huamantla, y llevan más de veinte años vendiendo en el mismo lugar.

“Aquí nos conoce la gente; allá nadie va a ir a buscarnos”, dijo Rosario Meneses Cano, que vende ropa y calzado desde 1997. La líder de una de las uniones de tianguistas, Erika Tzompa Juárez, pidió una mesa de diálogo antes de que se tome cualquier decisión.

El director de Gobernación municipal aceptó reunirse con los representantes la próxima semana y aseguró que no habrá desalojos mientras continúen las pláticas.

Vecinos del centro, por su parte, pidieron que cualquier acuerdo incluya horarios de carga y descarga y la limpieza de las calles al terminar la jornada.
"""
write_source('bq19.md', bq19)
write_gold('bq19', family='jekyll',
           title='Apizaco: comerciantes del tianguis de los jueves rechazan su reubicación',
           date='2019-04-23', bylines=['Sandra Cuamatzi Flores'], source='El Tlacuilo Digital',
           section='Municipios', placement=['Portada'],
           body_first_words='Alrededor de 400 comerciantes del tianguis',
           body_last_words='la limpieza de las calles al terminar la jornada.',
           must_keep=['“Aquí nos conoce la gente; allá nadie va a ir a buscarnos”, dijo Rosario Meneses Cano, que vende ropa y calzado desde 1997.',
                      'El nuevo espacio, según las autoridades, contaría con sanitarios, estacionamiento y servicio de limpieza.',
                      'y aseguró que no habrá desalojos mientras continúen las pláticas.'])

# ---------------------------------------------------------------- bq20 jekyll (freelance correspondent's blog, written on a phone, Gro.)
bq20 = """---
title: ¿Quién cuida los ojos de agua de Olinalá?
date: 2026-01-15 07:05:00 -0600
author: Aurelio Navarrete Linares
categories: [Crónicas]
tags: olinalá, agua, montaña
blog: Cuaderno de la Montaña
---

En Olinalá todos saben hacer cajitas de lináloe, pero casi nadie sabe de dónde viene el agua que toma.  Yo tampoco lo sabía hasta que subí con don Margarito Jiménez al paraje de Tecolapa, una mañana fría de enero, a ver los ojos de agua que abastecen a la mitad del pueblo.

Don Margarito tiene 71 años y lleva 30 cuidando esos manantiales sin cobrar un peso.  Cada semana limpia las hojas, revisa que no se haya caído tierra de la ladera y cierra el paso a los animales con ramas de huizache.

“Antes éramos doce los que subíamos, ahora nomás quedo yo y a veces mi nieto”, me dice mientras se agacha para sacar una piedra del tubo.  Los demás, cuenta, se fueron al norte o ya están muy grandes para caminar dos horas de subida.

El comité de agua del barrio paga las mangueras y el cemento, pero nadie ha pensado quién va a cuidar el manantial cuando don Margarito ya no pueda.  En la asamblea de diciembre se habló del tema y se quedó para después, como casi todo.

Bajamos cuando el sol ya pegaba fuerte.  En la plaza, los artesanos pintaban cajas para la feria y los niños salían de la escuela con sus botellas de plástico, llenas de esa agua que un señor de 71 años sube a cuidar cada semana.

☕ Si te gusta lo que escribo, invítame un café: ko-fi.example.mx/aurelionl
📱 Escrito desde el celular, disculpen los dedazos.
"""
write_source('bq20.md', bq20)
write_gold('bq20', family='jekyll',
           title='¿Quién cuida los ojos de agua de Olinalá?',
           date='2026-01-15', bylines=['Aurelio Navarrete Linares'], source='Cuaderno de la Montaña',
           section='Crónicas',
           body_first_words='En Olinalá todos saben hacer cajitas de lináloe',
           body_last_words='que un señor de 71 años sube a cuidar cada semana.',
           boilerplate=['Si te gusta lo que escribo, invítame un café: ko-fi.example.mx/aurelionl',
                        'Escrito desde el celular, disculpen los dedazos.'],
           must_keep=['Don Margarito tiene 71 años y lleva 30 cuidando esos manantiales sin cobrar un peso.',
                      '“Antes éramos doce los que subíamos, ahora nomás quedo yo y a veces mi nieto”, me dice mientras se agacha para sacar una piedra del tubo.',
                      'En la asamblea de diciembre se habló del tema y se quedó para después, como casi todo.'])
