# -*- coding: utf-8 -*-
"""Part 1 of the blind set: u01-u08 (wire) and u09-u10 (press releases).

Every entry: name, ext, enc ('utf-8' | 'utf-8-sig' | 'cp1252'), eol ('lf' | 'crlf' |
'mixed'), optional tail (raw bytes appended after encoding), hazards (one line for the
README), text (str, written with '\n'; converted by make_b1.py) and gold (dict).
Trailing spaces are written as \x20, non-breaking spaces as \u00a0.
"""

FILES = []

# ---------------------------------------------------------------- u01 wire (WordPress)
FILES.append(dict(
    name='u01_tuna_villa_de_guadalupe', ext='txt', enc='utf-8', eol='lf',
    hazards='WordPress copy: breadcrumb, share buttons with a zero-width space, NBSP in the '
            'title, outlet dateline opener, "Lee también:" glued mid-paragraph, photo credit '
            'line, "Etiquetas:" and newsletter pitch at the end.',
    text="""Inicio » Estados
Productores de tuna de Villa de Guadalupe pierden 40\u00a0% de la cosecha por la sequía
Publicado el 18 de agosto de 2023 | Por: Mariana Ledesma Castro
\u200bComparte en Facebook   Comparte en X   WhatsApp

VILLA DE GUADALUPE, S.L.P. (Diario del Altiplano).— Productores de tuna de las comunidades de La Presita y Charco Cercado calculan pérdidas de hasta 40 por ciento de su cosecha por la falta de lluvias de los últimos cuatro meses, informó la unión local de nopaleros.

Refugio Tovar Méndez, presidente de la organización, explicó que en 2022 se cosecharon unas 3 mil 200 toneladas y que este año difícilmente se superarán las 1 mil 900. "La fruta salió chica y muchas pencas se secaron antes de florear", dijo.

Foto: Especial

De acuerdo con el comisariado, son 214 familias las que dependen directamente del cultivo. Los compradores de Zacatecas y Nuevo León ofrecen 4 pesos por kilo, la mitad de lo que pagaban el año pasado. Lee también: Alertan por golpe de calor en municipios del Altiplano potosino La Secretaría de Desarrollo Agropecuario levantará un censo de daños la próxima semana.

Tovar Méndez pidió que los productores sean incluidos en el programa estatal de apoyo por contingencias climatológicas, que otorga hasta 2\u00a0mil 500 pesos por hectárea siniestrada. Según sus cálculos, en el municipio hay alrededor de 1 mil 300 hectáreas afectadas.\x20\x20

El delegado regional de la dependencia, Gilberto Rangel Ortiz, confirmó que el censo comenzará el lunes 21 en La Presita y que las brigadas recorrerán las parcelas acompañadas por los propios ejidatarios.

Mientras tanto, algunos productores han optado por vender la tuna directamente en la carretera 57, a la altura del entronque a Matehuala, para evitar a los intermediarios.

Etiquetas: tuna, sequía, Villa de Guadalupe, campo potosino

¿Te gustó esta nota? Suscríbete a nuestro boletín diario y recibe las noticias del Altiplano en tu correo.
""",
    gold=dict(
        family='wire',
        title='Productores de tuna de Villa de Guadalupe pierden 40 % de la cosecha por la sequía',
        date='2023-08-18',
        bylines=['Mariana Ledesma Castro'],
        source='Diario del Altiplano',
        section='Estados',
        body_first_words='Productores de tuna de las comunidades de La Presita',
        body_last_words='para evitar a los intermediarios.',
        boilerplate=[
            'VILLA DE GUADALUPE, S.L.P. (Diario del Altiplano).—',
            'Lee también: Alertan por golpe de calor en municipios del Altiplano potosino',
            'Comparte en Facebook',
            'Foto: Especial',
            'Etiquetas: tuna, sequía',
            'Suscríbete a nuestro boletín diario',
        ],
        must_keep=[
            'Los compradores de Zacatecas y Nuevo León ofrecen 4 pesos por kilo, la mitad de lo que pagaban el año pasado.',
            'La Secretaría de Desarrollo Agropecuario levantará un censo de daños la próxima semana.',
        ],
        photo_credit='Especial',
    ),
))

# ---------------------------------------------------------------- u02 wire (Joomla)
FILES.append(dict(
    name='u02_parque_metropolitano_leon', ext='md', enc='cp1252', eol='crlf',
    hazards='Joomla copy in Windows-1252/CRLF: "Detalles/Categoría/Publicado/Visto" info block, '
            'two authors with "Por:" and "/ Outlet", {loadposition} tag, "Te puede interesar |" '
            'glued to the end of a paragraph, "MÁS NOTICIAS" block.',
    text="""Ampliarán horario del Parque Metropolitano tras reclamos de corredores

Detalles
Categoría: León
Publicado: Martes, 07 Noviembre 2023 12:40
Visto: 1532

Por: Héctor Villaseñor y Daniela Ruelas / Voz del Bajío

{loadposition banner-nota}

LEÓN, Gto. (Voz del Bajío).— A partir del 15 de noviembre, el Parque Metropolitano abrirá sus accesos a las 5:30 horas, media hora antes de lo habitual, luego de que colectivos de corredores reunieran más de 2 mil firmas para solicitarlo.

La directora del parque, Rocío Almanza Peña, explicó que el cambio será temporal durante la temporada invernal y que se evaluará en marzo. "Queremos que la gente entrene con luz artificial suficiente y con vigilancia desde la primera hora", señaló.

Para ello se instalarán 38 luminarias nuevas en el circuito de 5 kilómetros que rodea la presa, con una inversión de 1.7 millones de pesos provenientes del presupuesto participativo. Los trabajos comenzaron esta semana en el tramo del embarcadero.

Ernesto Muñiz, integrante del club Corredores del Bajío, recordó que en temporada de frío el circuito recibe cerca de 600 personas al día antes de las siete de la mañana. Te puede interesar | Cierran carril del bulevar Aeropuerto por obras del colector pluvial

Además del nuevo horario, la administración acordó que dos elementos de la policía municipal recorran en bicicleta el perímetro entre las 5:30 y las 8:00 horas. También se reabrirán los sanitarios del acceso norte, cerrados desde agosto por una fuga.

Los usuarios podrán reportar fallas de alumbrado o cualquier incidente mediante el buzón instalado en la caseta del acceso principal.

MÁS NOTICIAS
- Vecinos de San Juan de Dios piden semáforo en la calle Hilario Medina
- Abren convocatoria para el Festival de Calaveritas Literarias
- Reportan baja de 12 % en robos a comercio durante octubre
""",
    gold=dict(
        family='wire',
        title='Ampliarán horario del Parque Metropolitano tras reclamos de corredores',
        date='2023-11-07',
        bylines=['Héctor Villaseñor', 'Daniela Ruelas'],
        source='Voz del Bajío',
        section='León',
        body_first_words='A partir del 15 de noviembre, el Parque Metropolitano',
        body_last_words='en la caseta del acceso principal.',
        boilerplate=[
            'LEÓN, Gto. (Voz del Bajío).—',
            '{loadposition banner-nota}',
            'Visto: 1532',
            'Te puede interesar | Cierran carril del bulevar Aeropuerto por obras del colector pluvial',
            'MÁS NOTICIAS',
            'Abren convocatoria para el Festival de Calaveritas Literarias',
        ],
        must_keep=[
            'Ernesto Muñiz, integrante del club Corredores del Bajío, recordó que en temporada de frío el circuito recibe cerca de 600 personas al día antes de las siete de la mañana.',
            'Además del nuevo horario, la administración acordó que dos elementos de la policía municipal recorran en bicicleta el perímetro entre las 5:30 y las 8:00 horas.',
        ],
    ),
))

# ---------------------------------------------------------------- u03 wire (Drupal)
FILES.append(dict(
    name='u03_sargazo_playa_del_carmen', ext='text', enc='utf-8-sig', eol='lf',
    hazards='Drupal copy with BOM: "Enviado por ... el Mar, 04/06/2024" submitted line (day-first), '
            '"Sección:" label, unmarked subtitle (body start), dateline without outlet, WhatsApp '
            'channel pitch with emoji between paragraphs, byline at the end with "Texto:", '
            'handles, contact e-mail, "Ver más sobre:".',
    text="""Marejada Noticias
Sección: Medio ambiente
Enviado por editor_web el Mar, 04/06/2024 - 09:15

Llegada masiva de sargazo obliga a cerrar tres playas públicas en Playa del Carmen

Las autoridades municipales pidieron a los bañistas usar los accesos de Punta Esmeralda y Xcalacoco mientras duran las labores de limpieza

PLAYA DEL CARMEN, Q. Roo.— El Ayuntamiento de Solidaridad cerró de manera temporal las playas públicas de Mamitas, Calle 38 y Playacar Fase 1 tras el arribo de aproximadamente 90 toneladas de sargazo durante el fin de semana, según el reporte de la Dirección de Zona Federal Marítimo Terrestre.

El titular de la dependencia, Julio César Poot Chan, explicó que 160 trabajadores y dos cargadores frontales retiran el alga desde las cinco de la mañana, y que el material se traslada a un predio en la colonia Ejido para su secado.

"Las playas se reabrirán conforme quede limpia la franja de arena; esperamos que sea antes del viernes", dijo el funcionario. Agregó que el semáforo de sargazo se mantiene en rojo para todo el litoral del municipio.

📲 Únete a nuestro canal de WhatsApp y recibe las noticias de la Riviera Maya al instante 👉 wa.example/marejada

Prestadores de servicios turísticos de la Quinta Avenida estimaron que las ventas de recorridos de playa cayeron 25 por ciento respecto a la misma semana de 2023. Algunos hoteles ofrecen traslados gratuitos a playas de Cozumel para compensar a sus huéspedes.

La red ciudadana de monitoreo del sargazo anticipó que los arribos continuarán al menos hasta agosto, con picos en los días de viento del sureste. El municipio instaló dos barreras flotantes frente a Punta Esmeralda para contener el alga antes de que llegue a la orilla.

Texto: Gabriela Canché Pool

Síguenos en Instagram @marejadanoticias y en X @marejada_qroo
Escríbenos: redaccion@marejada.example
Ver más sobre: sargazo, Solidaridad, turismo
""",
    gold=dict(
        family='wire',
        title='Llegada masiva de sargazo obliga a cerrar tres playas públicas en Playa del Carmen',
        date='2024-06-04',
        bylines=['Gabriela Canché Pool'],
        source='Marejada Noticias',
        section='Medio ambiente',
        body_first_words='Las autoridades municipales pidieron a los bañistas',
        body_last_words='antes de que llegue a la orilla.',
        boilerplate=[
            'Enviado por editor_web',
            'PLAYA DEL CARMEN, Q. Roo.—',
            'Únete a nuestro canal de WhatsApp',
            'Texto: Gabriela Canché Pool',
            'Síguenos en Instagram @marejadanoticias',
            'redaccion@marejada.example',
            'Ver más sobre: sargazo',
        ],
        must_keep=[
            'Agregó que el semáforo de sargazo se mantiene en rojo para todo el litoral del municipio.',
            'Prestadores de servicios turísticos de la Quinta Avenida estimaron que las ventas de recorridos de playa cayeron 25 por ciento respecto a la misma semana de 2023.',
        ],
    ),
))

# ---------------------------------------------------------------- u04 wire (agency client portal)
FILES.append(dict(
    name='u04_eclipse_mazatlan', ext='txt', enc='utf-8', eol='crlf',
    hazards='Agency client-portal paste (CRLF): portal toolbar, slug/priority/word-count fields, '
            'dotted day-first date 12.03.2024, rule line, title in capitals, two authors joined by '
            '"y" with "/ AIPN", dateline with date and agency, initials sign-off and copyright line.',
    text="""Agencia Informativa del Pacífico Norte (AIPN) | Servicio para clientes | Descargar en TXT | Descargar en XML
Clave: AIPN-SIN-0412
Fecha: 12.03.2024   Hora: 14:32
Sección: Estados
Palabras: 262
Prioridad: Normal
----------------------------------------------------------------
MAZATLÁN PREPARA OPERATIVO PARA EL ECLIPSE TOTAL DEL 8 DE ABRIL

Por Arturo Beltrán Osuna y Karla Inzunza Félix / AIPN

MAZATLÁN, Sin., 12 de marzo de 2024 (AIPN).- El gobierno municipal presentó este martes el operativo de seguridad, movilidad y salud para el eclipse total de sol del 8 de abril, fenómeno que se observará en el puerto durante 4 minutos con 20 segundos y que, según la Secretaría de Turismo estatal, atraerá a unos 150 mil visitantes.

El operativo contempla 1 mil 200 elementos de seguridad, 14 módulos de atención médica a lo largo del malecón y el cierre a la circulación vehicular de la avenida del Mar, desde la glorieta de Playa Norte hasta el monumento al Pescador, entre las 9:00 y las 14:00 horas de ese día.

La coordinadora de Protección Civil municipal, Alma Rosa Lizárraga Tirado, pidió a la población no mirar al sol sin filtros certificados y advirtió que se retirarán del mercado los lentes que no cumplan con la norma. Se repartirán 40 mil lentes gratuitos en escuelas y centros comunitarios a partir del 1 de abril.

La ocupación hotelera para el fin de semana del eclipse ya supera el 92 por ciento, informó la asociación local de hoteles y moteles, que pidió a los huéspedes confirmar sus reservas directamente con los establecimientos para evitar fraudes.

El Ayuntamiento instalará también pantallas en la plazuela Machado y en el Parque Central para quienes prefieran seguir el fenómeno con explicaciones de astrónomos de la universidad estatal.

(AIPN) ABO/KIF/mlr
----------------------------------------------------------------
AIPN © 2024. Prohibida su reproducción total o parcial sin autorización. Uso exclusivo de clientes.
""",
    gold=dict(
        family='wire',
        title='MAZATLÁN PREPARA OPERATIVO PARA EL ECLIPSE TOTAL DEL 8 DE ABRIL',
        date='2024-03-12',
        bylines=['Arturo Beltrán Osuna', 'Karla Inzunza Félix'],
        source='Agencia Informativa del Pacífico Norte',
        section='Estados',
        body_first_words='El gobierno municipal presentó este martes el operativo',
        body_last_words='con explicaciones de astrónomos de la universidad estatal.',
        boilerplate=[
            'Descargar en XML',
            'Clave: AIPN-SIN-0412',
            'Prioridad: Normal',
            'MAZATLÁN, Sin., 12 de marzo de 2024 (AIPN).-',
            'ABO/KIF/mlr',
            'Prohibida su reproducción total o parcial',
        ],
        must_keep=[
            'Se repartirán 40 mil lentes gratuitos en escuelas y centros comunitarios a partir del 1 de abril.',
        ],
    ),
))

# ---------------------------------------------------------------- u05 wire (forwarded e-mail)
FILES.append(dict(
    name='u05_puente_paso_del_norte', ext='txt', enc='utf-8', eol='lf',
    hazards='Gmail forward header above the article, outlet + "Ciudad Juárez | 02/02/2024" line, '
            '"Por Redacción" (no person), outlet dateline opener, "También te recomendamos:" '
            'glued to the START of a paragraph (headline without final period), photo credit '
            'with "/ Archivo", "Con información de <person>" (not a byline).',
    text="""---------- Forwarded message ---------
De: Mesa de Redacción <mesa@miradorjuarense.example>
Date: vie, 2 feb 2024 a las 19:05
Subject: NOTA PARA WEB: cruce peatonal Paso del Norte
To: <web@miradorjuarense.example>


Mirador Juarense
Ciudad Juárez | 02/02/2024

Reabren el carril peatonal del puente Paso del Norte tras tres semanas de obras

Por Redacción

CIUDAD JUÁREZ, Chih. (Mirador Juarense).— El carril peatonal del puente internacional Paso del Norte volvió a operar este viernes con sus seis casetas de revisión, luego de tres semanas de trabajos de reencarpetado y cambio de techumbre del lado mexicano.

De acuerdo con la administración de los puentes internacionales del municipio, las obras costaron 8.4 millones de pesos y se realizaron por tramos para no suspender por completo el cruce, que registra en promedio 18 mil peatones al día.

También te recomendamos: Anuncian nueva ruta troncal del transporte hacia el suroriente El tiempo de espera para cruzar hacia El Paso llegó a superar las dos horas durante la obra, según usuarios que trabajan o estudian en Texas. Ahora, en horas pico, el promedio ronda los 40 minutos.

El administrador de los cruces, Rubén Olivas Terrazas, explicó que la nueva techumbre cubre la fila completa hasta la avenida Juárez, con lo que se evita que las personas esperen bajo el sol o la lluvia.

Comerciantes del Centro Histórico celebraron la reapertura. Leticia Baeza, quien vende burritos a un costado de la garita, aseguró que sus ventas cayeron a la mitad durante los trabajos y que espera recuperarse antes de la Semana Santa.

Las autoridades recordaron que el cruce peatonal opera las 24 horas y pidieron a los usuarios tener a la mano sus documentos antes de llegar a la fila de revisión.

Foto: Mirador Juarense / Archivo

Con información de Noemí Saucedo Prieto
""",
    gold=dict(
        family='wire',
        title='Reabren el carril peatonal del puente Paso del Norte tras tres semanas de obras',
        date='2024-02-02',
        bylines=[],
        source='Mirador Juarense',
        body_first_words='El carril peatonal del puente internacional Paso del Norte',
        body_last_words='antes de llegar a la fila de revisión.',
        boilerplate=[
            'Forwarded message',
            'Subject: NOTA PARA WEB',
            'Por Redacción',
            'CIUDAD JUÁREZ, Chih. (Mirador Juarense).—',
            'También te recomendamos: Anuncian nueva ruta troncal del transporte hacia el suroriente',
            'Foto: Mirador Juarense / Archivo',
            'Con información de Noemí Saucedo Prieto',
        ],
        must_keep=[
            'El tiempo de espera para cruzar hacia El Paso llegó a superar las dos horas durante la obra, según usuarios que trabajan o estudian en Texas.',
            'Ahora, en horas pico, el promedio ronda los 40 minutos.',
        ],
        photo_credit='Mirador Juarense / Archivo',
    ),
))

# ---------------------------------------------------------------- u06 wire (Word saved as text)
FILES.append(dict(
    name='u06_rio_sedeno_banderilla', ext='txt', enc='cp1252', eol='mixed',
    tail=b'\x1a',
    hazards='Word "save as text" in Windows-1252 with curly quotes, mixed CRLF/LF and a trailing '
            'Ctrl-Z (0x1A) byte; masthead line, "Sección:" label, capitalised kicker above the '
            'title, date line "Xalapa, Ver., martes 10 de octubre de 2023", photographer credit '
            'before the body, app pitch between paragraphs.',
    text="""TINTA JAROCHA — Edición digital
Sección: Región

TEMPORAL EN LA ZONA CENTRO
Desborda el río Sedeño y deja 60 viviendas afectadas en Banderilla
Xalapa, Ver., martes 10 de octubre de 2023
Por Itzel Hernández Colorado

Foto: Rodrigo Landa

Las lluvias de la madrugada de este martes provocaron el desbordamiento del río Sedeño a su paso por Banderilla, donde al menos 60 viviendas de las colonias El Pedregal y Lomas del Sedeño resultaron con daños, informó la Coordinación Municipal de Protección Civil.

El agua alcanzó hasta un metro de altura en las calles cercanas al cauce. Brigadas de bomberos y voluntarios evacuaron a 43 personas, entre ellas seis adultos mayores y tres menores de edad, que fueron trasladadas al albergue habilitado en una escuela primaria del centro.

“Nunca habíamos visto que subiera tan rápido; en veinte minutos ya teníamos el agua en la sala”, relató Eufemia Sánchez Landa, vecina de El Pedregal desde hace 30 años.

De acuerdo con el Servicio Meteorológico Nacional, en la zona se acumularon 112 milímetros de lluvia en seis horas, efecto de la interacción del frente frío número 4 con humedad del Golfo de México.

Descarga la app de Tinta Jarocha y recibe alertas de Protección Civil en tu celular.

El alcalde de Banderilla pidió a los vecinos no regresar a sus casas hasta que personal de Protección Civil revise las estructuras. La Secretaría de Bienestar estatal anunció que el jueves comenzará el censo de daños para entregar enseres domésticos.

En Xalapa, el Ayuntamiento reportó encharcamientos en la avenida Lázaro Cárdenas y la caída de dos árboles en la colonia Rafael Lucio, sin personas lesionadas.
""",
    gold=dict(
        family='wire',
        title='Desborda el río Sedeño y deja 60 viviendas afectadas en Banderilla',
        date='2023-10-10',
        bylines=['Itzel Hernández Colorado'],
        source='Tinta Jarocha',
        section='Región',
        body_first_words='Las lluvias de la madrugada de este martes',
        body_last_words='sin personas lesionadas.',
        boilerplate=[
            'TINTA JAROCHA — Edición digital',
            'TEMPORAL EN LA ZONA CENTRO',
            'Foto: Rodrigo Landa',
            'Descarga la app de Tinta Jarocha',
        ],
        must_keep=[
            'De acuerdo con el Servicio Meteorológico Nacional, en la zona se acumularon 112 milímetros de lluvia en seis horas, efecto de la interacción del frente frío número 4 con humedad del Golfo de México.',
            'El alcalde de Banderilla pidió a los vecinos no regresar a sus casas hasta que personal de Protección Civil revise las estructuras.',
        ],
        photo_credit='Rodrigo Landa',
    ),
))

# ---------------------------------------------------------------- u07 wire (Markdown, ## title)
FILES.append(dict(
    name='u07_captacion_lluvia_mixteca', ext='md', enc='utf-8', eol='lf',
    hazards='Markdown "##" title followed by a bold outlet | city | date byline line with trailing '
            'spaces (hard breaks), bold author, italic photo credit, short dateline opener '
            '"Tlaxiaco, Oax.—", "Relacionado:" glued to the end of a quote paragraph, '
            '"Síguenos en Facebook" pitch.',
    text="""## Comunidades de la Mixteca instalan 300 sistemas de captación de lluvia

**Sierra y Valle Noticias** | Oaxaca de Juárez | 27 de julio de 2022\x20\x20
Por **Saúl Bautista Cruz**\x20\x20

*Foto: Sierra y Valle Noticias*

Tlaxiaco, Oax.— Familias de siete agencias municipales de San Juan Ñumí y Santa María Yucuhiti concluyeron la instalación de 300 sistemas de captación de agua de lluvia, con los que esperan cubrir el consumo doméstico durante la temporada de estiaje.

Cada sistema consta de canaletas, un filtro de arena y una cisterna de ferrocemento de 12 mil litros. Los materiales fueron financiados por un fondo comunitario y por una fundación regional, mientras que la mano de obra se aportó mediante tequio.\x20

“Antes caminábamos hasta una hora para llenar dos garrafones en el ojo de agua; ahora el agua está en el patio”, contó Rosalía Ortiz López, habitante de la agencia de Guadalupe Victoria. Relacionado: Sequía deja sin agua a 40 comunidades de la Costa

El ingeniero Fermín Santiago Reyes, asesor técnico del proyecto, explicó que con una precipitación media de 900 milímetros al año, un techo de 60 metros cuadrados puede captar más de 50 mil litros en la temporada.

Las autoridades comunitarias acordaron que cada familia beneficiada capacitará a otra para el mantenimiento de los filtros, que deben limpiarse cada dos meses. Para 2023 buscan ampliar el programa a otras cinco agencias y a dos escuelas primarias de la zona.

La organización también levantará un registro de la calidad del agua almacenada con apoyo de estudiantes de un bachillerato local.

---

Síguenos en Facebook como /SierrayValleNoticias y comparte esta nota.
""",
    gold=dict(
        family='wire',
        title='Comunidades de la Mixteca instalan 300 sistemas de captación de lluvia',
        date='2022-07-27',
        bylines=['Saúl Bautista Cruz'],
        source='Sierra y Valle Noticias',
        body_first_words='Familias de siete agencias municipales de San Juan Ñumí',
        body_last_words='con apoyo de estudiantes de un bachillerato local.',
        boilerplate=[
            'Tlaxiaco, Oax.—',
            'Foto: Sierra y Valle Noticias',
            'Relacionado: Sequía deja sin agua a 40 comunidades de la Costa',
            'Síguenos en Facebook',
        ],
        must_keep=[
            '“Antes caminábamos hasta una hora para llenar dos garrafones en el ojo de agua; ahora el agua está en el patio”, contó Rosalía Ortiz López, habitante de la agencia de Guadalupe Victoria.',
        ],
        photo_credit='Sierra y Valle Noticias',
    ),
))

# ---------------------------------------------------------------- u08 wire (capital wrapped title)
FILES.append(dict(
    name='u08_medio_maraton_torreon', ext='markdown', enc='utf-8', eol='crlf',
    hazards='Masthead + "Torreón, Coahuila · Sábado 16 de diciembre de 2023" line, title in '
            'capitals wrapped over two lines, "Por X | Outlet | Sección" byline, dateline '
            'opener, newsletter pitch between paragraphs, app pitch and numbered "Lo más leído" '
            'block at the end (CRLF).',
    text="""ENLACE LAGUNERO
Torreón, Coahuila · Sábado 16 de diciembre de 2023

CON 4 MIL CORREDORES, EL MEDIO MARATÓN DE TORREÓN
ROMPE SU RÉCORD DE INSCRIPCIONES

Por Aldo Zertuche | Enlace Lagunero | Deportes

TORREÓN, Coah.— El Medio Maratón Internacional de Torreón cerró sus inscripciones con 4 mil 120 corredores registrados, la cifra más alta en sus once ediciones, informó el comité organizador a un día de la competencia.

La salida será este domingo a las 7:00 horas frente a la Plaza Mayor y el recorrido de 21 kilómetros cruzará el bulevar Independencia, la calzada Colón y el bosque Venustiano Carranza antes de regresar al Centro.

El presidente del comité, Jorge Luis Cepeda Ramos, detalló que 38 por ciento de los participantes proviene de fuera de la Comarca Lagunera, principalmente de Chihuahua, Durango y Nuevo León, y que la derrama económica esperada ronda los 25 millones de pesos.

Habrá 11 puestos de abastecimiento con agua y bebidas hidratantes, además de cuatro ambulancias y un hospital de campo en la meta. La Dirección de Tránsito cerrará las calles del circuito entre las 6:00 y las 11:30 horas.

Recibe las noticias de La Laguna en tu correo: suscríbete a nuestro newsletter

En la rama varonil, los favoritos son los fondistas que han dominado las últimas ediciones; en la femenil, la lagunera Brenda Aguirre Solís buscará su tercer título consecutivo. La premiación total asciende a 600 mil pesos.

El comité recomendó a los corredores recoger su paquete antes de las 20:00 horas de este sábado en el Centro de Convenciones.

Descarga la app de Enlace Lagunero | Disponible en iOS y Android

Lo más leído
1. Cierran el periférico por choque múltiple
2. Suben 8 % las tarifas de agua en Gómez Palacio
3. Inauguran pista de hielo en la Plaza Mayor
""",
    gold=dict(
        family='wire',
        title='CON 4 MIL CORREDORES, EL MEDIO MARATÓN DE TORREÓN ROMPE SU RÉCORD DE INSCRIPCIONES',
        date='2023-12-16',
        bylines=['Aldo Zertuche'],
        source='Enlace Lagunero',
        section='Deportes',
        body_first_words='El Medio Maratón Internacional de Torreón cerró sus inscripciones',
        body_last_words='de este sábado en el Centro de Convenciones.',
        boilerplate=[
            'TORREÓN, Coah.—',
            'suscríbete a nuestro newsletter',
            'Descarga la app de Enlace Lagunero',
            'Lo más leído',
            'Cierran el periférico por choque múltiple',
        ],
        must_keep=[
            'La Dirección de Tránsito cerrará las calles del circuito entre las 6:00 y las 11:30 horas.',
            'En la rama varonil, los favoritos son los fondistas que han dominado las últimas ediciones; en la femenil, la lagunera Brenda Aguirre Solís buscará su tercer título consecutivo.',
        ],
    ),
))

# ---------------------------------------------------------------- u09 press release (municipality)
FILES.append(dict(
    name='u09_acueducto_morelia', ext='txt', enc='utf-8', eol='lf',
    hazards='Municipal release: "H. AYUNTAMIENTO" header (issuer without H., sentence case), '
            'press-unit line, "Boletín 0457" (leading zero kept), dateline opening the first '
            'paragraph with ".-", "---o0o---" end marker followed by phones, e-mail and handles.',
    text="""H. AYUNTAMIENTO DE MORELIA
Coordinación de Comunicación Social
Boletín 0457

ARRANCA SEGUNDA ETAPA DE REHABILITACIÓN DEL ACUEDUCTO DE MORELIA

Morelia, Michoacán, 12 de marzo de 2024.- El Ayuntamiento de Morelia inició la segunda etapa de rehabilitación del acueducto virreinal, que comprende 86 arcos entre la Fuente de las Tarascas y la calle Ventura Puente, con una inversión de 14.6 millones de pesos.

Los trabajos incluyen la limpieza de la cantera, la consolidación de juntas con mortero de cal, la eliminación de vegetación parásita y la restitución de piezas dañadas por el paso de vehículos pesados. Las obras están supervisadas por especialistas en conservación del patrimonio edificado.

La titular de la Secretaría de Obras Públicas municipal, Verónica Alcaraz Medina, informó que la intervención durará aproximadamente cinco meses y se realizará por tramos de diez arcos, para no cerrar por completo la circulación de la avenida Acueducto.

Durante los trabajos se mantendrá abierto un carril en cada sentido. Las rutas de transporte colectivo Roja 1 y Guinda tendrán ajustes menores en sus paradas, que serán señalizadas con anticipación.

En la primera etapa, concluida en 2023, se atendieron 47 arcos del tramo oriente. Con esta segunda fase se alcanzará más del 50 por ciento de la estructura restaurada.

El Ayuntamiento invitó a la ciudadanía a respetar los tapiales y a reportar cualquier daño al monumento a través de la línea de atención ciudadana.

---o0o---

Coordinación de Comunicación Social
Tel. 443 555 0199 ext. 12
comunicacion@morelia-ayto.example
Facebook: /AyuntamientoMoreliaEj | X: @MoreliaAytoEj
""",
    gold=dict(
        family='press_release',
        title='ARRANCA SEGUNDA ETAPA DE REHABILITACIÓN DEL ACUEDUCTO DE MORELIA',
        date='2024-03-12',
        source='Ayuntamiento de Morelia',
        bulletin_number='0457',
        issuer='Ayuntamiento de Morelia',
        dateline_city='Morelia',
        body_first_words='El Ayuntamiento de Morelia inició la segunda etapa',
        body_last_words='a través de la línea de atención ciudadana.',
        boilerplate=[
            'H. AYUNTAMIENTO DE MORELIA',
            'Boletín 0457',
            'Morelia, Michoacán, 12 de marzo de 2024.-',
            '---o0o---',
            'Tel. 443 555 0199',
            'comunicacion@morelia-ayto.example',
            '@MoreliaAytoEj',
        ],
        must_keep=[
            'Durante los trabajos se mantendrá abierto un carril en cada sentido.',
            'El Ayuntamiento invitó a la ciudadanía a respetar los tapiales y a reportar cualquier daño al monumento a través de la línea de atención ciudadana.',
        ],
    ),
))

# ---------------------------------------------------------------- u10 press release (state secretariat)
FILES.append(dict(
    name='u10_dengue_puebla', ext='txt', enc='cp1252', eol='crlf',
    hazards='State secretariat release in Windows-1252/CRLF under a "GOBIERNO DE PUEBLA" header '
            '(other level, boilerplate), "Comunicado 071/2024", dateline on its own line before '
            'the title ("Puebla, Pue., a 3 de mayo de 2024"), plain subtitle under the title '
            '(body start), "-oOo-" end marker then press unit, e-mail and handle.',
    text="""GOBIERNO DE PUEBLA
Secretaría de Salud del Estado de Puebla
Comunicado 071/2024
Puebla, Pue., a 3 de mayo de 2024

Arranca jornada estatal contra el dengue en temporada de calor
Brigadas visitarán 120 mil viviendas de 18 municipios de la Mixteca y la Sierra Norte

Con el inicio de la temporada de calor, la Secretaría de Salud del Estado de Puebla puso en marcha la jornada estatal de descacharrización y nebulización contra el mosquito transmisor del dengue, zika y chikungunya, que se extenderá hasta el 31 de mayo.

Participan 640 trabajadores de las diez jurisdicciones sanitarias, quienes retirarán recipientes que acumulan agua, aplicarán larvicida en tinacos y pilas y realizarán nebulización en las colonias con mayor número de casos confirmados el año anterior.

Entre los municipios prioritarios se encuentran Izúcar de Matamoros, Acatlán, Chiautla, Huehuetlán el Grande, Xicotepec y Huauchinango, donde en 2023 se registró 70 por ciento de los casos de la entidad.

El director de Epidemiología, Octavio Ramírez Solano, pidió a la población permitir el acceso al personal, que porta gafete y uniforme institucional, y recordó que ninguna de estas acciones tiene costo.

Ante síntomas como fiebre alta, dolor detrás de los ojos, dolor muscular o sarpullido, se recomienda acudir de inmediato a la unidad de salud más cercana y evitar la automedicación, en particular con antiinflamatorios.

La dependencia informó que en lo que va del año se han confirmado 212 casos de dengue en Puebla, ninguno de ellos con desenlace fatal.

-oOo-

Dirección de Comunicación Social
comunicacion.salud@puebla-gob.example
@SaludPueblaEj
""",
    gold=dict(
        family='press_release',
        title='Arranca jornada estatal contra el dengue en temporada de calor',
        date='2024-05-03',
        source='Secretaría de Salud del Estado de Puebla',
        bulletin_number='071/2024',
        issuer='Secretaría de Salud del Estado de Puebla',
        dateline_city='Puebla',
        body_first_words='Brigadas visitarán 120 mil viviendas de 18 municipios',
        body_last_words='ninguno de ellos con desenlace fatal.',
        boilerplate=[
            'GOBIERNO DE PUEBLA',
            'Comunicado 071/2024',
            'Puebla, Pue., a 3 de mayo de 2024',
            '-oOo-',
            'comunicacion.salud@puebla-gob.example',
            '@SaludPueblaEj',
        ],
        must_keep=[
            'Brigadas visitarán 120 mil viviendas de 18 municipios de la Mixteca y la Sierra Norte',
            'La dependencia informó que en lo que va del año se han confirmado 212 casos de dengue en Puebla, ninguno de ellos con desenlace fatal.',
        ],
    ),
))
