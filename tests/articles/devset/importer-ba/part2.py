#!/usr/bin/env python3
"""importer-ba blind set, part 2: press releases ba09-ba16."""
from common import write_source, write_gold, NBSP

# ba09: municipal; cp1252 CRLF; "Dirección de Comunicación Social" line; "Boletín No. 0874"; inline dateline; ---o0o--- + contact
t = """H. AYUNTAMIENTO CONSTITUCIONAL DE ACAPULCO DE JUÁREZ
Dirección de Comunicación Social

Boletín No. 0874

Inicia operativo vacacional de verano con 1,200 elementos en la franja turística

Acapulco, Gro., 18 de julio de 2017.- Con la participación de 1,200 elementos de los tres órdenes de gobierno, este martes arrancó el operativo de seguridad y auxilio para el periodo vacacional de verano, que se mantendrá hasta el 20 de agosto en la franja turística de Pie de la Cuesta a Barra Vieja.

En el arranque, realizado en el asta bandera de la Costera Miguel Alemán, el presidente municipal explicó que se instalaron 14 módulos de información turística, seis puestos de primeros auxilios y cuatro torres de salvavidas adicionales en las playas de mayor afluencia, como Condesa, Hornos y Caleta.

Detalló que la Secretaría de Seguridad Pública municipal contará con patrullajes en cuatrimotos y bicicletas en la zona Diamante, mientras que el Heroico Cuerpo de Bomberos reforzará la vigilancia en el muelle fiscal y en la isla de La Roqueta.

El director de Protección Civil, Víctor Manuel Jiménez Adame, recomendó a los visitantes respetar las banderas de color en las playas, no ingresar al mar después de consumir alimentos o bebidas alcohólicas y mantener a la vista a niñas y niños en todo momento.

Asimismo, informó que el número de emergencias 911 y la línea de atención al turista 555 020 1717 estarán disponibles las 24 horas para reportar cualquier incidente o solicitar orientación.

La autoridad municipal estimó la llegada de más de 600 mil visitantes durante las cinco semanas de vacaciones, con una ocupación hotelera promedio del 70 por ciento.

---o0o---

Dirección de Comunicación Social
Tel. 555 484 0300 ext. 112
comunicacion@acapulco.example.mx
"""
write_source('ba09.txt', t, enc='cp1252', eol='crlf')
write_gold('ba09', family='press_release',
    title='Inicia operativo vacacional de verano con 1,200 elementos en la franja turística',
    date='2017-07-18', bylines=[], source='H. AYUNTAMIENTO CONSTITUCIONAL DE ACAPULCO DE JUÁREZ', section=None,
    bulletin_number='0874', issuer='H. AYUNTAMIENTO CONSTITUCIONAL DE ACAPULCO DE JUÁREZ', dateline_city='Acapulco',
    body_first_words='Con la participación de 1,200 elementos de los tres órdenes de gobierno',
    body_last_words='con una ocupación hotelera promedio del 70 por ciento.',
    boilerplate=['Dirección de Comunicación Social', 'Acapulco, Gro., 18 de julio de 2017.-', '---o0o---',
                 'Tel. 555 484 0300 ext. 112', 'comunicacion@acapulco.example.mx'],
    must_keep=['Asimismo, informó que el número de emergencias 911 y la línea de atención al turista 555 020 1717 estarán disponibles las 24 horas para reportar cualquier incidente o solicitar orientación.',
               'La autoridad municipal estimó la llegada de más de 600 mil visitantes durante las cinco semanas de vacaciones, con una ocupación hotelera promedio del 70 por ciento.'])

# ba10: human-rights commission of CDMX; bold issuer; dateline on its own line before a bold title; "Boletín 071/2021"; ### + contact + handles
t = """**COMISIÓN DE DERECHOS HUMANOS DE LA CIUDAD DE MÉXICO**

Boletín 071/2021

Ciudad de México, a 3 de marzo de 2021.

**CDHCM emite recomendación por omisiones en la atención a personas en situación de calle durante la emergencia sanitaria**

La Comisión de Derechos Humanos de la Ciudad de México (CDHCM) emitió la Recomendación 04/2021, dirigida a dos alcaldías y a una dependencia del gobierno capitalino, por omisiones en la atención de personas en situación de calle durante los meses más críticos de la emergencia sanitaria por COVID-19.

De acuerdo con la investigación, entre abril y diciembre de 2020 la Comisión documentó 23 casos en los que personas que pernoctaban en la vía pública fueron retiradas de los espacios que habitaban sin que se les ofreciera una alternativa de alojamiento, atención médica o alimentación.

En algunos de los casos, se acreditó que las pertenencias de las personas, entre ellas documentos de identidad y medicamentos, fueron desechadas por personal de limpieza, lo que dificultó su acceso posterior a programas sociales y servicios de salud.

El organismo pidió a las autoridades señaladas ofrecer una disculpa pública, reparar el daño a las víctimas identificadas, elaborar un protocolo de actuación con enfoque de derechos humanos y capacitar a su personal operativo en un plazo de seis meses.

La presidenta de la CDHCM recordó que las personas en situación de calle enfrentan una discriminación estructural que se agravó con el cierre de comedores comunitarios y albergues, y subrayó que ninguna medida sanitaria justifica el trato indigno.

Las autoridades cuentan con 15 días hábiles para informar si aceptan la Recomendación, cuyo texto íntegro puede consultarse en el sitio de la Comisión.

###

Dirección General de Comunicación por los Derechos Humanos
prensa@cdhcm.example.mx | Tel. 555 229 5600
Twitter: @CDHCMX_prensa
"""
write_source('ba10.md', t)
write_gold('ba10', family='press_release',
    title='CDHCM emite recomendación por omisiones en la atención a personas en situación de calle durante la emergencia sanitaria',
    date='2021-03-03', bylines=[], source='COMISIÓN DE DERECHOS HUMANOS DE LA CIUDAD DE MÉXICO', section=None,
    bulletin_number='071/2021', issuer='COMISIÓN DE DERECHOS HUMANOS DE LA CIUDAD DE MÉXICO', dateline_city='Ciudad de México',
    body_first_words='La Comisión de Derechos Humanos de la Ciudad de México (CDHCM) emitió',
    body_last_words='puede consultarse en el sitio de la Comisión.',
    boilerplate=['Ciudad de México, a 3 de marzo de 2021.', '###',
                 'Dirección General de Comunicación por los Derechos Humanos',
                 'prensa@cdhcm.example.mx | Tel. 555 229 5600', 'Twitter: @CDHCMX_prensa'],
    must_keep=['El organismo pidió a las autoridades señaladas ofrecer una disculpa pública, reparar el daño a las víctimas identificadas, elaborar un protocolo de actuación con enfoque de derechos humanos y capacitar a su personal operativo en un plazo de seis meses.',
               'Las autoridades cuentan con 15 días hábiles para informar si aceptan la Recomendación, cuyo texto íntegro puede consultarse en el sitio de la Comisión.'])

# ba11: port authority; umbrella lines; "Comunicado 045/2023"; ";  a" inline dateline; -oOo- + contact; UTF-8 BOM CRLF
t = """GOBIERNO DE MÉXICO | MARINA
ADMINISTRACIÓN DEL SISTEMA PORTUARIO NACIONAL LÁZARO CÁRDENAS, S.A. DE C.V.

Comunicado 045/2023

Puerto de Lázaro Cárdenas mueve récord de contenedores en el primer cuatrimestre

Lázaro Cárdenas, Michoacán; a 12 de mayo de 2023.- El puerto de Lázaro Cárdenas registró entre enero y abril un movimiento de 705""" + NBSP + """420 contenedores de veinte pies (TEU), la cifra más alta para un primer cuatrimestre desde su apertura al tráfico de carga contenerizada, lo que representa un incremento de 11.6 por ciento respecto al mismo periodo del año anterior.

La Administración del Sistema Portuario Nacional (ASIPONA) Lázaro Cárdenas informó que el crecimiento se explica principalmente por la llegada de nuevos servicios navieros procedentes de Asia y por la ampliación del patio de la terminal especializada de contenedores.

En el mismo periodo, el recinto portuario movilizó 9.8 millones de toneladas de carga general y granel mineral, principalmente acero, mineral de hierro y carbón, así como 98""" + NBSP + """000 vehículos de exportación e importación.

El director general de la ASIPONA señaló que continúan los trabajos de dragado de mantenimiento en el canal de navegación y la modernización de las garitas de acceso, con el fin de reducir los tiempos de espera del autotransporte, que en horas pico llegan a superar las tres horas.

Agregó que, en coordinación con la Aduana y las autoridades sanitarias, se opera un programa de revisión no intrusiva que permite inspeccionar hasta 1,500 contenedores diarios con equipos de rayos gamma.

La ASIPONA refrendó su compromiso con las comunidades vecinas del puerto mediante el programa de empleo temporal para pescadores ribereños de la desembocadura del río Balsas.

-oOo-

Gerencia de Comercialización y Comunicación
Tel. 555 533 3800 ext. 70155
comunicacion@puertolc.example.mx · @PuertoLC_prensa
"""
write_source('ba11.txt', t, eol='crlf', bom=True)
write_gold('ba11', family='press_release',
    title='Puerto de Lázaro Cárdenas mueve récord de contenedores en el primer cuatrimestre',
    date='2023-05-12', bylines=[], source='ADMINISTRACIÓN DEL SISTEMA PORTUARIO NACIONAL LÁZARO CÁRDENAS, S.A. DE C.V.', section=None,
    bulletin_number='045/2023', issuer='ADMINISTRACIÓN DEL SISTEMA PORTUARIO NACIONAL LÁZARO CÁRDENAS, S.A. DE C.V.',
    dateline_city='Lázaro Cárdenas',
    body_first_words='El puerto de Lázaro Cárdenas registró entre enero y abril',
    body_last_words='de la desembocadura del río Balsas.',
    boilerplate=['GOBIERNO DE MÉXICO | MARINA', 'Lázaro Cárdenas, Michoacán; a 12 de mayo de 2023.-', '-oOo-',
                 'Gerencia de Comercialización y Comunicación', 'Tel. 555 533 3800 ext. 70155',
                 'comunicacion@puertolc.example.mx · @PuertoLC_prensa'],
    must_keep=['Agregó que, en coordinación con la Aduana y las autoridades sanitarias, se opera un programa de revisión no intrusiva que permite inspeccionar hasta 1,500 contenedores diarios con equipos de rayos gamma.',
               'La ASIPONA refrendó su compromiso con las comunidades vecinas del puerto mediante el programa de empleo temporal para pescadores ribereños de la desembocadura del río Balsas.'])

# ba12: INPI Oaxaca office; ALL-CAPS title; bulletin with prefix; inline dateline; Zapotec words in italics; oo0oo + contact
t = """INSTITUTO NACIONAL DE LOS PUEBLOS INDÍGENAS
Oficina de Representación en Oaxaca

Boletín INPI/OAX/028/2019

ENTREGAN APOYOS A 45 COMUNIDADES ZAPOTECAS PARA PROYECTOS DE MEDICINA TRADICIONAL

Oaxaca de Juárez, Oax., 9 de agosto de 2019.- En el marco del Día Internacional de los Pueblos Indígenas, la Oficina de Representación del Instituto Nacional de los Pueblos Indígenas (INPI) en Oaxaca entregó apoyos económicos a 45 comunidades zapotecas de los Valles Centrales y de la Sierra Norte para fortalecer proyectos de medicina tradicional.

Durante el acto, realizado en la explanada de la oficina estatal, parteras, hueseros y curanderas recibieron recursos para la construcción de casas de salud, la adquisición de equipo básico y el cultivo de huertos de plantas medicinales. En total se destinaron 6.7 millones de pesos.

La partera Reyna Martínez, de San Pablo Yaganiza, agradeció el apoyo y habló en zapoteco sobre la importancia de la *guendaliza'a*, la ayuda mutua, para que los conocimientos se transmitan a las nuevas generaciones. "Nuestras abuelas curaban con lo que daba el monte; queremos que eso no se pierda", dijo después en español.

El representante del INPI en la entidad explicó que los proyectos fueron aprobados por las asambleas comunitarias, como lo marca el protocolo de consulta, y que cada comunidad nombró un comité para vigilar el uso de los recursos.

Añadió que en septiembre se realizará un encuentro regional en Guelatao de Juárez, donde médicos tradicionales de las ocho regiones del estado intercambiarán experiencias con personal de los Servicios de Salud de Oaxaca.

oo0oo

Oficina de Representación en Oaxaca · Área de Comunicación
Tel. 555 951 2200 · oaxaca.prensa@inpi.example.mx
"""
write_source('ba12.md', t)
write_gold('ba12', family='press_release',
    title='ENTREGAN APOYOS A 45 COMUNIDADES ZAPOTECAS PARA PROYECTOS DE MEDICINA TRADICIONAL',
    date='2019-08-09', bylines=[], source='INSTITUTO NACIONAL DE LOS PUEBLOS INDÍGENAS', section=None,
    bulletin_number='INPI/OAX/028/2019', issuer='INSTITUTO NACIONAL DE LOS PUEBLOS INDÍGENAS', dateline_city='Oaxaca de Juárez',
    body_first_words='En el marco del Día Internacional de los Pueblos Indígenas',
    body_last_words='con personal de los Servicios de Salud de Oaxaca.',
    boilerplate=['Oaxaca de Juárez, Oax., 9 de agosto de 2019.-', 'oo0oo',
                 'Oficina de Representación en Oaxaca · Área de Comunicación',
                 'Tel. 555 951 2200 · oaxaca.prensa@inpi.example.mx'],
    must_keep=['En total se destinaron 6.7 millones de pesos.',
               '"Nuestras abuelas curaban con lo que daba el monte; queremos que eso no se pierda", dijo después en español.',
               'Añadió que en septiembre se realizará un encuentro regional en Guelatao de Juárez, donde médicos tradicionales de las ocho regiones del estado intercambiarán experiencias con personal de los Servicios de Salud de Oaxaca.'])

# ba13: IMSS-Bienestar Guerrero; UTF-16 LE CRLF; "COMUNICADO No. 318/2024"; dateline on its own line AFTER the title, no final period; -30- + contact
t = """GOBIERNO DE MÉXICO
IMSS-BIENESTAR
Coordinación Estatal Guerrero

COMUNICADO No. 318/2024

Hospital General de Tlapa amplía su área de urgencias y suma 12 camas

Tlapa de Comonfort, Guerrero, 27 de noviembre de 2024

El Hospital General de Tlapa de Comonfort, que forma parte de la red de IMSS-BIENESTAR en Guerrero, puso en operación la ampliación de su área de urgencias, que ahora cuenta con 12 camas de observación adicionales, una sala de choque equipada y un consultorio de triage.

La Coordinación Estatal informó que la obra tuvo una inversión de 38 millones de pesos e incluyó la renovación de las instalaciones eléctricas y del sistema de gases medicinales, que tenían más de 20 años sin mantenimiento mayor.

El hospital atiende a la población de 19 municipios de la región de La Montaña, una de las de mayor marginación del país, donde muchas familias recorren hasta seis horas de camino para llegar a una consulta de especialidad.

Con la ampliación, el tiempo de espera en urgencias se reducirá de cuatro horas a menos de una hora en promedio, de acuerdo con la proyección del área médica. Además, se contrataron 22 trabajadores de la salud, entre ellos médicos urgenciólogos, enfermeras y personal de camillería.

El personal contará con intérpretes de lengua me'phaa, na savi y náhuatl en los tres turnos, para garantizar que las y los pacientes comprendan su diagnóstico y tratamiento.

IMSS-BIENESTAR reiteró que todos los servicios, medicamentos y estudios son gratuitos para las personas sin seguridad social.

-30-

Comunicación Social IMSS-BIENESTAR Guerrero
Tel. 555 747 4710 | gro.comunicacion@imssbienestar.example.mx
"""
write_source('ba13.txt', t, enc='utf-16-le', eol='crlf', bom=True)
write_gold('ba13', family='press_release',
    title='Hospital General de Tlapa amplía su área de urgencias y suma 12 camas',
    date='2024-11-27', bylines=[], source='IMSS-BIENESTAR', section=None,
    bulletin_number='318/2024', issuer='IMSS-BIENESTAR', dateline_city='Tlapa de Comonfort',
    body_first_words='El Hospital General de Tlapa de Comonfort, que forma parte',
    body_last_words='para las personas sin seguridad social.',
    boilerplate=['GOBIERNO DE MÉXICO', 'Coordinación Estatal Guerrero', 'Tlapa de Comonfort, Guerrero, 27 de noviembre de 2024',
                 '-30-', 'Comunicación Social IMSS-BIENESTAR Guerrero',
                 'Tel. 555 747 4710 | gro.comunicacion@imssbienestar.example.mx'],
    must_keep=['El personal contará con intérpretes de lengua me\'phaa, na savi y náhuatl en los tres turnos, para garantizar que las y los pacientes comprendan su diagnóstico y tratamiento.',
               'IMSS-BIENESTAR reiteró que todos los servicios, medicamentos y estudios son gratuitos para las personas sin seguridad social.'])

# ba14: Semarnat Morelos; "Comunicado de prensa núm. 112/25"; photo credit in a release; inline dateline with "a"; FIN + handles
t = """SECRETARÍA DE MEDIO AMBIENTE Y RECURSOS NATURALES
Oficina de Representación en Morelos

Comunicado de prensa núm. 112/25

## Liberan 300 ajolotes en las lagunas de Zempoala como parte de programa de conservación

Cuernavaca, Mor., a 27 de febrero de 2025.- La Oficina de Representación de la Secretaría de Medio Ambiente y Recursos Naturales (Semarnat) en Morelos, en coordinación con la Comisión Nacional de Áreas Naturales Protegidas, liberó 300 ejemplares de ajolote de Zempoala (*Ambystoma altamirani*) en las lagunas del Parque Nacional Lagunas de Zempoala, en el municipio de Huitzilac.

Foto: Semarnat Morelos

Los organismos fueron reproducidos durante 14 meses en la Unidad de Manejo para la Conservación de la Vida Silvestre de la comunidad de Coajomulco, donde comuneros capacitados por especialistas de la Universidad Autónoma del Estado de Morelos se encargan de su cuidado.

La especie, endémica del Eje Neovolcánico Transversal, se encuentra catalogada como amenazada por la Norma Oficial Mexicana NOM-059, debido a la contaminación de los cuerpos de agua, la introducción de truchas y la extracción para su venta ilegal.

El titular de la Oficina de Representación explicó que antes de la liberación se realizaron estudios de calidad del agua y que durante el próximo año se dará seguimiento a la sobrevivencia de los ejemplares mediante monitoreos mensuales.

Asimismo, hizo un llamado a la población a no comprar ajolotes en mercados ni en redes sociales y a denunciar su venta ante la Procuraduría Federal de Protección al Ambiente, ya que el tráfico de especies es un delito federal.

Los comuneros de Coajomulco anunciaron que en primavera abrirán un sendero interpretativo para que las escuelas de la región conozcan el trabajo de conservación.

FIN

Facebook: SemarnatMorelos · X: @Semarnat_Mor · morelos.prensa@semarnat.example.mx
"""
write_source('ba14.md', t)
write_gold('ba14', family='press_release',
    title='Liberan 300 ajolotes en las lagunas de Zempoala como parte de programa de conservación',
    date='2025-02-27', bylines=[], source='SECRETARÍA DE MEDIO AMBIENTE Y RECURSOS NATURALES', section=None,
    bulletin_number='112/25', issuer='SECRETARÍA DE MEDIO AMBIENTE Y RECURSOS NATURALES', dateline_city='Cuernavaca',
    body_first_words='La Oficina de Representación de la Secretaría de Medio Ambiente',
    body_last_words='conozcan el trabajo de conservación.',
    boilerplate=['Cuernavaca, Mor., a 27 de febrero de 2025.-', 'Foto: Semarnat Morelos', 'FIN',
                 'Facebook: SemarnatMorelos · X: @Semarnat_Mor · morelos.prensa@semarnat.example.mx'],
    must_keep=['La especie, endémica del Eje Neovolcánico Transversal, se encuentra catalogada como amenazada por la Norma Oficial Mexicana NOM-059, debido a la contaminación de los cuerpos de agua, la introducción de truchas y la extracción para su venta ilegal.',
               'Los comuneros de Coajomulco anunciaron que en primavera abrirán un sendero interpretativo para que las escuelas de la región conozcan el trabajo de conservación.'],
    photo_credit='Semarnat Morelos')

# ba15: Sader Edomex; cp1252 LF; "COMUNICADO" label first; "Boletín 207"; dateline on its own line before the title; ---000--- + contact
t = """COMUNICADO

SECRETARÍA DE AGRICULTURA Y DESARROLLO RURAL
Representación en el Estado de México

Boletín 207

Metepec, Estado de México, 14 de octubre de 2020.

Productores mexiquenses de maíz recibirán fertilizante gratuito en 36 municipios

La Representación de la Secretaría de Agricultura y Desarrollo Rural (Sader) en el Estado de México informó que a partir de la próxima semana iniciará la entrega de fertilizante gratuito para pequeños productores de maíz de 36 municipios de las regiones de Atlacomulco, Ixtlahuaca y Valle de Bravo.

El programa beneficiará a cerca de 41 mil productores con predios de hasta cinco hectáreas, quienes recibirán hasta seis bultos de urea y fosfato diamónico por hectárea, de acuerdo con el análisis de suelo realizado en cada región.

El representante estatal detalló que los centros de distribución se ubicarán en las instalaciones de los Distritos de Desarrollo Rural y en bodegas comunitarias, y que la entrega se hará de forma escalonada, por orden alfabético del primer apellido, para evitar aglomeraciones por la contingencia sanitaria.

Los productores deberán presentar identificación oficial, la CURP y el comprobante de registro en el padrón, así como portar cubrebocas. Las personas que no puedan acudir podrán designar a un familiar mediante una carta poder simple.

La dependencia federal recordó que el fertilizante no puede venderse ni intercambiarse, y que cualquier irregularidad puede denunciarse en la línea 555 800 1212 o en las oficinas de los distritos.

Se prevé que la entrega concluya a mediados de diciembre, antes del inicio de la preparación de tierras para el ciclo primavera-verano 2021.

---000---

Comunicación Social · Representación Edomex
prensa.edomex@sader.example.mx
"""
write_source('ba15.txt', t, enc='cp1252')
write_gold('ba15', family='press_release',
    title='Productores mexiquenses de maíz recibirán fertilizante gratuito en 36 municipios',
    date='2020-10-14', bylines=[], source='SECRETARÍA DE AGRICULTURA Y DESARROLLO RURAL', section=None,
    bulletin_number='207', issuer='SECRETARÍA DE AGRICULTURA Y DESARROLLO RURAL', dateline_city='Metepec',
    body_first_words='La Representación de la Secretaría de Agricultura y Desarrollo Rural (Sader)',
    body_last_words='para el ciclo primavera-verano 2021.',
    boilerplate=['COMUNICADO', 'Metepec, Estado de México, 14 de octubre de 2020.', '---000---',
                 'Comunicación Social · Representación Edomex', 'prensa.edomex@sader.example.mx'],
    must_keep=['Las personas que no puedan acudir podrán designar a un familiar mediante una carta poder simple.',
               'La dependencia federal recordó que el fertilizante no puede venderse ni intercambiarse, y que cualquier irregularidad puede denunciarse en la línea 555 800 1212 o en las oficinas de los distritos.'])

# ba16: municipal Juchitán; HTML remnants from a CMS; "No. 033/2010"; inline dateline "Heroica Ciudad de Juchitán de Zaragoza, Oax.; a 5 de junio de 2010.-"; * * * + WhatsApp contact
t = """<p><b>GOBIERNO MUNICIPAL DE JUCHITÁN DE ZARAGOZA 2008-2010</b><br>
Unidad de Comunicación Social</p>

<p>No. 033/2010</p>

<p><b>Arranca campaña de descacharrización contra el dengue en 23 colonias</b></p>

<p>Heroica Ciudad de Juchitán de Zaragoza, Oax.; a 5 de junio de 2010.- Ante el inicio de la temporada de lluvias, el Gobierno Municipal, en coordinación con la Jurisdicción Sanitaria número 2 del Istmo, arrancó este sábado la campaña de descacharrización y limpieza de patios en 23 colonias y en la séptima sección, donde el año pasado se concentró el mayor número de casos de dengue.</p>

<p>Brigadas de 80 trabajadores municipales y voluntarios recorrerán casa por casa para retirar llantas, botes, cubetas y otros objetos que acumulan agua y sirven como criaderos del mosco transmisor. Los camiones recolectores pasarán por cada calle según el calendario que se difundirá en las radios comunitarias en zapoteco y en español.</p>

<p>La regidora de Salud explicó que en 2009 se confirmaron 147 casos de dengue clásico y nueve de dengue hemorrágico en el municipio, por lo que este año se busca reducir la cifra con la participación de las familias y de los comités de barrio.</p>

<p>Asimismo, pidió a la población tapar los tambos y tinacos, cambiar el agua de los floreros cada tercer día y permitir el acceso al personal de nebulización, que estará debidamente identificado con gafete y chaleco.</p>

<p>Las personas que tengan cacharros voluminosos, como refrigeradores o colchones, podrán solicitar su recolección por WhatsApp al 555 971 0033, servicio que estará disponible durante todo el mes de junio.</p>

<p>El Ayuntamiento informó que la campaña se extenderá en julio a las agencias municipales de La Ventosa, Álvaro Obregón y Chicapa de Castro.</p>

<p>* * *</p>

<p>Unidad de Comunicación Social<br>
comsoc@juchitan.example.mx · WhatsApp 555 971 0010</p>
"""
write_source('ba16.txt', t, eol=('alternate',))
write_gold('ba16', family='press_release',
    title='Arranca campaña de descacharrización contra el dengue en 23 colonias',
    date='2010-06-05', bylines=[], source='GOBIERNO MUNICIPAL DE JUCHITÁN DE ZARAGOZA 2008-2010', section=None,
    bulletin_number='033/2010', issuer='GOBIERNO MUNICIPAL DE JUCHITÁN DE ZARAGOZA 2008-2010',
    dateline_city='Heroica Ciudad de Juchitán de Zaragoza',
    body_first_words='Ante el inicio de la temporada de lluvias',
    body_last_words='La Ventosa, Álvaro Obregón y Chicapa de Castro.',
    boilerplate=['Unidad de Comunicación Social',
                 'Heroica Ciudad de Juchitán de Zaragoza, Oax.; a 5 de junio de 2010.-', '* * *',
                 'comsoc@juchitan.example.mx · WhatsApp 555 971 0010'],
    must_keep=['Las personas que tengan cacharros voluminosos, como refrigeradores o colchones, podrán solicitar su recolección por WhatsApp al 555 971 0033, servicio que estará disponible durante todo el mes de junio.',
               'El Ayuntamiento informó que la campaña se extenderá en julio a las agencias municipales de La Ventosa, Álvaro Obregón y Chicapa de Castro.'])
