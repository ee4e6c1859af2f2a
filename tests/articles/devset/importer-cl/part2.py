#!/usr/bin/env python3
"""importer-cl, files 09-16 (press releases)."""
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- cl09 press (state judiciary, Sin.)
cl09 = """PODER JUDICIAL DEL ESTADO DE SINALOA
Coordinación de Comunicación Social

Comunicado STJ/CCS/087/2018

Culiacán Rosales, Sinaloa; a 3 de julio de 2018.

Inician operaciones dos nuevas salas de juicio oral penal en Los Mochis

Con la puesta en marcha de dos nuevas salas de audiencia en el Centro de Justicia Penal de la región norte, con sede en Los Mochis, el Poder Judicial del Estado de Sinaloa amplió su capacidad para celebrar juicios orales en los municipios de Ahome, El Fuerte y Choix, donde en los últimos meses se había acumulado un rezago de audiencias.

Las salas cuentan con equipo de videograbación, sistemas de audio para la reproducción de pruebas y un área separada para que las víctimas y los testigos menores de edad puedan declarar sin tener contacto con las personas imputadas.

El Magistrado Presidente del Supremo Tribunal de Justicia del Estado, en compañía de juezas y jueces de la región, realizó un recorrido por las instalaciones y destacó que la ampliación permitirá programar audiencias con menos tiempo de espera. “Una justicia que tarda no es una justicia completa”, expresó.

Con las nuevas salas, el Centro de Justicia Penal de Los Mochis contará con seis espacios para audiencias. Además, se asignaron dos juezas de control y un juez de tribunal de enjuiciamiento adicionales, así como personal administrativo para la atención al público.

El Poder Judicial informó que en el primer semestre del año los centros de justicia penal del estado celebraron más de 9 mil audiencias, de las cuales una tercera parte se realizó en la región norte.

La ciudadanía puede consultar la agenda pública de audiencias en el portal de internet del Poder Judicial, donde también se publican los acuerdos del Pleno.

-oOo-

Coordinación de Comunicación Social del Poder Judicial
Tel. 667 555 0281 ext. 1120
comunicacion@stj-sin.example.mx
"""
write_source('cl09.txt', cl09, eol='crlf')
write_gold('cl09', family='press_release',
           title='Inician operaciones dos nuevas salas de juicio oral penal en Los Mochis',
           date='2018-07-03', source='PODER JUDICIAL DEL ESTADO DE SINALOA',
           bulletin_number='STJ/CCS/087/2018', issuer='PODER JUDICIAL DEL ESTADO DE SINALOA',
           dateline_city='Culiacán Rosales',
           body_first_words='Con la puesta en marcha de dos nuevas salas de audiencia',
           body_last_words='donde también se publican los acuerdos del Pleno.',
           boilerplate=['Coordinación de Comunicación Social', 'Comunicado STJ/CCS/087/2018',
                        'Culiacán Rosales, Sinaloa; a 3 de julio de 2018.', '-oOo-',
                        'Coordinación de Comunicación Social del Poder Judicial',
                        'Tel. 667 555 0281 ext. 1120', 'comunicacion@stj-sin.example.mx'],
           must_keep=['“Una justicia que tarda no es una justicia completa”, expresó.',
                      'Con las nuevas salas, el Centro de Justicia Penal de Los Mochis contará con seis espacios para audiencias.',
                      'Las salas cuentan con equipo de videograbación, sistemas de audio para la reproducción de pruebas y un área separada para que las víctimas y los testigos menores de edad puedan declarar sin tener contacto con las personas imputadas.'])

# ---------------------------------------------------------------- cl10 press (public university, Son., CMS Markdown)
cl10 = """UNIVERSIDAD DE SONORA
Dirección de Comunicación

## Investigadores evalúan el riego con agua de mar desalinizada en la Costa de Hermosillo

**Boletín 287/2024** | Hermosillo, Sonora, 4 de octubre de 2024

![Parcela experimental con riego por goteo](/imagenes/boletines/2024/287-parcela.jpg)

Un grupo de investigadores del Departamento de Agricultura y Ganadería de la Universidad de Sonora instaló en la Costa de Hermosillo una parcela experimental de dos hectáreas para evaluar si el agua de mar desalinizada puede utilizarse en el riego de hortalizas y vid de mesa sin afectar la calidad del suelo.

El proyecto surge ante el agotamiento del acuífero de la Costa de Hermosillo, donde la extracción de agua para la agricultura ha provocado durante décadas la intrusión de agua salada en los pozos más cercanos al litoral.

El responsable del proyecto, doctor Gilberto Yocupicio Meza, explicó que durante dos ciclos se compararán lotes regados con agua de pozo y con agua producida por una pequeña planta desalinizadora instalada en el mismo predio. “No buscamos vender una solución mágica; queremos saber cuánto cuesta realmente cada metro cúbico y qué le pasa al suelo”, señaló.

En el estudio participan doce estudiantes de licenciatura y posgrado, quienes se encargarán de medir la salinidad, el rendimiento de los cultivos y el consumo de energía de la planta. Los resultados se compartirán con las asociaciones de productores de la región.

La investigación cuenta con financiamiento de un fondo estatal para la innovación y con la colaboración de dos empresas agrícolas que prestaron el terreno y los equipos de riego.

**Más información:** Dirección de Comunicación, Tel. 662 555 0193, comunicacion@unison-ej.example.mx
"""
write_source('cl10.md', cl10)
write_gold('cl10', family='press_release',
           title='Investigadores evalúan el riego con agua de mar desalinizada en la Costa de Hermosillo',
           date='2024-10-04', source='UNIVERSIDAD DE SONORA',
           bulletin_number='287/2024', issuer='UNIVERSIDAD DE SONORA',
           dateline_city='Hermosillo',
           body_first_words='Un grupo de investigadores del Departamento de Agricultura y Ganadería',
           body_last_words='que prestaron el terreno y los equipos de riego.',
           boilerplate=['Dirección de Comunicación', 'Boletín 287/2024', 'Hermosillo, Sonora, 4 de octubre de 2024',
                        'Parcela experimental con riego por goteo',
                        'Dirección de Comunicación, Tel. 662 555 0193, comunicacion@unison-ej.example.mx'],
           must_keep=['“No buscamos vender una solución mágica; queremos saber cuánto cuesta realmente cada metro cúbico y qué le pasa al suelo”, señaló.',
                      'Los resultados se compartirán con las asociaciones de productores de la región.',
                      'El proyecto surge ante el agotamiento del acuífero de la Costa de Hermosillo, donde la extracción de agua para la agricultura ha provocado durante décadas la intrusión de agua salada en los pozos más cercanos al litoral.'])

# ---------------------------------------------------------------- cl11 press (municipality, Sin., cp1252)
cl11 = """H. AYUNTAMIENTO DE AHOME
Administración 2021-2024
Dirección de Comunicación Social

Boletín 412 | Los Mochis, Sin., 20 de mayo de 2022

Arranca programa de desazolve de drenes antes de la temporada de lluvias

El Ayuntamiento de Ahome inició los trabajos de limpieza y desazolve de 38 kilómetros de drenes pluviales en la ciudad de Los Mochis y en las sindicaturas de Higuera de Zaragoza, Topolobampo y San Miguel Zapotitlán, con el objetivo de reducir el riesgo de inundaciones durante la próxima temporada de lluvias.

En el arranque de los trabajos, realizado en el dren Juárez, el presidente municipal explicó que cada año los canales se llenan de basura, llantas y maleza, lo que impide el paso del agua y provoca que se inunden las colonias del poniente de la ciudad. “El dren no se tapa solo; cada bolsa de basura que se tira aquí termina en la casa de un vecino”, dijo.

Para los trabajos se destinaron dos excavadoras, cuatro camiones de volteo y cuadrillas de Servicios Públicos que trabajarán en dos turnos. Se prevé que el programa concluya a finales de junio.

El director de Protección Civil municipal recordó que en 2021 las lluvias del huracán dejaron anegadas más de 30 colonias, por lo que este año se dará prioridad a los drenes que desembocan en la zona de Las Malvinas y Scally.

El Gobierno Municipal pidió a la población no arrojar basura ni escombro a los canales y denunciar a quienes lo hagan al número de Atención Ciudadana, 668 555 0170.

-30-

Facebook: Gobierno de Ahome Ej | Instagram: @ahome_comunica_ej
"""
write_source('cl11.txt', cl11, enc='cp1252', eol='crlf')
write_gold('cl11', family='press_release',
           title='Arranca programa de desazolve de drenes antes de la temporada de lluvias',
           date='2022-05-20', source='H. AYUNTAMIENTO DE AHOME',
           bulletin_number='412', issuer='H. AYUNTAMIENTO DE AHOME',
           dateline_city='Los Mochis',
           body_first_words='El Ayuntamiento de Ahome inició los trabajos de limpieza y desazolve',
           body_last_words='al número de Atención Ciudadana, 668 555 0170.',
           boilerplate=['Administración 2021-2024', 'Dirección de Comunicación Social',
                        'Boletín 412 | Los Mochis, Sin., 20 de mayo de 2022', '-30-',
                        'Facebook: Gobierno de Ahome Ej | Instagram: @ahome_comunica_ej'],
           must_keep=['“El dren no se tapa solo; cada bolsa de basura que se tira aquí termina en la casa de un vecino”, dijo.',
                      'Se prevé que el programa concluya a finales de junio.',
                      'El Gobierno Municipal pidió a la población no arrojar basura ni escombro a los canales y denunciar a quienes lo hagan al número de Atención Ciudadana, 668 555 0170.'])

# ---------------------------------------------------------------- cl12 press (sports club, BCS)
cl12 = """⚾ CLUB DE BÉISBOL MANTARRAYAS DE LA PAZ
COMUNICADO OFICIAL 09/2024

Mantarrayas presenta a su nuevo mánager para la temporada invernal

La Paz, Baja California Sur, 15 de octubre de 2024.- El Club de Béisbol Mantarrayas de La Paz informa a su afición que Rigoberto “Chapo” Angulo Leyva será el mánager del equipo para la temporada invernal 2024-2025, en sustitución de Héctor Manríquez Ojeda, quien concluyó su ciclo al frente de la novena.

Angulo Leyva, originario de Guasave, Sinaloa, jugó once temporadas como receptor en el béisbol profesional mexicano y en los últimos cuatro años se desempeñó como coach de banca y de receptores en distintas organizaciones del Pacífico.

En su presentación ante los medios en el estadio Arturo C. Nahl, el nuevo timonel dijo que su prioridad será dar oportunidad a los jóvenes sudcalifornianos que integran la academia del club. “Aquí hay brazos y hay talento; lo que les falta es jugar, y eso les vamos a dar”, afirmó.

La directiva agradeció a Manríquez Ojeda su trabajo durante dos temporadas, en las que el equipo alcanzó por primera vez la serie final de la liga estatal.

Los entrenamientos de pretemporada comenzarán el lunes 21 de octubre a las 16:00 horas y estarán abiertos al público. El abono para la temporada ya se encuentra a la venta en las taquillas del estadio y en línea, con descuentos para estudiantes y personas adultas mayores.

* * *

Prensa Mantarrayas | prensa@mantarrayas-lapaz.example.mx | 612 555 0133
#SomosMantas #VamosLaPaz
Patrocinadores oficiales: Refresquera del Golfo · Ferretería El Malecón · Autotransportes Sudcalifornianos
"""
write_source('cl12.txt', cl12)
write_gold('cl12', family='press_release',
           title='Mantarrayas presenta a su nuevo mánager para la temporada invernal',
           date='2024-10-15', source='CLUB DE BÉISBOL MANTARRAYAS DE LA PAZ',
           bulletin_number='09/2024', issuer='CLUB DE BÉISBOL MANTARRAYAS DE LA PAZ',
           dateline_city='La Paz',
           body_first_words='El Club de Béisbol Mantarrayas de La Paz informa a su afición',
           body_last_words='con descuentos para estudiantes y personas adultas mayores.',
           boilerplate=['COMUNICADO OFICIAL 09/2024',
                        'La Paz, Baja California Sur, 15 de octubre de 2024.-', '* * *',
                        'Prensa Mantarrayas | prensa@mantarrayas-lapaz.example.mx | 612 555 0133',
                        '#SomosMantas #VamosLaPaz',
                        'Patrocinadores oficiales: Refresquera del Golfo · Ferretería El Malecón · Autotransportes Sudcalifornianos'],
           must_keep=['“Aquí hay brazos y hay talento; lo que les falta es jugar, y eso les vamos a dar”, afirmó.',
                      'La directiva agradeció a Manríquez Ojeda su trabajo durante dos temporadas, en las que el equipo alcanzó por primera vez la serie final de la liga estatal.',
                      'Los entrenamientos de pretemporada comenzarán el lunes 21 de octubre a las 16:00 horas y estarán abiertos al público.'])

# ---------------------------------------------------------------- cl13 press (federal fisheries commission, Sin., 2010)
cl13 = """GOBIERNO FEDERAL
COMISIÓN NACIONAL DE ACUACULTURA Y PESCA
Comunicado No. 098/10

Mazatlán, Sinaloa, 22 de septiembre de 2010

Concluye la veda de camarón en altamar en el litoral del Pacífico

A partir de las 00:00 horas del próximo viernes concluye la veda de camarón en las aguas marinas de jurisdicción federal del océano Pacífico, desde la frontera con Estados Unidos hasta los límites con Guatemala, informó la Comisión Nacional de Acuacultura y Pesca (Conapesca).

La fecha de levantamiento se determinó con base en los estudios biológicos realizados por el Instituto Nacional de Pesca, que durante agosto y septiembre evaluó la talla y la abundancia del recurso en los principales caladeros de Sonora, Sinaloa, Nayarit y el Golfo de Tehuantepec.

Se estima que en esta temporada participarán alrededor de 1 300 barcos camaroneros de altamar, la mayoría con puerto base en Mazatlán, Guaymas y Topolobampo. Antes de zarpar, las embarcaciones deberán contar con permiso vigente, dispositivo excluidor de tortugas marinas y equipo de localización satelital en funcionamiento.

El titular de la dependencia recordó que los inspectores federales, con apoyo de la Secretaría de Marina, vigilarán que no se utilicen artes de pesca prohibidas y que se respeten las zonas de refugio. “La veda es una inversión que hacen los propios pescadores en el futuro de su pesquería”, subrayó.

La captura en los sistemas lagunarios y bahías se mantendrá regulada por los calendarios que se acuerdan con las cooperativas ribereñas de cada entidad.

---o0o---

Coordinación de Comunicación Social
Tel. 669 555 0900 ext. 58110
comunicacion@conapesca-ej.example.mx
Vivir Mejor
""".replace('1 300', '1' + NBSP + '300')
write_source('cl13.txt', cl13, bom=True)
write_gold('cl13', family='press_release',
           title='Concluye la veda de camarón en altamar en el litoral del Pacífico',
           date='2010-09-22', source='COMISIÓN NACIONAL DE ACUACULTURA Y PESCA',
           bulletin_number='098/10', issuer='COMISIÓN NACIONAL DE ACUACULTURA Y PESCA',
           dateline_city='Mazatlán',
           body_first_words='A partir de las 00:00 horas del próximo viernes concluye la veda',
           body_last_words='con las cooperativas ribereñas de cada entidad.',
           boilerplate=['GOBIERNO FEDERAL', 'Comunicado No. 098/10', 'Mazatlán, Sinaloa, 22 de septiembre de 2010',
                        '---o0o---', 'Coordinación de Comunicación Social', 'Tel. 669 555 0900 ext. 58110',
                        'comunicacion@conapesca-ej.example.mx', 'Vivir Mejor'],
           must_keep=['Se estima que en esta temporada participarán alrededor de 1 300 barcos camaroneros de altamar, la mayoría con puerto base en Mazatlán, Guaymas y Topolobampo.',
                      '“La veda es una inversión que hacen los propios pescadores en el futuro de su pesquería”, subrayó.',
                      'La captura en los sistemas lagunarios y bahías se mantendrá regulada por los calendarios que se acuerdan con las cooperativas ribereñas de cada entidad.'])

# ---------------------------------------------------------------- cl14 press (state rural development office, Chih., key-value header)
cl14 = """SECRETARÍA DE DESARROLLO RURAL DEL ESTADO DE CHIHUAHUA
ÁREA: Comunicación Social
BOLETÍN: 0345
FECHA: 11/05/2016
LUGAR: Cuauhtémoc, Chih.
ASUNTO: Apoyo para mallas antigranizo

TÍTULO: Fruticultores de la región de Cuauhtémoc recibirán apoyo para instalar mallas antigranizo

TEXTO:
Productores de manzana de los municipios de Cuauhtémoc, Guerrero, Namiquipa y Bachíniva podrán solicitar a partir del próximo lunes un apoyo de hasta 50 por ciento del costo de instalación de mallas antigranizo en sus huertas, informó la Secretaría de Desarrollo Rural.

El programa cuenta con una bolsa de 60 millones de pesos, aportados en partes iguales por el gobierno del estado y el gobierno federal, y tiene como meta proteger alrededor de 1 500 hectáreas adicionales antes de la temporada de tormentas de verano.

En la región manzanera, las granizadas de junio y julio pueden destruir en unos minutos la cosecha de todo un año. En 2015, según el registro de la dependencia, el granizo dañó más de 4 mil hectáreas y dejó pérdidas que afectaron sobre todo a los pequeños productores.

El subsecretario de Agricultura, ingeniero Rubén Quintana Loya, explicó que se dará prioridad a los fruticultores con menos de diez hectáreas que no han recibido este apoyo en años anteriores. "Queremos que el productor chico tenga la misma protección que ya tienen las huertas grandes", señaló.

Las solicitudes se recibirán en las oficinas de los distritos de desarrollo rural y en las ventanillas de las asociaciones de fruticultores. Los interesados deberán presentar identificación oficial, comprobante de propiedad o arrendamiento de la huerta y una cotización del proveedor de la malla.

FIN DEL BOLETÍN
"""
write_source('cl14.txt', cl14.replace('1 500', '1' + NBSP + '500'), eol=('alternate',))
write_gold('cl14', family='press_release',
           title='Fruticultores de la región de Cuauhtémoc recibirán apoyo para instalar mallas antigranizo',
           date='2016-05-11', source='SECRETARÍA DE DESARROLLO RURAL DEL ESTADO DE CHIHUAHUA',
           bulletin_number='0345', issuer='SECRETARÍA DE DESARROLLO RURAL DEL ESTADO DE CHIHUAHUA',
           dateline_city='Cuauhtémoc',
           body_first_words='Productores de manzana de los municipios de Cuauhtémoc, Guerrero, Namiquipa y Bachíniva',
           body_last_words='y una cotización del proveedor de la malla.',
           boilerplate=['ÁREA: Comunicación Social', 'BOLETÍN: 0345', 'FECHA: 11/05/2016', 'LUGAR: Cuauhtémoc, Chih.',
                        'ASUNTO: Apoyo para mallas antigranizo', 'TÍTULO:', 'TEXTO:', 'FIN DEL BOLETÍN'],
           must_keep=['En la región manzanera, las granizadas de junio y julio pueden destruir en unos minutos la cosecha de todo un año.',
                      '"Queremos que el productor chico tenga la misma protección que ya tienen las huertas grandes", señaló.',
                      'Los interesados deberán presentar identificación oficial, comprobante de propiedad o arrendamiento de la huerta y una cotización del proveedor de la malla.'])

# ---------------------------------------------------------------- cl15 press (state civil protection, BCS, ALL CAPS, UTF-16 BE)
cl15 = """GOBIERNO DEL ESTADO DE BAJA CALIFORNIA SUR
COORDINACIÓN ESTATAL DE PROTECCIÓN CIVIL DE BAJA CALIFORNIA SUR
BOLETÍN NO. PC-BCS/141/2023

AVISO PREVENTIVO POR LLUVIAS FUERTES EN LOS MUNICIPIOS DE LOS CABOS Y LA PAZ

LA PAZ, B.C.S., A 20 DE OCTUBRE DE 2023.- LA COORDINACIÓN ESTATAL DE PROTECCIÓN CIVIL EMITE AVISO PREVENTIVO PARA LOS MUNICIPIOS DE LOS CABOS Y LA PAZ ANTE LA APROXIMACIÓN DE UNA ZONA DE BAJA PRESIÓN CON ALTA PROBABILIDAD DE DESARROLLO CICLÓNICO, QUE PODRÍA GENERAR LLUVIAS FUERTES A MUY FUERTES A PARTIR DE LA NOCHE DEL SÁBADO.

DE ACUERDO CON EL SERVICIO METEOROLÓGICO NACIONAL, SE ESPERAN ACUMULADOS DE 75 A 150 MILÍMETROS EN LA ZONA SERRANA Y EN EL CORREDOR TURÍSTICO, ASÍ COMO RACHAS DE VIENTO DE 60 A 80 KILÓMETROS POR HORA Y OLEAJE DE DOS A TRES METROS DE ALTURA EN LAS COSTAS DEL PACÍFICO.

SE RECOMIENDA A LA POBLACIÓN NO CRUZAR ARROYOS CON CORRIENTE DE AGUA, RETIRAR OBJETOS QUE PUEDAN SER ARRASTRADOS POR EL VIENTO Y MANTENERSE INFORMADA SOLO POR MEDIO DE LOS CANALES OFICIALES.

LA CAPITANÍA DE PUERTO DE CABO SAN LUCAS CERRÓ LA NAVEGACIÓN A EMBARCACIONES MENORES A PARTIR DE LAS 18:00 HORAS DE ESTE VIERNES. LOS PRESTADORES DE SERVICIOS TURÍSTICOS NÁUTICOS DEBERÁN ASEGURAR SUS EMBARCACIONES.

LOS REFUGIOS TEMPORALES DE AMBOS MUNICIPIOS SE ENCUENTRAN LISTOS PARA RECIBIR A LAS FAMILIAS QUE HABITAN EN ZONAS BAJAS O EN VIVIENDAS VULNERABLES. LA UBICACIÓN DE LOS REFUGIOS PUEDE CONSULTARSE EN LAS REDES SOCIALES DE LA COORDINACIÓN.

EN CASO DE EMERGENCIA, LLAME AL 911.

-oOo-

UNIDAD DE COMUNICACIÓN SOCIAL
TEL. 612 555 0400
"""
write_source('cl15.txt', cl15, enc='utf-16-be', bom=True)
write_gold('cl15', family='press_release',
           title='AVISO PREVENTIVO POR LLUVIAS FUERTES EN LOS MUNICIPIOS DE LOS CABOS Y LA PAZ',
           date='2023-10-20', source='COORDINACIÓN ESTATAL DE PROTECCIÓN CIVIL DE BAJA CALIFORNIA SUR',
           bulletin_number='PC-BCS/141/2023', issuer='COORDINACIÓN ESTATAL DE PROTECCIÓN CIVIL DE BAJA CALIFORNIA SUR',
           dateline_city='La Paz',
           body_first_words='LA COORDINACIÓN ESTATAL DE PROTECCIÓN CIVIL EMITE AVISO PREVENTIVO',
           body_last_words='EN CASO DE EMERGENCIA, LLAME AL 911.',
           boilerplate=['GOBIERNO DEL ESTADO DE BAJA CALIFORNIA SUR', 'BOLETÍN NO. PC-BCS/141/2023',
                        'LA PAZ, B.C.S., A 20 DE OCTUBRE DE 2023.-', '-oOo-',
                        'UNIDAD DE COMUNICACIÓN SOCIAL', 'TEL. 612 555 0400'],
           must_keep=['SE RECOMIENDA A LA POBLACIÓN NO CRUZAR ARROYOS CON CORRIENTE DE AGUA',
                      'LA CAPITANÍA DE PUERTO DE CABO SAN LUCAS CERRÓ LA NAVEGACIÓN A EMBARCACIONES MENORES A PARTIR DE LAS 18:00 HORAS DE ESTE VIERNES.',
                      'LOS PRESTADORES DE SERVICIOS TURÍSTICOS NÁUTICOS DEBERÁN ASEGURAR SUS EMBARCACIONES.'])

# ---------------------------------------------------------------- cl16 press (state human rights commission, Son., web Markdown)
cl16 = """**COMUNICADO DE PRENSA**

**COMISIÓN ESTATAL DE DERECHOS HUMANOS DE SONORA**

CEDH/CS/031/2021

Hermosillo, Sonora; 8 de marzo de 2021

### CEDH Sonora capacita a personal de albergues para migrantes de la frontera

La Comisión Estatal de Derechos Humanos de Sonora (CEDH) concluyó un ciclo de capacitación dirigido a 85 personas voluntarias y trabajadoras de albergues y comedores para migrantes de Nogales, Agua Prieta y San Luis Río Colorado, con el objetivo de mejorar la atención a mujeres, niñas y niños en situación de movilidad.

Durante cuatro semanas, las y los participantes recibieron herramientas para identificar casos de violencia de género, trata de personas y necesidades de protección internacional, así como para canalizarlos a las instituciones correspondientes.

La visitadora general de la Comisión, licenciada Leticia Moroyoqui Ayala, explicó que en el último año aumentó el número de mujeres que viajan solas con sus hijos y que llegan a la frontera después de sufrir agresiones en el camino. “Muchas veces la primera persona que las escucha no es una autoridad, sino una voluntaria que les sirve un plato de comida”, señaló.

La capacitación se realizó en modalidad virtual y presencial, con apoyo de organizaciones civiles de ambos lados de la frontera. Al concluir, los albergues participantes recibieron una guía de actuación y un directorio actualizado de las dependencias que brindan atención a víctimas.

La CEDH recordó que cualquier persona, sin importar su nacionalidad o situación migratoria, puede presentar una queja ante el organismo por presuntas violaciones a sus derechos humanos.

[Descarga aquí las fotografías](https://cedhsonora-ej.example.mx/fotos/cs-031-2021.zip)

oo0oo

Síguenos: Facebook /CEDHSonoraEj · X @cedh_sonora_ej
"""
write_source('cl16.md', cl16)
write_gold('cl16', family='press_release',
           title='CEDH Sonora capacita a personal de albergues para migrantes de la frontera',
           date='2021-03-08', source='COMISIÓN ESTATAL DE DERECHOS HUMANOS DE SONORA',
           bulletin_number='CEDH/CS/031/2021', issuer='COMISIÓN ESTATAL DE DERECHOS HUMANOS DE SONORA',
           dateline_city='Hermosillo',
           body_first_words='La Comisión Estatal de Derechos Humanos de Sonora (CEDH) concluyó',
           body_last_words='por presuntas violaciones a sus derechos humanos.',
           boilerplate=['COMUNICADO DE PRENSA', 'CEDH/CS/031/2021', 'Hermosillo, Sonora; 8 de marzo de 2021',
                        'Descarga aquí las fotografías', 'oo0oo',
                        'Síguenos: Facebook /CEDHSonoraEj · X @cedh_sonora_ej'],
           must_keep=['“Muchas veces la primera persona que las escucha no es una autoridad, sino una voluntaria que les sirve un plato de comida”, señaló.',
                      'Al concluir, los albergues participantes recibieron una guía de actuación y un directorio actualizado de las dependencias que brindan atención a víctimas.',
                      'La capacitación se realizó en modalidad virtual y presencial, con apoyo de organizaciones civiles de ambos lados de la frontera.'])
