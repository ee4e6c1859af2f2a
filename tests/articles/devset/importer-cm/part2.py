#!/usr/bin/env python3
"""importer-cm, files 11-20."""
import textwrap
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- cm11 press (municipal transparency unit, Zac.)
cm11 = """UNIDAD DE TRANSPARENCIA DEL MUNICIPIO DE GUADALUPE, ZACATECAS
Aviso UT/014/2020

Unidad de Transparencia amplía los plazos para responder solicitudes de información durante la contingencia sanitaria

Guadalupe, Zac., a 30 de marzo de 2020.

La Unidad de Transparencia del Municipio de Guadalupe informa a la ciudadanía que, en atención a las medidas sanitarias dictadas por las autoridades de salud y al acuerdo del Instituto Zacatecano de Transparencia, Acceso a la Información y Protección de Datos Personales, se suspenden los plazos para responder solicitudes de acceso a la información y de derechos ARCO a partir del 23 de marzo y hasta nuevo aviso.

Durante la suspensión se aplicarán las siguientes medidas:

1. Las solicitudes podrán seguir presentándose por medio de la Plataforma Nacional de Transparencia, pero se tendrán por recibidas el primer día hábil en que se reanuden los plazos.
2. La oficina de la Unidad, ubicada en la planta baja de la presidencia municipal, permanecerá cerrada al público.
3. Las consultas generales se atenderán por teléfono de lunes a viernes, de 9:00 a 14:00 horas.

Las solicitudes relacionadas con la contratación de insumos médicos y con los apoyos alimentarios que entregue el Ayuntamiento durante la emergencia seguirán atendiéndose de manera prioritaria, porque se trata de información de interés público.

La Unidad recordó que las obligaciones de transparencia del portal municipal se mantendrán actualizadas en la medida de lo posible y que el cómputo de los plazos se reanudará cuando lo determine el órgano garante.

* * *

AVISO DE PRIVACIDAD SIMPLIFICADO: Los datos personales recabados por esta Unidad serán utilizados únicamente para dar trámite a las solicitudes.
Unidad de Transparencia | Tel. 492 555 0110 | transparencia@guadalupe-zac.example.mx
"""
write_source('cm11.txt', cm11, enc='cp1252', eol='crlf')
write_gold('cm11', family='press_release',
           title='Unidad de Transparencia amplía los plazos para responder solicitudes de información durante la contingencia sanitaria',
           date='2020-03-30',
           source='UNIDAD DE TRANSPARENCIA DEL MUNICIPIO DE GUADALUPE, ZACATECAS',
           bulletin_number='UT/014/2020',
           issuer='UNIDAD DE TRANSPARENCIA DEL MUNICIPIO DE GUADALUPE, ZACATECAS',
           dateline_city='Guadalupe',
           body_first_words='La Unidad de Transparencia del Municipio de Guadalupe informa a la ciudadanía',
           body_last_words='cuando lo determine el órgano garante.',
           boilerplate=['Aviso UT/014/2020', 'Guadalupe, Zac., a 30 de marzo de 2020.', '* * *',
                        'AVISO DE PRIVACIDAD SIMPLIFICADO: Los datos personales recabados por esta Unidad serán utilizados únicamente para dar trámite a las solicitudes.',
                        'Unidad de Transparencia | Tel. 492 555 0110 | transparencia@guadalupe-zac.example.mx'],
           must_keep=['2. La oficina de la Unidad, ubicada en la planta baja de la presidencia municipal, permanecerá cerrada al público.',
                      '3. Las consultas generales se atenderán por teléfono de lunes a viernes, de 9:00 a 14:00 horas.',
                      'porque se trata de información de interés público.'])

# ---------------------------------------------------------------- cm12 press (cathedral communiqué, Ags.; dateline at the END)
cm12 = """CATEDRAL BASÍLICA DE NUESTRA SEÑORA DE LA ASUNCIÓN
Aguascalientes, Ags.
COMUNICADO 03/2019

La Catedral cerrará su torre poniente durante tres meses por trabajos de restauración

A los fieles católicos y a la opinión pública:

Con motivo de los trabajos de restauración que se realizarán en la torre poniente de nuestra Catedral Basílica, informamos que a partir del lunes 11 de febrero el acceso por la puerta lateral de la calle Galeana permanecerá cerrado, y que las campanas de esa torre no se tocarán mientras duren las obras.

Los trabajos, que cuentan con la autorización y la supervisión del Instituto Nacional de Antropología e Historia, consisten en la consolidación de la cantera, la limpieza de las juntas y la revisión de la estructura que sostiene las campanas, dañada por la humedad acumulada durante varias décadas.

Las misas dominicales y las celebraciones de los sacramentos continuarán con su horario habitual. Los fieles podrán entrar por el acceso principal, frente a la Plaza de la Patria, y por la puerta norte.

Durante las obras no se celebrarán bodas con recepción en el atrio, y las visitas guiadas a las torres quedan suspendidas. Las parejas que ya tenían fecha podrán comunicarse a la oficina parroquial para reprogramar su ceremonia o trasladarla al interior del templo.

Agradecemos la comprensión de la comunidad y pedimos sus oraciones para que los trabajos concluyan felizmente y sin contratiempos.

Dado en la ciudad de Aguascalientes, Ags., a 2 de febrero de 2019, fiesta de la Presentación del Señor.

Atentamente,
Pbro. Julián Ventura Macías
Rector de la Catedral Basílica
"""
write_source('cm12.txt', cm12)
write_gold('cm12', family='press_release',
           title='La Catedral cerrará su torre poniente durante tres meses por trabajos de restauración',
           date='2019-02-02',
           source='CATEDRAL BASÍLICA DE NUESTRA SEÑORA DE LA ASUNCIÓN',
           bulletin_number='03/2019',
           issuer='CATEDRAL BASÍLICA DE NUESTRA SEÑORA DE LA ASUNCIÓN',
           dateline_city='Aguascalientes',
           body_first_words='Con motivo de los trabajos de restauración que se realizarán en la torre poniente',
           body_last_words='para que los trabajos concluyan felizmente y sin contratiempos.',
           boilerplate=['Aguascalientes, Ags.', 'COMUNICADO 03/2019',
                        'A los fieles católicos y a la opinión pública:',
                        'Dado en la ciudad de Aguascalientes, Ags., a 2 de febrero de 2019, fiesta de la Presentación del Señor.',
                        'Atentamente,', 'Pbro. Julián Ventura Macías', 'Rector de la Catedral Basílica'],
           must_keep=['Las misas dominicales y las celebraciones de los sacramentos continuarán con su horario habitual.',
                      'Durante las obras no se celebrarán bodas con recepción en el atrio, y las visitas guiadas a las torres quedan suspendidas.',
                      'Agradecemos la comprensión de la comunidad y pedimos sus oraciones para que los trabajos concluyan felizmente y sin contratiempos.'])

# ---------------------------------------------------------------- cm13 press (cattle ranchers' union, copied from its Facebook page)
cm13 = """Unión Ganadera Regional del Altiplano Zacatecano
15 de mayo de 2022 · 🌎

📢 COMUNICADO UGRAZ-07/2022 📢

🐄 Ganaderos del semidesierto piden apoyo urgente de forraje ante la sequía 🐄

Ojocaliente, Zac., 15 de mayo de 2022.- La Unión Ganadera Regional del Altiplano Zacatecano solicitó a los gobiernos federal y estatal un programa emergente de entrega de forraje y de rehabilitación de abrevaderos, ante la sequía que afecta a 21 municipios del centro y del norte del estado.

De acuerdo con el censo levantado por las asociaciones ganaderas locales, en lo que va del año han muerto cerca de 4 mil cabezas de ganado bovino por falta de agua y de pastos. Los bordos de abrevadero de la región se encuentran secos desde febrero y los productores compran pacas de rastrojo a precios que duplican los del año pasado.

El presidente de la Unión, Everardo Saucedo Villegas, informó que muchos ganaderos han tenido que vender sus vientres a bajo precio para no perderlos, lo que pondrá en riesgo la producción de becerros durante los próximos dos años.

La organización pidió además que se agilice la entrega de los pagos del seguro catastrófico y que se amplíe el padrón de beneficiarios para incluir a los pequeños productores con menos de diez cabezas, que hoy quedan fuera de los apoyos.

Los socios se reunirán el próximo sábado en asamblea general en la sede de la Unión para definir las siguientes acciones.

#GanaderíaZacatecana #Sequía2022 #UGRAZ

👍 Me gusta   💬 Comentar   ↪️ Compartir
128 comentarios · 342 veces compartido
"""
write_source('cm13.txt', cm13)
write_gold('cm13', family='press_release',
           title='Ganaderos del semidesierto piden apoyo urgente de forraje ante la sequía',
           date='2022-05-15',
           source='Unión Ganadera Regional del Altiplano Zacatecano',
           bulletin_number='UGRAZ-07/2022',
           issuer='Unión Ganadera Regional del Altiplano Zacatecano',
           dateline_city='Ojocaliente',
           body_first_words='La Unión Ganadera Regional del Altiplano Zacatecano solicitó',
           body_last_words='para definir las siguientes acciones.',
           boilerplate=['15 de mayo de 2022 · 🌎', '📢 COMUNICADO UGRAZ-07/2022 📢',
                        'Ojocaliente, Zac., 15 de mayo de 2022.-',
                        '#GanaderíaZacatecana #Sequía2022 #UGRAZ',
                        '👍 Me gusta   💬 Comentar   ↪️ Compartir',
                        '128 comentarios · 342 veces compartido'],
           must_keep=['Los bordos de abrevadero de la región se encuentran secos desde febrero y los productores compran pacas de rastrojo a precios que duplican los del año pasado.',
                      'que hoy quedan fuera de los apoyos.',
                      'Los socios se reunirán el próximo sábado en asamblea general en la sede de la Unión para definir las siguientes acciones.'])

# ---------------------------------------------------------------- cm14 press (state police incident card, SLP; cp850)
cm14 = """SECRETARÍA DE SEGURIDAD PÚBLICA DEL ESTADO DE SAN LUIS POTOSÍ
DIRECCIÓN DE COMUNICACIÓN SOCIAL
TARJETA INFORMATIVA SSPE/DCS/0412/2016

ASEGURA POLICÍA ESTATAL TRACTOCAMIÓN CON 38 CABEZAS DE GANADO SIN DOCUMENTOS EN LA CARRETERA 57

San Luis Potosí, S.L.P., 11 de noviembre de 2016.- Elementos de la Policía Estatal aseguraron durante la noche del jueves un tractocamión que transportaba 38 cabezas de ganado bovino sin la documentación que acredite su legal procedencia, en el kilómetro 34 de la carretera federal 57, en el municipio de Villa de Reyes.

Los agentes realizaban un recorrido de vigilancia cuando observaron la unidad detenida en el acotamiento con las luces apagadas. Al aproximarse, el conductor, quien dijo llamarse Rigoberto "N", de 41 años y con domicilio en el estado de Zacatecas, no pudo mostrar las guías de tránsito ni las facturas del ganado.

Más tarde se presentó en el lugar un productor del municipio de Santa María del Río, quien reconoció por sus fierros a once de los animales como parte de un lote que le fue robado dos días antes de su potrero.

El conductor, el tractocamión y el ganado fueron puestos a disposición de la Procuraduría General de Justicia del Estado, que integrará la carpeta de investigación correspondiente. Los animales quedaron bajo resguardo en un corral de la Unión Ganadera mientras se comprueba su propiedad.

La Secretaría exhortó a los productores a reportar cualquier robo de ganado al número de emergencias y a mantener actualizado el registro de sus fierros ante las autoridades ganaderas.

---000---
"""
write_source('cm14.txt', cm14, enc='cp850', eol='crlf')
write_gold('cm14', family='press_release',
           title='ASEGURA POLICÍA ESTATAL TRACTOCAMIÓN CON 38 CABEZAS DE GANADO SIN DOCUMENTOS EN LA CARRETERA 57',
           date='2016-11-11',
           source='SECRETARÍA DE SEGURIDAD PÚBLICA DEL ESTADO DE SAN LUIS POTOSÍ',
           bulletin_number='SSPE/DCS/0412/2016',
           issuer='SECRETARÍA DE SEGURIDAD PÚBLICA DEL ESTADO DE SAN LUIS POTOSÍ',
           dateline_city='San Luis Potosí',
           body_first_words='Elementos de la Policía Estatal aseguraron durante la noche del jueves',
           body_last_words='ante las autoridades ganaderas.',
           boilerplate=['DIRECCIÓN DE COMUNICACIÓN SOCIAL', 'TARJETA INFORMATIVA SSPE/DCS/0412/2016',
                        'San Luis Potosí, S.L.P., 11 de noviembre de 2016.-', '---000---'],
           must_keep=['no pudo mostrar las guías de tránsito ni las facturas del ganado.',
                      'Los animales quedaron bajo resguardo en un corral de la Unión Ganadera mientras se comprueba su propiedad.',
                      'quien reconoció por sus fierros a once de los animales como parte de un lote que le fue robado dos días antes de su potrero.'])

# ---------------------------------------------------------------- cm15 press (state water commission, PDF-to-text with page furniture)
def wrap(paras, width=88, indent='  '):
    return '\n\n'.join('\n'.join(indent + l for l in textwrap.wrap(p, width)) for p in paras)


p15a = [
    "Guanajuato, Gto., 9 de octubre de 2015.- La Comisión Estatal del Agua de Guanajuato puso en operación una planta potabilizadora en la comunidad de San José de Gracia, en el municipio de San Felipe, que retirará el arsénico y el flúor del agua de un pozo que abastece a más de 4 mil habitantes de siete localidades.",
    "La planta utiliza un sistema de filtración con medios adsorbentes y tiene capacidad para tratar 12 litros por segundo. Su construcción requirió una inversión de 18.6 millones de pesos, aportados por el gobierno del estado, el municipio y un programa federal de agua potable para zonas rurales.",
    "Los análisis realizados por la Comisión en 2014 mostraron que el agua del pozo contenía el doble del arsénico permitido por la norma oficial. Las familias de la zona compraban garrafones para beber y cocinar. El costo era alto para ellas.",
]
p15b = [
    "El titular de la dependencia explicó que el agua tratada se distribuirá por la red existente y que un comité comunitario se encargará de la operación diaria, con capacitación y supervisión técnica de la Comisión durante los primeros dos años.",
    "En el norte del estado existen al menos 40 pozos con problemas similares. La Comisión prevé construir cinco plantas más en 2016, en San Diego de la Unión, Ocampo y Dolores Hidalgo.",
    "Los habitantes podrán solicitar información sobre la calidad del agua en la presidencia municipal de San Felipe.",
]
F15 = 'Blvd. Euquerio Guerrero 1820, Guanajuato, Gto. · Tel. 473 555 0160 · prensa@ceag-boletines.example.mx'
cm15 = ("""                         COMISIÓN ESTATAL DEL AGUA DE GUANAJUATO
                           Boletín de prensa CEAG-112/2015


  Inicia operación planta que retira arsénico del agua en San Felipe


""" + wrap(p15a) + """



     """ + F15 + """
                                                                         Página 1 de 2
\f                         CEAG · Boletín de prensa CEAG-112/2015 · Hoja 2


""" + wrap(p15b) + """

                                           oOo



     """ + F15 + """
                                                                         Página 2 de 2
\f""")
write_source('cm15.txt', cm15)
write_gold('cm15', family='press_release',
           title='Inicia operación planta que retira arsénico del agua en San Felipe',
           date='2015-10-09',
           source='COMISIÓN ESTATAL DEL AGUA DE GUANAJUATO',
           bulletin_number='CEAG-112/2015',
           issuer='COMISIÓN ESTATAL DEL AGUA DE GUANAJUATO',
           dateline_city='Guanajuato',
           body_first_words='La Comisión Estatal del Agua de Guanajuato puso',
           body_last_words='municipal de San Felipe.',
           boilerplate=['Boletín de prensa CEAG-112/2015', 'Guanajuato, Gto., 9 de octubre de 2015.-',
                        F15, 'Página 1 de 2', 'CEAG · Boletín de prensa CEAG-112/2015 · Hoja 2',
                        'oOo', 'Página 2 de 2'],
           must_keep=['El costo era alto para ellas.',
                      'En el norte del estado existen al menos 40 pozos con problemas similares.',
                      'garrafones para beber y cocinar.'])

# ---------------------------------------------------------------- cm16 press (municipality, Markdown: issuer as ## heading, bold title)
cm16 = """## PRESIDENCIA MUNICIPAL DE FRESNILLO
### Dirección de Comunicación Social

Boletín 1102

**Realizan simulacro de rescate minero con brigadas de cuatro empresas y Protección Civil**

**Fresnillo, Zac., a 5 de marzo de 2025.-** Brigadas de rescate de cuatro empresas mineras que operan en el municipio, junto con personal de Protección Civil, Bomberos y la Cruz Roja, participaron este miércoles en un simulacro de rescate en una mina subterránea, el primero de este tipo que se coordina a nivel municipal.  

El ejercicio simuló un incendio en el nivel 420 de una mina, con seis trabajadores atrapados en una cámara de refugio. Los brigadistas, equipados con aparatos de respiración autónoma, tardaron 47 minutos en llegar hasta ellos y sacarlos a la superficie.	

El director municipal de Protección Civil, Leonel Adame Carrillo, explicó que el objetivo fue probar la comunicación entre las empresas y las corporaciones de emergencia, que hasta ahora trabajaban con protocolos distintos y frecuencias de radio diferentes.

Como resultado del simulacro se acordó crear un directorio único de brigadas, compartir un canal de radio para emergencias y realizar un ejercicio conjunto cada seis meses, con sede rotativa entre las unidades mineras.

El Ayuntamiento recordó que en Fresnillo laboran más de 9 mil personas en la minería y que la prevención de accidentes es una tarea que corresponde a las empresas, a los trabajadores y a las autoridades.

oo0oo

📷 Descarga las fotos aquí: https://fotos.fresnillo-prensa.example.mx/boletin-1102
#FresnilloTrabaja #ProtecciónCivil
"""
write_source('cm16.md', cm16)
write_gold('cm16', family='press_release',
           title='Realizan simulacro de rescate minero con brigadas de cuatro empresas y Protección Civil',
           date='2025-03-05',
           source='PRESIDENCIA MUNICIPAL DE FRESNILLO',
           bulletin_number='1102',
           issuer='PRESIDENCIA MUNICIPAL DE FRESNILLO',
           dateline_city='Fresnillo',
           body_first_words='Brigadas de rescate de cuatro empresas mineras que operan en el municipio',
           body_last_words='a los trabajadores y a las autoridades.',
           boilerplate=['Dirección de Comunicación Social', 'Boletín 1102',
                        'Fresnillo, Zac., a 5 de marzo de 2025.-', 'oo0oo',
                        '📷 Descarga las fotos aquí: https://fotos.fresnillo-prensa.example.mx/boletin-1102',
                        '#FresnilloTrabaja #ProtecciónCivil'],
           must_keep=['Los brigadistas, equipados con aparatos de respiración autónoma, tardaron 47 minutos en llegar hasta ellos y sacarlos a la superficie.',
                      'que hasta ahora trabajaban con protocolos distintos y frecuencias de radio diferentes.',
                      'con sede rotativa entre las unidades mineras.'])

# ---------------------------------------------------------------- cm17 jekyll (university journalism school site; Liquid + kramdown)
cm17 = """---
layout: post
title: "Las mujeres que lavan jales: una historia de Vetagrande"
subtitle: "Reportaje de la generación 2016-2020"
date: 2019-11-05T23:30:00-06:00
author: Sofía Arellano Villa
medio: Pulso Universitario
categories: [Portada, Reportajes]
tags: [minería, Vetagrande, mujeres]
image: /assets/img/2019/jales-portada.jpg
excerpt_separator: <!--more-->
---

En las afueras de Vetagrande, a unos minutos de la capital de Zacatecas, un grupo de mujeres recorre cada mañana los viejos depósitos de jales que dejaron las minas abandonadas, en busca de restos de mineral que todavía puedan venderse.
{: .lead}

<!--more-->

Son once, la mayoría madres solas, y trabajan con palas, cubetas y cribas hechas con malla de gallinero. Lo que juntan lo venden a un intermediario que llega los viernes en una camioneta. En una buena semana, cada una gana alrededor de 600 pesos.

{% include figure.html src="/assets/img/2019/jales-2.jpg" caption="Doña Amparo criba material en uno de los depósitos." %}

"Aquí nadie nos contrata, ni en la mina ni en el pueblo", dice Amparo Rentería, de 52 años, que empezó a lavar jales cuando su esposo se fue a trabajar a Estados Unidos y dejó de mandar dinero.

Los jales contienen restos de metales pesados. Un estudio de investigadores de la universidad, que [documentamos en una entrega anterior]({{ site.baseurl }}/2019/10/agua-zacatecas/), encontró concentraciones altas de plomo y arsénico en los depósitos de la zona, y las mujeres trabajan sin guantes ni cubrebocas. Varias de ellas tienen tos desde hace años, pero ninguna ha ido al médico.

El ayuntamiento asegura que no tiene recursos para cercar los depósitos ni para ofrecerles otro empleo. Las mujeres, por su parte, piden algo más sencillo: equipo de protección y un lugar con sombra donde comer.
"""
write_source('cm17.md', cm17)
write_gold('cm17', family='jekyll',
           title='Las mujeres que lavan jales: una historia de Vetagrande',
           date='2019-11-05', bylines=['Sofía Arellano Villa'], source='Pulso Universitario',
           section='Reportajes', placement=['Portada'],
           body_first_words='En las afueras de Vetagrande, a unos minutos de la capital de Zacatecas',
           body_last_words='equipo de protección y un lugar con sombra donde comer.',
           boilerplate=['{: .lead}', '<!--more-->',
                        '{% include figure.html src="/assets/img/2019/jales-2.jpg" caption="Doña Amparo criba material en uno de los depósitos." %}',
                        '{{ site.baseurl }}'],
           must_keep=['En una buena semana, cada una gana alrededor de 600 pesos.',
                      '"Aquí nadie nos contrata, ni en la mina ni en el pueblo", dice Amparo Rentería, de 52 años, que empezó a lavar jales cuando su esposo se fue a trabajar a Estados Unidos y dejó de mandar dinero.',
                      'Varias de ellas tienen tos desde hace años, pero ninguna ha ido al médico.'])

# ---------------------------------------------------------------- cm18 jekyll family (Hugo-style TOML front matter, Zac.)
cm18 = """+++
title = "Cierra la última fundidora de Vetagrande y deja sin empleo a 200 trabajadores"
date = 2020-05-03T10:00:00-05:00
draft = false
authors = ["Joaquín Delgado Murillo"]
categories = ["Economía"]
tags = ["minería", "empleo", "Vetagrande"]
sitio = "Veta Madre Noticias"
+++

La empresa Fundiciones del Centro-Norte anunció el cierre definitivo de su planta en Vetagrande, la última fundidora que quedaba en operación en el municipio, y el despido de sus 200 trabajadores a partir del próximo 31 de mayo.

En una carta enviada al sindicato, la compañía atribuyó la decisión a la caída de los precios de los metales y a la suspensión de actividades no esenciales por la pandemia, que la obligó a detener los hornos desde finales de marzo.

{{< figure src="/img/2020/fundidora.jpg" caption="La planta de Fundiciones del Centro-Norte en Vetagrande." >}}

El secretario general de la sección sindical, Baltazar Ortega Ruvalcaba, dijo que los trabajadores exigirán el pago completo de sus liquidaciones y de las utilidades de 2019. "Hay compañeros con treinta años aquí adentro; no nos vamos a ir con las manos vacías", advirtió.

La fundidora llegó a emplear a más de 600 personas en la década de los noventa, cuando procesaba concentrados de plomo y plata de varias minas de la región. Su chimenea, visible desde la carretera a Zacatecas, es uno de los símbolos del pueblo.

La presidencia municipal pidió a la Secretaría de Economía del estado incluir a los trabajadores en los programas de apoyo al empleo y buscar un nuevo uso para las instalaciones.
"""
write_source('cm18.md', cm18)
write_gold('cm18', family='jekyll',
           title='Cierra la última fundidora de Vetagrande y deja sin empleo a 200 trabajadores',
           date='2020-05-03', bylines=['Joaquín Delgado Murillo'], source='Veta Madre Noticias',
           section='Economía',
           body_first_words='La empresa Fundiciones del Centro-Norte anunció el cierre definitivo',
           body_last_words='buscar un nuevo uso para las instalaciones.',
           boilerplate=['{{< figure src="/img/2020/fundidora.jpg" caption="La planta de Fundiciones del Centro-Norte en Vetagrande." >}}'],
           must_keep=['"Hay compañeros con treinta años aquí adentro; no nos vamos a ir con las manos vacías", advirtió.',
                      'Su chimenea, visible desde la carretera a Zacatecas, es uno de los símbolos del pueblo.',
                      'que la obligó a detener los hornos desde finales de marzo.'])

# ---------------------------------------------------------------- cm19 jekyll (jekyll-import from WordPress, draft, Dgo.)
cm19 = """---
layout: post
title: Guadiana sin agua potable en 30 colonias por falla en el acueducto
date: 2014-07-03 18:20:11.000000000 -05:00
type: post
parent_id: '0'
published: false
password: ''
status: draft
categories:
- Agua
tags:
- acueducto
- colonias
- Durango
meta:
  _edit_last: '2'
  _yoast_wpseo_title: Falla en acueducto deja sin agua a 30 colonias | Agua y Ciudad
  _thumbnail_id: '55'
author:
  login: lquinones
  email: lquinones@aguayciudad.example.mx
  display_name: Lorena Quiñones Parra
  first_name: Lorena
  last_name: Quiñones Parra
---
<p>Treinta colonias del oriente de la ciudad de Durango permanecen sin agua potable desde la madrugada del miércoles, luego de que se rompiera un tramo del acueducto que conduce el agua de los pozos de la zona de El Pueblito hacia los tanques de distribución.</p>
<p>Personal del organismo operador trabaja en la reparación de la tubería, de 24 pulgadas de diámetro, que se fracturó por el hundimiento del terreno a un costado del bulevar. Se estima que el servicio se restablecerá de manera gradual a partir del viernes.</p>
<!--more-->
<p>[caption id="attachment_55" align="aligncenter" width="600"]<img class="size-full wp-image-55" src="http://aguayciudad.example.mx/wp-content/uploads/2014/07/acueducto.jpg" alt="acueducto" width="600" height="400" /> Foto: Lorena Quiñones[/caption]</p>
<p>Mientras tanto, el municipio envía pipas a las escuelas, centros de salud y a las calles donde viven personas enfermas o adultas mayores. Los vecinos de las colonias afectadas han formado largas filas con cubetas y tambos para llenar agua de las pipas.</p>
<p>La señora Rosalinda Meraz, de la colonia Valle del Sur, dijo que es la tercera vez en el año que se quedan sin servicio por una falla en la misma tubería. "Ya nos acostumbramos a guardar agua, pero con este calor no alcanza", comentó.</p>
<p>El organismo reconoció que varios tramos del acueducto tienen más de treinta años y que su sustitución completa requiere una inversión que hoy no tiene. Pidió a la población hacer uso responsable del agua mientras se normaliza el abasto.</p>
"""
write_source('cm19.md', cm19)
write_gold('cm19', family='jekyll',
           title='Guadiana sin agua potable en 30 colonias por falla en el acueducto',
           date='2014-07-03', published=False, bylines=['Lorena Quiñones Parra'],
           section='Agua',
           body_first_words='Treinta colonias del oriente de la ciudad de Durango',
           body_last_words='mientras se normaliza el abasto.',
           boilerplate=['<!--more-->',
                        '[caption id="attachment_55" align="aligncenter" width="600"]<img class="size-full wp-image-55" src="http://aguayciudad.example.mx/wp-content/uploads/2014/07/acueducto.jpg" alt="acueducto" width="600" height="400" /> Foto: Lorena Quiñones[/caption]'],
           must_keep=['Se estima que el servicio se restablecerá de manera gradual a partir del viernes.',
                      '"Ya nos acostumbramos a guardar agua, pero con este calor no alcanza", comentó.',
                      'Pidió a la población hacer uso responsable del agua mientras se normaliza el abasto.'],
           photo_credit='Lorena Quiñones')

# ---------------------------------------------------------------- cm20 jekyll (hand-made site, cp1252 + CRLF, folded title)
cm20 = """---
layout: nota
title: >-
  Reabren el Teatro de la Paz tras dos años de
  restauración y una polémica por sus vitrales
date: 2011-02-28T08:05:00
modified: 2011-03-02
author: "Rubén Tovar Zapata"
categories: Cultura
site_name: Bitácora Potosina
---

El Teatro de la Paz, en el centro histórico de San Luis Potosí, reabrió sus puertas el sábado con una función de gala de la orquesta sinfónica del estado, después de dos años de trabajos de restauración que incluyeron la renovación de la tramoya, las butacas y el sistema eléctrico.

Cerca de mil 300 personas llenaron el recinto. En el vestíbulo, muchos se detenían a mirar el techo recién pintado y los vitrales que dieron lugar a la discusión más larga de la obra.

Un grupo de arquitectos y de vecinos del centro había criticado la decisión de sustituir algunos vitrales dañados por piezas nuevas, en lugar de restaurar los originales. Los responsables del proyecto explicaron que sólo se cambiaron los que estaban rotos en más de la mitad y que los fragmentos recuperados se guardarán para su estudio.

"El teatro es de todos los potosinos y era natural que hubiera opiniones distintas", dijo la directora del recinto, Leticia Gámez Rivera, al inicio de la función.

La cartelera de marzo incluye ópera, danza folclórica y una temporada de teatro para niñas y niños. Los boletos para las funciones de los domingos costarán 50 pesos.
"""
write_source('cm20.md', cm20, enc='cp1252', eol='crlf')
write_gold('cm20', family='jekyll',
           title='Reabren el Teatro de la Paz tras dos años de restauración y una polémica por sus vitrales',
           date='2011-02-28', bylines=['Rubén Tovar Zapata'], source='Bitácora Potosina',
           section='Cultura',
           body_first_words='El Teatro de la Paz, en el centro histórico de San Luis Potosí',
           body_last_words='Los boletos para las funciones de los domingos costarán 50 pesos.',
           must_keep=['Cerca de mil 300 personas llenaron el recinto.',
                      '"El teatro es de todos los potosinos y era natural que hubiera opiniones distintas", dijo la directora del recinto, Leticia Gámez Rivera, al inicio de la función.',
                      'La cartelera de marzo incluye ópera, danza folclórica y una temporada de teatro para niñas y niños.'])
