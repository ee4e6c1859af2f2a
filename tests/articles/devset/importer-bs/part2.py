#!/usr/bin/env python3
"""importer-bs, files 11-20 (press 11-16, jekyll 17-20)."""
import textwrap
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- bs11 press (environmental NGO, bilingual, Calakmul, Camp.)
bs11 = """FONDO SELVA MAYA PARA LA CONSERVACIÓN, A.C.
COMUNICADO DE PRENSA / PRESS RELEASE \u2014 CP-2022-017
PARA PUBLICACIÓN INMEDIATA / FOR IMMEDIATE RELEASE

Cámaras trampa registran 18 jaguares en ejidos vecinos a la Reserva de la Biosfera de Calakmul
_Camera traps record 18 jaguars in communal lands bordering the Calakmul Biosphere Reserve_

Xpujil, Calakmul, Campeche, 5 de junio de 2022 / June 5, 2022.\u2013 Un monitoreo de dos años con 64 cámaras trampa instaladas en seis ejidos de la zona de amortiguamiento de la Reserva de la Biosfera de Calakmul permitió identificar a 18 jaguares distintos, entre ellos cuatro hembras con crías, informó el Fondo Selva Maya para la Conservación en el Día Mundial del Medio Ambiente.

El estudio se realizó junto con brigadas comunitarias de los ejidos Nuevo Becal, Once de Mayo, Conhuás, Xbonil, Zoh Laguna y Dos Naciones, cuyos integrantes revisaron las cámaras cada mes y aprendieron a identificar a cada ejemplar por el patrón de sus manchas.

Además de jaguares, las cámaras registraron pumas, tapires, pecarís de labios blancos y ocelotes. Para el equipo técnico, la presencia de hembras con crías fuera de la zona núcleo demuestra que los bosques ejidales bien conservados funcionan como corredores para la fauna.

"Los ejidatarios ya no ven al jaguar como un enemigo que se come a su ganado, sino como una razón para cuidar la selva", explicó la bióloga Ximena Castellanos Uc, coordinadora del proyecto.

La organización advirtió, sin embargo, que el cambio de uso de suelo para la ganadería y los incendios de la temporada seca siguen amenazando la conectividad entre Calakmul y las selvas de Quintana Roo y de Guatemala. Por ello propuso ampliar los pagos por servicios ambientales a los ejidos que mantengan sus áreas forestales.

Los resultados completos se presentarán en agosto a las asambleas ejidales y a las autoridades ambientales de los tres niveles de gobierno.

###

Acerca del Fondo Selva Maya: organización civil fundada en 2009 que trabaja con comunidades de Campeche y Quintana Roo en la conservación de la selva. / About Fondo Selva Maya: a non-profit working with local communities in Campeche and Quintana Roo since 2009.
Contacto de prensa / Media contact: Daniel Ortegón Salazar \u00b7 981 555 0263 \u00b7 medios@fondoselvamaya.example.mx
"""
write_source('bs11.md', bs11)
write_gold('bs11', family='press_release',
           title='Cámaras trampa registran 18 jaguares en ejidos vecinos a la Reserva de la Biosfera de Calakmul',
           date='2022-06-05', source='FONDO SELVA MAYA PARA LA CONSERVACIÓN, A.C.',
           bulletin_number='CP-2022-017', issuer='FONDO SELVA MAYA PARA LA CONSERVACIÓN, A.C.',
           dateline_city='Xpujil',
           body_first_words='Un monitoreo de dos años con 64 cámaras trampa',
           body_last_words='de los tres niveles de gobierno.',
           boilerplate=['COMUNICADO DE PRENSA / PRESS RELEASE \u2014 CP-2022-017',
                        'PARA PUBLICACIÓN INMEDIATA / FOR IMMEDIATE RELEASE',
                        'Camera traps record 18 jaguars in communal lands bordering the Calakmul Biosphere Reserve',
                        'Xpujil, Calakmul, Campeche, 5 de junio de 2022 / June 5, 2022.\u2013',
                        '###',
                        'Acerca del Fondo Selva Maya: organización civil fundada en 2009 que trabaja con comunidades de Campeche y Quintana Roo en la conservación de la selva.',
                        'About Fondo Selva Maya: a non-profit working with local communities in Campeche and Quintana Roo since 2009.',
                        'Contacto de prensa / Media contact: Daniel Ortegón Salazar \u00b7 981 555 0263 \u00b7 medios@fondoselvamaya.example.mx'],
           must_keep=['Además de jaguares, las cámaras registraron pumas, tapires, pecarís de labios blancos y ocelotes.',
                      'Por ello propuso ampliar los pagos por servicios ambientales a los ejidos que mantengan sus áreas forestales.',
                      '"Los ejidatarios ya no ven al jaguar como un enemigo que se come a su ganado, sino como una razón para cuidar la selva", explicó la bióloga Ximena Castellanos Uc, coordinadora del proyecto.'])

# ---------------------------------------------------------------- bs12 press (state government, Spanish + Tseltal, Chis.)
bs12 = """GOBIERNO DEL ESTADO DE CHIAPAS
Coordinación de Comunicación Social
Boletín 1187

Entregan en Ocosingo libros de texto en tseltal para escuelas de educación indígena
Ya yich' ak'beyel sjunul te bats'il k'op ta Ocosingo

Ocosingo, Chiapas; 9 de agosto de 2021.- En el marco del Día Internacional de los Pueblos Indígenas, autoridades educativas entregaron 12 mil libros de texto escritos en tseltal a 86 escuelas primarias de educación indígena de los municipios de Ocosingo, Chilón, Oxchuc y Tenejapa.

Los libros, de lectura y de matemáticas para primero y segundo grado, fueron elaborados durante tres años por un grupo de 14 maestras y maestros hablantes de tseltal, quienes adaptaron las lecciones a las variantes que se hablan en la selva y en los Altos.

El director de una primaria del ejido Nuevo Progreso, Marcelino Cruz Gómez, señaló que hasta ahora las niñas y los niños aprendían a leer en un idioma que no hablan en casa. "Cuando leen en su lengua entienden más rápido, y después aprenden mejor el español", afirmó.

La entrega se hizo con medidas sanitarias y sin actos masivos. Los paquetes se repartirán en las próximas semanas a las supervisiones escolares de cada zona para que lleguen a las comunidades antes del inicio del ciclo escolar.

Las autoridades informaron que el próximo año se preparará una colección similar en tsotsil y en ch'ol.

Ta bats'il k'op:
Ya yich' ak'beyel 12 mil sjunul te bats'il k'op ta 86 snail jchanubtasel ta Ocosingo, Chilón, Oxchuc soknix Tenejapa. Te alaletike ya xchanik te sk'op te yajwalik.

Traducción al tseltal: Pedro Sántiz Girón
---000---
"""
write_source('bs12.txt', bs12, eol='crlf', bom=True)
write_gold('bs12', family='press_release',
           title='Entregan en Ocosingo libros de texto en tseltal para escuelas de educación indígena',
           date='2021-08-09', source='GOBIERNO DEL ESTADO DE CHIAPAS',
           bulletin_number='1187', issuer='GOBIERNO DEL ESTADO DE CHIAPAS', dateline_city='Ocosingo',
           body_first_words='En el marco del Día Internacional de los Pueblos Indígenas',
           body_last_words="Te alaletike ya xchanik te sk'op te yajwalik.",
           boilerplate=['Coordinación de Comunicación Social', 'Boletín 1187',
                        "Ya yich' ak'beyel sjunul te bats'il k'op ta Ocosingo",
                        'Ocosingo, Chiapas; 9 de agosto de 2021.-',
                        'Traducción al tseltal: Pedro Sántiz Girón', '---000---'],
           must_keep=['La entrega se hizo con medidas sanitarias y sin actos masivos.',
                      "Las autoridades informaron que el próximo año se preparará una colección similar en tsotsil y en ch'ol.",
                      "Ya yich' ak'beyel 12 mil sjunul te bats'il k'op ta 86 snail jchanubtasel ta Ocosingo, Chilón, Oxchuc soknix Tenejapa."])

# ---------------------------------------------------------------- bs13 press (municipal release forwarded by e-mail, Mérida)
bs13 = """From: Prensa Ayuntamiento <prensa@merida-ayto.example.mx>
Date: Tue, 4 Sep 2012 09:14:02 -0500
To: redaccion@diariopeninsular.example.mx
Subject: Fwd: Boletin 342 - Parque ecologico Dzitya
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Buenos días, compañeros. Les reenvío el boletín de ayer, que no les llegó por una falla del servidor. Saludos.

---------- Forwarded message ---------
De: Dirección de Comunicación Social <comunicacion@merida-ayto.example.mx>
Date: lun, 3 sept 2012 a las 18:40
Subject: Boletin 342 - Parque ecologico Dzitya
To: <medios@merida-ayto.example.mx>


AYUNTAMIENTO DE MÉRIDA
DIRECCIÓN DE COMUNICACIÓN SOCIAL
BOLETÍN 342

Inauguran parque ecológico en la comisaría de Dzityá

Mérida, Yucatán, 3 de septiembre de 2012.- Con una superficie de cuatro hectáreas, senderos de sascab y un vivero de plantas nativas, quedó abierto al público este lunes el nuevo parque ecológico de la comisaría de Dzityá, al norte de la ciudad.

El parque se construyó en un terreno que durante años funcionó como banco de piedra y que fue reforestado con ramón, chacá, ciricote y otras especies de la selva baja. Cuenta con juegos infantiles, una palapa para reuniones y un andador iluminado que conecta con la plaza principal de la comisaría.

Los artesanos de Dzityá, conocidos por sus trabajos en piedra y madera, tendrán un espacio en el parque para exhibir y vender sus piezas los fines de semana. El comisario municipal, Gilberto Pech Chablé, dijo que la comunidad pidió el parque desde hace más de diez años.

El vivero producirá cada año alrededor de cinco mil plantas que se donarán a escuelas y a vecinos de las comisarías del norte del municipio. Además, estudiantes de biología darán talleres sobre el cuidado de la flora y la fauna de la región.

El parque abrirá de martes a domingo, de 6:00 a 20:00 horas, y la entrada será gratuita.

\u2014oOo\u2014

--
Dirección de Comunicación Social
Ayuntamiento de Mérida
Tel. 999 555 0134 ext. 1207
AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo de su destinatario. / CONFIDENTIALITY NOTICE: This message and its attachments are intended only for the addressee.
"""
write_source('bs13.txt', bs13)
write_gold('bs13', family='press_release',
           title='Inauguran parque ecológico en la comisaría de Dzityá',
           date='2012-09-03', source='AYUNTAMIENTO DE MÉRIDA',
           bulletin_number='342', issuer='AYUNTAMIENTO DE MÉRIDA', dateline_city='Mérida',
           body_first_words='Con una superficie de cuatro hectáreas, senderos de sascab',
           body_last_words='y la entrada será gratuita.',
           boilerplate=['From: Prensa Ayuntamiento <prensa@merida-ayto.example.mx>',
                        'Subject: Fwd: Boletin 342 - Parque ecologico Dzitya',
                        'Buenos días, compañeros. Les reenvío el boletín de ayer, que no les llegó por una falla del servidor. Saludos.',
                        '---------- Forwarded message ---------',
                        'DIRECCIÓN DE COMUNICACIÓN SOCIAL', 'BOLETÍN 342',
                        'Mérida, Yucatán, 3 de septiembre de 2012.-', '\u2014oOo\u2014',
                        'Tel. 999 555 0134 ext. 1207',
                        'AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo de su destinatario.',
                        'CONFIDENTIALITY NOTICE: This message and its attachments are intended only for the addressee.'],
           must_keep=['Cuenta con juegos infantiles, una palapa para reuniones y un andador iluminado que conecta con la plaza principal de la comisaría.',
                      'El comisario municipal, Gilberto Pech Chablé, dijo que la comunidad pidió el parque desde hace más de diez años.',
                      'Además, estudiantes de biología darán talleres sobre el cuidado de la flora y la fauna de la región.'])

# ---------------------------------------------------------------- bs14 press (PDF-to-text, two pages, state health ministry, Tab.)
paras14 = [
    'La Secretaría de Salud del estado instaló 42 brigadas médicas en los albergues habilitados para las familias que dejaron sus viviendas por las inundaciones en los municipios de Centro, Nacajuca, Jalpa de Méndez y Macuspana.',
    'Cada brigada está formada por un médico, una enfermera y un promotor de salud, y recorre los albergues dos veces al día para detectar a tiempo enfermedades diarreicas, infecciones respiratorias, conjuntivitis y problemas de la piel.',
    'Hasta el corte de este jueves se habían otorgado 6 mil 215 consultas. La mayoría fueron por infecciones respiratorias agudas y por hongos en los pies, causados por la permanencia prolongada en el agua.',
    'Las brigadas también aplican vacunas contra la influenza y el tétanos, reparten sobres de vida suero oral y pastillas para potabilizar el agua, y vigilan a las personas con diabetes e hipertensión que dejaron sus medicamentos en casa.',
    'La dependencia pidió a la población no consumir alimentos que hayan estado en contacto con el agua de la inundación, hervir el agua para beber y acudir a la unidad de salud más cercana ante fiebre, diarrea o vómito.',
    'Las personas que regresen a sus viviendas deberán limpiar pisos y paredes con agua clorada y eliminar los recipientes donde pueda acumularse agua, para evitar la proliferación del mosquito que transmite el dengue.',
]
def wrap14(ps):
    out = []
    for p in ps:
        out.append('\n'.join(textwrap.wrap(p, 82, initial_indent='     ')))
    return out
w14 = wrap14(paras14)
bs14 = ("""                                                    GOBIERNO DE TABASCO
                          SECRETARÍA DE SALUD DEL ESTADO DE TABASCO
                              Dirección de Comunicación Social

Boletín SS/DCS/0912/2020                             Villahermosa, Tabasco, 12 de noviembre de 2020



     Instalan brigadas de salud en albergues para familias damnificadas por las inundaciones


""" + '\n\n'.join(w14[:3]) + """



                                                                                     Página 1 de 2
\f                          SECRETARÍA DE SALUD DEL ESTADO DE TABASCO          Boletín SS/DCS/0912/2020

""" + '\n\n'.join(w14[3:]) + """

                                              --oo0oo--

         Dirección de Comunicación Social \u00b7 Paseo Tabasco s/n \u00b7 Tel. 993 555 0410 \u00b7 salud.prensa@tabasco-salud.example.mx

                                                                                     Página 2 de 2
""")
write_source('bs14.txt', bs14, enc='cp1252', eol='crlf')
write_gold('bs14', family='press_release',
           title='Instalan brigadas de salud en albergues para familias damnificadas por las inundaciones',
           date='2020-11-12', source='SECRETARÍA DE SALUD DEL ESTADO DE TABASCO',
           bulletin_number='SS/DCS/0912/2020', issuer='SECRETARÍA DE SALUD DEL ESTADO DE TABASCO',
           dateline_city='Villahermosa',
           body_first_words='La Secretaría de Salud del estado instaló 42 brigadas médicas',
           body_last_words='del mosquito que transmite el dengue.',
           boilerplate=['GOBIERNO DE TABASCO', 'Dirección de Comunicación Social',
                        'Boletín SS/DCS/0912/2020', 'Villahermosa, Tabasco, 12 de noviembre de 2020',
                        'Página 1 de 2',
                        'SECRETARÍA DE SALUD DEL ESTADO DE TABASCO          Boletín SS/DCS/0912/2020',
                        '--oo0oo--',
                        'Paseo Tabasco s/n \u00b7 Tel. 993 555 0410 \u00b7 salud.prensa@tabasco-salud.example.mx',
                        'Página 2 de 2'],
           must_keep=['Hasta el corte de este jueves se habían otorgado 6 mil 215 consultas.',
                      'a las personas con diabetes e hipertensión que dejaron sus medicamentos en casa.',
                      'unidad de salud más cercana ante fiebre, diarrea o vómito.'])

# ---------------------------------------------------------------- bs15 press (1995 DOS word-processor export, cp850, Yuc.)
paras15 = [
    'El Gobierno del Estado inició ayer la distribución de víveres, láminas de cartón y cobijas en 14 municipios del oriente y del sur de Yucatán, donde las lluvias que dejó el huracán Roxanne dañaron viviendas, caminos y cultivos.',
    'En la primera etapa se entregarán 9 mil despensas y 22 mil láminas a las familias que perdieron el techo de sus casas, principalmente en Tizimín, Valladolid, Chemax, Tekax, Tzucacab y Peto. Los paquetes se transportan en camiones del Ejército y de la Junta Local de Caminos.',
    'En varias comisarías los apoyos se entregan en la plaza principal con la ayuda de los comisarios municipales, quienes avisan a las familias en lengua maya por medio de los altavoces de la iglesia.',
    'El director de Protección Civil del estado informó que todavía hay 31 caminos blancos cortados por el agua, por lo que en algunos casos los víveres se llevan a pie o en caballos desde la carretera más cercana.',
    'La Secretaría de Desarrollo Rural levanta un censo de las milpas dañadas para gestionar ante el Gobierno Federal un apoyo especial para los productores que perdieron su cosecha de maíz.',
    'El Gobierno del Estado agradeció a los clubes de servicio y a las empresas que han donado agua embotellada y medicamentos, y pidió que los donativos se entreguen en el centro de acopio del DIF estatal, en la colonia Centro.',
]
w15 = ['\n'.join(textwrap.wrap(p, 68, initial_indent='          ')) for p in paras15]
bs15 = ("""                   GOBIERNO DEL ESTADO DE YUCATÁN
              DIRECCIÓN GENERAL DE COMUNICACIÓN SOCIAL

                      COMUNICADO No. 214/95

Mérida, Yuc., a 19 de octubre de 1995.

      DISTRIBUYEN VÍVERES Y LÁMINAS EN 14 MUNICIPIOS DEL ORIENTE Y DEL SUR

""" + '\n\n'.join(w15) + """

                                -o-

Atentamente
Dirección General de Comunicación Social
Tels. 555-041 y 555-042, fax 555-043
""")
write_source('bs15.txt', raw=to_bytes(bs15, enc='cp850', eol='crlf') + b'\x1a')
write_gold('bs15', family='press_release',
           title='DISTRIBUYEN VÍVERES Y LÁMINAS EN 14 MUNICIPIOS DEL ORIENTE Y DEL SUR',
           date='1995-10-19', source='GOBIERNO DEL ESTADO DE YUCATÁN',
           bulletin_number='214/95', issuer='GOBIERNO DEL ESTADO DE YUCATÁN', dateline_city='Mérida',
           body_first_words='El Gobierno del Estado inició ayer la distribución de',
           body_last_words='estatal, en la colonia Centro.',
           boilerplate=['DIRECCIÓN GENERAL DE COMUNICACIÓN SOCIAL', 'COMUNICADO No. 214/95',
                        'Mérida, Yuc., a 19 de octubre de 1995.', '-o-', 'Atentamente',
                        'Dirección General de Comunicación Social',
                        'Tels. 555-041 y 555-042, fax 555-043'],
           must_keep=['láminas a las familias que perdieron el techo de sus casas,',
                      'a las familias en lengua maya por medio de los altavoces de la',
                      'milpas dañadas para gestionar ante el Gobierno Federal un apoyo'])

# ---------------------------------------------------------------- bs16 press (state ministry release copied from a Telegram channel, Q. Roo)
bs16 = """Forwarded from Prensa SEMA QRoo
\U0001f4e2 BOLETÍN No. 211/2019

SECRETARÍA DE ECOLOGÍA Y MEDIO AMBIENTE DE QUINTANA ROO
Gobierno del Estado de Quintana Roo

\U0001f30a Instalan 4 kilómetros más de barrera antisargazo frente a Mahahual

\U0001f4cdChetumal, Quintana Roo, a 2 de julio de 2019.- La Secretaría de Ecología y Medio Ambiente (SEMA) informó que concluyó la instalación de cuatro kilómetros adicionales de barrera antisargazo frente a la costa de Mahahual, en el municipio de Othón P. Blanco, con lo que ese tramo del litoral suma ya seis kilómetros protegidos.

La barrera, anclada a unos 300 metros de la playa, desvía el sargazo hacia puntos de recolección donde embarcaciones adaptadas lo retiran antes de que llegue a la arena. Su diseño deja pasar a las tortugas marinas y a los peces por debajo de la malla.

\u2705 De acuerdo con el monitoreo satelital, la llegada de sargazo al Caribe mexicano se mantendrá en niveles altos durante julio y agosto.

El titular de la dependencia explicó que las brigadas de limpieza, integradas por pescadores y vecinos de Mahahual, retiraron en junio más de 2 mil toneladas de sargazo de las playas. El alga recolectada se deposita en un predio autorizado lejos de los cuerpos de agua, para evitar que los lixiviados contaminen el manto freático.

La SEMA pidió a los prestadores de servicios turísticos no enterrar el sargazo en la playa, ya que al descomponerse libera gases de olor desagradable y afecta los sitios de anidación de tortugas.

Las y los visitantes pueden consultar el semáforo de sargazo que se actualiza cada semana en los canales oficiales de la Secretaría.

#Sargazo #QuintanaRoo #CuidemosNuestroCaribe
\U0001f441 2.4K  edited 10:41
"""
write_source('bs16.txt', bs16)
write_gold('bs16', family='press_release',
           title='Instalan 4 kilómetros más de barrera antisargazo frente a Mahahual',
           date='2019-07-02', source='SECRETARÍA DE ECOLOGÍA Y MEDIO AMBIENTE DE QUINTANA ROO',
           bulletin_number='211/2019', issuer='SECRETARÍA DE ECOLOGÍA Y MEDIO AMBIENTE DE QUINTANA ROO',
           dateline_city='Chetumal',
           body_first_words='La Secretaría de Ecología y Medio Ambiente (SEMA) informó que concluyó',
           body_last_words='en los canales oficiales de la Secretaría.',
           boilerplate=['Forwarded from Prensa SEMA QRoo', 'BOLETÍN No. 211/2019',
                        'Gobierno del Estado de Quintana Roo',
                        'Chetumal, Quintana Roo, a 2 de julio de 2019.-',
                        '#Sargazo #QuintanaRoo #CuidemosNuestroCaribe', '2.4K  edited 10:41'],
           must_keep=['De acuerdo con el monitoreo satelital, la llegada de sargazo al Caribe mexicano se mantendrá en niveles altos durante julio y agosto.',
                      'Su diseño deja pasar a las tortugas marinas y a los peces por debajo de la malla.',
                      'La SEMA pidió a los prestadores de servicios turísticos no enterrar el sargazo en la playa'])

# ---------------------------------------------------------------- bs17 jekyll (bilingual Maya/Spanish site, Yuc.)
bs17 = """---
layout: post
title: "Hanal Pixán: familias de Mérida preparan el mucbipollo para recibir a sus difuntos"
title_maya: "Janal Pixan: u yiits'inil máako'ob tu kaajil Jo' ku beetiko'ob u mukbil kax"
date: 2022-10-31 09:00:00 -0600
fecha_maya: "4 Imix 14 Sak'"
author: Gaspar Tzuc Canul
translator: Landy Chi May
lang: es
categories: [Portada, Tradiciones]
tags: [Hanal Pixán, mucbipollo, Día de Muertos]
medio: Ya'axche' Digital
---

En los patios de las casas del barrio de San Sebastián, en Mérida, el humo de los *píibes* empezó a levantarse desde la madrugada de este lunes. Las familias preparan el mucbipollo, el tamal grande horneado bajo tierra que se ofrece a las ánimas durante el Hanal Pixán, la comida de las almas.

Doña Aurora Pool Canché, de 71 años, lleva medio siglo haciendo la masa con manteca, achiote y pollo deshebrado. "Mi mamá me enseñó que primero se le sirve a los que ya se fueron y luego comemos nosotros", cuenta mientras envuelve el tamal en hojas de plátano.

Según la tradición, el 31 de octubre regresan las almas de los niños, el 1 de noviembre las de los adultos y el 2 de noviembre se recuerda a todos los difuntos. En los altares se colocan velas, flores de xpujuc, jícaras con atole, pan y, en algunas casas, los juguetes o los cigarros que más le gustaban a cada persona.

En las comisarías del sur del municipio muchas familias todavía amarran un hilo negro o rojo en la muñeca de los niños, para que las ánimas no se los lleven. También se acostumbra encender una vela en la puerta de la casa para las almas que no tienen quién las recuerde.

Los vendedores del mercado Lucas de Gálvez reportaron buenas ventas de hojas de plátano, ibes y especias, aunque los precios subieron respecto del año pasado.

Ich maaya t'aan: Le Janal Pixano' u k'iinil u k'a'ajsa'al le máako'ob ts'o'ok u bino'obo'.
"""
write_source('bs17.md', bs17)
write_gold('bs17', family='jekyll',
           title='Hanal Pixán: familias de Mérida preparan el mucbipollo para recibir a sus difuntos',
           date='2022-10-31', bylines=['Gaspar Tzuc Canul'], source="Ya'axche' Digital",
           section='Tradiciones', placement=['Portada'],
           body_first_words='En los patios de las casas del barrio de San Sebastián',
           body_last_words="u k'a'ajsa'al le máako'ob ts'o'ok u bino'obo'.",
           must_keep=['Según la tradición, el 31 de octubre regresan las almas de los niños, el 1 de noviembre las de los adultos y el 2 de noviembre se recuerda a todos los difuntos.',
                      'También se acostumbra encender una vela en la puerta de la casa para las almas que no tienen quién las recuerde.',
                      "Ich maaya t'aan: Le Janal Pixano' u k'iinil u k'a'ajsa'al le máako'ob ts'o'ok u bino'obo'."])

# ---------------------------------------------------------------- bs18 jekyll (English-edition static site, Playa del Carmen)
bs18 = """---
layout: post
title: "Playa del Carmen's Fifth Avenue vendors get new permits"
date: "March 4, 2018"
author: Staff
lang: en
lang_ref: vendedores-quinta-avenida-permisos
category: Community
site_name: The Playa Times
published: true
---

Street vendors who sell hammocks, silver jewelry and embroidered dresses on Fifth Avenue in Playa del Carmen will have to carry a new photo permit starting next month, under rules approved this week by the Solidaridad city council.

The council said the permits are meant to put an end to the confrontations between vendors and municipal inspectors that have become common in the busiest blocks between Constituyentes Avenue and the ferry pier.

Each permit will show the holder's name, a photograph, the products they are allowed to sell and the stretch of the avenue assigned to them. About 340 vendors, many of them from Maya communities in the interior of Quintana Roo and from Chiapas, have registered so far.

Vendors' representative Eusebio Hernández Díaz welcomed the measure but asked the council to keep the fee low. "Ya era hora de que nos reconozcan," he said, which translates roughly as "It was about time they recognized us."

Business owners along the avenue have complained for years about vendors blocking the entrances to their shops, while visitors say the vendors are part of what makes the walk interesting.

City officials said inspectors will start checking permits on April 2 and that vendors without one will first receive a warning.

[Leer en español](/es/2018/03/04/vendedores-quinta-avenida-permisos/)
"""
write_source('bs18.markdown', bs18)
write_gold('bs18', family='jekyll',
           title="Playa del Carmen's Fifth Avenue vendors get new permits",
           date='2018-03-04', bylines=[], source='The Playa Times', section='Community',
           body_first_words='Street vendors who sell hammocks, silver jewelry and embroidered dresses',
           body_last_words='will first receive a warning.',
           boilerplate=['[Leer en español](/es/2018/03/04/vendedores-quinta-avenida-permisos/)'],
           must_keep=['"Ya era hora de que nos reconozcan," he said, which translates roughly as "It was about time they recognized us."',
                      'About 340 vendors, many of them from Maya communities in the interior of Quintana Roo and from Chiapas, have registered so far.',
                      'City officials said inspectors will start checking permits on April 2 and that vendors without one will first receive a warning.'])

# ---------------------------------------------------------------- bs19 jekyll (WordPress via jekyll-import, captions, Tab.)
bs19 = """---
layout: post
title: Cacaoteros de Comalcalco apuestan por el chocolate artesanal
date: 2010-07-14 18:30:00.000000000 -05:00
type: post
parent_id: '0'
published: true
password: ''
status: publish
categories:
- Economía
- Portada
tags:
- cacao
- Comalcalco
- Chontalpa
meta:
  _edit_last: '2'
  _thumbnail_id: '1187'
author:
  login: rmarin
  email: rmarin@chontalpahoy.example.mx
  display_name: Rosario Marín Hernández
  first_name: Rosario
  last_name: Marín Hernández
permalink: "/2010/07/14/cacaoteros-de-comalcalco-chocolate-artesanal/"
---
<p>[caption id="attachment_1187" align="aligncenter" width="580"]<a href="http://chontalpahoy.example.mx/wp-content/uploads/2010/07/cacao-comalcalco.jpg"><img class="size-full wp-image-1187" title="cacao-comalcalco" src="http://chontalpahoy.example.mx/wp-content/uploads/2010/07/cacao-comalcalco.jpg" alt="" width="580" height="386" /></a> Mazorcas de cacao recién cortadas en una finca de Comalcalco. Foto: Archivo Chontalpa Hoy[/caption]</p>
<p>Ante los bajos precios que pagan los intermediarios por el grano seco, un grupo de 30 productores de cacao de Comalcalco decidió transformar su propia cosecha y vender tabletas de chocolate, cacao en polvo y bebidas tradicionales a los turistas que visitan la zona arqueológica.</p>
<p>Los productores, organizados en una sociedad cooperativa desde hace dos años, instalaron en la ranchería Sur Primera Sección un pequeño taller con un tostador, un molino y una mesa de temperado. Ahí trabajan sobre todo las mujeres de las familias, que aprendieron el oficio en cursos impartidos por una universidad de la región.</p>
<p>Don Felipe Ramírez Castillo, presidente de la cooperativa, explicó que un kilo de cacao seco se vende en alrededor de 30 pesos, mientras que convertido en chocolate puede dejar tres o cuatro veces más. <em>"El cacao es de aquí desde antes de los olmecas; lo justo es que el dinero también se quede aquí"</em>, dijo.</p>
<p>La cooperativa vende sus productos en la entrada de la zona arqueológica, en las haciendas cacaoteras que reciben visitantes y en ferias de Villahermosa. Ahora busca el registro sanitario para poder entrar a tiendas de autoservicio.</p>
<p>Los productores también piden apoyo para renovar sus plantaciones, muchas de ellas con árboles de más de cuarenta años y afectadas por la moniliasis, la enfermedad que en los últimos años redujo la producción de cacao en la Chontalpa.</p>
"""
write_source('bs19.md', bs19)
write_gold('bs19', family='jekyll',
           title='Cacaoteros de Comalcalco apuestan por el chocolate artesanal',
           date='2010-07-14', bylines=['Rosario Marín Hernández'],
           section='Economía', placement=['Portada'],
           body_first_words='Ante los bajos precios que pagan los intermediarios por el grano seco',
           body_last_words='redujo la producción de cacao en la Chontalpa.',
           boilerplate=['Mazorcas de cacao recién cortadas en una finca de Comalcalco. Foto: Archivo Chontalpa Hoy',
                        '[caption id="attachment_1187" align="aligncenter" width="580"]', '[/caption]'],
           must_keep=['Ahí trabajan sobre todo las mujeres de las familias, que aprendieron el oficio en cursos impartidos por una universidad de la región.',
                      'Ahora busca el registro sanitario para poder entrar a tiendas de autoservicio.',
                      '"El cacao es de aquí desde antes de los olmecas; lo justo es que el dinero también se quede aquí"'],
           photo_credit='Archivo Chontalpa Hoy')

# ---------------------------------------------------------------- bs20 jekyll (Chetumal site, UTC-5, published: 'false')
bs20 = """---
title: Chetumal celebra 119 años con desfile en el boulevard Bahía
date: 2017-05-05T20:30:00-05:00
author: "Por Nelly Aké Pech"
published: 'false'
categories:
  - Local
tags: [Chetumal, aniversario, desfile]
site_title: Bahía Digital Chetumal
---

Con un desfile de carros alegóricos, comparsas y bandas de guerra de escuelas secundarias, Chetumal celebró este viernes 119 años de su fundación, ocurrida el 5 de mayo de 1898 cuando el contraalmirante Othón Pompeyo Blanco llegó a la bahía a bordo del pontón Chetumal.

Miles de familias se instalaron desde temprano a lo largo del boulevard Bahía, entre el monumento a la Bandera y el antiguo muelle fiscal, para ver pasar a los contingentes. Hubo carros dedicados a los chicleros, a los pescadores y a los primeros colonos que llegaron de Belice y de Yucatán.

Al final del desfile se presentó un grupo de danza de la comunidad de Calderitas y una banda de música de Bacalar. En el parque de los Caimanes se instaló una feria gastronómica con panuchos, salbutes, pan bon y otros platillos de la cocina chetumaleña, que mezcla influencias mayas, yucatecas y caribeñas.

Don Anastasio Rejón Cab, de 86 años, recordó que cuando era niño la ciudad era un pueblo de casas de madera con techos de lámina, y que el huracán Janet de 1955 la dejó casi en el suelo. "Chetumal se levantó solo, con la gente", dijo.

Las autoridades municipales anunciaron que las actividades del aniversario continuarán durante el fin de semana con conciertos y un torneo de pesca en la bahía.
"""
write_source('bs20.md', bs20)
write_gold('bs20', family='jekyll',
           title='Chetumal celebra 119 años con desfile en el boulevard Bahía',
           date='2017-05-05', published=False, bylines=['Nelly Aké Pech'],
           source='Bahía Digital Chetumal', section='Local',
           body_first_words='Con un desfile de carros alegóricos, comparsas y bandas de guerra',
           body_last_words='con conciertos y un torneo de pesca en la bahía.',
           must_keep=['Hubo carros dedicados a los chicleros, a los pescadores y a los primeros colonos que llegaron de Belice y de Yucatán.',
                      '"Chetumal se levantó solo, con la gente", dijo.',
                      'Al final del desfile se presentó un grupo de danza de la comunidad de Calderitas y una banda de música de Bacalar.'])
