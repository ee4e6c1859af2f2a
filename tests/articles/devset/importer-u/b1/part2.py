# -*- coding: utf-8 -*-
"""Part 2 of the blind set: u11-u16 (press releases) and u17-u20 (Jekyll)."""

FILES = []

# ---------------------------------------------------------------- u11 press release (congress)
FILES.append(dict(
    name='u11_asilos_tamaulipas', ext='md', enc='utf-8-sig', eol='lf',
    hazards='Congress release in Markdown with BOM: logo image line, bold "H. Congreso" header and '
            'legislature line, "No. 318/2023", "#" title, two bold bullets (balazos, not body), '
            'dateline with "Cd." and a semicolon opening the first paragraph, NBSP in a figure, '
            '"* * *" end marker followed by a bold press-unit block.',
    text="""![Logo del Congreso](img/logo-congreso-tamps.png)

**H. Congreso del Estado de Tamaulipas**
**LXV Legislatura**

No. 318/2023

# APRUEBAN DIPUTADOS REFORMA PARA PROTEGER A PERSONAS ADULTAS MAYORES EN ASILOS

- **Los establecimientos deberán contar con licencia sanitaria y personal certificado**
- **Se prevén multas de hasta 5 mil UMA por incumplimiento**

Cd. Victoria, Tamaulipas; 14 de noviembre de 2023. El Pleno del Congreso del Estado aprobó por unanimidad reformas a la Ley de los Derechos de las Personas Adultas Mayores para regular el funcionamiento de asilos, casas de día y estancias de cuidado, públicas y privadas.

La iniciativa, presentada por la Comisión de Atención a Grupos Vulnerables, establece que estos lugares deberán contar con licencia sanitaria, un reglamento interno visible, personal capacitado en primeros auxilios y un expediente médico actualizado de cada residente.

La diputada presidenta de la comisión, Mónica Treviño Garza, expuso que en la entidad operan al menos 96\u00a0establecimientos de este tipo, de los cuales apenas la mitad está registrada ante la autoridad sanitaria.

"No podemos permitir que nuestras personas mayores sean atendidas en lugares sin supervisión ni protocolos de emergencia", señaló durante la sesión.

La reforma faculta a la Secretaría de Salud estatal y al Sistema DIF Tamaulipas para realizar visitas de verificación sin previo aviso. Las sanciones van desde la amonestación hasta multas de 5 mil Unidades de Medida y Actualización y la clausura definitiva.

Los establecimientos que ya operan tendrán un plazo de 180 días naturales, a partir de la entrada en vigor del decreto, para regularizar su situación.

El decreto será remitido al Ejecutivo estatal para su publicación en el Periódico Oficial del Estado.

* * *

**Unidad de Comunicación Social**
Tel. 834 555 0318
prensa@congreso-tamps.example
""",
    gold=dict(
        family='press_release',
        title='APRUEBAN DIPUTADOS REFORMA PARA PROTEGER A PERSONAS ADULTAS MAYORES EN ASILOS',
        date='2023-11-14',
        source='Congreso del Estado de Tamaulipas',
        bulletin_number='318/2023',
        issuer='Congreso del Estado de Tamaulipas',
        dateline_city='Cd. Victoria',
        body_first_words='El Pleno del Congreso del Estado aprobó por unanimidad',
        body_last_words='para su publicación en el Periódico Oficial del Estado.',
        boilerplate=[
            '![Logo del Congreso]',
            'LXV Legislatura',
            'No. 318/2023',
            'Los establecimientos deberán contar con licencia sanitaria y personal certificado',
            'Se prevén multas de hasta 5 mil UMA por incumplimiento',
            'Cd. Victoria, Tamaulipas; 14 de noviembre de 2023.',
            '* * *',
            'Unidad de Comunicación Social',
            'prensa@congreso-tamps.example',
        ],
        must_keep=[
            'La diputada presidenta de la comisión, Mónica Treviño Garza, expuso que en la entidad operan al menos 96 establecimientos de este tipo, de los cuales apenas la mitad está registrada ante la autoridad sanitaria.',
            'El decreto será remitido al Ejecutivo estatal para su publicación en el Periódico Oficial del Estado.',
        ],
    ),
))

# ---------------------------------------------------------------- u12 press release (court)
FILES.append(dict(
    name='u12_juzgado_fresnillo', ext='txt', enc='utf-8', eol='lf',
    hazards='Court release forwarded by e-mail (Thunderbird "Mensaje reenviado" block); the issuer '
            'appears only in an image/logo placeholder line; "Comunicado: PJEZ/CS-112/2023" '
            '(office prefix kept); dateline on its own line; "###" end marker then contact block.',
    text="""-------- Mensaje reenviado --------
Asunto: 	Fwd: Comunicado PJEZ inauguración juzgado oral Fresnillo
Fecha: 	Mon, 4 Sep 2023 10:12:33 -0600
De: 	Comunicación Social PJEZ <comunicacion@pjez.example>
Para: 	Lista de medios <medios@pjez.example>



[Imagen: logotipo Poder Judicial del Estado de Zacatecas]

Comunicado: PJEZ/CS-112/2023

Inauguran Juzgado de Control y Tribunal de Enjuiciamiento en Fresnillo

Fresnillo, Zac., 4 de septiembre de 2023.

Con una inversión de 38 millones de pesos, este lunes se inauguró la nueva sede del Juzgado de Control y Tribunal de Enjuiciamiento del Distrito Judicial de Fresnillo, que atenderá también a los municipios de Valparaíso y Monte Escobedo.

El edificio, ubicado sobre la carretera a Plateros, cuenta con cuatro salas de audiencia oral, área de resguardo para personas detenidas, sala de testigos protegidos y un espacio de convivencia para niñas, niños y adolescentes que deban comparecer.

La magistrada presidenta, Laura Elena Castañeda Robles, destacó que la nueva sede permitirá reducir de 45 a 20 días el tiempo promedio para programar audiencias intermedias en la región, que hasta ahora se celebraban en instalaciones rentadas.

Añadió que se incorporaron dos jueces de control y tres auxiliares de sala, con lo que la plantilla del distrito suma 41 personas servidoras públicas.

En la ceremonia estuvieron presentes integrantes del Pleno, autoridades municipales, representantes de la Fiscalía y de la Defensoría Pública, así como de la barra de abogados local.

El inmueble funcionará de lunes a viernes de 8:00 a 15:00 horas, con guardia permanente para audiencias de control de detención.

###

Dirección de Comunicación Social
Tel. 492 555 0112
comunicacion@pjez.example
www.pjez.example
""",
    gold=dict(
        family='press_release',
        title='Inauguran Juzgado de Control y Tribunal de Enjuiciamiento en Fresnillo',
        date='2023-09-04',
        source='Poder Judicial del Estado de Zacatecas',
        bulletin_number='PJEZ/CS-112/2023',
        issuer='Poder Judicial del Estado de Zacatecas',
        dateline_city='Fresnillo',
        body_first_words='Con una inversión de 38 millones de pesos',
        body_last_words='para audiencias de control de detención.',
        boilerplate=[
            'Mensaje reenviado',
            'Fwd: Comunicado PJEZ',
            '[Imagen: logotipo',
            'Comunicado: PJEZ/CS-112/2023',
            'Fresnillo, Zac., 4 de septiembre de 2023.',
            '###',
            'Dirección de Comunicación Social',
            'Tel. 492 555 0112',
        ],
        must_keep=[
            'El inmueble funcionará de lunes a viernes de 8:00 a 15:00 horas, con guardia permanente para audiencias de control de detención.',
        ],
    ),
))

# ---------------------------------------------------------------- u13 press release (university)
FILES.append(dict(
    name='u13_boya_bahia_campeche', ext='text', enc='utf-8-sig', eol='crlf',
    hazards='Google Docs plain-text export (BOM, CRLF): capitalised institution header, '
            '"COMUNICADO", "Núm. UMC-DCS-045/2024", long dateline city "San Francisco de '
            'Campeche" on its own line, "Texto: X | Foto: Y" line after the body, "-30-" end '
            'marker then the press office block.',
    text="""UNIVERSIDAD MARÍTIMA DE CAMPECHE
Dirección de Comunicación y Difusión

COMUNICADO
Núm. UMC-DCS-045/2024

San Francisco de Campeche, Camp., 20 de febrero de 2024

Estudiantes de la UMC crean boya de bajo costo para medir la calidad del agua en la bahía

Un equipo de cinco estudiantes de Ingeniería Oceánica de la Universidad Marítima de Campeche (UMC) desarrolló una boya de monitoreo que mide en tiempo real la temperatura, la salinidad, el oxígeno disuelto y la turbidez del agua, con un costo de fabricación cercano a 18 mil pesos.

El prototipo, construido con tubería de PVC, un panel solar de 20 watts y sensores de código abierto, envía los datos cada quince minutos a una plataforma web que puede consultar cualquier persona. Los equipos comerciales con funciones similares superan los 300 mil pesos.

La boya se instaló a 800 metros de la costa, frente al malecón, en coordinación con la capitanía de puerto. Durante las primeras seis semanas de prueba registró variaciones de oxígeno asociadas a las descargas de drenaje pluvial en días de lluvia.

El coordinador del proyecto, doctor Ramiro Uc Chablé, explicó que la intención es colocar otras tres boyas en Champotón, Isla Aguada y Ciudad del Carmen antes de que termine el año, con apoyo de cooperativas pesqueras.

Los estudiantes presentarán sus resultados en un congreso nacional de oceanografía que se celebrará en octubre en Ensenada, Baja California.

La rectora, maestra Gloria Ehuán Novelo, felicitó al equipo y anunció que la universidad registrará el diseño ante el Instituto Mexicano de la Propiedad Industrial.

Texto: Elena Cauich Ku | Foto: Cortesía UMC

-30-

Dirección de Comunicación y Difusión
Universidad Marítima de Campeche
difusion@umc-campeche.example | 981 555 0045
""",
    gold=dict(
        family='press_release',
        title='Estudiantes de la UMC crean boya de bajo costo para medir la calidad del agua en la bahía',
        date='2024-02-20',
        bylines=['Elena Cauich Ku'],
        source='Universidad Marítima de Campeche',
        bulletin_number='UMC-DCS-045/2024',
        issuer='Universidad Marítima de Campeche',
        dateline_city='San Francisco de Campeche',
        body_first_words='Un equipo de cinco estudiantes de Ingeniería Oceánica',
        body_last_words='ante el Instituto Mexicano de la Propiedad Industrial.',
        boilerplate=[
            'UNIVERSIDAD MARÍTIMA DE CAMPECHE',
            'Núm. UMC-DCS-045/2024',
            'San Francisco de Campeche, Camp., 20 de febrero de 2024',
            'Texto: Elena Cauich Ku',
            'Foto: Cortesía UMC',
            '-30-',
            'difusion@umc-campeche.example',
        ],
        must_keep=[
            'Los equipos comerciales con funciones similares superan los 300 mil pesos.',
            'La rectora, maestra Gloria Ehuán Novelo, felicitó al equipo y anunció que la universidad registrará el diseño ante el Instituto Mexicano de la Propiedad Industrial.',
        ],
        photo_credit='Cortesía UMC',
    ),
))

# ---------------------------------------------------------------- u14 press release (autonomous body)
FILES.append(dict(
    name='u14_transparencia_tlaxcala', ext='txt', enc='utf-8', eol='mixed',
    hazards='Autonomous body release with mixed CRLF/LF: capitalised header, "Comunicado '
            'IAIP/027/2024", title wrapped over two lines, dateline "Tlaxcala, Tlax.; a 9 de abril '
            'de 2024.-" opening the paragraph, "FIN" end marker followed by social handles.',
    text="""INSTITUTO DE ACCESO A LA INFORMACIÓN PÚBLICA DE TLAXCALA
Comunicado IAIP/027/2024

Capacita IAIP a 60 municipios en el uso de la
Plataforma Nacional de Transparencia

Tlaxcala, Tlax.; a 9 de abril de 2024.- El Instituto de Acceso a la Información Pública de Tlaxcala (IAIP) concluyó la primera ronda de capacitación para las unidades de transparencia de los 60 ayuntamientos del estado, con el objetivo de reducir los retrasos en la carga de obligaciones en la Plataforma Nacional de Transparencia.

Durante cuatro semanas, 214 servidoras y servidores públicos municipales participaron en talleres presenciales en Apizaco, Huamantla, Calpulalpan y la capital, donde revisaron los formatos de remuneraciones, contratos, padrones de beneficiarios y declaraciones patrimoniales.

La comisionada presidenta, Adriana Mendieta Pluma, señaló que al cierre de 2023 sólo 23 municipios tenían sus obligaciones al corriente, por lo que el organismo pondrá en marcha un calendario de verificaciones trimestrales a partir de mayo.

"Transparentar no es un trámite: es la manera en que la ciudadanía puede saber en qué se gastan sus impuestos", dijo durante la clausura en el auditorio del instituto.

Los ayuntamientos que no atiendan las observaciones podrán ser sujetos a medidas de apremio, que van desde la amonestación pública hasta multas para las personas titulares de las unidades de transparencia.

El IAIP anunció que la segunda ronda de talleres, dirigida a sindicatos y partidos políticos, comenzará el 6 de mayo.

FIN

Síguenos en redes sociales:
Facebook: IAIPTlaxcalaEj
X: @IAIPTlax_ej
Instagram: @iaip.tlaxcala.ej
""",
    gold=dict(
        family='press_release',
        title='Capacita IAIP a 60 municipios en el uso de la Plataforma Nacional de Transparencia',
        date='2024-04-09',
        source='Instituto de Acceso a la Información Pública de Tlaxcala',
        bulletin_number='IAIP/027/2024',
        issuer='Instituto de Acceso a la Información Pública de Tlaxcala',
        dateline_city='Tlaxcala',
        body_first_words='El Instituto de Acceso a la Información Pública de Tlaxcala (IAIP) concluyó',
        body_last_words='comenzará el 6 de mayo.',
        boilerplate=[
            'INSTITUTO DE ACCESO A LA INFORMACIÓN PÚBLICA DE TLAXCALA',
            'Comunicado IAIP/027/2024',
            'Tlaxcala, Tlax.; a 9 de abril de 2024.-',
            'Síguenos en redes sociales:',
            '@IAIPTlax_ej',
        ],
        must_keep=[
            'El IAIP anunció que la segunda ronda de talleres, dirigida a sindicatos y partidos políticos, comenzará el 6 de mayo.',
        ],
    ),
))

# ---------------------------------------------------------------- u15 press release (water utility)
FILES.append(dict(
    name='u15_corte_agua_tepic', ext='txt', enc='cp1252', eol='crlf',
    hazards='Water utility release in Windows-1252/CRLF: "BOLETÍN No. 0093" (two leading words '
            'stripped), capitalised title wrapped over two lines, plain (unmarked) bullets under '
            'the title that ARE body, dateline "Tepic, Nayarit; 28 de junio de 2023.-", "oo0oo" '
            'end marker then press unit and phone.',
    text="""COMISIÓN DE AGUA Y SANEAMIENTO DE TEPIC
BOLETÍN No. 0093

SUSPENDERÁ CAST EL SERVICIO DE AGUA EN 14 COLONIAS
POR REPARACIÓN DEL ACUEDUCTO ORIENTE

- Entre las colonias afectadas se encuentran Los Fresnos, Jardines de la Cruz y Lomas Verdes
- El servicio se restablecerá de manera gradual a partir de las 20:00 horas del viernes

Tepic, Nayarit; 28 de junio de 2023.- La Comisión de Agua y Saneamiento de Tepic (CAST) informó que el próximo viernes 30 de junio suspenderá el suministro de agua potable en 14 colonias del oriente de la ciudad, debido a la sustitución de 120 metros de tubería del acueducto Oriente, que presentó una fuga mayor.

El director general del organismo, Everardo Ceja Partida, explicó que la línea dañada, de 24 pulgadas de diámetro, tiene más de 35 años de servicio y abastece a cerca de 38 mil habitantes. Los trabajos iniciarán a las 6:00 horas y se prevé que concluyan por la tarde.

Para atender a la población durante el corte, se dispondrá de 12 pipas que recorrerán las colonias afectadas, con prioridad para hospitales, escuelas y estancias infantiles. Las solicitudes podrán hacerse a través de la línea de atención del organismo.

La CAST recomendó a los usuarios almacenar agua suficiente desde el jueves, mantener tapados los recipientes y revisar que las llaves queden cerradas para evitar desperdicio cuando se restablezca la presión.

El organismo ofreció una disculpa por las molestias y recordó que esta obra forma parte del programa de sustitución de redes, que en 2023 contempla 4.2 kilómetros de tubería.

oo0oo

Área de Comunicación Social de la CAST
Atención a usuarios: 311 555 0190
Correo: comunicacion@cast-tepic.example
""",
    gold=dict(
        family='press_release',
        title='SUSPENDERÁ CAST EL SERVICIO DE AGUA EN 14 COLONIAS POR REPARACIÓN DEL ACUEDUCTO ORIENTE',
        date='2023-06-28',
        source='Comisión de Agua y Saneamiento de Tepic',
        bulletin_number='0093',
        issuer='Comisión de Agua y Saneamiento de Tepic',
        dateline_city='Tepic',
        body_first_words='Entre las colonias afectadas se encuentran Los Fresnos',
        body_last_words='contempla 4.2 kilómetros de tubería.',
        boilerplate=[
            'BOLETÍN No. 0093',
            'Tepic, Nayarit; 28 de junio de 2023.-',
            'oo0oo',
            'Área de Comunicación Social de la CAST',
            'Atención a usuarios: 311 555 0190',
            'comunicacion@cast-tepic.example',
        ],
        must_keep=[
            'El servicio se restablecerá de manera gradual a partir de las 20:00 horas del viernes',
            'El organismo ofreció una disculpa por las molestias y recordó que esta obra forma parte del programa de sustitución de redes, que en 2023 contempla 4.2 kilómetros de tubería.',
        ],
    ),
))

# ---------------------------------------------------------------- u16 press release (DIF)
FILES.append(dict(
    name='u16_lentes_dif_chiapas', ext='md', enc='utf-8', eol='lf',
    hazards='DIF release forwarded from Outlook ("De/Enviado el/Para/Asunto: RV:" lines), bold '
            'capitalised issuer header, "COMUNICADO" + "Boletín DIF/CS/0388", bold title, '
            'dateline "Tuxtla Gutiérrez, Chiapas; a 22 de agosto de 2023." opening the paragraph, '
            '"---000---" end marker then press unit with phone, e-mail and handles.',
    text="""De: Comunicación DIF Chiapas <prensa@difchiapas.example>
Enviado el: martes, 22 de agosto de 2023 13:47
Para: redaccion@noticiero-sur.example
Asunto: RV: Boletín DIF/CS/0388 - Jornada de lentes en Los Altos

**SISTEMA DIF CHIAPAS**

COMUNICADO
Boletín DIF/CS/0388

**Entrega DIF Chiapas 3 mil lentes a niñas y niños de primaria en Los Altos**

Tuxtla Gutiérrez, Chiapas; a 22 de agosto de 2023. Como parte del programa Ver para Aprender, el Sistema para el Desarrollo Integral de la Familia del Estado de Chiapas entregó 3 mil 150 lentes graduados a niñas y niños de escuelas primarias de San Cristóbal de Las Casas, Chamula, Zinacantán y Tenejapa, antes del inicio del ciclo escolar.

Las y los menores fueron valorados previamente por optometristas del programa en 46 escuelas, donde se detectó que uno de cada cinco estudiantes presentaba problemas de agudeza visual sin diagnóstico.

La directora general del organismo, Mariela Gordillo Espinosa, explicó que los armazones fueron elegidos por las propias niñas y niños y que cada par cuenta con garantía de un año contra defectos de fabricación.

"Un niño que no ve bien el pizarrón no aprende al mismo ritmo que sus compañeros; por eso queremos llegar antes de que ese problema se convierta en rezago", afirmó durante la entrega en una escuela primaria bilingüe de Zinacantán.

Madres y padres de familia recibieron orientación en español y en tsotsil sobre el cuidado de los lentes y sobre las revisiones anuales que deben realizarse.

El DIF Chiapas informó que en septiembre la jornada continuará en la región Selva, con la meta de valorar a 12 mil estudiantes más en Ocosingo, Palenque y Chilón.

---000---

**Unidad de Comunicación Social**
Sistema DIF Chiapas
Tel. 961 555 0388 | prensa@difchiapas.example
Facebook e Instagram: @DIFChiapasEj
""",
    gold=dict(
        family='press_release',
        title='Entrega DIF Chiapas 3 mil lentes a niñas y niños de primaria en Los Altos',
        date='2023-08-22',
        source='Sistema DIF Chiapas',
        bulletin_number='DIF/CS/0388',
        issuer='Sistema DIF Chiapas',
        dateline_city='Tuxtla Gutiérrez',
        body_first_words='Como parte del programa Ver para Aprender',
        body_last_words='en Ocosingo, Palenque y Chilón.',
        boilerplate=[
            'Enviado el: martes',
            'Asunto: RV:',
            'COMUNICADO',
            'Boletín DIF/CS/0388',
            'Tuxtla Gutiérrez, Chiapas; a 22 de agosto de 2023.',
            '---000---',
            'Unidad de Comunicación Social',
            'Tel. 961 555 0388',
            '@DIFChiapasEj',
        ],
        must_keep=[
            'Madres y padres de familia recibieron orientación en español y en tsotsil sobre el cuidado de los lentes y sobre las revisiones anuales que deben realizarse.',
            'El DIF Chiapas informó que en septiembre la jornada continuará en la región Selva, con la meta de valorar a 12 mil estudiantes más en Ocosingo, Palenque y Chilón.',
        ],
    ),
))

# ---------------------------------------------------------------- u17 Jekyll (plain date, flow categories)
FILES.append(dict(
    name='u17_jardin_las_palmas', ext='md', enc='utf-8', eol='lf',
    hazards='Jekyll: unquoted YAML date, flow categories [Portada, Comunidad] (Portada = placement), '
            'outlet under a "medio:" key, image key, flow tags.',
    text="""---
layout: post
title: "Vecinos de Villa de Álvarez rescatan el jardín de la colonia Las Palmas"
date: 2023-05-14
author: Lucía Gálvez Ochoa
medio: Brisa Colimense
categories: [Portada, Comunidad]
tags: [Villa de Álvarez, espacios públicos, voluntariado]
image: /assets/img/2023/05/jardin-palmas.jpg
---

Durante seis domingos consecutivos, alrededor de 70 vecinos de la colonia Las Palmas, en Villa de Álvarez, se organizaron para limpiar y reforestar el jardín de la calle Jacarandas, un espacio que llevaba casi una década abandonado y que se había convertido en tiradero de cascajo.

La iniciativa surgió en un grupo de mensajería del barrio. "Empezamos cinco personas con palas y bolsas; a la tercera semana ya éramos más de cuarenta", recuerda Guadalupe Ceballos, maestra jubilada y una de las organizadoras.

Con cooperaciones de 50 pesos por familia y la donación de un vivero local, los vecinos plantaron 35 árboles de especies nativas, entre ellos primaveras, parotas y cueramos, además de arbustos de bugambilia a lo largo de la banqueta.

El Ayuntamiento apoyó con el retiro de 14 viajes de escombro y con la reparación de dos luminarias. La dirección de Ecología municipal se comprometió a instalar una toma de agua para el riego, que por ahora se hace con cubetas que los vecinos llevan desde sus casas.

Los jóvenes de la colonia pintaron un mural con motivos del volcán de Colima en la barda del fondo, y cada sábado se organiza una clase gratuita de activación física para adultos mayores.

El siguiente paso, dicen, es conseguir juegos infantiles y bancas. Para ello organizarán una kermés el 3 de junio en el propio jardín.
""",
    gold=dict(
        family='jekyll',
        title='Vecinos de Villa de Álvarez rescatan el jardín de la colonia Las Palmas',
        date='2023-05-14',
        published=True,
        bylines=['Lucía Gálvez Ochoa'],
        source='Brisa Colimense',
        section='Comunidad',
        placement=['Portada'],
        body_first_words='Durante seis domingos consecutivos, alrededor de 70 vecinos',
        body_last_words='una kermés el 3 de junio en el propio jardín.',
        boilerplate=[
            'layout: post',
            'categories: [Portada, Comunidad]',
        ],
        must_keep=[
            'El Ayuntamiento apoyó con el retiro de 14 viajes de escombro y con la reparación de dos luminarias.',
        ],
    ),
))

# ---------------------------------------------------------------- u18 Jekyll (quoted date, published: yes)
FILES.append(dict(
    name='u18_beisbol_infantil_hermosillo', ext='markdown', enc='utf-8', eol='lf',
    hazards='Jekyll: date as a quoted string, "published: yes", author value with a "Por:" '
            'prefix, singular "category:", block-style tags, no outlet key (source null).',
    text="""---
layout: post
title: 'Hermosillo recibirá a 24 equipos en el Campeonato Nacional de Béisbol Infantil'
date: "2022-09-03"
published: yes
author: "Por: Iván Durazo Valenzuela"
category: Deportes
tags:
  - béisbol
  - infantil
  - Hermosillo
---
Un total de 24 selecciones estatales, con cerca de 420 peloteros de entre 11 y 12 años, participarán del 15 al 25 de septiembre en el Campeonato Nacional de Béisbol Infantil que tendrá como sede Hermosillo, informó el comité organizador.

Los partidos se jugarán en cuatro campos de la ciudad, y la final está programada para el domingo 25 a las 17:00 horas en el estadio de la Ciudad Deportiva, con entrada libre.

El presidente de la liga anfitriona, Martín Encinas Robles, explicó que Sonora participará con dos selecciones, una de la capital y otra del sur del estado, y que las familias de los visitantes ocuparán alrededor de 900 cuartos de hotel.

"Hermosillo tiene tradición beisbolera, y para muchos de estos niños será el primer torneo fuera de su estado; queremos que se lleven una buena experiencia", comentó.

El Ayuntamiento rehabilitó el alumbrado de dos de los campos y colocó malla sombra en las gradas, debido a que durante septiembre las temperaturas todavía superan los 38 grados por la tarde. Por esa razón, los juegos se programaron en horario matutino y nocturno.

La inauguración será el jueves 15 con un desfile de las delegaciones por el bulevar Kino. Cada equipo tendrá asignado un grupo de voluntarios de preparatorias locales que fungirán como guías.
""",
    gold=dict(
        family='jekyll',
        title='Hermosillo recibirá a 24 equipos en el Campeonato Nacional de Béisbol Infantil',
        date='2022-09-03',
        published=True,
        bylines=['Iván Durazo Valenzuela'],
        source=None,
        section='Deportes',
        placement=[],
        body_first_words='Un total de 24 selecciones estatales',
        body_last_words='de preparatorias locales que fungirán como guías.',
        boilerplate=[
            'published: yes',
            'Por: Iván Durazo Valenzuela',
        ],
        must_keep=[
            'Por esa razón, los juegos se programaron en horario matutino y nocturno.',
        ],
    ),
))

# ---------------------------------------------------------------- u19 Jekyll (time + offset)
FILES.append(dict(
    name='u19_tiburon_ballena_la_paz', ext='md', enc='utf-8-sig', eol='crlf',
    hazards='Jekyll with BOM and CRLF: date with time and -0700 offset late in the evening (UTC '
            'would be the next day; local date counts), author "Redacción Bahía Informa" (no '
            'person), block-style categories [Destacadas, Medio Ambiente], "source:" key.',
    text="""---
layout: post
title: "Inicia temporada de avistamiento de tiburón ballena en la bahía de La Paz con nuevas reglas"
date: 2021-11-30 22:40:00 -0700
author: Redacción Bahía Informa
source: Bahía Informa
categories:
- Destacadas
- Medio Ambiente
tags: [tiburón ballena, La Paz, turismo]
---

A partir del 1 de diciembre y hasta el 30 de abril, los prestadores de servicios turísticos podrán ofrecer recorridos de nado con tiburón ballena en la bahía de La Paz, con un límite de 15 embarcaciones simultáneas dentro del área de refugio, cinco menos que en la temporada anterior.

La reducción forma parte de las nuevas reglas acordadas entre la autoridad ambiental federal, cooperativas y operadores turísticos, luego de que el monitoreo de 2020 registrara lesiones por propela en al menos nueve ejemplares.

Cada recorrido podrá permanecer un máximo de 45 minutos en la zona, y sólo se permitirán cuatro nadadores y un guía certificado por ejemplar. Queda prohibido tocar a los animales, usar flash y bloquear su trayectoria.

El biólogo Héctor Amador Geraldo, integrante de una organización civil que monitorea a la especie desde 2008, dijo que las nuevas medidas son un avance, aunque pidió reforzar la vigilancia. "El problema no son las reglas, es que casi nadie las verifica en el agua", señaló.

Los turistas deberán portar un brazalete distintivo, que se entregará tras una plática de diez minutos sobre el comportamiento del tiburón ballena. El costo del brazalete será de 60 pesos y lo recaudado se destinará a la vigilancia.

Para esta temporada se han registrado 41 embarcaciones autorizadas.
""",
    gold=dict(
        family='jekyll',
        title='Inicia temporada de avistamiento de tiburón ballena en la bahía de La Paz con nuevas reglas',
        date='2021-11-30',
        published=True,
        bylines=[],
        source='Bahía Informa',
        section='Medio Ambiente',
        placement=['Destacadas'],
        body_first_words='A partir del 1 de diciembre y hasta el 30 de abril',
        body_last_words='se han registrado 41 embarcaciones autorizadas.',
        boilerplate=[
            'Redacción Bahía Informa',
            'date: 2021-11-30 22:40:00 -0700',
        ],
        must_keep=[
            'Queda prohibido tocar a los animales, usar flash y bloquear su trayectoria.',
        ],
    ),
))

# ---------------------------------------------------------------- u20 Jekyll (naive datetime, published: false)
FILES.append(dict(
    name='u20_musica_antigua_queretaro', ext='md', enc='utf-8', eol='lf',
    hazards='Jekyll: naive date-time without offset, "published: false", two authors in one '
            'string joined by "y", HTML comment <!-- more -->, Liquid {% include %} tag and an '
            'italic "Foto:" credit between paragraphs.',
    text="""---
layout: post
title: "El Festival de Música Antigua de Querétaro llega a su décima edición con 18 conciertos gratuitos"
date: 2020-02-17 08:15
published: false
author: "Fernanda Olvera y Tomás Reséndiz"
category: Cultura
tags: [música, Centro Histórico, festivales]
---

La décima edición del Festival de Música Antigua de Querétaro se realizará del 6 al 15 de marzo con 18 conciertos gratuitos en templos y patios del Centro Histórico, además de dos sedes nuevas en San Juan del Río y Tequisquiapan.

<!-- more -->

El programa reúne a agrupaciones de Querétaro, Guanajuato, Michoacán y la Ciudad de México, que interpretarán obras de los siglos XVI al XVIII. Uno de los platos fuertes será el estreno moderno de cuatro villancicos hallados en 2018 en el archivo de un antiguo convento de la ciudad.

{% include figure.html src="/img/2020/festival-ensayo.jpg" caption="Ensayo general" %}

*Foto: Tomás Reséndiz*

La directora artística, Ximena Ugalde Pacheco, explicó que en esta ocasión se dará prioridad a las voces jóvenes: seis de los ensambles están formados por estudiantes de conservatorios y escuelas de música de la región.

"Queremos que el público escuche estas obras en los espacios para los que fueron escritas, con la acústica de la piedra y de las bóvedas", dijo durante la presentación en el Museo de la Ciudad.

El concierto inaugural será el viernes 6 a las 20:00 horas en el templo de Santa Rosa de Viterbo, con una misa barroca para coro y orquesta de cuerdas. Los accesos se abrirán una hora antes y el cupo será limitado a 400 personas.

Además de los conciertos habrá tres talleres de canto gregoriano y un conversatorio sobre la conservación de instrumentos históricos.
""",
    gold=dict(
        family='jekyll',
        title='El Festival de Música Antigua de Querétaro llega a su décima edición con 18 conciertos gratuitos',
        date='2020-02-17',
        published=False,
        bylines=['Fernanda Olvera', 'Tomás Reséndiz'],
        source=None,
        section='Cultura',
        placement=[],
        body_first_words='La décima edición del Festival de Música Antigua',
        body_last_words='la conservación de instrumentos históricos.',
        boilerplate=[
            '<!-- more -->',
            '{% include figure.html',
            'Foto: Tomás Reséndiz',
        ],
        must_keep=[
            'Uno de los platos fuertes será el estreno moderno de cuatro villancicos hallados en 2018 en el archivo de un antiguo convento de la ciudad.',
            'La directora artística, Ximena Ugalde Pacheco, explicó que en esta ocasión se dará prioridad a las voces jóvenes: seis de los ensambles están formados por estudiantes de conservatorios y escuelas de música de la región.',
        ],
        photo_credit='Tomás Reséndiz',
    ),
))
