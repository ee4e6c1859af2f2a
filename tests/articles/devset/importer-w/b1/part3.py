# -*- coding: utf-8 -*-
"""Files w21-w30 of the blind set b1 (see make_b1.py for the entry format)."""

FILES = []

# ---------------------------------------------------------------- w21 jekyll (naive datetime, categories as a string, author list)
FILES.append(dict(
    name='w21', ext='md', family='jekyll', enc='utf-8', eol='crlf',
    text="""\
---
title: Metepec destinará 18 millones de pesos a obras elegidas por vecinos
date: 2024-01-19 08:15
categories: Portada Política
author: [Laura Nava Esquivel, Emilio Quiroz Mejía]
source: Valle de Toluca Hoy
layout: post
---

El Cabildo de Metepec aprobó por unanimidad destinar 18 millones de pesos del presupuesto de este año a obras que serán elegidas directamente por los habitantes de las 11 delegaciones y de las colonias del municipio.

Cada delegación podrá proponer hasta tres proyectos, que deberán costar menos de un millón de pesos y enfocarse en alumbrado, banquetas, áreas verdes, espacios deportivos o rehabilitación de calles.

**📬 ¿Ya recibes «El Valle en 5»? Las cinco noticias que importan en el Valle de Toluca, cada mañana en tu correo. Suscríbete gratis.**

Las propuestas se recibirán del 1 al 29 de febrero en las oficinas de las delegaciones y en una plataforma digital. Después, un comité técnico revisará que sean viables y las someterá a votación en marzo.

La síndica municipal explicó que, a diferencia de ejercicios anteriores, esta vez los resultados serán obligatorios y se publicará un tablero con el avance de cada obra, para que los vecinos puedan vigilar en qué se gasta el dinero.

Regidores de oposición votaron a favor, aunque pidieron que la votación también pueda hacerse de manera presencial, pues en los pueblos de San Gaspar Tlahuelilpan y San Lucas Tunco muchas personas mayores no usan internet. La propuesta fue aceptada.

🎙️ En el nuevo episodio de «Cabildo Abierto», nuestro pódcast de política local, analizamos qué pasó con los presupuestos participativos de otros municipios del Valle.

Organizaciones vecinales celebraron la medida, pero recordaron que en 2022 dos obras aprobadas por consulta quedaron inconclusas. El Ayuntamiento se comprometió a concluirlas antes de iniciar las nuevas.
""",
    gold=dict(
        title='Metepec destinará 18 millones de pesos a obras elegidas por vecinos',
        date='2024-01-19',
        published=True,
        bylines=['Laura Nava Esquivel', 'Emilio Quiroz Mejía'],
        source='Valle de Toluca Hoy',
        section='Política',
        placement=['Portada'],
        body_first_words='El Cabildo de Metepec aprobó por unanimidad',
        body_last_words='se comprometió a concluirlas antes de iniciar las nuevas.',
        boilerplate=[
            '¿Ya recibes «El Valle en 5»?',
            'Suscríbete gratis.',
            'nuestro pódcast de política local',
        ],
        must_keep=[
            'Las propuestas se recibirán del 1 al 29 de febrero en las oficinas de las delegaciones y en una plataforma digital.',
            'La propuesta fue aceptada.',
        ],
    )))

# ---------------------------------------------------------------- w22 wire (trailing spaces, deck as ###, "/ Outlet" byline, app pitch)
FILES.append(dict(
    name='w22', ext='md', family='wire', enc='utf-8', eol='crlf',
    text="""\
# Rehabilitarán la Calzada de Guadalupe con nuevo alumbrado y andadores~TS~
### Las obras iniciarán el 3 de junio y durarán cinco meses, informó el Ayuntamiento~TS~

Ricardo Zavala Hernández / Altiplano Hoy~TS~
San Luis Potosí | 20/05/2024 - 09:30~TS~

El Ayuntamiento de San Luis Potosí iniciará el próximo 3 de junio la rehabilitación de la Calzada de Guadalupe, uno de los paseos peatonales más antiguos de la ciudad, con una inversión de 52 millones de pesos provenientes de recursos municipales y federales.~TS~

El proyecto contempla la sustitución del alumbrado por luminarias de bajo consumo, la renovación de los andadores de cantera, la reparación de las bancas y fuentes y la plantación de 300 árboles en los camellones.~TS~

Foto: Ricardo Zavala

La directora de Obras Públicas explicó que los trabajos se harán por tramos de 200 metros para no cerrar por completo el paseo, que diariamente recorren miles de personas entre el centro histórico y el santuario. Lee también: Cambian horario de parquímetros en el Centro Histórico~TS~

Comerciantes de la zona pidieron que las obras no afecten la temporada de fiestas patrias, cuando la calzada recibe el mayor número de visitantes. El Ayuntamiento se comprometió a liberar los tramos cercanos a la plaza de Armas antes de septiembre.~TS~

📱 Descarga la app de Altiplano Hoy y recibe alertas de tráfico y obras en tu ciudad.

Colectivos de ciclistas señalaron que el proyecto no incluye una ciclovía, a pesar de que se prometió durante la consulta pública realizada el año pasado. La dependencia respondió que se analizará un carril compartido en una segunda etapa.~TS~

Las autoridades pidieron a los peatones respetar los tapiales y usar los pasos provisionales que se habilitarán en cada cruce.

También te recomendamos:
* Reabren el Museo del Ferrocarril tras mantenimiento
* Suben tarifas del transporte urbano en junio
""",
    gold=dict(
        title='Rehabilitarán la Calzada de Guadalupe con nuevo alumbrado y andadores',
        date='2024-05-20',
        bylines=['Ricardo Zavala Hernández'],
        source='Altiplano Hoy',
        body_first_words='El Ayuntamiento de San Luis Potosí iniciará',
        body_last_words='que se habilitarán en cada cruce.',
        boilerplate=[
            'Las obras iniciarán el 3 de junio y durarán cinco meses, informó el Ayuntamiento',
            '/ Altiplano Hoy',
            'Lee también: Cambian horario de parquímetros en el Centro Histórico',
            'Descarga la app de Altiplano Hoy',
            'También te recomendamos:',
            'Reabren el Museo del Ferrocarril tras mantenimiento',
        ],
        must_keep=[
            'La directora de Obras Públicas explicó que los trabajos se harán por tramos de 200 metros para no cerrar por completo el paseo, que diariamente recorren miles de personas entre el centro histórico y el santuario.',
            'La dependencia respondió que se analizará un carril compartido en una segunda etapa.',
        ],
        photo_credit='Ricardo Zavala',
    )))

# ---------------------------------------------------------------- w23 press release (prosecutor, cp1252, FIN, Ctrl-Z tail)
FILES.append(dict(
    name='w23', ext='txt', family='press_release', enc='cp1252', eol='crlf',
    tail=b'\x1a',
    text="""\
COMUNICADO
Fiscalía Especializada en Delitos Ambientales del Estado de Hidalgo

Núm. FEDA-045/2024

VINCULAN A PROCESO A PROBABLE RESPONSABLE DE TALA ILEGAL EN MINERAL DEL CHICO

Pachuca de Soto, Hgo., 5 de febrero de 2024.- La Fiscalía Especializada en Delitos Ambientales obtuvo la vinculación a proceso de Arturo “N”, señalado como probable responsable de talar sin permiso alrededor de 90 árboles de oyamel en un predio ubicado dentro del Parque Nacional El Chico.

De acuerdo con la investigación, el imputado fue detenido en flagrancia el 29 de enero por elementos de la Policía Estatal, cuando transportaba en un camión de carga 14 metros cúbicos de madera en rollo sin la documentación que acredite su legal procedencia.

Peritos de la Fiscalía determinaron que la tala se realizó en una zona de recarga de mantos acuíferos y que el daño ambiental supera los 1.2 millones de pesos, monto que deberá considerarse para la reparación del daño.

La jueza de control impuso como medida cautelar la prisión preventiva justificada y fijó un plazo de tres meses para el cierre de la investigación complementaria.

La Fiscalía mantiene abiertas otras cuatro carpetas de investigación por tala en los municipios de Mineral del Chico, Omitlán de Juárez y Huasca de Ocampo, y pidió a la población denunciar de manera anónima el transporte o la venta de madera sin documentos.

Las denuncias pueden presentarse en cualquiera de las agencias del Ministerio Público o por vía telefónica, con garantía de confidencialidad.

FIN

Oficina de Comunicación Social
Tel. 771 000 8899 / prensa@fiscalia-ambiental-hgo.example
""",
    gold=dict(
        title='VINCULAN A PROCESO A PROBABLE RESPONSABLE DE TALA ILEGAL EN MINERAL DEL CHICO',
        date='2024-02-05',
        source='Fiscalía Especializada en Delitos Ambientales del Estado de Hidalgo',
        bulletin_number='FEDA-045/2024',
        issuer='Fiscalía Especializada en Delitos Ambientales del Estado de Hidalgo',
        dateline_city='Pachuca de Soto',
        body_first_words='La Fiscalía Especializada en Delitos Ambientales obtuvo',
        body_last_words='con garantía de confidencialidad.',
        boilerplate=[
            'COMUNICADO',
            'Núm. FEDA-045/2024',
            'Pachuca de Soto, Hgo., 5 de febrero de 2024.-',
            'FIN',
            'Oficina de Comunicación Social',
            'prensa@fiscalia-ambiental-hgo.example',
        ],
        must_keep=[
            'La jueza de control impuso como medida cautelar la prisión preventiva justificada y fijó un plazo de tres meses para el cierre de la investigación complementaria.',
        ],
    )))

# ---------------------------------------------------------------- w24 generic (BOM + mixed EOL, bare dotted date line, soft hyphen)
FILES.append(dict(
    name='w24', ext='text', family='generic', enc='utf-8-sig', eol='mixed',
    text="""\
Primaria de Guadalupe inaugura huerto escolar con riego por goteo
03.03.2023

Alumnos y maestros de la escuela primaria Profra. Amalia Garza Treviño, en la colonia Valle Soleado del municipio de Guadalupe, Nuevo León, inauguraron un huerto escolar de 400 metros cuadrados que funciona con un sistema de riego por goteo alimentado con agua de lluvia.

El proyecto comenzó hace un año, cuando un grupo de madres de familia propuso aprovechar un terreno baldío dentro del plantel que se usaba como bodega de pupitres viejos. Con apoyo de una organización ambiental, se limpiaron los escombros y se instalaron dos cisternas que captan el agua de los techos de los salones.

Hoy el huerto tiene camas de cultivo con cilantro, rábano, lechuga, chile serrano y tomate, además de un pequeño espacio para plantas medicinales como hierbabuena y manzanilla. Cada grupo, de primero a sexto, tiene una parcela a su cargo.

La directora, Sonia Elizondo Cantú, explicó que el huerto se usa para clases de ciencias, matemáticas y educación para la salud, y que los niños aprenden a medir, regis\u00adtrar el crecimiento de las plantas y calcular cuánta agua se ahorra con el goteo.

La primera cosecha se repartió entre las familias y una parte se usó en la cooperativa escolar para preparar tostadas y ensaladas.

Los padres de familia buscan ahora donativos para instalar una malla sombra, pues el calor del verano en la zona metropolitana de Monterrey puede secar los cultivos en pocos días.
""",
    gold=dict(
        title='Primaria de Guadalupe inaugura huerto escolar con riego por goteo',
        date='2023-03-03',
        body_first_words='Alumnos y maestros de la escuela primaria',
        body_last_words='puede secar los cultivos en pocos días.',
        boilerplate=['03.03.2023'],
        must_keep=[
            'La primera cosecha se repartió entre las familias y una parte se usó en la cooperativa escolar para preparar tostadas y ensaladas.',
        ],
    )))

# ---------------------------------------------------------------- w25 jekyll (unquoted ISO datetime with offset, unreadable published, placement only, shortcode)
FILES.append(dict(
    name='w25', ext='markdown', family='jekyll', enc='utf-8', eol='mixed',
    text="""\
---
layout: post
title: "Lluvias elevan al 78 % la presa Guadalupe Victoria y alivian la sequía en Durango"
date: 2021-08-29T22:05:00-05:00
published: tal vez
categories: [Destacadas, Portada]
author: Redacción El Tunal
tags:
  - presas
  - lluvias
  - Durango
---

[embed]https://social.example/ConaguaDgo_ej/status/1432001[/embed]

Las lluvias de la última semana elevaron el nivel de la presa Guadalupe Victoria hasta 78 por ciento de su capacidad, el más alto en tres años, y permitieron que la ciudad de Durango deje atrás los meses más críticos de la sequía.

Así lo confirmó la dirección local de la Comisión Nacional del Agua en un mensaje publicado este domingo por la noche:

> «La presa Guadalupe Victoria alcanzó hoy 78 % de su capacidad. Seguiremos informando sobre el comportamiento de los almacenamientos del estado.» — Conagua Durango (@ConaguaDgo_ej), 29 de agosto de 2021

Hace apenas cuatro meses, el embalse se encontraba por debajo del 20 por ciento y decenas de colonias del oriente y sur de la capital recibían agua por tandeo, con cortes de hasta tres días por semana.

Productores del distrito de riego que dependen de la presa celebraron la recuperación, pues podrán asegurar el riego de los cultivos de otoño-invierno. Sin embargo, advirtieron que el nivel de los pozos que abastecen a la ciudad sigue bajo y que la recarga de los acuíferos tardará años.

El organismo municipal de agua informó que el tandeo terminará el próximo lunes en las colonias que aún lo mantienen, aunque pidió a la población no desperdiciar agua, ya que el pronóstico para el invierno anticipa pocas lluvias.

La presa El Pueblito, también cercana a la capital, se encuentra al 64 por ciento, según el mismo reporte.
""",
    gold=dict(
        title='Lluvias elevan al 78 % la presa Guadalupe Victoria y alivian la sequía en Durango',
        date='2021-08-29',
        published=False,
        bylines=[],
        source=None,
        section=None,
        placement=['Destacadas', 'Portada'],
        body_first_words='Las lluvias de la última semana elevaron',
        body_last_words='se encuentra al 64 por ciento, según el mismo reporte.',
        boilerplate=[
            '[embed]',
            '@ConaguaDgo_ej',
            'Seguiremos informando sobre el comportamiento de los almacenamientos del estado.',
            'Redacción El Tunal',
        ],
        must_keep=[
            'Así lo confirmó la dirección local de la Comisión Nacional del Agua en un mensaje publicado este domingo por la noche:',
            'Hace apenas cuatro meses, el embalse se encontraba por debajo del 20 por ciento',
        ],
    )))

# ---------------------------------------------------------------- w26 wire (cp1252, minute by minute, "| Outlet | City" byline)
FILES.append(dict(
    name='w26', ext='txt', family='wire', enc='cp1252', eol='crlf',
    text="""\
Valladolid Digital MX
Michoacán

Noche de Muertos en Pátzcuaro, minuto a minuto: así avanza el operativo en Janitzio

Por Itzel Cázares Villanueva | Valladolid Digital | Morelia
01/11/2023

Miles de visitantes llegaron desde la tarde de este miércoles a Pátzcuaro y a la isla de Janitzio para la Noche de Muertos, una de las celebraciones más concurridas del estado. Aquí te contamos cómo avanza el operativo de seguridad y movilidad.

Foto: Cortesía Ayuntamiento de Pátzcuaro

23:50 hrs.- El embarcadero general reporta filas de más de una hora para abordar las lanchas hacia Janitzio. Capitanía de Puerto mantiene la revisión de chalecos salvavidas en cada salida.

22:15 hrs.- Protección Civil atendió a 14 personas por crisis de ansiedad, cortaduras y deshidratación leve; ninguna requirió traslado al hospital.

21:40 hrs.- En el panteón de Tzurumútaro las familias comenzaron a encender velas y a colocar flores de cempasúchil sobre las tumbas. Los guías comunitarios piden a los visitantes no usar flash ni invadir los espacios de las familias.

20:05 hrs.- Se habilitaron tres estacionamientos remotos en la salida a Morelia, con transporte gratuito cada quince minutos hacia el centro. También te recomendamos: Así será el desfile de catrinas en Morelia este sábado

19:30 hrs.- La Secretaría de Turismo estatal estima una afluencia de 120\u00a0mil personas entre Pátzcuaro, Janitzio y Tzintzuntzan durante el puente, con una ocupación hotelera cercana al 95 por ciento.

Escucha «Valladolid en Voz», el pódcast de Valladolid Digital, cada lunes en tu plataforma favorita.
Síguenos en Facebook: Valladolid Digital MX
""",
    gold=dict(
        title='Noche de Muertos en Pátzcuaro, minuto a minuto: así avanza el operativo en Janitzio',
        date='2023-11-01',
        bylines=['Itzel Cázares Villanueva'],
        source='Valladolid Digital MX',
        section='Michoacán',
        body_first_words='Miles de visitantes llegaron desde la tarde',
        body_last_words='con una ocupación hotelera cercana al 95 por ciento.',
        boilerplate=[
            '| Valladolid Digital | Morelia',
            'También te recomendamos: Así será el desfile de catrinas en Morelia este sábado',
            'Escucha «Valladolid en Voz»',
            'Síguenos en Facebook',
        ],
        must_keep=[
            'Se habilitaron tres estacionamientos remotos en la salida a Morelia, con transporte gratuito cada quince minutos hacia el centro.',
            'Protección Civil atendió a 14 personas por crisis de ansiedad, cortaduras y deshidratación leve; ninguna requirió traslado al hospital.',
        ],
        photo_credit='Cortesía Ayuntamiento de Pátzcuaro',
    )))

# ---------------------------------------------------------------- w27 press release (DIF, social media, BOM+CRLF, no number, ---000---)
FILES.append(dict(
    name='w27', ext='md', family='press_release', enc='utf-8-sig', eol='crlf',
    text="""\
💜 #Comunicado | SISTEMA DIF MAZATLÁN 💜

**DIF Mazatlán arranca la campaña «Abrigando Corazones» con 15 centros de acopio**

Mazatlán, Sin.; 28 de noviembre de 2023. El Sistema DIF Mazatlán inició la campaña «Abrigando Corazones», con la que busca reunir al menos 8 mil prendas de invierno para familias de la zona rural y de las colonias con mayor rezago social del municipio.

La presidenta del organismo explicó que, aunque el invierno en el puerto es templado, en las sindicaturas de la sierra como El Quelite, La Noria y Siqueros las temperaturas bajan de los 8 grados durante la madrugada.

Se reciben chamarras, suéteres, cobijas, gorros y calcetines nuevos o en buen estado, limpios y sin roturas. 🧥🧣

📍 Algunos centros de acopio:

🔸 Oficinas centrales del DIF, en la avenida Gutiérrez Nájera
🔸 Unidad Básica de Rehabilitación de la colonia Juárez
🔸 Centros de Desarrollo Comunitario de Urías y Francisco Villa
🔸 Módulo instalado en el malecón, a la altura del monumento al Pescador

Las donaciones se recibirán de lunes a viernes de 8:00 a 15:00 horas hasta el 15 de diciembre. Voluntarios del DIF clasificarán las prendas por talla y las entregarán casa por casa junto con despensas durante la segunda quincena de diciembre.

Empresas, escuelas y clubes de servicio que deseen instalar un centro de acopio propio pueden registrarse en las oficinas del organismo, que les proporcionará cajas y carteles de la campaña.

El año pasado la campaña reunió 6 mil 300 prendas que beneficiaron a cerca de 1,900 familias.

#AbrigandoCorazones #DIFMazatlán #JuntosPorMazatlán

---000---

📞 Comunicación Social DIF Mazatlán: 669 000 4411
📧 prensa@difmazatlan.example
""",
    gold=dict(
        title='DIF Mazatlán arranca la campaña «Abrigando Corazones» con 15 centros de acopio',
        date='2023-11-28',
        source='Sistema DIF Mazatlán',
        bulletin_number=None,
        issuer='Sistema DIF Mazatlán',
        dateline_city='Mazatlán',
        body_first_words='El Sistema DIF Mazatlán inició la campaña',
        body_last_words='beneficiaron a cerca de 1,900 familias.',
        boilerplate=[
            '#Comunicado | SISTEMA DIF MAZATLÁN',
            'Mazatlán, Sin.; 28 de noviembre de 2023.',
            '#AbrigandoCorazones',
            '---000---',
            'Comunicación Social DIF Mazatlán',
            'prensa@difmazatlan.example',
        ],
        must_keep=[
            'Módulo instalado en el malecón, a la altura del monumento al Pescador',
            'Se reciben chamarras, suéteres, cobijas, gorros y calcetines nuevos o en buen estado, limpios y sin roturas.',
        ],
    )))

# ---------------------------------------------------------------- w28 jekyll (impossible date, block categories, credit in front matter)
FILES.append(dict(
    name='w28', ext='md', family='jekyll', enc='utf-8', eol='lf',
    text="""\
---
layout: post
title: "Apizaco se corona en el estatal de básquetbol sub-15"
date: 2023-02-30
published: true
categories:
- Deportes
- Portada
tags:
- baloncesto
- Apizaco
- juveniles
author: Fernanda Xochitiotzi Pérez
outlet: Matlalcueye Deportes
image:
  path: /img/2023/02/apizaco-sub15.jpg
  caption: "Foto: Cortesía Liga Municipal de Apizaco"
---

La selección sub-15 de Apizaco se coronó campeona del torneo estatal de básquetbol al vencer 68-61 a Huamantla en una final que se definió en los últimos dos minutos, ante más de 600 aficionados reunidos en el gimnasio de la unidad deportiva de Tlaxcala capital.

Apizaco llegó al último cuarto con desventaja de cuatro puntos, pero una defensa presionante y dos triples consecutivos de la escolta Valeria Conde Muñoz le dieron la vuelta al marcador. Conde terminó el partido con 21 puntos y fue nombrada la jugadora más valiosa del certamen.

El entrenador Saúl Hernández Tlapale reconoció el esfuerzo de Huamantla, que eliminó en semifinales al campeón defensor, Tlaxco, y destacó que la mitad de su plantel juega apenas su primer torneo estatal.

En el partido por el tercer lugar, Calpulalpan se impuso 55-49 a Tlaxco.

Con el título, Apizaco representará a Tlaxcala en el campeonato regional que se disputará en Puebla durante la primera quincena de abril, donde enfrentará a las selecciones de Hidalgo, Morelos y Puebla.

La liga municipal organiza una rifa y una función de lucha libre para reunir los 90 mil pesos que cuesta el viaje, el hospedaje y los uniformes de las doce jugadoras y el cuerpo técnico.
""",
    gold=dict(
        title='Apizaco se corona en el estatal de básquetbol sub-15',
        date=None,
        published=True,
        bylines=['Fernanda Xochitiotzi Pérez'],
        source='Matlalcueye Deportes',
        section='Deportes',
        placement=['Portada'],
        body_first_words='La selección sub-15 de Apizaco se coronó campeona',
        body_last_words='de las doce jugadoras y el cuerpo técnico.',
        boilerplate=[],
        must_keep=['En el partido por el tercer lugar, Calpulalpan se impuso 55-49 a Tlaxco.'],
        photo_credit='Cortesía Liga Municipal de Apizaco',
    )))

# ---------------------------------------------------------------- w29 generic (bold title, Publicado: in words, NBSP, trailing spaces)
FILES.append(dict(
    name='w29', ext='markdown', family='generic', enc='utf-8', eol='lf',
    text="""\
**Voluntarios retiran dos toneladas de basura del boulevard Bahía de Chetumal**~TS~

Publicado: 17 de mayo de 2024~TS~

Cerca de 150 voluntarios, entre estudiantes, pescadores y trabajadores de la limpieza municipal, retiraron el sábado dos toneladas de basura de la orilla del boulevard Bahía, en Chetumal, durante una jornada que se extendió desde el muelle fiscal hasta la zona de Calderitas.~TS~

La mayor parte de los residuos eran botellas de plástico, unicel, bolsas y colillas de cigarro, aunque también se encontraron llantas, redes y restos de\u00a0lanchas que quedaron varadas en los manglares después de la última temporada de huracanes.~TS~

Los organizadores explicaron que la bahía es santuario del manatí y que la basura afecta a estos animales, que pueden enredarse en redes o tragar plásticos mientras se alimentan de pastos marinos.

Durante la jornada se instalaron mesas para separar los residuos; el plástico limpio se entregará a un centro de acopio local y el resto se llevó al relleno sanitario. Las brigadas también registraron el tipo de basura encontrada para elaborar un informe que será enviado a las autoridades ambientales.

Una de las voluntarias, Karla Poot Chan, contó que participa desde hace cuatro años y que cada vez encuentra más\u00a0desechos que llegan por los canales pluviales desde las colonias del centro de la ciudad.

La próxima jornada se realizará el 15 de junio, Día Mundial del Viento, en la zona de la Explanada de la Bandera. Se pide a las personas interesadas llevar gorra, guantes, bloqueador biodegradable y agua en termo.
""",
    gold=dict(
        title='Voluntarios retiran dos toneladas de basura del boulevard Bahía de Chetumal',
        date='2024-05-17',
        body_first_words='Cerca de 150 voluntarios, entre estudiantes, pescadores',
        body_last_words='bloqueador biodegradable y agua en termo.',
        boilerplate=['Publicado: 17 de mayo de 2024'],
        must_keep=[
            'Los organizadores explicaron que la bahía es santuario del manatí y que la basura afecta a estos animales, que pueden enredarse en redes o tragar plásticos mientras se alimentan de pastos marinos.',
        ],
    )))


# ---------------------------------------------------------------- w30 bad (binary junk)
def _junk(n=768, seed=20240517):
    """Deterministic pseudo-random bytes (LCG) after a PNG-like magic header, with NULs."""
    out = bytearray(b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR')
    x = seed
    while len(out) < n:
        x = (1103515245 * x + 12345) & 0x7fffffff
        b = (x >> 16) & 0xff
        out.append(0 if b % 7 == 0 else b)
    return bytes(out)


FILES.append(dict(
    name='w30', ext='text', family='bad', enc='utf-8', eol='lf',
    raw=_junk(),
    gold=dict(
        refusal_reason='El archivo contiene datos binarios (no es texto legible) y no puede importarse como nota.',
    )))
