#!/usr/bin/env python3
"""importer-bz, files 11-20."""
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- bz11 press (state university, Tlaxcala; forwarded e-mail body)
bz11 = """---------- Forwarded message ---------
De: Difusión UATx <difusion@uatx.example.mx>
Date: jue, 8 nov 2018 a las 12:47
Subject: Boletín 347 | Investigadores de la UATx documentan 120 especies de aves en La Malinche
To: Redacción <redaccion@lamalinchehoy.example.mx>


UNIVERSIDAD AUTÓNOMA DE TLAXCALA
Coordinación de Comunicación Institucional
Boletín 347

Investigadores de la UATx documentan 120 especies de aves en La Malinche

Tlaxcala, Tlax., 8 de noviembre de 2018.

Un equipo del Centro de Investigación en Ciencias Biológicas de la Universidad Autónoma de Tlaxcala (UATx) registró 120 especies de aves en los bosques del Parque Nacional La Malinche, de las cuales 14 son endémicas de México y seis se encuentran en alguna categoría de riesgo.

El inventario es resultado de cuatro años de monitoreo en 18 sitios ubicados entre los 2,600 y los 4,000 metros de altitud, en los que participaron estudiantes de licenciatura y de posgrado, así como brigadistas comunitarios de San Pablo del Monte, Teolocholco y San Isidro Buensuceso.

La investigadora responsable del proyecto, doctora Irma Xochihua Cervantes, explicó que los bosques de oyamel y de pino de la montaña funcionan como refugio para especies que han perdido su hábitat en los valles agrícolas. "Encontramos aves que no se habían reportado aquí desde hace más de treinta años", señaló.

Entre las especies registradas destacan el gorrión serrano, el carpintero arlequín y varias especies de colibríes que dependen de las flores de los claros del bosque. El equipo también documentó el efecto de la tala y de los incendios en la disminución de algunas poblaciones.

Los resultados se publicarán en una guía de campo ilustrada que se distribuirá gratuitamente en las escuelas de los municipios que rodean al volcán, con el objetivo de fomentar la observación de aves y el turismo de naturaleza.

La UATx invitó a la comunidad a la presentación del estudio, que se realizará el próximo 15 de noviembre en el auditorio de la Facultad de Ciencias Básicas, Ingeniería y Tecnología.

###

--
Coordinación de Comunicación Institucional
Universidad Autónoma de Tlaxcala
Tel. 246 555 0120, ext. 1304 | difusion@uatx.example.mx

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos están dirigidos exclusivamente a su destinatario y pueden contener información reservada. Si lo recibió por error, favor de eliminarlo y notificar al remitente.
"""
write_source('bz11.txt', bz11)
write_gold('bz11', family='press_release',
           title='Investigadores de la UATx documentan 120 especies de aves en La Malinche',
           date='2018-11-08', source='UNIVERSIDAD AUTÓNOMA DE TLAXCALA',
           bulletin_number='347', issuer='UNIVERSIDAD AUTÓNOMA DE TLAXCALA',
           dateline_city='Tlaxcala',
           body_first_words='Un equipo del Centro de Investigación en Ciencias Biológicas',
           body_last_words='Facultad de Ciencias Básicas, Ingeniería y Tecnología.',
           boilerplate=['---------- Forwarded message ---------',
                        'De: Difusión UATx <difusion@uatx.example.mx>',
                        'Date: jue, 8 nov 2018 a las 12:47',
                        'Subject: Boletín 347 | Investigadores de la UATx documentan 120 especies de aves en La Malinche',
                        'To: Redacción <redaccion@lamalinchehoy.example.mx>',
                        'Coordinación de Comunicación Institucional', 'Boletín 347',
                        'Tlaxcala, Tlax., 8 de noviembre de 2018.', '###',
                        'Tel. 246 555 0120, ext. 1304 | difusion@uatx.example.mx',
                        'AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos están dirigidos exclusivamente a su destinatario y pueden contener información reservada.',
                        'Si lo recibió por error, favor de eliminarlo y notificar al remitente.'],
           must_keep=['"Encontramos aves que no se habían reportado aquí desde hace más de treinta años", señaló.',
                      'El equipo también documentó el efecto de la tala y de los incendios en la disminución de algunas poblaciones.',
                      'de las cuales 14 son endémicas de México y seis se encuentran en alguna categoría de riesgo.'])

# ---------------------------------------------------------------- bz12 press (state tourism ministry, Hidalgo; Word "Unicode text", tab table)
bz12 = """GOBIERNO DEL ESTADO DE HIDALGO
SECRETARÍA DE TURISMO
Comunicado No. ST/0256/2017

Huasca de Ocampo espera 60 mil visitantes durante Semana Santa

Pachuca de Soto, Hidalgo; 10 de abril de 2017

La Secretaría de Turismo estatal prevé que alrededor de 60 mil personas visiten Huasca de Ocampo durante la Semana Santa, lo que representaría una derrama económica cercana a 45 millones de pesos para los prestadores de servicios del primer Pueblo Mágico del país.

Los hoteles, cabañas y campamentos del municipio reportan una ocupación de 85 por ciento para el jueves y el viernes santos, y se espera que los prismas basálticos, la ex hacienda de San Miguel Regla y la presa de San Antonio sean los sitios más concurridos.

Para atender a los visitantes, la dependencia instalará módulos de información turística en la plaza principal, en el acceso a los prismas y en la carretera Pachuca-Tulancingo, donde se entregarán mapas y se darán a conocer los horarios de los recorridos.

El titular de la Secretaría recomendó a los paseantes planear su viaje con anticipación, respetar los señalamientos en los senderos y no encender fogatas en las zonas boscosas, ya que la temporada de estiaje eleva el riesgo de incendios.

Elementos de Protección Civil y de la Policía Estatal realizarán recorridos permanentes en los parajes de mayor afluencia, y se habilitarán estacionamientos provisionales para evitar congestionamientos en las calles del centro.

Los visitantes también podrán disfrutar de la muestra gastronómica que se instalará en el jardín principal, con platillos elaborados con hongos, trucha y pulque de la región.

-30-

Contacto para medios
Nombre\tCargo\tTeléfono\tCorreo electrónico
Gabriela Monzalvo Cerón\tDirectora de Comunicación\t771 555 0172\tgmonzalvo@turismo-hgo.example.mx
Iván Trejo Pérez\tEnlace de prensa\t771 555 0173\titrejo@turismo-hgo.example.mx
"""
write_source('bz12.txt', bz12, enc='utf-16-le', eol='crlf', bom=True)
write_gold('bz12', family='press_release',
           title='Huasca de Ocampo espera 60 mil visitantes durante Semana Santa',
           date='2017-04-10', source='SECRETARÍA DE TURISMO',
           bulletin_number='ST/0256/2017', issuer='SECRETARÍA DE TURISMO',
           dateline_city='Pachuca de Soto',
           body_first_words='La Secretaría de Turismo estatal prevé que alrededor de 60 mil personas',
           body_last_words='con hongos, trucha y pulque de la región.',
           boilerplate=['GOBIERNO DEL ESTADO DE HIDALGO', 'Comunicado No. ST/0256/2017',
                        'Pachuca de Soto, Hidalgo; 10 de abril de 2017', '-30-', 'Contacto para medios',
                        'Nombre\tCargo\tTeléfono\tCorreo electrónico',
                        'Gabriela Monzalvo Cerón\tDirectora de Comunicación\t771 555 0172\tgmonzalvo@turismo-hgo.example.mx',
                        'Iván Trejo Pérez\tEnlace de prensa\t771 555 0173\titrejo@turismo-hgo.example.mx'],
           must_keep=['Los hoteles, cabañas y campamentos del municipio reportan una ocupación de 85 por ciento para el jueves y el viernes santos',
                      'El titular de la Secretaría recomendó a los paseantes planear su viaje con anticipación, respetar los señalamientos en los senderos y no encender fogatas en las zonas boscosas, ya que la temporada de estiaje eleva el riesgo de incendios.',
                      'Los visitantes también podrán disfrutar de la muestra gastronómica que se instalará en el jardín principal, con platillos elaborados con hongos, trucha y pulque de la región.'])

# ---------------------------------------------------------------- bz13 press (state civil protection, Tlaxcala; WhatsApp-channel formatting)
bz13 = """🏛️ *Gobierno del Estado de Tlaxcala*
*Coordinación Estatal de Protección Civil*
*COMUNICADO 071/2024* | Tlaxcala, Tlax., 3 de mayo de 2024

🔥 *Activan alerta por incendios forestales en el Parque Nacional La Malinche*

Ante las altas temperaturas y la falta de lluvias, la Coordinación Estatal de Protección Civil activó la _alerta naranja_ por riesgo de incendios forestales en los municipios que colindan con el Parque Nacional La Malinche, luego de que en la última semana se combatieron nueve incendios en la zona.

Los incendios afectaron en conjunto alrededor de 140 hectáreas de pastizal y arbolado joven en las laderas de Teolocholco, San Pablo del Monte, Ixtenco y Huamantla. Todos fueron controlados por brigadas de la Comisión Nacional Forestal, del gobierno estatal y de los ejidos, con apoyo de voluntarios.

La dependencia recordó que la mayoría de los incendios en la montaña se originan por quemas agrícolas que se salen de control y por fogatas mal apagadas. Por ello, *queda prohibido hacer quemas de pastizal o de residuos de cosecha* mientras se mantenga la alerta.

Durante los fines de semana se instalarán filtros de revisión en los accesos al albergue de La Malinche y en los caminos de terracería que suben desde Ixtenco y Teolocholco, donde se informará a los visitantes sobre las medidas de prevención.

Protección Civil pidió a la población reportar cualquier columna de humo al número de emergencias 911 y no intentar combatir el fuego por su cuenta. También recomendó a las personas con enfermedades respiratorias evitar las actividades al aire libre en las comunidades cercanas al volcán.

*FIN DEL COMUNICADO*

📞 Cabina: 246 555 0198
📧 comunicacion.pc@pc-tlaxcala.example.mx
📲 Sigue el canal oficial de Protección Civil Tlaxcala en WhatsApp
"""
write_source('bz13.md', bz13)
write_gold('bz13', family='press_release',
           title='Activan alerta por incendios forestales en el Parque Nacional La Malinche',
           date='2024-05-03', source='Coordinación Estatal de Protección Civil',
           bulletin_number='071/2024', issuer='Coordinación Estatal de Protección Civil',
           dateline_city='Tlaxcala',
           body_first_words='Ante las altas temperaturas y la falta de lluvias',
           body_last_words='en las comunidades cercanas al volcán.',
           boilerplate=['Gobierno del Estado de Tlaxcala', 'COMUNICADO 071/2024',
                        'Tlaxcala, Tlax., 3 de mayo de 2024', 'FIN DEL COMUNICADO',
                        'Cabina: 246 555 0198', 'comunicacion.pc@pc-tlaxcala.example.mx',
                        'Sigue el canal oficial de Protección Civil Tlaxcala en WhatsApp'],
           must_keep=['Todos fueron controlados por brigadas de la Comisión Nacional Forestal, del gobierno estatal y de los ejidos, con apoyo de voluntarios.',
                      'Protección Civil pidió a la población reportar cualquier columna de humo al número de emergencias 911 y no intentar combatir el fuego por su cuenta.',
                      'La dependencia recordó que la mayoría de los incendios en la montaña se originan por quemas agrícolas que se salen de control y por fogatas mal apagadas.'])

# ---------------------------------------------------------------- bz14 press (state congress, Puebla; Markdown with pipe table, cp1252)
bz14 = """# H. CONGRESO DEL ESTADO DE PUEBLA
## LXI Legislatura

**Comunicado 0987**

## Aprueba el Congreso ley para proteger el maíz nativo poblano

Heroica Puebla de Zaragoza, 21 de octubre de 2020.- Con 36 votos a favor, el Pleno del Congreso del Estado aprobó la Ley de Fomento y Protección del Maíz Nativo, que declara al maíz criollo patrimonio alimentario del estado y establece medidas para conservar las variedades que cultivan las comunidades campesinas e indígenas.

La ley prevé la creación de un registro estatal de variedades nativas y de bancos comunitarios de semillas, así como apoyos para las familias productoras que siembren maíz criollo en sistema de milpa, asociado con frijol, calabaza y chile.

La diputada Rocío Tlaseca Martínez, presidenta de la Comisión de Desarrollo Rural, explicó durante la sesión que en Puebla se conservan al menos 17 razas de maíz nativo, muchas de ellas en la Sierra Norte, la Mixteca y la región de Tehuacán. "Cada semilla que se pierde es una historia que ya no vamos a poder contar", afirmó.

El dictamen también obliga a la Secretaría de Desarrollo Rural a difundir el valor nutricional y cultural del maíz nativo en escuelas y mercados, y a impulsar la venta de tortilla elaborada con maíz criollo en los programas de abasto del estado.

Organizaciones campesinas que siguieron la sesión desde las galerías celebraron la aprobación, aunque pidieron que el reglamento de la ley se publique pronto y que los apoyos lleguen directamente a las comunidades.

La ley entrará en vigor al día siguiente de su publicación en el Periódico Oficial del Estado.

--ooOoo--

| Contacto | Área | Teléfono |
|---|---|---|
| Mtra. Fernanda Osorio Limón | Dirección de Comunicación Social | 222 555 0410 |
| Lic. Pablo Huerta Sánchez | Prensa | 222 555 0411 |
"""
write_source('bz14.md', bz14, enc='cp1252')
write_gold('bz14', family='press_release',
           title='Aprueba el Congreso ley para proteger el maíz nativo poblano',
           date='2020-10-21', source='H. CONGRESO DEL ESTADO DE PUEBLA',
           bulletin_number='0987', issuer='H. CONGRESO DEL ESTADO DE PUEBLA',
           dateline_city='Heroica Puebla de Zaragoza',
           body_first_words='Con 36 votos a favor, el Pleno del Congreso del Estado aprobó',
           body_last_words='al día siguiente de su publicación en el Periódico Oficial del Estado.',
           boilerplate=['LXI Legislatura', 'Comunicado 0987',
                        'Heroica Puebla de Zaragoza, 21 de octubre de 2020.-', '--ooOoo--',
                        '| Contacto | Área | Teléfono |',
                        '| Mtra. Fernanda Osorio Limón | Dirección de Comunicación Social | 222 555 0410 |',
                        '| Lic. Pablo Huerta Sánchez | Prensa | 222 555 0411 |'],
           must_keep=['"Cada semilla que se pierde es una historia que ya no vamos a poder contar", afirmó.',
                      'La ley prevé la creación de un registro estatal de variedades nativas y de bancos comunitarios de semillas',
                      'La ley entrará en vigor al día siguiente de su publicación en el Periódico Oficial del Estado.'])

# ---------------------------------------------------------------- bz15 press (municipality, Sierra Norte; date spelled out in words)
bz15 = """PRESIDENCIA MUNICIPAL DE CUETZALAN DEL PROGRESO
Dirección de Comunicación Social y Prensa
Boletín informativo No. 045

Cuetzalan del Progreso, Puebla, a veintiocho de febrero de dos mil veintiuno.

Cuetzalan reabre sus cascadas y grutas a visitantes con aforo de 50 por ciento

Después de casi once meses de cierre por la contingencia sanitaria, el Ayuntamiento de Cuetzalan del Progreso informó que a partir del próximo lunes reabrirán al público las cascadas de Las Brisas y El Salto, así como las grutas de la junta auxiliar de Yohualichan, con un aforo máximo de 50 por ciento y bajo estrictas medidas de higiene.

La reapertura se acordó con los comités de guías comunitarios, que durante la pandemia se quedaron sin ingresos. Cada grupo de visitantes deberá ir acompañado por un guía certificado, y en los senderos se respetará una distancia mínima entre grupos.

En los accesos a los sitios se instalarán filtros sanitarios con toma de temperatura y gel antibacterial, y será obligatorio el uso de cubrebocas en todo momento, excepto dentro del agua. Las personas con síntomas respiratorios no podrán ingresar.

Los hoteles y restaurantes del centro histórico podrán operar también al 50 por ciento de su capacidad, mientras que el tianguis dominical se mantendrá con el número reducido de puestos que se acordó en enero.

La presidencia municipal pidió a las y los visitantes consumir en los negocios locales y respetar las indicaciones de los guías, y advirtió que, si los contagios aumentan en el municipio, los sitios volverán a cerrar.

oo0oo

Contacto: Dirección de Comunicación Social | Tel. 233 555 0177 | comunicacion@cuetzalan.example.mx
"""
write_source('bz15.txt', bz15, enc='cp1252', eol='crlf')
write_gold('bz15', family='press_release',
           title='Cuetzalan reabre sus cascadas y grutas a visitantes con aforo de 50 por ciento',
           date='2021-02-28', source='PRESIDENCIA MUNICIPAL DE CUETZALAN DEL PROGRESO',
           bulletin_number='045', issuer='PRESIDENCIA MUNICIPAL DE CUETZALAN DEL PROGRESO',
           dateline_city='Cuetzalan del Progreso',
           body_first_words='Después de casi once meses de cierre por la contingencia sanitaria',
           body_last_words='los sitios volverán a cerrar.',
           boilerplate=['Dirección de Comunicación Social y Prensa', 'Boletín informativo No. 045',
                        'Cuetzalan del Progreso, Puebla, a veintiocho de febrero de dos mil veintiuno.',
                        'oo0oo',
                        'Contacto: Dirección de Comunicación Social | Tel. 233 555 0177 | comunicacion@cuetzalan.example.mx'],
           must_keep=['Cada grupo de visitantes deberá ir acompañado por un guía certificado, y en los senderos se respetará una distancia mínima entre grupos.',
                      'Las personas con síntomas respiratorios no podrán ingresar.',
                      'mientras que el tianguis dominical se mantendrá con el número reducido de puestos que se acordó en enero.'])

# ---------------------------------------------------------------- bz16 press (state prosecutor, Hidalgo; re-sent verbatim by the regional syndicate)
bz16 = """REMAC>>> ENVÍO 1877 >>> 08-02-2016 17:32 >>> BOLETÍN OFICIAL REENVIADO SIN EDICIÓN
REMAC>>> Fuente: Procuraduría General de Justicia del Estado de Hidalgo
REMAC>>> ------------------------------------------------------------

PROCURADURÍA GENERAL DE JUSTICIA DEL ESTADO DE HIDALGO
Dirección General de Comunicación Social
Boletín PGJEH/CS/041/2016

INICIA PGJEH CARPETA DE INVESTIGACIÓN POR TALA ILEGAL EN EL PARQUE NACIONAL EL CHICO

Pachuca de Soto, Hgo., a 8 de febrero de 2016.- La Procuraduría General de Justicia del Estado de Hidalgo (PGJEH) inició una carpeta de investigación por la tala ilegal de alrededor de 300 árboles de oyamel y pino en el paraje conocido como Las Ventanas, dentro del Parque Nacional El Chico, en el municipio de Mineral del Chico.

La denuncia fue presentada por comuneros de la zona, quienes durante un recorrido de vigilancia encontraron tocones recientes y caminos abiertos para sacar la madera en camionetas. De acuerdo con los primeros peritajes, los árboles fueron derribados en las últimas dos semanas.

Agentes de investigación y peritos en materia ambiental acudieron al lugar para asegurar indicios y realizar el conteo de los árboles afectados, en coordinación con personal de la Procuraduría Federal de Protección al Ambiente y de la Comisión Nacional de Áreas Naturales Protegidas.

La Procuraduría informó que ya se identificó un aserradero en una comunidad cercana al que presuntamente se llevó parte de la madera, por lo que se solicitará a un juez de control una orden de cateo.

La dependencia reiteró su compromiso de perseguir los delitos contra el medio ambiente y pidió a la ciudadanía denunciar de manera anónima cualquier actividad de tala o transporte ilegal de madera.

FIN

Dirección General de Comunicación Social PGJEH · 771 555 0166 · prensa@pgjeh.example.mx

REMAC>>> FIN ENVÍO 1877 >>> Este material se reenvía tal como lo entregó la fuente.
REMAC>>> Distribución: mesa@remac.example.mx
"""
write_source('bz16.txt', bz16, enc='cp1252', eol=('mixed', 3))
write_gold('bz16', family='press_release',
           title='INICIA PGJEH CARPETA DE INVESTIGACIÓN POR TALA ILEGAL EN EL PARQUE NACIONAL EL CHICO',
           date='2016-02-08', source='PROCURADURÍA GENERAL DE JUSTICIA DEL ESTADO DE HIDALGO',
           bulletin_number='PGJEH/CS/041/2016',
           issuer='PROCURADURÍA GENERAL DE JUSTICIA DEL ESTADO DE HIDALGO',
           dateline_city='Pachuca de Soto',
           body_first_words='La Procuraduría General de Justicia del Estado de Hidalgo (PGJEH) inició',
           body_last_words='cualquier actividad de tala o transporte ilegal de madera.',
           boilerplate=['REMAC>>> ENVÍO 1877 >>> 08-02-2016 17:32 >>> BOLETÍN OFICIAL REENVIADO SIN EDICIÓN',
                        'REMAC>>> Fuente: Procuraduría General de Justicia del Estado de Hidalgo',
                        'Dirección General de Comunicación Social', 'Boletín PGJEH/CS/041/2016',
                        'Pachuca de Soto, Hgo., a 8 de febrero de 2016.-', 'FIN',
                        'Dirección General de Comunicación Social PGJEH · 771 555 0166 · prensa@pgjeh.example.mx',
                        'REMAC>>> FIN ENVÍO 1877 >>> Este material se reenvía tal como lo entregó la fuente.',
                        'REMAC>>> Distribución: mesa@remac.example.mx'],
           must_keep=['De acuerdo con los primeros peritajes, los árboles fueron derribados en las últimas dos semanas.',
                      'por lo que se solicitará a un juez de control una orden de cateo.',
                      'La denuncia fue presentada por comuneros de la zona, quienes durante un recorrido de vigilancia encontraron tocones recientes y caminos abiertos para sacar la madera en camionetas.'])

# ---------------------------------------------------------------- bz17 jekyll (Octopress, 2013; Liquid img tag with credit)
bz17 = """---
layout: post
title: "Cuetzalan celebra la Feria del Café y del Huipil con la elección de su reina indígena"
date: 2013-10-06 21:47
comments: true
sharing: true
footer: true
categories: [Cultura]
author: Teódulo Ahuactzin Vázquez
---

{% img center /images/2013/10/huipil-cuetzalan.jpg 640 427 'Foto: Leobardo Ramos Tepepa' 'Jóvenes nahuas desfilan con huipiles bordados' %}

Con un desfile de trajes tradicionales por las calles empedradas del centro, Cuetzalan inauguró este domingo la Feria del Café y del Huipil, una de las fiestas más antiguas de la Sierra Norte de Puebla, que este año reúne a productores de café, artesanas y danzantes de más de 30 comunidades.

<!-- more -->

La celebración coincide con la fiesta patronal de San Francisco de Asís y, como cada año, uno de sus momentos centrales es la elección de la Reina del Huipil, en la que jóvenes nahuas y totonacas presentan en su lengua la historia de su comunidad y el significado de los bordados de su ropa.

En la plaza principal, los voladores de Cuetzalan realizaron su ceremonia frente al templo parroquial, mientras en los portales las familias productoras ofrecían café de altura tostado en comal, pan de yema y licores de frutas de la región.

Las artesanas de la cooperativa de Yohualichan explicaron que un huipil bordado a mano puede llevar hasta tres meses de trabajo. "La gente regatea, pero no sabe cuántas noches nos quedamos bordando", comentó una de ellas mientras acomodaba las prendas en su puesto.

Durante la semana habrá torneos de danzas, un concurso de cafés de la región y noches de música de huapango en el kiosco. Los organizadores esperan la visita de unas 20 mil personas.

La feria concluirá el próximo domingo con la tradicional quema de fuegos artificiales y la coronación de la reina.
"""
write_source('bz17.markdown', bz17)
write_gold('bz17', family='jekyll',
           title='Cuetzalan celebra la Feria del Café y del Huipil con la elección de su reina indígena',
           date='2013-10-06', bylines=['Teódulo Ahuactzin Vázquez'], section='Cultura',
           body_first_words='Con un desfile de trajes tradicionales por las calles empedradas del centro',
           body_last_words='quema de fuegos artificiales y la coronación de la reina.',
           boilerplate=["{% img center /images/2013/10/huipil-cuetzalan.jpg 640 427 'Foto: Leobardo Ramos Tepepa' 'Jóvenes nahuas desfilan con huipiles bordados' %}",
                        '<!-- more -->'],
           must_keep=['"La gente regatea, pero no sabe cuántas noches nos quedamos bordando", comentó una de ellas mientras acomodaba las prendas en su puesto.',
                      'Los organizadores esperan la visita de unas 20 mil personas.',
                      'Las artesanas de la cooperativa de Yohualichan explicaron que un huipil bordado a mano puede llevar hasta tres meses de trabajo.'],
           photo_credit='Leobardo Ramos Tepepa')

# ---------------------------------------------------------------- bz18 jekyll (jekyll-import from WordPress, 2015)
bz18 = """---
layout: post
title: Reabren el Museo Regional de Huauchinango tras dos años de obras
date: 2015-07-31 23:15:04.000000000 -05:00
type: post
parent_id: '0'
published: true
password: ''
status: publish
categories:
- Portada
- Municipios
tags:
- Huauchinango
- museos
- patrimonio
meta:
  _edit_last: '3'
  _thumbnail_id: '8812'
  _yoast_wpseo_focuskw: museo huauchinango
  _yoast_wpseo_metadesc: El recinto reabre con nuevas salas sobre la historia de la Sierra Norte.
author:
  login: jtlapale
  email: jtlapale@xicotepechoy.example.mx
  display_name: Josefina Tlapale Vázquez
  first_name: Josefina
  last_name: Tlapale Vázquez
permalink: "/2015/07/31/reabren-museo-regional-huauchinango/"
---
<p>[caption id="attachment_8812" align="aligncenter" width="640"]<img class="size-large wp-image-8812" src="http://xicotepechoy.example.mx/wp-content/uploads/2015/07/museo-huauchinango.jpg" alt="museo-huauchinango" width="640" height="427" /> Foto: Héctor Vite Olvera[/caption]</p>
<p>Después de dos años de trabajos de restauración, el Museo Regional de Huauchinango volvió a abrir sus puertas este viernes con cuatro salas renovadas que cuentan la historia de la Sierra Norte de Puebla, desde los asentamientos prehispánicos hasta la llegada de la industria eléctrica de Necaxa.</p>
<p>El edificio, una antigua casona del siglo XIX ubicada frente al jardín municipal, había sido cerrado en 2013 por daños en la techumbre y humedad en los muros. La restauración incluyó el cambio de vigas, la consolidación de los aplanados de cal y la instalación de un nuevo sistema de iluminación.<!--more--></p>
<p>La colección incluye piezas arqueológicas encontradas en la región, fotografías de la construcción de la presa de Necaxa a principios del siglo XX y una sala dedicada a la Feria de las Flores, que se celebra cada marzo desde hace más de sesenta años.</p>
<p>La directora del museo, <strong>Alma Rosa Cabrera Islas</strong>, explicó que varias familias de Huauchinango donaron objetos personales para la nueva museografía. &ldquo;Queríamos que la gente se viera en el museo, no sólo que viniera a ver vitrinas&rdquo;, dijo.</p>
<p>&nbsp;</p>
<p>El museo abrirá de martes a domingo de 10:00 a 17:00 horas. La entrada general costará 15 pesos y será gratuita para estudiantes, maestros y personas adultas mayores, así como para todo el público los domingos.</p>
"""
write_source('bz18.md', bz18)
write_gold('bz18', family='jekyll',
           title='Reabren el Museo Regional de Huauchinango tras dos años de obras',
           date='2015-07-31', bylines=['Josefina Tlapale Vázquez'], section='Municipios',
           placement=['Portada'],
           body_first_words='Después de dos años de trabajos de restauración, el Museo Regional de Huauchinango',
           body_last_words='así como para todo el público los domingos.',
           boilerplate=['[caption id="attachment_8812" align="aligncenter" width="640"]',
                        'Foto: Héctor Vite Olvera[/caption]', '<!--more-->'],
           must_keep=['El edificio, una antigua casona del siglo XIX ubicada frente al jardín municipal, había sido cerrado en 2013 por daños en la techumbre y humedad en los muros.',
                      'El museo abrirá de martes a domingo de 10:00 a 17:00 horas.',
                      'explicó que varias familias de Huauchinango donaron objetos personales para la nueva museografía.'],
           photo_credit='Héctor Vite Olvera')

# ---------------------------------------------------------------- bz19 jekyll (GitHub Pages site edited with Prose, 2017; BOM, CRLF, folded title, '...' closer)
bz19 = """---
layout: nota
title: >-
  Apizaco inaugura ciclovía
  sobre la antigua vía del tren
fecha: 05-03-2017
autor: Por Ximena Zempoalteca
seccion: Movilidad
imagen: /img/2017/ciclovia-apizaco.jpg
...

Apizaco estrenó este domingo una ciclovía de 4.2 kilómetros construida sobre el antiguo derecho de vía del ferrocarril, que conecta la colonia Ferrocarrilera con la zona de la estación y el parque de la Loma Florida.

La obra, que tomó ocho meses, incluye un carril confinado de doble sentido, iluminación con luminarias solares y cruces señalizados en las cuatro avenidas que atraviesa. A lo largo del trayecto se instalaron bebederos, bancas y estacionamientos para bicicletas.

Apizaco nació alrededor de la estación del tren a finales del siglo XIX, y los vecinos de las colonias ferrocarrileras pidieron durante años que los terrenos abandonados junto a las vías se aprovecharan como espacio público. Hasta hace poco el tramo era un basurero a cielo abierto.

> "Mi papá trabajó cuarenta años en los talleres; ahora mis hijos van a la escuela en bici por donde pasaban las máquinas", contó Rosendo Meneses, vecino de la colonia Ferrocarrilera.

Colectivos ciclistas de Tlaxcala celebraron la obra, pero advirtieron que hace falta conectarla con el centro de la ciudad y con la carretera a Tlaxco, por donde circulan a diario cientos de trabajadores que van en bicicleta a las fábricas del corredor industrial.

El ayuntamiento anunció que en la segunda etapa se sumarán otros tres kilómetros y un paseo peatonal con la historia del ferrocarril en Apizaco.
"""
write_source('bz19.md', bz19, eol='crlf', bom=True)
write_gold('bz19', family='jekyll',
           title='Apizaco inaugura ciclovía sobre la antigua vía del tren',
           date='2017-03-05', bylines=['Ximena Zempoalteca'], section='Movilidad',
           body_first_words='Apizaco estrenó este domingo una ciclovía de 4.2 kilómetros',
           body_last_words='con la historia del ferrocarril en Apizaco.',
           must_keep=['Hasta hace poco el tramo era un basurero a cielo abierto.',
                      'A lo largo del trayecto se instalaron bebederos, bancas y estacionamientos para bicicletas.',
                      '"Mi papá trabajó cuarenta años en los talleres; ahora mis hijos van a la escuela en bici por donde pasaban las máquinas", contó Rosendo Meneses, vecino de la colonia Ferrocarrilera.'])

# ---------------------------------------------------------------- bz20 jekyll (Forestry.io, 2019; authors as list of mappings, late-evening offset)
bz20 = """---
title: 'Pachuca: vecinos de La Raza exigen reparar el puente peatonal del bulevar Colosio'
date: 2019-09-14T22:30:00-05:00
draft: false
description: Los vecinos llevan dos meses cruzando entre los autos.
image: "/uploads/2019/09/puente-colosio.jpg"
authors:
- name: Gerardo Islas Ramírez
  twitter: "@gislas_ej"
- name: Daniela Pérez Cruz
  twitter: ''
categories:
- Comunidad
tags:
- Pachuca
- movilidad peatonal
site: Plaza Juárez Digital
weight: 3
---

Vecinos de la colonia La Raza, en Pachuca, exigieron a las autoridades municipales y estatales reparar el puente peatonal que cruza el bulevar Luis Donaldo Colosio, cerrado desde julio después de que un tráiler golpeó una de sus columnas.

Desde entonces, cientos de personas cruzan cada día entre los autos para llegar a las paradas del transporte público y a una secundaria técnica que está del otro lado del bulevar. Los vecinos contaron al menos tres atropellamientos en los últimos dos meses, uno de ellos de una estudiante de 13 años.

"Nos dicen que el puente es del estado, el estado dice que es del municipio, y mientras tanto los niños se juegan la vida", dijo Rosa Elena Gayosso, integrante del comité de colonos.

El sábado por la tarde, alrededor de 80 personas se manifestaron con pancartas sobre el camellón y pidieron que, mientras se repara el puente, se instale un semáforo peatonal y se asigne a un agente de tránsito en las horas de entrada y salida de las escuelas.

Un funcionario de la Secretaría de Obras Públicas estatal que acudió al lugar se comprometió a entregar el lunes un calendario de trabajo. Según los vecinos, es la tercera vez que reciben la misma promesa.

El puente fue construido hace once años y es el único cruce peatonal en un tramo de casi dos kilómetros del bulevar.
"""
write_source('bz20.md', bz20)
write_gold('bz20', family='jekyll',
           title='Pachuca: vecinos de La Raza exigen reparar el puente peatonal del bulevar Colosio',
           date='2019-09-14', bylines=['Gerardo Islas Ramírez', 'Daniela Pérez Cruz'],
           source='Plaza Juárez Digital', section='Comunidad',
           body_first_words='Vecinos de la colonia La Raza, en Pachuca, exigieron',
           body_last_words='en un tramo de casi dos kilómetros del bulevar.',
           must_keep=['Los vecinos contaron al menos tres atropellamientos en los últimos dos meses, uno de ellos de una estudiante de 13 años.',
                      'Según los vecinos, es la tercera vez que reciben la misma promesa.',
                      '"Nos dicen que el puente es del estado, el estado dice que es del municipio, y mientras tanto los niños se juegan la vida", dijo Rosa Elena Gayosso, integrante del comité de colonos.'])
