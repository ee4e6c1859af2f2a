#!/usr/bin/env python3
"""importer-bn, files 11-20."""
from common import write_source, write_gold, wrap, NBSP, to_bytes

# ---------------------------------------------------------------- bn11 press (university, Q. Roo; number after the end marker)
bn11 = """UNIVERSIDAD DE QUINTANA ROO
Departamento de Comunicación y Difusión

Investigadores de la UQROO cuentan 118 manatíes en la bahía de Chetumal

Chetumal, Quintana Roo; a 20 de noviembre de 2014.- Un equipo de investigadores y estudiantes de la Universidad de Quintana Roo contabilizó 118 manatíes en la bahía de Chetumal durante el censo aéreo de otoño, la cifra más alta registrada desde que comenzó el monitoreo de la especie en la zona, hace una década.

El conteo se realizó en cuatro vuelos a baja altura sobre la bahía, el río Hondo y las lagunas costeras, y se complementó con el registro de sonidos bajo el agua con hidrófonos instalados cerca del santuario del manatí.

La responsable del proyecto, doctora Leticia Cauich Marrufo, explicó que el aumento puede deberse a una mejor cobertura de los vuelos y no necesariamente a que la población haya crecido. “Lo que sí vemos es que hay más crías, y eso es una buena señal”, señaló.

Los investigadores identificaron como principales amenazas las heridas causadas por las hélices de las lanchas y la pérdida de pastos marinos por las descargas de aguas residuales. Por ello propusieron establecer zonas de velocidad reducida en los canales más transitados.

Los resultados serán presentados en diciembre ante las autoridades ambientales y las cooperativas turísticas de Calderitas y Xcalak, con las que la universidad mantiene un programa de avistamiento responsable.

oo0oo

Boletín UQROO/DCD/154/2014
Contacto: prensa@uqroo-cs.example.mx · Tel. 983 555 0129
"""
write_source('bn11.md', bn11)
write_gold('bn11', family='press_release',
           title='Investigadores de la UQROO cuentan 118 manatíes en la bahía de Chetumal',
           date='2014-11-20', source='UNIVERSIDAD DE QUINTANA ROO',
           bulletin_number='UQROO/DCD/154/2014', issuer='UNIVERSIDAD DE QUINTANA ROO',
           dateline_city='Chetumal',
           body_first_words='Un equipo de investigadores y estudiantes de la Universidad de Quintana Roo',
           body_last_words='mantiene un programa de avistamiento responsable.',
           boilerplate=['Departamento de Comunicación y Difusión',
                        'Chetumal, Quintana Roo; a 20 de noviembre de 2014.-', 'oo0oo',
                        'Boletín UQROO/DCD/154/2014',
                        'Contacto: prensa@uqroo-cs.example.mx · Tel. 983 555 0129'],
           must_keep=['“Lo que sí vemos es que hay más crías, y eso es una buena señal”, señaló.',
                      'Por ello propusieron establecer zonas de velocidad reducida en los canales más transitados.',
                      'El conteo se realizó en cuatro vuelos a baja altura sobre la bahía, el río Hondo y las lagunas costeras'])

# ---------------------------------------------------------------- bn12 press (port authority, Col., PDF-to-text with page furniture)
HEAD12 = ('            ADMINISTRACIÓN DEL SISTEMA PORTUARIO NACIONAL MANZANILLO\n'
          '                      Gerencia de Comunicación Social\n')
HEAD12P2 = '                 ASIPONA Manzanillo · Comunicado ASIPONA-MZO/GCS/045/2022\n'
FOOT12 = ('\n     Av. Puerto Interior 100, Manzanillo, Col. · Tel. 314 555 0190 · puertomanzanillo.example.mx\n'
          '                                   Página %d de 2\n')
p12 = [
    'Manzanillo, Colima, a 9 de marzo de 2022.- El puerto de Manzanillo movió 561 mil contenedores de veinte pies (TEU) durante enero y febrero, un aumento de 6.2 por ciento respecto al mismo periodo de 2021, informó la Administración del Sistema Portuario Nacional Manzanillo.',
    'Del total, 54 por ciento correspondió a importaciones, principalmente de Asia, y el resto a exportaciones y a contenedores vacíos que regresan a sus puntos de origen. Las terminales especializadas operaron en promedio al 85 por ciento de su capacidad.',
    'La gerencia de operaciones informó que el tiempo promedio de estadía de los contenedores en los patios se redujo de 11 a 8 días, gracias a la ampliación del horario de revisión de las autoridades aduanales y a la habilitación de un nuevo patio regulador fuera de la ciudad.',
]
p12_split = ('En carga general, el puerto recibió 1.3 millones de toneladas de minerales, granos y',
             'acero, mientras que la terminal de cruceros atendió a cuatro embarcaciones con cerca de 9 mil pasajeros, tras la reactivación de las rutas por la costa del Pacífico.')
p12_last = 'La ASIPONA reiteró su llamado a los transportistas para que utilicen el sistema de citas electrónicas, que permite programar la entrada a las terminales y evita filas en la avenida de acceso al puerto.'
bn12 = (HEAD12 + '\n'
        'COMUNICADO DE PRENSA                                  ASIPONA-MZO/GCS/045/2022\n'
        '\n'
        'PUERTO DE MANZANILLO MOVIÓ 561 MIL CONTENEDORES EN EL PRIMER BIMESTRE\n'
        '\n'
        + '\n\n'.join(wrap(p, 78) for p in p12) + '\n\n'
        + wrap(p12_split[0], 78) + '\n'
        + FOOT12 % 1 + '\f' + HEAD12P2 + '\n'
        + wrap(p12_split[1], 78) + '\n\n'
        + wrap(p12_last, 78) + '\n\n'
        '                                      ###\n'
        + FOOT12 % 2)
write_source('bn12.txt', bn12)
write_gold('bn12', family='press_release',
           title='PUERTO DE MANZANILLO MOVIÓ 561 MIL CONTENEDORES EN EL PRIMER BIMESTRE',
           date='2022-03-09', source='ADMINISTRACIÓN DEL SISTEMA PORTUARIO NACIONAL MANZANILLO',
           bulletin_number='ASIPONA-MZO/GCS/045/2022',
           issuer='ADMINISTRACIÓN DEL SISTEMA PORTUARIO NACIONAL MANZANILLO',
           dateline_city='Manzanillo',
           body_first_words='El puerto de Manzanillo movió 561 mil contenedores',
           body_last_words='evita filas en la avenida de acceso al puerto.',
           boilerplate=['Gerencia de Comunicación Social', 'COMUNICADO DE PRENSA',
                        'ASIPONA-MZO/GCS/045/2022', 'Manzanillo, Colima, a 9 de marzo de 2022.-',
                        'Av. Puerto Interior 100, Manzanillo, Col. · Tel. 314 555 0190 · puertomanzanillo.example.mx',
                        'Página 1 de 2', 'ASIPONA Manzanillo · Comunicado ASIPONA-MZO/GCS/045/2022',
                        '###', 'Página 2 de 2'],
           must_keep=['Del total, 54 por ciento correspondió a importaciones, principalmente de Asia, y el resto a exportaciones y a contenedores vacíos que regresan a sus puntos de origen.',
                      'Las terminales especializadas operaron en promedio al 85 por ciento de su capacidad.',
                      'La gerencia de operaciones informó que el tiempo promedio de estadía de los contenedores en los patios se redujo de 11 a 8 días'])

# ---------------------------------------------------------------- bn13 press (state congress, Camp., Markdown, BOM, CRLF)
bn13 = """**H. CONGRESO DEL ESTADO DE CAMPECHE**
**LXIV Legislatura**
Coordinación de Comunicación Social

Comunicado 071/2024

## Aprueba el Congreso reforma para proteger a las abejas y a los apicultores

San Francisco de Campeche, Camp., a 12 de marzo de 2024.

*Foto: Comunicación Social del H. Congreso*

Con 31 votos a favor y ninguno en contra, el Pleno del Congreso del Estado aprobó reformas a la ley estatal de desarrollo rural para crear un registro de apiarios y obligar a los productores agrícolas a avisar con 48 horas de anticipación antes de aplicar plaguicidas en terrenos cercanos a colmenas.

La iniciativa fue presentada por la Comisión de Desarrollo Agropecuario luego de que apicultores de Hopelchén y Calakmul denunciaron la muerte masiva de abejas en la primavera de 2023. Campeche es uno de los principales productores de miel del país y la actividad sostiene a más de 6 mil familias, en su mayoría de comunidades mayas.

Durante la discusión, la diputada presidenta de la comisión señaló que la reforma no prohíbe el uso de agroquímicos, pero establece reglas claras para la convivencia entre cultivos y colmenas. Las multas por no dar aviso irán de 50 a 500 unidades de medida y actualización.

La Secretaría de Desarrollo Agropecuario tendrá 90 días para integrar el registro, que será gratuito y podrá realizarse en línea o en las oficinas municipales.

Las reformas entrarán en vigor al día siguiente de su publicación en el Periódico Oficial del Estado.

* * *

Coordinación de Comunicación Social | comunicacion@congresocam.example.mx | 981 555 0152
"""
write_source('bn13.md', bn13, eol='crlf', bom=True)
write_gold('bn13', family='press_release',
           title='Aprueba el Congreso reforma para proteger a las abejas y a los apicultores',
           date='2024-03-12', source='H. CONGRESO DEL ESTADO DE CAMPECHE',
           bulletin_number='071/2024', issuer='H. CONGRESO DEL ESTADO DE CAMPECHE',
           dateline_city='San Francisco de Campeche',
           body_first_words='Con 31 votos a favor y ninguno en contra',
           body_last_words='su publicación en el Periódico Oficial del Estado.',
           boilerplate=['LXIV Legislatura', 'Coordinación de Comunicación Social', 'Comunicado 071/2024',
                        'San Francisco de Campeche, Camp., a 12 de marzo de 2024.',
                        'Foto: Comunicación Social del H. Congreso', '* * *',
                        'comunicacion@congresocam.example.mx | 981 555 0152'],
           must_keep=['Campeche es uno de los principales productores de miel del país y la actividad sostiene a más de 6 mil familias, en su mayoría de comunidades mayas.',
                      'Las multas por no dar aviso irán de 50 a 500 unidades de medida y actualización.',
                      'La Secretaría de Desarrollo Agropecuario tendrá 90 días para integrar el registro, que será gratuito y podrá realizarse en línea o en las oficinas municipales.'],
           photo_credit='Comunicación Social del H. Congreso')

# ---------------------------------------------------------------- bn14 press (municipality, Q. Roo, sent over WhatsApp)
bn14 = """*COMUNICADO 0318*
*H. AYUNTAMIENTO DE TULUM*
_Dirección General de Comunicación Social_

*Arranca programa de limpieza de sargazo con 80 trabajadores en playas públicas*

*Tulum, Quintana Roo, a 12 de julio de 2021.-* El Gobierno Municipal de Tulum puso en marcha el programa de limpieza de sargazo en playas públicas, con 80 trabajadores que retirarán diariamente el alga en los accesos de Playa Pescadores, Playa Santa Fe, Punta Piedra y Playa Mirador.

Las cuadrillas trabajarán en dos turnos, de 6:00 a 10:00 y de 16:00 a 19:00 horas, para no interferir con los bañistas en las horas de mayor afluencia. El sargazo recolectado se trasladará a un predio autorizado lejos de la costa, donde se secará y se cubrirá para evitar escurrimientos al manto freático.

La dirección de Zona Federal Marítimo Terrestre informó que el semáforo de sargazo se mantiene en rojo para la costa del municipio, por lo que se espera que los arribos continúen durante las próximas semanas.

El Ayuntamiento pidió a los visitantes no enterrar el alga en la arena y reportar las acumulaciones al teléfono de Atención Ciudadana. También recordó que el acceso a las playas públicas es gratuito y que ningún negocio puede cobrar por el paso.

Los trabajadores fueron contratados a través del programa municipal de empleo temporal y recibirán equipo de protección, agua y protector solar biodegradable.

*-30-*

📲 Facebook: Gobierno Municipal de Tulum Ej
🐦 Twitter: @TulumComunicaEj
"""
write_source('bn14.txt', bn14)
write_gold('bn14', family='press_release',
           title='Arranca programa de limpieza de sargazo con 80 trabajadores en playas públicas',
           date='2021-07-12', source='H. AYUNTAMIENTO DE TULUM',
           bulletin_number='0318', issuer='H. AYUNTAMIENTO DE TULUM', dateline_city='Tulum',
           body_first_words='El Gobierno Municipal de Tulum puso en marcha el programa',
           body_last_words='agua y protector solar biodegradable.',
           boilerplate=['COMUNICADO 0318', 'Dirección General de Comunicación Social',
                        'Tulum, Quintana Roo, a 12 de julio de 2021.-', '-30-',
                        'Facebook: Gobierno Municipal de Tulum Ej', 'Twitter: @TulumComunicaEj'],
           must_keep=['El sargazo recolectado se trasladará a un predio autorizado lejos de la costa, donde se secará y se cubrirá para evitar escurrimientos al manto freático.',
                      'También recordó que el acceso a las playas públicas es gratuito y que ningún negocio puede cobrar por el paso.',
                      'Las cuadrillas trabajarán en dos turnos, de 6:00 a 10:00 y de 16:00 a 19:00 horas'])

# ---------------------------------------------------------------- bn15 press (state civil protection, Nay., two-line caps title)
bn15 = """GOBIERNO DEL ESTADO DE NAYARIT
UNIDAD ESTATAL DE PROTECCIÓN CIVIL
BOLETÍN UEPC-147/13

ACTIVAN 45 REFUGIOS TEMPORALES EN LA COSTA NORTE
ANTE LLUVIAS INTENSAS PRONOSTICADAS PARA ESTA SEMANA

Tepic, Nayarit; martes 17 de septiembre de 2013.

La Unidad Estatal de Protección Civil activó 45 refugios temporales en los municipios de Santiago Ixcuintla, Tuxpan, Rosamorada, Tecuala y San Blas, ante el pronóstico de lluvias intensas a torrenciales para la costa norte del estado durante los próximos tres días.

Los refugios se instalaron en escuelas, salones ejidales y auditorios municipales, y tienen capacidad conjunta para recibir a cerca de 9 mil personas. Cada uno cuenta con colchonetas, agua embotellada, alimentos y personal de salud.

El titular de la dependencia, Ricardo Ocegueda Lara, pidió a los habitantes de las comunidades ribereñas del río San Pedro y del río Acaponeta estar atentos a los avisos de las autoridades y no intentar cruzar arroyos crecidos a pie ni en vehículo.

Brigadas de la Unidad Estatal, de la Secretaría de la Defensa Nacional y de la Comisión Nacional del Agua recorren desde el lunes los bordos de contención y las zonas bajas de Tuxpan y Santiago Ixcuintla, donde en años anteriores se han registrado inundaciones.

La población puede consultar la ubicación de los refugios en las presidencias municipales y en la página de internet del Gobierno del Estado.

FIN

Unidad Estatal de Protección Civil · Comunicación Social
Tel. 311 555 0106 · Cabina de emergencias 311 555 0107
"""
write_source('bn15.txt', bn15, enc='cp1252', eol='crlf')
write_gold('bn15', family='press_release',
           title='ACTIVAN 45 REFUGIOS TEMPORALES EN LA COSTA NORTE ANTE LLUVIAS INTENSAS PRONOSTICADAS PARA ESTA SEMANA',
           date='2013-09-17', source='UNIDAD ESTATAL DE PROTECCIÓN CIVIL',
           bulletin_number='UEPC-147/13', issuer='UNIDAD ESTATAL DE PROTECCIÓN CIVIL',
           dateline_city='Tepic',
           body_first_words='La Unidad Estatal de Protección Civil activó 45 refugios temporales',
           body_last_words='en la página de internet del Gobierno del Estado.',
           boilerplate=['GOBIERNO DEL ESTADO DE NAYARIT', 'BOLETÍN UEPC-147/13',
                        'Tepic, Nayarit; martes 17 de septiembre de 2013.', 'FIN',
                        'Unidad Estatal de Protección Civil · Comunicación Social',
                        'Tel. 311 555 0106 · Cabina de emergencias 311 555 0107'],
           must_keep=['Cada uno cuenta con colchonetas, agua embotellada, alimentos y personal de salud.',
                      'pidió a los habitantes de las comunidades ribereñas del río San Pedro y del río Acaponeta estar atentos a los avisos de las autoridades y no intentar cruzar arroyos crecidos a pie ni en vehículo.',
                      'La población puede consultar la ubicación de los refugios en las presidencias municipales y en la página de internet del Gobierno del Estado.'])

# ---------------------------------------------------------------- bn16 press (human-rights commission, Ags., Word table via pandoc)
bn16 = """| **COMISIÓN ESTATAL DE DERECHOS HUMANOS DE AGUASCALIENTES** |                                            |
|-------------------------------------------------------------|--------------------------------------------|
| Comunicado de prensa                                        | CS/118/2006                                |
| Lugar y fecha                                               | Aguascalientes, Ags., 28 de agosto de 2006 |

**Imparte CEDHA talleres sobre derechos de la niñez en escuelas de Calvillo**

La Comisión Estatal de Derechos Humanos de Aguascalientes (CEDHA) concluyó un ciclo de talleres sobre los derechos de niñas y niños en 18 escuelas primarias del municipio de Calvillo, en los que participaron cerca de 2 mil 400 alumnos de cuarto, quinto y sexto grados.

A través de juegos, representaciones y cuentos, el personal de la Comisión explicó a los estudiantes su derecho a la educación, a la salud, a vivir sin violencia y a ser escuchados, así como las instancias a las que pueden acudir cuando alguno de esos derechos no se respeta.

La coordinadora del programa, licenciada Rocío Delgado Femat, señaló que en varias escuelas los niños aprovecharon las sesiones para hablar de problemas en casa y en la comunidad. “Cuando un niño se atreve a contar algo, los adultos tenemos la obligación de actuar”, dijo.

La CEDHA entregó a cada plantel material de apoyo para los maestros y un directorio de instituciones de atención a la niñez. Con las escuelas de Calvillo suman 74 las que han participado en el programa durante 2006.

Durante septiembre y octubre los talleres se llevarán a los municipios de Asientos, Tepezalá y El Llano.

FIN

Área de Comunicación Social\\
comunicacion@cedha-ags.example.mx · 449 555 0163
"""
write_source('bn16.md', bn16)
write_gold('bn16', family='press_release',
           title='Imparte CEDHA talleres sobre derechos de la niñez en escuelas de Calvillo',
           date='2006-08-28', source='COMISIÓN ESTATAL DE DERECHOS HUMANOS DE AGUASCALIENTES',
           bulletin_number='CS/118/2006', issuer='COMISIÓN ESTATAL DE DERECHOS HUMANOS DE AGUASCALIENTES',
           dateline_city='Aguascalientes',
           body_first_words='La Comisión Estatal de Derechos Humanos de Aguascalientes (CEDHA) concluyó',
           body_last_words='a los municipios de Asientos, Tepezalá y El Llano.',
           boilerplate=['Comunicado de prensa', 'CS/118/2006', 'Lugar y fecha',
                        'Aguascalientes, Ags., 28 de agosto de 2006', 'FIN', 'Área de Comunicación Social',
                        'comunicacion@cedha-ags.example.mx · 449 555 0163'],
           must_keep=['“Cuando un niño se atreve a contar algo, los adultos tenemos la obligación de actuar”, dijo.',
                      'Con las escuelas de Calvillo suman 74 las que han participado en el programa durante 2006.',
                      'en los que participaron cerca de 2 mil 400 alumnos de cuarto, quinto y sexto grados.'])

# ---------------------------------------------------------------- bn17 jekyll (culture site, Gdl.; categories as a space-separated string; Liquid include)
bn17 = """---
layout: post
title: "Cineforo de barrio en Analco reabre con funciones gratuitas al aire libre"
date: 2022-10-05 20:30:00 -0500
author: "Por Renata Gallardo Cuevas"
categories: Cultura Portada
tags: [cine, Analco, barrios]
outlet: Escena Tapatía
image: /img/2022/10/cineforo-analco.jpg
---

{% include figura.html src="/img/2022/10/cineforo-analco.jpg" pie="Vecinos durante la primera función." credito="Foto: Tomás Aceves / Escena Tapatía" %}

El cineforo comunitario del barrio de Analco, que dejó de funcionar durante la pandemia, reabrió sus puertas con un ciclo de funciones gratuitas al aire libre que se proyectarán todos los miércoles de octubre en el atrio de un templo del barrio.

La iniciativa es de un colectivo de vecinos y estudiantes de cine que restauró el viejo proyector y consiguió una pantalla inflable donada por una productora local. La primera función, con una película mexicana de los años cincuenta, reunió a más de 200 personas que llevaron sus propias sillas.

“Aquí muchos señores vieron sus primeras películas en un cine de barrio que ya no existe; queríamos que los nietos vivieran algo parecido”, contó Jimena Orozco Partida, una de las organizadoras.

La programación incluye cortometrajes de realizadores jaliscienses, cine de animación para niñas y niños y un documental sobre la historia de los barrios del oriente de Guadalajara. Antes de cada función habrá una charla breve con algún invitado.

Las funciones comienzan a las 19:30 horas. El colectivo pide a los asistentes llegar temprano y no dejar basura en el atrio, que se limpia al terminar cada proyección.
"""
write_source('bn17.md', bn17)
write_gold('bn17', family='jekyll',
           title='Cineforo de barrio en Analco reabre con funciones gratuitas al aire libre',
           date='2022-10-05', bylines=['Renata Gallardo Cuevas'], source='Escena Tapatía',
           section='Cultura', placement=['Portada'],
           body_first_words='El cineforo comunitario del barrio de Analco',
           body_last_words='que se limpia al terminar cada proyección.',
           boilerplate=['{% include figura.html src="/img/2022/10/cineforo-analco.jpg" pie="Vecinos durante la primera función." credito="Foto: Tomás Aceves / Escena Tapatía" %}'],
           must_keep=['La primera función, con una película mexicana de los años cincuenta, reunió a más de 200 personas que llevaron sus propias sillas.',
                      'Antes de cada función habrá una charla breve con algún invitado.',
                      'Las funciones comienzan a las 19:30 horas.'],
           photo_credit='Tomás Aceves / Escena Tapatía')

# ---------------------------------------------------------------- bn18 jekyll (WordPress via jekyll-import, Nay.; author hash, [caption], entities)
bn18 = """---
layout: post
title: Reabren el Paseo de la Loma tras seis meses de obras
date: 2011-06-02 13:45:12.000000000 -06:00
type: post
parent_id: '0'
published: true
password: ''
status: publish
categories:
- Sin categoría
tags:
- Paseo de la Loma
- Tepic
meta:
  _edit_last: '2'
  _thumbnail_id: '88'
author:
  login: cristina.lamas
  email: cristina.lamas@nayaritenlinea.example.mx
  display_name: Cristina Lamas Ibarra
  first_name: Cristina
  last_name: Lamas
permalink: "/2011/06/02/reabren-el-paseo-de-la-loma/"
---
<p>[caption id="attachment_88" align="aligncenter" width="300"]<a href="http://nayaritenlinea.example.mx/wp-content/uploads/2011/06/loma.jpg"><img class="size-medium wp-image-88" src="http://nayaritenlinea.example.mx/wp-content/uploads/2011/06/loma-300x200.jpg" alt="" width="300" height="200" /></a> Familias recorren el andador renovado. Foto: Néstor Ceja[/caption]</p>
<p>Después de seis meses de obras, el Paseo de la Loma volvió a abrir este jueves a peatones y ciclistas, con nuevos andadores, alumbrado, bancas y un carril exclusivo para bicicletas que rodea el parque por completo.</p>
<p>La rehabilitación incluyó la sustitución de 2 kilómetros de banquetas, la poda de los árboles más antiguos y la instalación de un sistema de riego que utiliza agua tratada. También se renovaron los juegos infantiles y se construyeron sanitarios públicos cerca de la entrada principal.</p>
<p>Desde temprano, decenas de familias y corredores recorrieron el circuito. Doña Elvira Sandoval, que camina en el parque desde hace treinta años, dijo que las obras valieron la pena. <em>&#8220;Antes había tramos donde uno se tropezaba a cada rato; ahora hasta da gusto venir de noche&#8221;</em>, comentó.</p>
<p>Las autoridades municipales informaron que el parque permanecerá abierto de las 5:30 a las 22:00 horas y que habrá vigilancia permanente de la policía preventiva.</p>
<p>Los vendedores ambulantes que se instalaban en los andadores serán reubicados en un área de comida junto al estacionamiento, según acordaron con el ayuntamiento.</p>
"""
write_source('bn18.md', bn18)
write_gold('bn18', family='jekyll',
           title='Reabren el Paseo de la Loma tras seis meses de obras',
           date='2011-06-02', bylines=['Cristina Lamas Ibarra'],
           body_first_words='Después de seis meses de obras, el Paseo de la Loma volvió a abrir',
           body_last_words='según acordaron con el ayuntamiento.',
           boilerplate=['Familias recorren el andador renovado. Foto: Néstor Ceja'],
           must_keep=['La rehabilitación incluyó la sustitución de 2 kilómetros de banquetas, la poda de los árboles más antiguos y la instalación de un sistema de riego que utiliza agua tratada.',
                      'Doña Elvira Sandoval, que camina en el parque desde hace treinta años, dijo que las obras valieron la pena.',
                      'Las autoridades municipales informaron que el parque permanecerá abierto de las 5:30 a las 22:00 horas y que habrá vigilancia permanente de la policía preventiva.'],
           photo_credit='Néstor Ceja')

# ---------------------------------------------------------------- bn19 jekyll family (Hugo, TOML front matter, Ags.; local date != UTC date)
bn19 = """+++
title = "La Feria de San Marcos estrena ruta peatonal iluminada hacia el Jardín"
date = 2018-04-25T22:10:00-05:00
draft = false
author = "Iván Romo Esparza"
sitio = "Pulso Hidrocálido"
categories = ["Feria"]
tags = ["San Marcos", "movilidad", "seguridad"]
+++

Los visitantes de la Feria Nacional de San Marcos cuentan desde esta noche con una ruta peatonal iluminada que conecta el estacionamiento del complejo ferial con el Jardín de San Marcos, a lo largo de 1.2 kilómetros por las calles del barrio.

El recorrido tiene 180 luminarias nuevas, módulos de información cada 200 metros y presencia de elementos de la policía estatal y municipal entre las 18:00 y las 4:00 horas. Las banquetas se ampliaron y se retiraron los puestos que obstruían el paso.

El patronato de la feria calcula que por la ruta pasarán unas 40 mil personas cada fin de semana, sobre todo familias que salen de los conciertos del foro principal. “Queríamos que la gente regresara a su coche caminando tranquila, sin tener que cruzar por calles oscuras”, dijo un integrante del comité organizador.

Vecinos del barrio de San Marcos consideraron positiva la obra, aunque pidieron que el alumbrado se mantenga después de la feria y que se vigile el ruido en las madrugadas.

La ruta permanecerá abierta hasta el cierre de la feria, el 6 de mayo.
"""
write_source('bn19.md', bn19)
write_gold('bn19', family='jekyll',
           title='La Feria de San Marcos estrena ruta peatonal iluminada hacia el Jardín',
           date='2018-04-25', bylines=['Iván Romo Esparza'], source='Pulso Hidrocálido', section='Feria',
           body_first_words='Los visitantes de la Feria Nacional de San Marcos cuentan desde esta noche',
           body_last_words='hasta el cierre de la feria, el 6 de mayo.',
           must_keep=['Las banquetas se ampliaron y se retiraron los puestos que obstruían el paso.',
                      '“Queríamos que la gente regresara a su coche caminando tranquila, sin tener que cruzar por calles oscuras”, dijo un integrante del comité organizador.',
                      'La ruta permanecerá abierta hasta el cierre de la feria, el 6 de mayo.'])

# ---------------------------------------------------------------- bn20 jekyll (Col., BOM, CRLF; folded title; kramdown IAL; <!--more-->)
bn20 = """---
layout: post
title: >-
  Colima instala módulos de prueba rápida en
  tres mercados de la capital
date: 2020-08-16
author:
  - redaccion
categories:
  - Salud
tags: [covid-19, mercados]
---

Los Servicios de Salud del estado instalaron módulos de prueba rápida para detectar COVID-19 en los mercados Constitución, Obregón y Francisco I. Madero, de la ciudad de Colima, donde atenderán de manera gratuita a locatarios, trabajadores y clientes que presenten síntomas.
{: .lead}

<!--more-->

Cada módulo funcionará de lunes a sábado de 8:00 a 14:00 horas durante tres semanas, con capacidad para aplicar hasta 120 pruebas diarias. Los resultados se entregan en menos de media hora.

Las autoridades explicaron que los mercados fueron elegidos porque concentran a miles de personas cada día y porque en julio se detectaron contagios entre trabajadores de dos de ellos. Las personas con resultado positivo recibirán orientación para aislarse y un seguimiento telefónico.

Los locatarios pidieron apoyos económicos para quienes tengan que cerrar su puesto durante el aislamiento. La administración de mercados respondió que revisará cada caso con el ayuntamiento.

Las autoridades recordaron que el uso del cubrebocas es obligatorio dentro de los mercados y que en los pasillos debe guardarse la sana distancia.
"""
write_source('bn20.md', bn20, eol='crlf', bom=True)
write_gold('bn20', family='jekyll',
           title='Colima instala módulos de prueba rápida en tres mercados de la capital',
           date='2020-08-16', bylines=[], section='Salud',
           body_first_words='Los Servicios de Salud del estado instalaron módulos de prueba rápida',
           body_last_words='en los pasillos debe guardarse la sana distancia.',
           boilerplate=['{: .lead}', '<!--more-->'],
           must_keep=['Los resultados se entregan en menos de media hora.',
                      'Las personas con resultado positivo recibirán orientación para aislarse y un seguimiento telefónico.',
                      'La administración de mercados respondió que revisará cada caso con el ayuntamiento.'])
