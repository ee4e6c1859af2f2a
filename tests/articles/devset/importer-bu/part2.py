#!/usr/bin/env python3
"""importer-bu, files 11-20."""
from common import write_source, write_gold, NBSP, to_bytes

NNBSP = '\u202f'  # narrow no-break space, as WhatsApp writes it before "a. m."
LRM = '\u200e'    # left-to-right mark WhatsApp puts before system lines and attachments

# ---------------------------------------------------------------- bu11 press (municipal transparency unit; release forwarded in a WhatsApp chat export)
bu11 = """12/03/24, 9:38{s}a.{n}m. - {l}Los mensajes y las llamadas están cifrados de extremo a extremo. Solo las personas en este chat pueden leerlos, escucharlos o compartirlos. Toca para obtener más información.
12/03/24, 9:41{s}a.{n}m. - Comunicación Soledad: *H. AYUNTAMIENTO DE SOLEDAD DE GRACIANO SÁNCHEZ*
Unidad de Transparencia
Comunicado UT/014/2024

*Soledad publica en línea todos los contratos de obra pública de 2023*

Soledad de Graciano Sánchez, S.L.P., 12 de marzo de 2024.- La Unidad de Transparencia del Ayuntamiento de Soledad de Graciano Sánchez puso a disposición de la ciudadanía, en el portal municipal, la totalidad de los contratos de obra pública celebrados durante 2023, con sus anexos técnicos, montos y fechas de entrega.

Se trata de 186 contratos que suman 412 millones de pesos, entre pavimentaciones, redes de agua potable, alumbrado y rehabilitación de espacios deportivos. Cada expediente puede consultarse y descargarse sin necesidad de registro.

La titular de la Unidad, licenciada Gabriela Moctezuma Ortiz, explicó que hasta el año pasado la información se entregaba sólo mediante solicitudes de acceso, que tardaban hasta veinte días hábiles en responderse. "Lo que es público tiene que estar a la vista de todos sin que nadie lo pida", señaló.

El portal incluye un buscador por colonia y por empresa contratista, así como un mapa con la ubicación de cada obra. La Unidad informó que en las próximas semanas se agregarán los contratos de adquisiciones y de arrendamientos.

Las personas que encuentren información incompleta o errores pueden reportarlos en la propia página o en las oficinas de la Unidad de Transparencia, ubicadas en la planta baja de la presidencia municipal, de lunes a viernes de 8:00 a 15:00 horas.

-30-

Unidad de Transparencia · transparencia@soledad-slp.example.mx · 444 555 0163
12/03/24, 9:42{s}a.{n}m. - Comunicación Soledad: {l}IMG-20240312-WA0012.jpg (archivo adjunto)
12/03/24, 9:50{s}a.{n}m. - Mesa Web Noticias: Recibido, gracias 👍
""".replace('{s}', NNBSP).replace('{n}', NBSP).replace('{l}', LRM)
write_source('bu11.txt', bu11)
write_gold('bu11', family='press_release',
           title='Soledad publica en línea todos los contratos de obra pública de 2023',
           date='2024-03-12', source='H. AYUNTAMIENTO DE SOLEDAD DE GRACIANO SÁNCHEZ',
           bulletin_number='UT/014/2024', issuer='H. AYUNTAMIENTO DE SOLEDAD DE GRACIANO SÁNCHEZ',
           dateline_city='Soledad de Graciano Sánchez',
           body_first_words='La Unidad de Transparencia del Ayuntamiento de Soledad',
           body_last_words='de lunes a viernes de 8:00 a 15:00 horas.',
           boilerplate=['Los mensajes y las llamadas están cifrados de extremo a extremo.',
                        '12/03/24, 9:41' + NNBSP + 'a. m. - Comunicación Soledad:',
                        'Comunicado UT/014/2024',
                        'Soledad de Graciano Sánchez, S.L.P., 12 de marzo de 2024.-', '-30-',
                        'Unidad de Transparencia · transparencia@soledad-slp.example.mx · 444 555 0163',
                        'IMG-20240312-WA0012.jpg (archivo adjunto)',
                        'Mesa Web Noticias: Recibido, gracias'],
           must_keep=['Cada expediente puede consultarse y descargarse sin necesidad de registro.',
                      '"Lo que es público tiene que estar a la vista de todos sin que nadie lo pida", señaló.',
                      'La Unidad informó que en las próximas semanas se agregarán los contratos de adquisiciones y de arrendamientos.'])

# ---------------------------------------------------------------- bu12 press (municipal transparency unit, Ags.; legal footer)
bu12 = """MUNICIPIO DE JESÚS MARÍA, AGUASCALIENTES
UNIDAD DE TRANSPARENCIA Y ACCESO A LA INFORMACIÓN
Boletín Informativo UTAI-JM-027/2019

Jesús María, Ags., a 22 de agosto de 2019

Comité de Transparencia de Jesús María resolvió 312 solicitudes de información en el primer semestre

El Comité de Transparencia del Municipio de Jesús María dio respuesta, entre enero y junio de este año, a 312 solicitudes de acceso a la información pública, 41 por ciento más que en el mismo periodo de 2018, de acuerdo con el informe semestral presentado en su sesión ordinaria.

Los temas más consultados fueron las licencias de construcción y de uso de suelo, el padrón de proveedores, la nómina del personal y los contratos del servicio de recolección de basura. El 87 por ciento de las solicitudes se presentó por medios electrónicos.

En 19 casos el Comité confirmó la clasificación de la información como reservada o confidencial, principalmente por tratarse de datos personales de particulares o de expedientes de procedimientos administrativos que aún no concluyen. Sólo dos respuestas fueron impugnadas ante el organismo garante estatal.

El titular de la Unidad, maestro Fernando Luévano Macías, atribuyó el aumento a las jornadas de difusión que se realizaron en escuelas y delegaciones. "Cada vez más vecinos saben que pueden preguntar y que el municipio está obligado a responder", dijo.

La Unidad recordó que las solicitudes pueden presentarse en la Plataforma Nacional de Transparencia, por correo electrónico o de manera presencial, y que el trámite es gratuito.

---o0o---

Esta información se difunde en cumplimiento del artículo 55 de la Ley de Transparencia y Acceso a la Información Pública del Estado de Aguascalientes y sus Municipios.
Aviso de privacidad: consulte el aviso integral en www.jesusmaria-ags.example.mx/privacidad
Tel. 449 555 0129 ext. 240
"""
write_source('bu12.txt', bu12, enc='cp1252', eol='crlf')
write_gold('bu12', family='press_release',
           title='Comité de Transparencia de Jesús María resolvió 312 solicitudes de información en el primer semestre',
           date='2019-08-22', source='MUNICIPIO DE JESÚS MARÍA, AGUASCALIENTES',
           bulletin_number='UTAI-JM-027/2019', issuer='MUNICIPIO DE JESÚS MARÍA, AGUASCALIENTES',
           dateline_city='Jesús María',
           body_first_words='El Comité de Transparencia del Municipio de Jesús María dio respuesta',
           body_last_words='y que el trámite es gratuito.',
           boilerplate=['UNIDAD DE TRANSPARENCIA Y ACCESO A LA INFORMACIÓN',
                        'Boletín Informativo UTAI-JM-027/2019',
                        'Jesús María, Ags., a 22 de agosto de 2019', '---o0o---',
                        'Esta información se difunde en cumplimiento del artículo 55 de la Ley de Transparencia y Acceso a la Información Pública del Estado de Aguascalientes y sus Municipios.',
                        'Aviso de privacidad: consulte el aviso integral en www.jesusmaria-ags.example.mx/privacidad',
                        'Tel. 449 555 0129 ext. 240'],
           must_keep=['El 87 por ciento de las solicitudes se presentó por medios electrónicos.',
                      'Sólo dos respuestas fueron impugnadas ante el organismo garante estatal.',
                      '"Cada vez más vecinos saben que pueden preguntar y que el municipio está obligado a responder", dijo.'])

# ---------------------------------------------------------------- bu13 press (SLP judiciary; Markdown export where the first heading is the issuer)
bu13 = """# PODER JUDICIAL DEL ESTADO DE SAN LUIS POTOSÍ

## Comunicado 007/2026

### Habilitan buzón electrónico para demandas de pensión alimenticia en todo el estado

![Presentación del buzón electrónico](/medios/2026/01/buzon-pension.jpg)
*Foto: Comunicación Social PJESLP*

**San Luis Potosí, S.L.P., 20 de enero de 2026.-** A partir del próximo lunes, las personas que necesiten demandar el pago de una pensión alimenticia para sus hijas e hijos podrán presentar su demanda en línea, sin necesidad de acudir a un juzgado, mediante el buzón electrónico que habilitó el Poder Judicial del Estado.

El servicio estará disponible las 24 horas y podrá utilizarse desde cualquier municipio. La demanda y sus anexos se enviarán en formato digital, y el sistema asignará el asunto al juzgado familiar que corresponda según el domicilio de la parte demandada.

Hasta ahora, una madre que vivía en la Huasteca o en la Zona Media debía viajar a la cabecera del distrito judicial al menos dos veces antes de que su demanda fuera admitida. Con el buzón, la primera cita presencial será la audiencia ante la jueza o el juez.

La magistrada presidenta del Supremo Tribunal de Justicia señaló que los juicios de alimentos son los más numerosos en materia familiar y que en ellos el tiempo es decisivo. "Cada semana de retraso es una semana en la que una niña o un niño no recibe lo que le corresponde", afirmó.

Las personas que no cuenten con abogado podrán recibir asesoría gratuita de la Defensoría Pública, que instalará módulos de apoyo en las sedes de los juzgados de Ciudad Valles, Rioverde y Matehuala.

* * *

Dirección de Comunicación Social del Poder Judicial del Estado de San Luis Potosí
comunicacion@pjeslp.example.mx · 444 555 0190
"""
write_source('bu13.md', bu13)
write_gold('bu13', family='press_release',
           title='Habilitan buzón electrónico para demandas de pensión alimenticia en todo el estado',
           date='2026-01-20', source='PODER JUDICIAL DEL ESTADO DE SAN LUIS POTOSÍ',
           bulletin_number='007/2026', issuer='PODER JUDICIAL DEL ESTADO DE SAN LUIS POTOSÍ',
           dateline_city='San Luis Potosí',
           body_first_words='A partir del próximo lunes, las personas que necesiten demandar',
           body_last_words='en las sedes de los juzgados de Ciudad Valles, Rioverde y Matehuala.',
           boilerplate=['Comunicado 007/2026', 'Foto: Comunicación Social PJESLP',
                        'San Luis Potosí, S.L.P., 20 de enero de 2026.-', '* * *',
                        'Dirección de Comunicación Social del Poder Judicial del Estado de San Luis Potosí',
                        'comunicacion@pjeslp.example.mx · 444 555 0190'],
           must_keep=['El servicio estará disponible las 24 horas y podrá utilizarse desde cualquier municipio.',
                      'Con el buzón, la primera cita presencial será la audiencia ante la jueza o el juez.',
                      '"Cada semana de retraso es una semana en la que una niña o un niño no recibe lo que le corresponde", afirmó.'],
           photo_credit='Comunicación Social PJESLP')

# ---------------------------------------------------------------- bu14 press (Zacatecas legislature; bulletin number only in the closing line)
bu14 = """LEGISLATURA DEL ESTADO DE ZACATECAS

Aprueban diputados ley para proteger a productores de frijol frente a intermediarios

Zacatecas, Zac., 27 de noviembre de 2014.- El Pleno de la Legislatura del Estado aprobó por unanimidad la Ley de Fomento a la Comercialización del Frijol, que crea un padrón estatal de compradores y obliga a quienes adquieran el grano a pagar en un plazo máximo de quince días.

La nueva ley responde a las quejas de productores de Fresnillo, Sombrerete, Río Grande y Miguel Auza, quienes denunciaron que en los últimos ciclos algunos acaparadores se llevaron las cosechas con la promesa de pagar después y nunca regresaron.

El padrón será administrado por la Secretaría del Campo, y sólo los compradores inscritos podrán participar en los programas estatales de acopio y almacenamiento. Las personas que compren frijol sin registro podrán ser sancionadas con multas de hasta mil días de salario mínimo.

El diputado que presentó el dictamen a nombre de la Comisión de Desarrollo Rural recordó que Zacatecas es el principal productor de frijol del país y que de ese cultivo dependen más de 60 mil familias. "El productor hace todo bien, siembra, cosecha y limpia el grano, y al final es el que menos gana", dijo en tribuna.

La ley establece además la creación de un fondo de garantía para que los productores organizados puedan almacenar su cosecha y venderla cuando mejore el precio. El Ejecutivo tendrá noventa días para emitir el reglamento.

Boletín 112/2014 | Dirección de Comunicación Social | LXI Legislatura
Síguenos en Twitter: @LegisZacPrensaEj
"""
write_source('bu14.txt', bu14, eol=('mixed', 4))
write_gold('bu14', family='press_release',
           title='Aprueban diputados ley para proteger a productores de frijol frente a intermediarios',
           date='2014-11-27', source='LEGISLATURA DEL ESTADO DE ZACATECAS',
           bulletin_number='112/2014', issuer='LEGISLATURA DEL ESTADO DE ZACATECAS',
           dateline_city='Zacatecas',
           body_first_words='El Pleno de la Legislatura del Estado aprobó por unanimidad',
           body_last_words='El Ejecutivo tendrá noventa días para emitir el reglamento.',
           boilerplate=['Zacatecas, Zac., 27 de noviembre de 2014.-',
                        'Boletín 112/2014 | Dirección de Comunicación Social | LXI Legislatura',
                        'Síguenos en Twitter: @LegisZacPrensaEj'],
           must_keep=['Las personas que compren frijol sin registro podrán ser sancionadas con multas de hasta mil días de salario mínimo.',
                      '"El productor hace todo bien, siembra, cosecha y limpia el grano, y al final es el que menos gana", dijo en tribuna.',
                      'El Ejecutivo tendrá noventa días para emitir el reglamento.'])

# ---------------------------------------------------------------- bu15 press (state transparency body; dateline as the very first line)
bu15 = """San Luis Potosí, S.L.P., 9 de septiembre de 2011.

COMISIÓN ESTATAL DE GARANTÍA DE ACCESO A LA INFORMACIÓN PÚBLICA
Comunicado CEGAIP/CS/063/2011

CEGAIP capacita a municipios de la Huasteca en el sistema electrónico de solicitudes

Personal de las unidades de información pública de 20 ayuntamientos de la Huasteca y de la Zona Media participó en un taller de dos días en Ciudad Valles para aprender a recibir y responder solicitudes de información a través del sistema electrónico que opera la Comisión.

Hasta ahora, la mayoría de esos municipios recibía las solicitudes únicamente por escrito, en ventanilla, lo que obligaba a las personas de comunidades alejadas a trasladarse a la cabecera municipal para hacer una pregunta o recoger una respuesta.

Durante el taller, el personal practicó la captura de solicitudes, el cálculo de plazos y la elaboración de respuestas fundadas y motivadas. También se revisaron los casos en que la información puede clasificarse como reservada y el procedimiento para hacerlo.

El comisionado presidente reconoció que varios ayuntamientos no cuentan con equipo de cómputo ni con conexión a internet estable, por lo que la Comisión gestionará con el gobierno del estado la donación de computadoras para las unidades de información. "La transparencia no puede depender de que el municipio tenga o no tenga internet", dijo.

El próximo taller se realizará en octubre en Matehuala, para los municipios del Altiplano.

oo0oo

Coordinación de Comunicación Social · CEGAIP
Tel. 444 555 0108 · comunicacion@cegaip-slp.example.mx
"""
write_source('bu15.txt', bu15, bom=True)
write_gold('bu15', family='press_release',
           title='CEGAIP capacita a municipios de la Huasteca en el sistema electrónico de solicitudes',
           date='2011-09-09',
           source='COMISIÓN ESTATAL DE GARANTÍA DE ACCESO A LA INFORMACIÓN PÚBLICA',
           bulletin_number='CEGAIP/CS/063/2011',
           issuer='COMISIÓN ESTATAL DE GARANTÍA DE ACCESO A LA INFORMACIÓN PÚBLICA',
           dateline_city='San Luis Potosí',
           body_first_words='Personal de las unidades de información pública de 20 ayuntamientos',
           body_last_words='para los municipios del Altiplano.',
           boilerplate=['San Luis Potosí, S.L.P., 9 de septiembre de 2011.',
                        'Comunicado CEGAIP/CS/063/2011', 'oo0oo',
                        'Coordinación de Comunicación Social · CEGAIP',
                        'Tel. 444 555 0108 · comunicacion@cegaip-slp.example.mx'],
           must_keep=['También se revisaron los casos en que la información puede clasificarse como reservada y el procedimiento para hacerlo.',
                      '"La transparencia no puede depender de que el municipio tenga o no tenga internet", dijo.',
                      'El próximo taller se realizará en octubre en Matehuala, para los municipios del Altiplano.'])

# ---------------------------------------------------------------- bu16 press (Ciudad Valles; number and dateline on one line, tab indents, "Nota para medios")
bu16 = """H. AYUNTAMIENTO DE CIUDAD VALLES
Dirección de Comunicación Social
CS/CV/0912/2022 · Ciudad Valles, S.L.P., 3 de agosto de 2022

Rehabilitan el andador del río Valles y el acceso al balneario Los Anteojitos

\tEl Ayuntamiento de Ciudad Valles entregó la rehabilitación del andador peatonal que corre a lo largo de la margen del río Valles, desde el puente de la avenida Juárez hasta el acceso al balneario municipal Los Anteojitos, una obra de 1.8 kilómetros que incluyó iluminación, barandales y rampas.

\tLos trabajos se realizaron después de que las crecientes del año pasado destruyeron tramos del andador y dejaron expuestas las raíces de los sabinos que dan sombra a la ribera. Para protegerlos, se construyeron muros de gaviones y se sembraron plantas nativas en los taludes.

\tDurante la entrega, vecinos de las colonias cercanas pidieron que se refuerce la vigilancia por las noches. La Dirección de Seguridad Pública informó que habrá recorridos a pie y en bicicleta de las 18:00 a las 23:00 horas.

\tEl director de Obras Públicas explicó que la obra costó 14.6 millones de pesos, aportados por el municipio y por el fondo estatal para la infraestructura turística. "Los turistas que vienen a la Huasteca siempre preguntan por el río, y ahora pueden recorrerlo con seguridad", señaló.

\tEl balneario Los Anteojitos abrirá con horario ampliado durante el resto de las vacaciones de verano, de 9:00 a 19:00 horas.

FIN

Nota para medios: las fotografías y el video de la entrega pueden descargarse en el enlace compartido en el grupo de prensa.
Síguenos: Facebook /AyuntamientoVallesEj · Instagram @vallescomunica_ej
"""
write_source('bu16.txt', bu16, enc='cp1252', eol='crlf')
write_gold('bu16', family='press_release',
           title='Rehabilitan el andador del río Valles y el acceso al balneario Los Anteojitos',
           date='2022-08-03', source='H. AYUNTAMIENTO DE CIUDAD VALLES',
           bulletin_number='CS/CV/0912/2022', issuer='H. AYUNTAMIENTO DE CIUDAD VALLES',
           dateline_city='Ciudad Valles',
           body_first_words='El Ayuntamiento de Ciudad Valles entregó la rehabilitación',
           body_last_words='de 9:00 a 19:00 horas.',
           boilerplate=['Dirección de Comunicación Social',
                        'CS/CV/0912/2022 · Ciudad Valles, S.L.P., 3 de agosto de 2022', 'FIN',
                        'Nota para medios: las fotografías y el video de la entrega pueden descargarse en el enlace compartido en el grupo de prensa.',
                        'Síguenos: Facebook /AyuntamientoVallesEj · Instagram @vallescomunica_ej'],
           must_keep=['Para protegerlos, se construyeron muros de gaviones y se sembraron plantas nativas en los taludes.',
                      'La Dirección de Seguridad Pública informó que habrá recorridos a pie y en bicicleta de las 18:00 a las 23:00 horas.',
                      '"Los turistas que vienen a la Huasteca siempre preguntan por el río, y ahora pueden recorrerlo con seguridad", señaló.'])

# ---------------------------------------------------------------- bu17 jekyll (Catholic university student outlet; late-night offset, block author list)
bu17 = """---
layout: nota
title: "Estudiantes de Comunicación documentan el Xantolo en Tampacán"
date: 2019-11-05 23:50:00 -0600
author:
  - Daniela Ruvalcaba Ortiz
  - Tomás Yáñez Rocha
categories:
  - Portada
  - Campus
tags: [Xantolo, Huasteca, fotografía documental]
image: /assets/img/2019/11/xantolo-tampacan.jpg
lang: es-MX
---

Durante la semana de Todos Santos, un grupo de once estudiantes de la licenciatura en Ciencias de la Comunicación viajó a Tampacán, en la Huasteca potosina, para documentar con fotografía y audio las celebraciones del Xantolo, la fiesta de muertos de la región.

El proyecto surgió en la materia de Periodismo Narrativo y contó con el apoyo de la parroquia del lugar, que consiguió alojamiento con familias de la cabecera municipal. Los estudiantes acompañaron la elaboración de los arcos de flor de cempasúchil y palmilla, la preparación del zacahuil y las danzas de los viejos que recorren las casas por la noche.

<!--more-->

"Nos recibieron como si fuéramos de la familia; nos sentaron a comer antes de dejarnos sacar la cámara", contó Daniela, una de las participantes. Para la mayoría del grupo, originario de la capital del estado, fue la primera vez que vivieron la fiesta en la Huasteca.

El material formará parte de una exposición que se montará en la biblioteca de la universidad en diciembre y de una serie de cápsulas para la radio universitaria. Los estudiantes también entregarán una copia de las fotografías a las familias que los recibieron.

La coordinación de la carrera informó que el viaje se repetirá el próximo año con estudiantes de nuevo ingreso, y que buscará extender el proyecto a las fiestas patronales de otros municipios de la región.
"""
write_source('bu17.md', bu17)
write_gold('bu17', family='jekyll',
           title='Estudiantes de Comunicación documentan el Xantolo en Tampacán',
           date='2019-11-05', bylines=['Daniela Ruvalcaba Ortiz', 'Tomás Yáñez Rocha'],
           section='Campus', placement=['Portada'],
           body_first_words='Durante la semana de Todos Santos, un grupo de once estudiantes',
           body_last_words='a las fiestas patronales de otros municipios de la región.',
           must_keep=['Los estudiantes también entregarán una copia de las fotografías a las familias que los recibieron.',
                      '"Nos recibieron como si fuéramos de la familia; nos sentaron a comer antes de dejarnos sacar la cámara", contó Daniela, una de las participantes.',
                      'El proyecto surgió en la materia de Periodismo Narrativo y contó con el apoyo de la parroquia del lugar, que consiguió alojamiento con familias de la cabecera municipal.'])

# ---------------------------------------------------------------- bu18 jekyll family (business weekly's new static site; Hugo TOML front matter)
bu18 = """+++
title = "Parque logístico de Villa de Reyes suma tres naves y 1,400 empleos"
date = 2022-03-07T08:00:00-06:00
lastmod = 2022-03-08T10:15:00-06:00
draft = false
authors = ["Óscar Benavides Ramos"]
categories = ["Negocios", "Destacadas"]
tags = ["logística", "Villa de Reyes", "empleo"]

[params]
  medio = "Capital Empresarial"
  edicion_impresa = 388
+++

El parque logístico que se construye junto a la carretera 57, en el municipio de Villa de Reyes, inauguró tres naves industriales en el primer bimestre del año y ya da empleo a cerca de 1,400 personas, según datos de la administradora del complejo.

Las nuevas naves, de entre 12 mil y 20 mil metros cuadrados, fueron rentadas por empresas de distribución de autopartes, electrodomésticos y productos de consumo que abastecen a los estados del centro y del norte del país. Dos de ellas operan las 24 horas.

El gerente del parque, Federico Lozano Arriaga, explicó que la demanda de espacios logísticos en San Luis Potosí creció por la ubicación del estado en el cruce de las rutas que van a Monterrey, Guadalajara, la Ciudad de México y los puertos del Golfo. "Desde aquí llegas en un día a la mitad del mercado nacional", dijo.

El crecimiento también trae presiones. Los transportistas se quejan del estado de la carretera y de la falta de un paradero seguro, y los municipios vecinos advierten que el transporte de personal no alcanza para los tres turnos.

La administradora del parque prevé terminar otras cuatro naves antes de 2023, con una inversión estimada en 90 millones de dólares.
"""
write_source('bu18.md', bu18)
write_gold('bu18', family='jekyll',
           title='Parque logístico de Villa de Reyes suma tres naves y 1,400 empleos',
           date='2022-03-07', bylines=['Óscar Benavides Ramos'], source='Capital Empresarial',
           section='Negocios', placement=['Destacadas'],
           body_first_words='El parque logístico que se construye junto a la carretera 57',
           body_last_words='con una inversión estimada en 90 millones de dólares.',
           must_keep=['Dos de ellas operan las 24 horas.',
                      '"Desde aquí llegas en un día a la mitad del mercado nacional", dijo.',
                      'Los transportistas se quejan del estado de la carretera y de la falta de un paradero seguro, y los municipios vecinos advierten que el transporte de personal no alcanza para los tres turnos.'])

# ---------------------------------------------------------------- bu19 jekyll (sports daily's local site; quoted date, desk author, Liquid includes in the body)
bu19 = """---
layout: post
title: Tuzos de Calvillo cierran la temporada con triunfo ante su afición
date: "2025-08-31"
category: Beisbol
author: Redacción Tribuna Deportiva
published: true
sitio: Tribuna Deportiva Hidrocálida
---
Los Tuzos de Calvillo se despidieron de la temporada 2025 de la Liga Estatal de Beisbol con una victoria de 6-2 sobre los Mineros de Asientos, en un parque municipal que registró la mejor entrada del año.

El abridor Julián Esparza lanzó siete entradas con apenas cuatro imparables y ocho ponches, y el cerrador Brandon Macías retiró en orden la novena. A la ofensiva, el jardinero central Ulises Romo pegó un cuadrangular con dos corredores en base en la tercera entrada.

{% include publicidad.html slot="nota-media" %}

Con el triunfo, los Tuzos terminaron en el cuarto lugar de la tabla general, a un juego de la zona de clasificación. El mánager, Eusebio Delgadillo, lamentó las derrotas por una carrera que el equipo sufrió en junio. "Esos juegos cerrados nos dejaron fuera, pero este grupo tiene futuro", dijo.

La directiva anunció que para la próxima temporada se instalará alumbrado en el parque para poder jugar por la noche, una petición que los aficionados hacían desde hace años por el calor de las tardes de verano.

Antes del juego, el club rindió homenaje a don Refugio Valdivia, fundador del equipo en 1978, quien lanzó la primera bola desde la loma.

{% include relacionadas.html categoria="Beisbol" %}
"""
write_source('bu19.md', bu19)
write_gold('bu19', family='jekyll',
           title='Tuzos de Calvillo cierran la temporada con triunfo ante su afición',
           date='2025-08-31', bylines=[], source='Tribuna Deportiva Hidrocálida', section='Beisbol',
           body_first_words='Los Tuzos de Calvillo se despidieron de la temporada 2025',
           body_last_words='quien lanzó la primera bola desde la loma.',
           boilerplate=['{% include publicidad.html slot="nota-media" %}',
                        '{% include relacionadas.html categoria="Beisbol" %}'],
           must_keep=['A la ofensiva, el jardinero central Ulises Romo pegó un cuadrangular con dos corredores en base en la tercera entrada.',
                      '"Esos juegos cerrados nos dejaron fuera, pero este grupo tiene futuro", dijo.',
                      'Antes del juego, el club rindió homenaje a don Refugio Valdivia, fundador del equipo en 1978, quien lanzó la primera bola desde la loma.'])

# ---------------------------------------------------------------- bu20 jekyll (community TV newscast site; Spanish keys, Spanish date with time, video embed)
bu20 = """---
titulo: Tamazunchale estrena puente colgante sobre el río Moctezuma
fecha: 14 de febrero de 2020, 21:30
medio: Visión Huasteca TV
programa: Visión Huasteca, edición nocturna
seccion: Regiones
reportero: Juan Carlos Azuara Bautista
duracion_video: "02:48"
---
<video controls width="640" src="/media/2020/02/puente-tamazunchale.mp4"></video>

**Mira el reportaje completo en el video.**

Después de casi dos años de obras, los habitantes de las comunidades de la margen derecha del río Moctezuma, en Tamazunchale, ya pueden cruzar a pie hacia la cabecera municipal por un puente colgante de 140 metros de largo, que sustituye a las lanchas que durante décadas fueron el único medio para atravesar el río.

El puente beneficia a unas 2 mil personas de cinco comunidades, entre ellas estudiantes de secundaria y bachillerato que cada mañana tenían que pagar el pasaje en lancha o esperar a que bajara el nivel del agua para cruzar por el vado.

Doña Petra Hernández, vendedora de pemoles en el mercado de la cabecera, recordó que en temporada de lluvias las lanchas dejaban de operar y las comunidades quedaban incomunicadas hasta por una semana. "Ahora ya no tenemos miedo de que se nos lleve el río", dijo a este noticiero.

La obra fue construida por el gobierno del estado con recursos de un fondo federal para caminos rurales. Sus cables de acero están anclados en bases de concreto sobre roca, y las autoridades aseguran que resiste crecientes como las del huracán de 2013.

Los lancheros, que se quedaron sin su principal fuente de ingresos, pidieron apoyo para convertir sus embarcaciones en paseos turísticos por el río.
"""
write_source('bu20.md', bu20)
write_gold('bu20', family='jekyll',
           title='Tamazunchale estrena puente colgante sobre el río Moctezuma',
           date='2020-02-14', bylines=['Juan Carlos Azuara Bautista'], source='Visión Huasteca TV',
           section='Regiones',
           body_first_words='Después de casi dos años de obras, los habitantes de las comunidades',
           body_last_words='pidieron apoyo para convertir sus embarcaciones en paseos turísticos por el río.',
           boilerplate=['Mira el reportaje completo en el video.'],
           must_keep=['"Ahora ya no tenemos miedo de que se nos lleve el río", dijo a este noticiero.',
                      'Sus cables de acero están anclados en bases de concreto sobre roca, y las autoridades aseguran que resiste crecientes como las del huracán de 2013.',
                      'El puente beneficia a unas 2 mil personas de cinco comunidades, entre ellas estudiantes de secundaria y bachillerato que cada mañana tenían que pagar el pasaje en lancha o esperar a que bajara el nivel del agua para cruzar por el vado.'])
