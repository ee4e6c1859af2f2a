#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the b1 blind test set: 30 source files + 30 gold files, as exact bytes.

Everything here is invented (people, outlets, offices, phones, e-mails, figures).
Run:  python3 make_b1.py      (writes into the folder of this script)

Text markers expanded before encoding (so the bytes are reproducible and visible here):
  @@NB@@  -> U+00A0 NO-BREAK SPACE
  @@TS@@  -> three trailing spaces
  @@ZW@@  -> U+200B ZERO WIDTH SPACE
Line endings: 'lf', 'crlf' or 'mixed' (first half of the lines CRLF, the rest LF).
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ENTRIES = []

KEYS = ['readable', 'family', 'title', 'date', 'published', 'bylines', 'source',
        'section', 'placement', 'bulletin_number', 'issuer', 'dateline_city',
        'body_first_words', 'body_last_words', 'boilerplate', 'must_keep',
        'photo_credit', 'refusal_reason']


def gold(family, title, date, first, last, boilerplate, must_keep, *, published=True,
         bylines=(), source=None, section=None, placement=(), bulletin_number=None,
         issuer=None, dateline_city=None, photo_credit=None):
    return {
        'readable': True, 'family': family, 'title': title, 'date': date,
        'published': published, 'bylines': list(bylines), 'source': source,
        'section': section, 'placement': list(placement),
        'bulletin_number': bulletin_number, 'issuer': issuer,
        'dateline_city': dateline_city, 'body_first_words': first,
        'body_last_words': last, 'boilerplate': list(boilerplate),
        'must_keep': list(must_keep), 'photo_credit': photo_credit,
        'refusal_reason': None,
    }


def bad_gold(reason):
    return {
        'readable': False, 'family': 'bad', 'title': None, 'date': None,
        'published': None, 'bylines': [], 'source': None, 'section': None,
        'placement': [], 'bulletin_number': None, 'issuer': None,
        'dateline_city': None, 'body_first_words': None, 'body_last_words': None,
        'boilerplate': [], 'must_keep': [], 'photo_credit': None,
        'refusal_reason': reason,
    }


def add(name, text, g, encoding='utf-8', bom=False, eol='lf', tail=b'', raw=None):
    ENTRIES.append(dict(name=name, text=text, gold=g, encoding=encoding, bom=bom,
                        eol=eol, tail=tail, raw=raw))


def render(text, eol):
    if text.startswith('\n'):
        text = text[1:]
    text = (text.replace('@@NB@@', '\u00a0').replace('@@TS@@', '   ')
                .replace('@@ZW@@', '\u200b'))
    lines = text.split('\n')
    if eol == 'lf':
        return '\n'.join(lines)
    if eol == 'crlf':
        return '\r\n'.join(lines)
    if eol == 'mixed':
        half = len(lines) // 2
        out = []
        for i, line in enumerate(lines[:-1]):
            out.append(line + ('\r\n' if i < half else '\n'))
        out.append(lines[-1])
        return ''.join(out)
    raise ValueError(eol)


def to_bytes(e):
    if e['raw'] is not None:
        return e['raw']
    data = render(e['text'], e['eol']).encode(e['encoding'])
    if e['bom']:
        data = b'\xef\xbb\xbf' + data
    return data + e['tail']


def yq(s):
    return "'" + s.replace("'", "''") + "'"


def yscalar(v):
    if v is None:
        return 'null'
    if v is True:
        return 'true'
    if v is False:
        return 'false'
    return yq(str(v))


def dump_gold(g):
    assert list(g) == KEYS, list(g)
    out = []
    for k in KEYS:
        v = g[k]
        if isinstance(v, list):
            if not v:
                out.append('%s: []' % k)
            else:
                out.append('%s:' % k)
                out.extend('- ' + yq(x) for x in v)
        elif k == 'family':
            out.append('%s: %s' % (k, v))          # plain identifier
        else:
            out.append('%s: %s' % (k, yscalar(v)))
    return ('\n'.join(out) + '\n').encode('utf-8')


def junk(n, seed=b'b1-junk'):
    out = b''
    h = seed
    while len(out) < n:
        h = hashlib.sha256(h).digest()
        out += h
    return out[:n]

# ---------------------------------------------------------------------------
# WIRE (part 1): s01, s04, s08, s12
# ---------------------------------------------------------------------------

# s01 - La Crónica del Bravo (Ciudad Juárez, Chihuahua). UTF-8, LF.
# '##' title + bold outlet | date byline, separate 'Por' line, photo credit line
# before the dateline opener, teaser glued to the END of a paragraph, MÁS NOTICIAS
# block in the middle, follow/e-mail pitch at the end.
add('s01.md', """
## Reabren puente peatonal de la avenida Tecnológico tras ocho meses de obra

**La Crónica del Bravo** | 14 de febrero de 2024

Por Rosalba Quiñones Ledezma

Foto: La Crónica del Bravo / Archivo

CIUDAD JUÁREZ, Chih. (La Crónica del Bravo).— El puente peatonal que cruza la avenida Tecnológico a la altura de la calle Pedro Rosales de León volvió a abrir este miércoles, luego de ocho meses de trabajos de reforzamiento que obligaron a miles de estudiantes y trabajadores a cruzar por el camellón.

La Dirección de Obras Públicas municipal informó que la estructura recibió nuevas trabes de acero, rampas con pendiente suave para personas en silla de ruedas y luminarias solares. La inversión fue de 11.4 millones de pesos, de acuerdo con el reporte entregado al Cabildo. Lee también: Instalan 40 semáforos inteligentes en la zona del Pronaf

Vecinos de la colonia Partido Romero señalaron que durante la obra se registraron al menos tres atropellamientos en el cruce, por lo que pidieron que se coloquen reductores de velocidad en ambos sentidos de la avenida.

MÁS NOTICIAS
- Cierran carril de la Juan Gabriel por bacheo nocturno
- Suben tarifas del transporte semifijo a partir de marzo
- Alistan feria del libro en la explanada universitaria

El director de Obras Públicas, Ernesto Villalobos Arce, dijo que el puente contará con vigilancia mediante dos cámaras conectadas al centro de monitoreo y que el mantenimiento quedará a cargo de la dirección de Alumbrado Público.

"Es un cruce que usan más de nueve mil personas al día; no podíamos dejarlo como estaba", expresó el funcionario durante el recorrido con regidores y comités vecinales.

La obra forma parte de un paquete de 17 cruces peatonales que el municipio prevé rehabilitar antes de que termine el año, entre ellos los de las avenidas De las Torres y Manuel J. Clouthier.

Síguenos en Facebook e Instagram como @CronicaDelBravo y recibe las noticias de Juárez en tu correo: suscripciones@cronicadelbravo.example
""", gold('wire',
         'Reabren puente peatonal de la avenida Tecnológico tras ocho meses de obra',
         '2024-02-14',
         'El puente peatonal que cruza la avenida Tecnológico',
         'las avenidas De las Torres y Manuel J. Clouthier.',
         ['CIUDAD JUÁREZ, Chih. (La Crónica del Bravo).—',
          'Lee también: Instalan 40 semáforos inteligentes en la zona del Pronaf',
          'MÁS NOTICIAS',
          'Cierran carril de la Juan Gabriel por bacheo nocturno',
          'Suben tarifas del transporte semifijo a partir de marzo',
          'Alistan feria del libro en la explanada universitaria',
          'Síguenos en Facebook e Instagram como @CronicaDelBravo',
          'suscripciones@cronicadelbravo.example'],
         ['La inversión fue de 11.4 millones de pesos, de acuerdo con el reporte entregado al Cabildo.',
          'Vecinos de la colonia Partido Romero señalaron que durante la obra se registraron al menos tres atropellamientos en el cruce, por lo que pidieron que se coloquen reductores de velocidad en ambos sentidos de la avenida.',
          'El director de Obras Públicas, Ernesto Villalobos Arce, dijo que el puente contará con vigilancia mediante dos cámaras conectadas al centro de monitoreo y que el mantenimiento quedará a cargo de la dirección de Alumbrado Público.'],
         bylines=['Rosalba Quiñones Ledezma'], source='La Crónica del Bravo',
         photo_credit='La Crónica del Bravo / Archivo'))

# s04 - Enlace Sonora Noticias (Hermosillo, Sonora). Windows-1252, CRLF.
# Outlet name line + 'Sección:' label first, title in capitals wrapped over two
# lines, 'Por:' with two authors, weekday date, short dateline opener,
# 'Te puede interesar |' teaser between two sentences of one paragraph,
# WhatsApp-channel pitch and handles at the end. Curly quotes (cp1252 0x93/0x94).
add('s04.txt', """
ENLACE SONORA NOTICIAS
Sección: Salud

PIDEN EXTREMAR CUIDADOS EN HERMOSILLO
ANTE TEMPERATURAS DE HASTA 47 GRADOS

Por: Ana Lucía Moreno Vázquez y Jorge Iván Encinas
Martes 4 de junio de 2024

Hermosillo, Son.— Las autoridades sanitarias de Sonora emitieron una alerta por calor extremo para la capital del estado, donde se esperan temperaturas de entre 45 y 47 grados centígrados durante el resto de la semana.

De acuerdo con el reporte epidemiológico semanal, en lo que va de la temporada se han registrado 38 casos de golpe de calor y dos defunciones, ambas de hombres que trabajaban a la intemperie. Te puede interesar | Habilitan 12 centros de hidratación en colonias del norte de la ciudad La mayoría de los casos se concentra en personas de entre 25 y 60 años.

El jefe de la Jurisdicción Sanitaria número uno, Raúl Esquer Bojórquez, recomendó evitar la exposición al sol entre las 11:00 y las 17:00 horas, beber agua aunque no se tenga sed y no dejar a niños ni mascotas dentro de vehículos estacionados.

“Un auto cerrado puede superar los 60 grados en menos de veinte minutos”, advirtió el médico, quien pidió a los patrones de la construcción y del campo dar pausas de descanso a la sombra.

Los síntomas de alarma son piel seca y caliente, confusión, vómito y pulso acelerado. En esos casos se debe llamar de inmediato al 911 y enfriar a la persona con paños húmedos mientras llega la ambulancia.

La dependencia informó que los centros de salud de las colonias Y Griega, Solidaridad y Bachoco ampliarán su horario hasta las 22:00 horas mientras dure la onda de calor.

Únete a nuestro canal de WhatsApp y recibe las alertas de Enlace Sonora Noticias en tu celular.
X: @EnlaceSonora | Facebook: /EnlaceSonoraNoticias
""", gold('wire',
         'PIDEN EXTREMAR CUIDADOS EN HERMOSILLO ANTE TEMPERATURAS DE HASTA 47 GRADOS',
         '2024-06-04',
         'Las autoridades sanitarias de Sonora emitieron una alerta',
         'hasta las 22:00 horas mientras dure la onda de calor.',
         ['Hermosillo, Son.—',
          'Te puede interesar | Habilitan 12 centros de hidratación en colonias del norte de la ciudad',
          'Únete a nuestro canal de WhatsApp',
          'X: @EnlaceSonora',
          'Facebook: /EnlaceSonoraNoticias'],
         ['De acuerdo con el reporte epidemiológico semanal, en lo que va de la temporada se han registrado 38 casos de golpe de calor y dos defunciones, ambas de hombres que trabajaban a la intemperie.',
          'La mayoría de los casos se concentra en personas de entre 25 y 60 años.'],
         bylines=['Ana Lucía Moreno Vázquez', 'Jorge Iván Encinas'],
         source='Enlace Sonora Noticias', section='Salud'),
    encoding='cp1252', eol='crlf')

# s08 - Mirador Lagunero (Torreón, Coahuila). UTF-8 with BOM, CRLF.
# WordPress block comments left over, a kicker in capitals ABOVE a '#' title,
# 'Redacción / Outlet' byline (-> no people), numeric day-first date with time,
# 'Relacionado:' paragraph in the middle, 'Con información de' and a newsletter
# pitch at the end.
add('s08.md', """
<!-- wp:paragraph -->
AGUA PARA LA LAGUNA
# Concluye primera etapa del acueducto; llegará agua a 18 colonias de Torreón en septiembre

Redacción / Mirador Lagunero
15/07/2023 10:42 hrs
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
La Comisión Estatal de Aguas y el Sistema Municipal de Aguas y Saneamiento de Torreón dieron por concluida la primera etapa del acueducto que llevará agua desinfectada desde la presa Lázaro Cárdenas hasta el oriente de la ciudad.
<!-- /wp:paragraph -->

Según el calendario presentado este sábado, la conexión a la red de distribución se hará en septiembre y beneficiará a unas 18 colonias, entre ellas Valle Oriente, La Joya y Ampliación Los Ángeles, donde el arsénico en los pozos ha superado por años la norma oficial.

Relacionado: Simas anuncia cortes programados en el sector oriente durante julio

La primera etapa incluyó 34 kilómetros de tubería de acero, una planta potabilizadora con capacidad de 900 litros por segundo y dos tanques de regulación. Los trabajos tuvieron un costo de 1,280 millones de pesos aportados por la federación y el estado.

El gerente del organismo operador, Octavio Siller Garza, explicó que durante agosto se harán pruebas de presión y que los usuarios podrían notar cambios en el color del agua durante los primeros días. "Es normal y no representa riesgo; pedimos que dejen correr la llave unos minutos", dijo.

Vecinos de la colonia La Joya, que desde 2019 reciben agua en pipas dos veces por semana, pidieron que la conexión se haga antes del inicio del ciclo escolar.

La segunda etapa, que llegará a Matamoros y Francisco I. Madero, aún no tiene fecha de arranque.

Con información de Agencia Nazas
Suscríbete a nuestro boletín matutino y recibe Mirador Lagunero en tu correo todos los días.
""", gold('wire',
         'Concluye primera etapa del acueducto; llegará agua a 18 colonias de Torreón en septiembre',
         '2023-07-15',
         'La Comisión Estatal de Aguas y el Sistema Municipal',
         'Matamoros y Francisco I. Madero, aún no tiene fecha de arranque.',
         ['<!-- wp:paragraph -->',
          '<!-- /wp:paragraph -->',
          'AGUA PARA LA LAGUNA',
          'Redacción / Mirador Lagunero',
          'Relacionado: Simas anuncia cortes programados en el sector oriente durante julio',
          'Con información de Agencia Nazas',
          'Suscríbete a nuestro boletín matutino'],
         ['La primera etapa incluyó 34 kilómetros de tubería de acero, una planta potabilizadora con capacidad de 900 litros por segundo y dos tanques de regulación.',
          'Vecinos de la colonia La Joya, que desde 2019 reciben agua en pipas dos veces por semana, pidieron que la conexión se haga antes del inicio del ciclo escolar.'],
         bylines=[], source='Mirador Lagunero'),
    bom=True, eol='crlf')

# s12 - Bajío Informa (León, Guanajuato). UTF-8, MIXED line endings.
# Outlet | dotted day-first date, photo credit 'Foto: Especial' under the title,
# 'También te recomendamos:' teaser glued to the START of a real paragraph,
# 'Lo más leído' block, app pitch, byline at the END ('Texto:').
add('s12.markdown', """
## Exportaciones de calzado de León crecen 9 por ciento en el primer semestre

Bajío Informa | 08.09.2023

Foto: Especial

LEÓN, Gto. (Bajío Informa).— Las exportaciones de calzado de las empresas leonesas sumaron 312 millones de dólares entre enero y junio, un crecimiento de 9 por ciento frente al mismo periodo del año pasado, informó la cámara local de la industria.

El presidente del organismo, Gerardo Ramírez Tovar, atribuyó el aumento a los pedidos de botas de trabajo y calzado de seguridad que llegan desde Estados Unidos y Canadá, así como a la apertura de nuevas rutas de carga en el aeropuerto internacional.

También te recomendamos: Cierre de la Feria Estatal deja saldo blanco Los fabricantes advirtieron, sin embargo, que el alza en el precio de la piel y la escasez de mano de obra calificada podrían frenar el ritmo en el segundo semestre.

De acuerdo con el reporte, 64 por ciento de las ventas al exterior se dirigió a Estados Unidos, 11 por ciento a Canadá y el resto a Guatemala, Colombia y Japón. El calzado para dama, que durante años encabezó las exportaciones, cayó al tercer lugar.

Lo más leído
1. Cambian sentido de calles en el Centro Histórico
2. Vinculan a proceso a exfuncionario de Tránsito
3. Abren registro para becas de preparatoria

Ramírez Tovar pidió al gobierno municipal agilizar los permisos para dos parques industriales en el sur de la ciudad, donde se prevé instalar talleres de corte y costura que emplearían a unas 1,500 personas.

La cámara estimó que el año cerrará con exportaciones superiores a los 600 millones de dólares si se mantiene el tipo de cambio.

Descarga la app de Bajío Informa en App Store y Google Play.

Texto: Luis Fernando Olvera Aguirre
""", gold('wire',
         'Exportaciones de calzado de León crecen 9 por ciento en el primer semestre',
         '2023-09-08',
         'Las exportaciones de calzado de las empresas leonesas',
         'superiores a los 600 millones de dólares si se mantiene el tipo de cambio.',
         ['LEÓN, Gto. (Bajío Informa).—',
          'También te recomendamos: Cierre de la Feria Estatal deja saldo blanco',
          'Lo más leído',
          'Cambian sentido de calles en el Centro Histórico',
          'Vinculan a proceso a exfuncionario de Tránsito',
          'Abren registro para becas de preparatoria',
          'Descarga la app de Bajío Informa',
          'Texto: Luis Fernando Olvera Aguirre'],
         ['Los fabricantes advirtieron, sin embargo, que el alza en el precio de la piel y la escasez de mano de obra calificada podrían frenar el ritmo en el segundo semestre.',
          'El calzado para dama, que durante años encabezó las exportaciones, cayó al tercer lugar.'],
         bylines=['Luis Fernando Olvera Aguirre'], source='Bajío Informa',
         photo_credit='Especial'),
    eol='mixed')

# ---------------------------------------------------------------------------
# WIRE (part 2): s16, s20, s24, s28
# ---------------------------------------------------------------------------

# s16 - Pulso Queretano (Querétaro). UTF-8, LF, no-break spaces, trailing spaces.
# '| Outlet | city' byline, weekday date with 'del 2024', WordPress [caption]
# shortcode holding the photo credit, capitalised 'LEE TAMBIÉN:' line,
# follow pitch, 'Etiquetas:' line.
add('s16.text', """
Qrobús cobrará 11.50 pesos con tarjeta a partir de febrero@@TS@@

Por Mariana Reséndiz Olvera | Pulso Queretano | Querétaro
Viernes, 12@@NB@@de enero del 2024@@TS@@

[caption id="attachment_5521" align="alignnone" width="900"] Foto: Pulso Queretano / Archivo[/caption]

QUERÉTARO, Qro.@@NB@@— La Agencia de Movilidad del Estado confirmó que a partir del 1 de febrero la tarifa general del transporte público con tarjeta será de 11.50 pesos, mientras que el pago en efectivo subirá a 13 pesos en todas las rutas del sistema Qrobús.@@TS@@

El titular de la agencia, Héctor Ugalde Mejía, explicó que la diferencia busca que más usuarios dejen el efectivo, lo que reduce los tiempos de ascenso y los asaltos a operadores. Actualmente, 58 por ciento de los viajes se paga con tarjeta.

Estudiantes, personas adultas mayores y personas con discapacidad mantendrán la tarifa preferencial de 5@@NB@@pesos, siempre que cuenten con la tarjeta personalizada vigente.

LEE TAMBIÉN: Amplían horario de la ruta 79 hasta la medianoche

Para tramitar la tarjeta se abrirán módulos en la terminal de Plaza de las Américas, en el centro de Juriquilla y en la alcaldía de El Marqués, de lunes a sábado de 8:00 a 19:00 horas. El plástico costará 30 pesos y se entregará con 10 pesos de saldo.

Usuarios consultados en la parada de Constituyentes se dijeron inconformes. "Subieron la tarifa, pero las unidades siguen pasando cada cuarenta minutos", reclamó una trabajadora del parque industrial Benito Juárez.

La agencia prometió incorporar 96 unidades nuevas durante el primer semestre y publicar en su página los tiempos de espera de cada ruta.

Síguenos en X e Instagram: @PulsoQro
Etiquetas: transporte, Qrobús, tarifas, movilidad
""", gold('wire',
         'Qrobús cobrará 11.50 pesos con tarjeta a partir de febrero',
         '2024-01-12',
         'La Agencia de Movilidad del Estado confirmó que',
         'publicar en su página los tiempos de espera de cada ruta.',
         ['QUERÉTARO, Qro.',
          '[caption id="attachment_5521" align="alignnone" width="900"]',
          '[/caption]',
          'LEE TAMBIÉN: Amplían horario de la ruta 79 hasta la medianoche',
          'Síguenos en X e Instagram: @PulsoQro',
          'Etiquetas: transporte, Qrobús, tarifas, movilidad'],
         ['Estudiantes, personas adultas mayores y personas con discapacidad mantendrán la tarifa preferencial de 5 pesos, siempre que cuenten con la tarjeta personalizada vigente.',
          'Para tramitar la tarjeta se abrirán módulos en la terminal de Plaza de las Américas, en el centro de Juriquilla y en la alcaldía de El Marqués, de lunes a sábado de 8:00 a 19:00 horas.'],
         bylines=['Mariana Reséndiz Olvera'], source='Pulso Queretano',
         photo_credit='Pulso Queretano / Archivo'))

# s20 - Tribuna Peninsular (Mérida, Yucatán). UTF-8, LF.
# Bold capitalised title (no heading marker), two authors with '/ Outlet',
# the date only inside the dateline opener, teaser glued to the END of the last
# paragraph, photo credit after the body.
add('s20.md', """
**ARRANCA DESCACHARRIZACIÓN CONTRA EL DENGUE EN 40 COLONIAS DE MÉRIDA**

Por Carlos Euán Chan y Fernanda Ricalde Peniche / Tribuna Peninsular

MÉRIDA, Yuc., 3 de mayo de 2023 (Tribuna Peninsular).- Cuadrillas del Ayuntamiento comenzaron este miércoles a retirar llantas, cubetas, tinacos rotos y otros objetos que acumulan agua en patios y lotes baldíos de 40 colonias del sur y del oriente de la ciudad, como parte de la campaña preventiva contra el dengue.

La Dirección de Servicios Públicos Municipales informó que en la primera semana se recorrerán San José Tecoh, Emiliano Zapata Sur, Castilla Cámara y Salvador Alvarado Oriente, donde el año pasado se concentró la mayor cantidad de casos confirmados.

Los camiones pasarán de 7:00 a 13:00 horas. Se pide a las familias sacar los cacharros a la banqueta la noche anterior y no mezclar basura orgánica, ya que esta no será recolectada por las cuadrillas.

De acuerdo con la Secretaría de Salud estatal, Yucatán cerró el año anterior con 1,146 casos de dengue, 412 de ellos en Mérida. Las autoridades esperan que la temporada de lluvias llegue antes de lo habitual.

La regidora Patricia Dzib Canché, presidenta de la comisión de salud del Cabildo, dijo que también se fumigarán escuelas y mercados antes del regreso a clases y que se repartirán larvicidas en los centros de salud.

Quienes tengan objetos grandes, como colchones o refrigeradores, pueden solicitar una recolección especial en el teléfono municipal de atención ciudadana. Te puede interesar: Reportan 18 colonias sin agua por falla en planta potabilizadora

Foto: Cortesía Ayuntamiento de Mérida
""", gold('wire',
         'ARRANCA DESCACHARRIZACIÓN CONTRA EL DENGUE EN 40 COLONIAS DE MÉRIDA',
         '2023-05-03',
         'Cuadrillas del Ayuntamiento comenzaron este miércoles a retirar llantas',
         'pueden solicitar una recolección especial en el teléfono municipal de atención ciudadana.',
         ['MÉRIDA, Yuc., 3 de mayo de 2023 (Tribuna Peninsular).-',
          'Te puede interesar: Reportan 18 colonias sin agua por falla en planta potabilizadora',
          'Foto: Cortesía Ayuntamiento de Mérida'],
         ['Quienes tengan objetos grandes, como colchones o refrigeradores, pueden solicitar una recolección especial en el teléfono municipal de atención ciudadana.',
          'De acuerdo con la Secretaría de Salud estatal, Yucatán cerró el año anterior con 1,146 casos de dengue, 412 de ellos en Mérida.'],
         bylines=['Carlos Euán Chan', 'Fernanda Ricalde Peniche'],
         source='Tribuna Peninsular',
         photo_credit='Cortesía Ayuntamiento de Mérida'))

# s24 - Sureste al Día (Villahermosa, Tabasco). Windows-1252, CRLF, DOS end-of-file
# byte 0x1A after the text. Outlet header, title in capitals, 'city | dd.mm.yyyy |
# Staff' info line (no people), 'Lee también:' teaser glued to the START of a real
# paragraph with no punctuation, follow line, photo credit at the very end.
add('s24.txt', """
SURESTE AL DÍA

DESFOGUE DE LA PRESA PEÑITAS MANTIENE EN ALERTA A COLONIAS RIBEREÑAS DE VILLAHERMOSA

Villahermosa, Tab. | 22.11.2022 | Staff Sureste al Día

VILLAHERMOSA, Tab.- La Comisión Federal de Electricidad aumentó a 1,400 metros cúbicos por segundo el desfogue de la presa Peñitas, por lo que Protección Civil estatal mantiene en alerta a las colonias asentadas a orillas de los ríos Grijalva y Carrizal.

El aumento se debe a las lluvias que dejó el frente frío número 9 en la parte alta de la cuenca, en Chiapas, donde en las últimas 48 horas se acumularon más de 200 milímetros.

Lee también: Suspenden clases en 40 escuelas de Centro por lluvias La Conagua prevé que el nivel del Grijalva en la estación Gaviotas suba entre 30 y 40 centímetros durante los próximos tres días, sin alcanzar todavía la escala crítica de 5.50 metros.

Personal de Protección Civil recorrió las colonias Gaviotas Sur, Casa Blanca y La Manga para pedir a las familias que tengan listos sus documentos y una mochila de emergencia. En la zona hay 14 albergues preparados con capacidad para 3,200 personas.

Pescadores de la ranchería González, en el municipio de Centro, dijeron que el agua ya cubrió los caminos de terracería y que sólo pueden salir en lancha. Pidieron despensas y atención médica para las personas adultas mayores.

Las autoridades recomendaron no cruzar calles inundadas, reportar cualquier encharcamiento al 911 y seguir sólo la información oficial.

Síguenos en X: @SuresteAlDia
Foto: Staff Sureste al Día
""", gold('wire',
         'DESFOGUE DE LA PRESA PEÑITAS MANTIENE EN ALERTA A COLONIAS RIBEREÑAS DE VILLAHERMOSA',
         '2022-11-22',
         'La Comisión Federal de Electricidad aumentó a 1,400 metros cúbicos',
         'reportar cualquier encharcamiento al 911 y seguir sólo la información oficial.',
         ['SURESTE AL DÍA',
          'Staff Sureste al Día',
          'VILLAHERMOSA, Tab.-',
          'Lee también: Suspenden clases en 40 escuelas de Centro por lluvias',
          'Síguenos en X: @SuresteAlDia'],
         ['La Conagua prevé que el nivel del Grijalva en la estación Gaviotas suba entre 30 y 40 centímetros durante los próximos tres días, sin alcanzar todavía la escala crítica de 5.50 metros.',
          'En la zona hay 14 albergues preparados con capacidad para 3,200 personas.'],
         bylines=[], source='Sureste al Día', photo_credit='Staff Sureste al Día'),
    encoding='cp1252', eol='crlf', tail=b'\x1a')

# s28 - La Voz del Caribe Maya (Cancún, Quintana Roo). UTF-8 with BOM, LF.
# '##' title, two authors with '/ Outlet', weekday date with a time, [embed]
# shortcode and a template tag in the middle, capitalised teaser line, photo
# credit naming an author (credit only), 'Etiquetas:' line.
add('s28.md', """
## Semar retira 2,300 toneladas de sargazo de playas de Cancún en una semana

Por Itzel Canul Poot y Mario Pech Dzul / La Voz del Caribe Maya
domingo, 7 de julio de 2024 · 18:20

Foto: Itzel Canul Poot / La Voz del Caribe Maya

CANCÚN, Q. Roo.- Personal de la Secretaría de Marina y de la Zona Federal Marítimo Terrestre retiró en los últimos siete días alrededor de 2,300 toneladas de sargazo de las playas públicas de Cancún, una de las cifras más altas registradas en lo que va del año.

El recale se concentró en Playa Delfines, Marlín y Chac Mool, donde la macroalga formó franjas de hasta un metro de altura. Las barreras instaladas frente a la zona hotelera contuvieron parte del arribo, pero el oleaje de la semana rompió dos tramos.

[embed]https://video.vozdelcaribemaya.example/sargazo-0707[/embed]

El semáforo de sargazo de la red estatal de monitoreo se mantiene en rojo para el litoral de Benito Juárez, Puerto Morelos y Tulum, lo que significa un arribo excesivo.

TE PUEDE INTERESAR: Hoteleros piden protocolo único para el manejo del sargazo

Prestadores de servicios de la playa Tortugas comentaron que la ocupación de sus lanchas cayó casi a la mitad porque los turistas prefieren quedarse en las albercas. "Hay días en que no sale ni un recorrido", dijo uno de los capitanes.

{{ widget_newsletter }}

La Marina informó que el material recolectado se traslada a un predio en la zona continental, donde se deja secar antes de enterrarlo, y que se analizan propuestas para usarlo como abono y material de construcción.

Las autoridades pidieron a los bañistas no tocar el sargazo en descomposición, ya que desprende ácido sulfhídrico que provoca irritación en ojos y vías respiratorias.

Etiquetas: sargazo, Cancún, Semar, playas
""", gold('wire',
         'Semar retira 2,300 toneladas de sargazo de playas de Cancún en una semana',
         '2024-07-07',
         'Personal de la Secretaría de Marina y de la Zona Federal',
         'provoca irritación en ojos y vías respiratorias.',
         ['CANCÚN, Q. Roo.-',
          '[embed]https://video.vozdelcaribemaya.example/sargazo-0707[/embed]',
          'TE PUEDE INTERESAR: Hoteleros piden protocolo único para el manejo del sargazo',
          '{{ widget_newsletter }}',
          'Etiquetas: sargazo, Cancún, Semar, playas'],
         ['El semáforo de sargazo de la red estatal de monitoreo se mantiene en rojo para el litoral de Benito Juárez, Puerto Morelos y Tulum, lo que significa un arribo excesivo.',
          'Prestadores de servicios de la playa Tortugas comentaron que la ocupación de sus lanchas cayó casi a la mitad porque los turistas prefieren quedarse en las albercas.'],
         bylines=['Itzel Canul Poot', 'Mario Pech Dzul'],
         source='La Voz del Caribe Maya',
         photo_credit='Itzel Canul Poot / La Voz del Caribe Maya'),
    bom=True)

# ---------------------------------------------------------------------------
# PRESS RELEASES (part 1): s02, s06, s09, s13
# ---------------------------------------------------------------------------

# s02 - Ayuntamiento de San Nicolás de los Garza (municipality, Nuevo León).
# UTF-8, CRLF. 'H.' honorific header in capitals, unit line, COMUNICADO,
# 'Boletín No. 214', dateline with ', a' ON ITS OWN LINE BEFORE the title,
# '---o0o---' end marker followed by a contact block.
add('s02.txt', """
H. AYUNTAMIENTO DE SAN NICOLÁS DE LOS GARZA
Dirección de Comunicación Social
COMUNICADO
Boletín No. 214

San Nicolás de los Garza, N.L., a 19 de marzo de 2024

ABRE SAN NICOLÁS CENTRO MUNICIPAL DE BIENESTAR ANIMAL CON ESTERILIZACIONES GRATUITAS

Con una inversión de 18.6 millones de pesos, el Gobierno Municipal abrió el Centro de Bienestar Animal ubicado en la colonia Anáhuac, que ofrecerá esterilizaciones, vacunación antirrábica y consulta veterinaria básica sin costo para perros y gatos de familias nicolaítas.

El inmueble cuenta con dos quirófanos, un área de recuperación con 40 espacios, consultorio, farmacia y un patio de socialización para los animales que esperan ser adoptados.

La meta para este año es realizar 9 mil esterilizaciones, casi el triple de las que se hicieron en 2023 mediante jornadas itinerantes en plazas y escuelas.

Para agendar una cita, las personas deberán presentar identificación oficial y un comprobante de domicilio del municipio. Las mascotas deben tener al menos cuatro meses de edad y llegar con ocho horas de ayuno.

El centro también recibirá reportes de maltrato animal, que serán canalizados a la Dirección de Ecología para su inspección y, en su caso, a la Fiscalía.

La directora de Salud Municipal, Claudia Treviño Garza, informó que se firmaron convenios con dos escuelas de medicina veterinaria para que sus estudiantes realicen ahí prácticas profesionales y servicio social.

El horario de atención será de lunes a viernes de 8:00 a 16:00 horas y los sábados de 9:00 a 13:00 horas.

---o0o---

Dirección de Comunicación Social
Tel. 81 5550 1234 ext. 210
comunicacion@sannicolas.example
Facebook / X / Instagram: @SanNicolasGob
""", gold('press_release',
         'ABRE SAN NICOLÁS CENTRO MUNICIPAL DE BIENESTAR ANIMAL CON ESTERILIZACIONES GRATUITAS',
         '2024-03-19',
         'Con una inversión de 18.6 millones de pesos',
         'y los sábados de 9:00 a 13:00 horas.',
         ['H. AYUNTAMIENTO DE SAN NICOLÁS DE LOS GARZA',
          'COMUNICADO',
          'Boletín No. 214',
          'San Nicolás de los Garza, N.L., a 19 de marzo de 2024',
          '---o0o---',
          'Tel. 81 5550 1234 ext. 210',
          'comunicacion@sannicolas.example',
          '@SanNicolasGob'],
         ['La meta para este año es realizar 9 mil esterilizaciones, casi el triple de las que se hicieron en 2023 mediante jornadas itinerantes en plazas y escuelas.',
          'El horario de atención será de lunes a viernes de 8:00 a 16:00 horas y los sábados de 9:00 a 13:00 horas.'],
         source='Ayuntamiento de San Nicolás de los Garza',
         bulletin_number='214',
         issuer='Ayuntamiento de San Nicolás de los Garza',
         dateline_city='San Nicolás de los Garza'),
    eol='crlf')

# s06 - Secretaría de Salud de Tamaulipas (state secretariat). UTF-8 with BOM, LF.
# A state-government header above the secretariat (different level -> boilerplate),
# 'No. 318/2023', '#' title in capitals, BOLD bullets (balazos) under the title,
# dateline OPENING the first paragraph with 'Cd.' abbreviation, '-oOo-' end marker.
add('s06.md', """
GOBIERNO DE TAMAULIPAS
SECRETARÍA DE SALUD DE TAMAULIPAS
No. 318/2023

# INICIA CAMPAÑA DE VACUNACIÓN CONTRA INFLUENZA EN LOS 43 MUNICIPIOS

- **Se aplicarán más de 820 mil dosis hasta marzo de 2024**
- **Prioridad para menores de cinco años, embarazadas y mayores de 60**

Cd. Victoria, Tamaulipas, 9 de octubre de 2023.- La Secretaría de Salud de Tamaulipas puso en marcha la temporada invernal de vacunación contra la influenza estacional, que se extenderá por los 43 municipios del estado a través de centros de salud, hospitales y brigadas casa por casa.

En esta temporada se recibieron del nivel federal 824 mil dosis de vacuna tetravalente, que se distribuirán de acuerdo con el número de habitantes de cada jurisdicción sanitaria.

La dependencia recordó que la vacuna se dirige en primer lugar a niñas y niños de seis meses a cinco años, mujeres embarazadas, personas de 60 años y más, y personas con diabetes, obesidad, hipertensión, asma o VIH.

El personal de salud, los docentes y los trabajadores de guarderías también forman parte de los grupos prioritarios, por lo que se instalarán módulos en escuelas y estancias infantiles a partir de la segunda semana de noviembre.

En los municipios fronterizos de Nuevo Laredo, Reynosa y Matamoros se instalarán puestos de vacunación en los puentes internacionales y en las centrales de autobuses.

La aplicación es gratuita y no se requiere cita; basta con presentar la Cartilla Nacional de Salud o una identificación. Las autoridades pidieron no automedicarse ante síntomas como fiebre súbita, dolor de cuerpo o tos seca, y acudir a la unidad de salud más cercana.

-oOo-

Unidad de Comunicación Social
Tel. 834 555 0187
prensa.salud@tamaulipas.example
""", gold('press_release',
         'INICIA CAMPAÑA DE VACUNACIÓN CONTRA INFLUENZA EN LOS 43 MUNICIPIOS',
         '2023-10-09',
         'La Secretaría de Salud de Tamaulipas puso en marcha la temporada invernal',
         'y acudir a la unidad de salud más cercana.',
         ['GOBIERNO DE TAMAULIPAS',
          'No. 318/2023',
          'Se aplicarán más de 820 mil dosis hasta marzo de 2024',
          'Prioridad para menores de cinco años, embarazadas y mayores de 60',
          'Cd. Victoria, Tamaulipas, 9 de octubre de 2023.-',
          '-oOo-',
          'Unidad de Comunicación Social',
          'prensa.salud@tamaulipas.example'],
         ['En esta temporada se recibieron del nivel federal 824 mil dosis de vacuna tetravalente, que se distribuirán de acuerdo con el número de habitantes de cada jurisdicción sanitaria.',
          'En los municipios fronterizos de Nuevo Laredo, Reynosa y Matamoros se instalarán puestos de vacunación en los puentes internacionales y en las centrales de autobuses.'],
         source='Secretaría de Salud de Tamaulipas',
         bulletin_number='318/2023',
         issuer='Secretaría de Salud de Tamaulipas',
         dateline_city='Cd. Victoria'),
    bom=True)

# s09 - Congreso del Estado de Yucatán (state congress). UTF-8, LF.
# Logo image, bold 'H. CONGRESO' header + legislature line, 'Comunicado 071/2024',
# bold title WRAPPED over two lines, a PLAIN subtitle line (body), dateline
# with ', a' opening the next paragraph, '* * *' end marker, press unit + handles.
add('s09.markdown', """
![Logotipo](/img/logo-congreso.png)

**H. CONGRESO DEL ESTADO DE YUCATÁN**
**LXIII Legislatura**

Comunicado 071/2024

**APRUEBA PLENO REFORMA PARA PROTEGER
CENOTES Y CUEVAS DEL ESTADO**

La iniciativa establece multas de hasta 5 mil UMA a quien vierta residuos en cuerpos de agua subterráneos.

Mérida, Yucatán, a 22 de mayo de 2024.- Con 31 votos a favor y 4 en contra, el Pleno aprobó reformas a la Ley de Protección al Medio Ambiente para reconocer a los cenotes, grutas y cuevas como patrimonio natural del estado y establecer un registro público de estos sitios.

La reforma obliga a los ayuntamientos a incluir los cenotes de su territorio en los programas de ordenamiento ecológico y prohíbe construir fosas sépticas a menos de cien metros de cualquier cuerpo de agua subterráneo.

Durante la discusión, la diputada Lourdes Chi Pool, presidenta de la Comisión de Medio Ambiente, recordó que en la península existen más de 2,200 cenotes registrados y que muchos reciben descargas de granjas porcícolas y desarrollos inmobiliarios.

Los legisladores que votaron en contra consideraron que las sanciones pueden afectar a ejidatarios que ofrecen servicios turísticos y pidieron una etapa de regularización más amplia.

El dictamen establece un plazo de 180 días para que la Secretaría de Desarrollo Sustentable publique el registro y de un año para que los municipios actualicen sus reglamentos.

La reforma entrará en vigor al día siguiente de su publicación en el Diario Oficial del Gobierno del Estado.

* * *

Unidad de Comunicación Social
comunicacion@congresoyucatan.example
Facebook e Instagram: @LegislaturaYuc
""", gold('press_release',
         'APRUEBA PLENO REFORMA PARA PROTEGER CENOTES Y CUEVAS DEL ESTADO',
         '2024-05-22',
         'La iniciativa establece multas de hasta 5 mil UMA',
         'al día siguiente de su publicación en el Diario Oficial del Gobierno del Estado.',
         ['H. CONGRESO DEL ESTADO DE YUCATÁN',
          'LXIII Legislatura',
          'Comunicado 071/2024',
          'Mérida, Yucatán, a 22 de mayo de 2024.-',
          '* * *',
          'Unidad de Comunicación Social',
          'comunicacion@congresoyucatan.example',
          '@LegislaturaYuc'],
         ['Con 31 votos a favor y 4 en contra, el Pleno aprobó reformas a la Ley de Protección al Medio Ambiente para reconocer a los cenotes, grutas y cuevas como patrimonio natural del estado y establecer un registro público de estos sitios.',
          'Los legisladores que votaron en contra consideraron que las sanciones pueden afectar a ejidatarios que ofrecen servicios turísticos y pidieron una etapa de regularización más amplia.'],
         source='Congreso del Estado de Yucatán',
         bulletin_number='071/2024',
         issuer='Congreso del Estado de Yucatán',
         dateline_city='Mérida'))

# s13 - Poder Judicial del Estado de San Luis Potosí (court). Windows-1252, CRLF.
# Three header lines, 'Núm. 045' (leading zero stays), dateline with a
# SEMICOLON on its own line before the title, '-30-' end marker, contact block.
add('s13.txt', """
PODER JUDICIAL DEL ESTADO DE SAN LUIS POTOSÍ
Supremo Tribunal de Justicia
Coordinación de Comunicación Social

Núm. 045

San Luis Potosí, S.L.P.; a 21 de agosto de 2023

INSTALAN PRIMER JUZGADO ESPECIALIZADO EN VIOLENCIA FAMILIAR EN LA HUASTECA

El Pleno del Supremo Tribunal de Justicia aprobó la creación del Juzgado Especializado en Violencia Familiar del Distrito Judicial de Ciudad Valles, el primero de su tipo fuera de la capital potosina, que comenzará a funcionar el próximo 4 de septiembre.

El nuevo órgano atenderá asuntos de los municipios de Ciudad Valles, Tamuín, Ébano, San Vicente Tancuayalab y Aquismón, donde hasta ahora estos casos se tramitaban en juzgados mixtos con una alta carga de expedientes.

El magistrado presidente informó que el juzgado contará con una jueza, dos secretarios de acuerdos, una psicóloga y una intérprete de lengua tének, ya que cerca de una cuarta parte de las usuarias de la región son hablantes de una lengua indígena.

Las órdenes de protección podrán solicitarse las 24 horas mediante una guardia telefónica y se resolverán en un plazo máximo de ocho horas, como lo establece la ley estatal de acceso de las mujeres a una vida libre de violencia.

Para su operación se destinó un inmueble en la zona centro de Ciudad Valles, adaptado con una sala de espera separada para víctimas y una cámara de Gesell para entrevistar a niñas y niños.

El Consejo de la Judicatura evaluará en seis meses la carga de trabajo para decidir si se abre un segundo juzgado en Matehuala.

-30-

Coordinación de Comunicación Social
Tel. 444 555 0321 / 444 555 0322
comunicacion@pjslp.example
""", gold('press_release',
         'INSTALAN PRIMER JUZGADO ESPECIALIZADO EN VIOLENCIA FAMILIAR EN LA HUASTECA',
         '2023-08-21',
         'El Pleno del Supremo Tribunal de Justicia aprobó la creación',
         'para decidir si se abre un segundo juzgado en Matehuala.',
         ['PODER JUDICIAL DEL ESTADO DE SAN LUIS POTOSÍ',
          'Núm. 045',
          'San Luis Potosí, S.L.P.; a 21 de agosto de 2023',
          '-30-',
          'Tel. 444 555 0321 / 444 555 0322',
          'comunicacion@pjslp.example'],
         ['El nuevo órgano atenderá asuntos de los municipios de Ciudad Valles, Tamuín, Ébano, San Vicente Tancuayalab y Aquismón, donde hasta ahora estos casos se tramitaban en juzgados mixtos con una alta carga de expedientes.',
          'El Consejo de la Judicatura evaluará en seis meses la carga de trabajo para decidir si se abre un segundo juzgado en Matehuala.'],
         source='Poder Judicial del Estado de San Luis Potosí',
         bulletin_number='045',
         issuer='Poder Judicial del Estado de San Luis Potosí',
         dateline_city='San Luis Potosí'),
    encoding='cp1252', eol='crlf')

# ---------------------------------------------------------------------------
# PRESS RELEASES (part 2): s17, s21, s25, s29
# ---------------------------------------------------------------------------

# s17 - Universidad Politécnica del Soconusco (university, Tapachula, Chiapas).
# UTF-8, LF, no-break spaces. The issuer's name appears ONLY in the logo line;
# 'Boletín UPS-089/2022' (office prefix stays); PLAIN bullets under the title
# (body); dateline opens the paragraph after the bullets; photo credit line;
# '###' end marker (an empty Markdown heading) and a contact block after it.
add('s17.md', """
![Universidad Politécnica del Soconusco](/assets/logo-ups.png)

Boletín UPS-089/2022

## Estudiantes de Agroindustria desarrollan harina de plátano para panaderías de la región

- Más de 300@@NB@@kilos de plátano de rechazo se aprovechan cada semana
- El proyecto compite en la etapa nacional de innovación tecnológica

Foto: Coordinación de Difusión UPS

Tapachula, Chiapas, a 7 de noviembre de 2022.- Un equipo de cinco estudiantes de la carrera de Ingeniería Agroindustrial desarrolló una harina de plátano verde sin gluten que ya se utiliza en tres panaderías del centro de la ciudad y que aprovecha la fruta que las empacadoras descartan por no cumplir los estándares de exportación.

El proceso consiste en pelar, rebanar y deshidratar el plátano en un secador solar construido por los propios alumnos, para después molerlo y tamizarlo. Con cada 100 kilos de fruta fresca se obtienen alrededor de 22 kilos de harina.

La asesora del proyecto, la doctora Gabriela Nucamendi Ruiz, explicó que en la región del Soconusco se desechan cada año miles de toneladas de plátano que terminan en tiraderos o como alimento para ganado, por lo que la harina representa una alternativa de ingreso para los pequeños productores.

Los estudiantes firmaron un acuerdo con una cooperativa de Huehuetán para instalar una segunda planta piloto a principios del próximo año, con apoyo de un fondo estatal para emprendimiento.

El proyecto fue seleccionado para la etapa nacional del certamen de innovación tecnológica que se realizará en diciembre en la ciudad de Puebla, donde competirá con otros 60@@NB@@equipos de instituciones de todo el país.

###

Coordinación de Difusión y Comunicación
difusion@upsoconusco.example | Tel. 962 555 0417
""", gold('press_release',
         'Estudiantes de Agroindustria desarrollan harina de plátano para panaderías de la región',
         '2022-11-07',
         'Más de 300 kilos de plátano de rechazo se aprovechan cada semana',
         'con otros 60 equipos de instituciones de todo el país.',
         ['Boletín UPS-089/2022',
          'Tapachula, Chiapas, a 7 de noviembre de 2022.-',
          'Foto: Coordinación de Difusión UPS',
          'Coordinación de Difusión y Comunicación',
          'difusion@upsoconusco.example',
          'Tel. 962 555 0417'],
         ['El proyecto compite en la etapa nacional de innovación tecnológica',
          'Con cada 100 kilos de fruta fresca se obtienen alrededor de 22 kilos de harina.',
          'Los estudiantes firmaron un acuerdo con una cooperativa de Huehuetán para instalar una segunda planta piloto a principios del próximo año, con apoyo de un fondo estatal para emprendimiento.'],
         source='Universidad Politécnica del Soconusco',
         bulletin_number='UPS-089/2022',
         issuer='Universidad Politécnica del Soconusco',
         dateline_city='Tapachula',
         photo_credit='Coordinación de Difusión UPS'))

# s21 - Organismo Operador de Agua de Celaya (water utility, Guanajuato).
# UTF-8, MIXED line endings, trailing spaces. 'COMUNICADO DE PRENSA', issuer line,
# dateline on its own line with the state abbreviation, title in sentence case,
# PLAIN subtitle (body), no bulletin number, 'FIN' end marker + contacts.
add('s21.text', """
COMUNICADO DE PRENSA
ORGANISMO OPERADOR DE AGUA DE CELAYA@@TS@@
Celaya, Gto., 28 de junio de 2024

Suspenderán el servicio de agua en 26 colonias del norte de Celaya por obras en el pozo 41
Los trabajos durarán 36 horas a partir del martes 2 de julio.@@TS@@

El Organismo Operador de Agua de Celaya informó que realizará la sustitución del equipo de bombeo y de la línea de conducción del pozo 41, ubicado en la colonia Las Insurgentes, lo que obligará a suspender el suministro en 26 colonias del norte de la ciudad.

El corte iniciará a las 6:00 horas del martes y se prevé que el servicio se restablezca de manera gradual a partir de las 18:00 horas del miércoles. Entre las zonas afectadas se encuentran Las Insurgentes, Valle del Real, Rancho Seco, Girasoles y Los Olivos.@@TS@@

El director del organismo, Arturo Mendoza Ramírez, explicó que el pozo tiene más de 30 años en operación y que en los últimos meses ha presentado fallas frecuentes que dejaron sin agua a miles de familias sin previo aviso.

Durante la suspensión se distribuirá agua potable con 12 pipas, que recorrerán las colonias de acuerdo con un calendario que se publicará en las redes sociales del organismo. Los hospitales y escuelas tendrán prioridad.

Se recomienda a la población almacenar agua en recipientes limpios y tapados, revisar que los tinacos estén cerrados y reportar cualquier fuga al número de atención de 24 horas.

La inversión en el pozo es de 7.2 millones de pesos, con recursos propios del organismo.

FIN

Contacto: comunicacion@aguacelaya.example · Tel. 461 555 0098
Facebook: Agua de Celaya Oficial
""", gold('press_release',
         'Suspenderán el servicio de agua en 26 colonias del norte de Celaya por obras en el pozo 41',
         '2024-06-28',
         'Los trabajos durarán 36 horas a partir del martes 2 de julio.',
         'con recursos propios del organismo.',
         ['COMUNICADO DE PRENSA',
          'Celaya, Gto., 28 de junio de 2024',
          'FIN',
          'Contacto: comunicacion@aguacelaya.example',
          'Tel. 461 555 0098',
          'Facebook: Agua de Celaya Oficial'],
         ['El corte iniciará a las 6:00 horas del martes y se prevé que el servicio se restablezca de manera gradual a partir de las 18:00 horas del miércoles.',
          'Durante la suspensión se distribuirá agua potable con 12 pipas, que recorrerán las colonias de acuerdo con un calendario que se publicará en las redes sociales del organismo.'],
         source='Organismo Operador de Agua de Celaya',
         issuer='Organismo Operador de Agua de Celaya',
         dateline_city='Celaya'),
    eol='mixed')

# s25 - Comisión Estatal de Derechos Humanos de Durango (autonomous body).
# Windows-1252, LF. Issuer header in capitals, HTML comment left by the CMS,
# 'Comunicado CEDH/112/2023', '##' title in sentence case (NOT wire: no outlet),
# dateline with abbreviation opening the first paragraph, '---000---' marker,
# contact block with social handles.
add('s25.md', """
COMISIÓN ESTATAL DE DERECHOS HUMANOS DE DURANGO
<!-- plantilla: boletin-v2 -->
Comunicado CEDH/112/2023

## Recibe la CEDH 1,348 quejas en 2023; la mayoría contra policías municipales

Victoria de Durango, Dgo., 10 de diciembre de 2023.- En el marco del Día Internacional de los Derechos Humanos, el organismo presentó su informe anual de actividades, en el que reporta 1,348 quejas recibidas entre enero y noviembre, 11 por ciento más que el año anterior.

Las corporaciones de seguridad pública municipales concentraron 39 por ciento de los señalamientos, principalmente por detenciones arbitrarias, uso excesivo de la fuerza y retención de pertenencias durante revisiones en la vía pública.

En segundo lugar se ubicaron las instituciones de salud, con quejas por negativa de atención, falta de medicamentos y diferimiento de cirugías, seguidas por el sector educativo.

El presidente del organismo, Saúl Herrera Quiñones, informó que se emitieron 23 recomendaciones, de las cuales 17 fueron aceptadas, cuatro se encuentran en plazo de respuesta y dos fueron rechazadas por ayuntamientos de la región de Las Quebradas.

Asimismo, se impartieron 412 cursos y talleres de capacitación a servidores públicos y se atendió a 96 personas en situación de desplazamiento interno en los municipios de Tamazula y Canelas.

El ombudsperson llamó a los cabildos a destinar recursos para la profesionalización de sus policías y recordó que las quejas pueden presentarse por escrito, por teléfono o en las visitadurías regionales de Gómez Palacio, Santiago Papasquiaro y Guadalupe Victoria.

---000---

Área de Comunicación Social
Tels. 618 555 0270 y 618 555 0271
Síguenos: @CEDHDurangoEx
""", gold('press_release',
         'Recibe la CEDH 1,348 quejas en 2023; la mayoría contra policías municipales',
         '2023-12-10',
         'En el marco del Día Internacional de los Derechos Humanos',
         'Gómez Palacio, Santiago Papasquiaro y Guadalupe Victoria.',
         ['COMISIÓN ESTATAL DE DERECHOS HUMANOS DE DURANGO',
          '<!-- plantilla: boletin-v2 -->',
          'Comunicado CEDH/112/2023',
          'Victoria de Durango, Dgo., 10 de diciembre de 2023.-',
          '---000---',
          'Área de Comunicación Social',
          'Tels. 618 555 0270 y 618 555 0271',
          '@CEDHDurangoEx'],
         ['Las corporaciones de seguridad pública municipales concentraron 39 por ciento de los señalamientos, principalmente por detenciones arbitrarias, uso excesivo de la fuerza y retención de pertenencias durante revisiones en la vía pública.',
          'Asimismo, se impartieron 412 cursos y talleres de capacitación a servidores públicos y se atendió a 96 personas en situación de desplazamiento interno en los municipios de Tamazula y Canelas.'],
         source='Comisión Estatal de Derechos Humanos de Durango',
         bulletin_number='CEDH/112/2023',
         issuer='Comisión Estatal de Derechos Humanos de Durango',
         dateline_city='Victoria de Durango'),
    encoding='cp1252')

# s29 - Sistema DIF Ahome (DIF, Los Mochis, Sinaloa). UTF-8 with BOM, CRLF.
# Municipal-government header ABOVE the DIF (different level -> boilerplate),
# 'Boletín: 0457' (colon stripped, leading zero stays), title in capitals,
# dateline with a SEMICOLON and an en dash opening the first paragraph,
# 'oo0oo' end marker, contact block with a zero-width space in a handle line.
add('s29.txt', """
H. AYUNTAMIENTO DE AHOME 2021-2024
SISTEMA DIF AHOME
Boletín: 0457

ENTREGA DIF AHOME 350 APARATOS AUDITIVOS A NIÑAS, NIÑOS Y PERSONAS ADULTAS MAYORES

Los Mochis, Sinaloa; a 15 de enero de 2024.– Un total de 350 aparatos auditivos fueron entregados por el Sistema DIF Ahome a niñas, niños y personas adultas mayores de 42 comunidades del municipio, luego de una jornada de valoración audiológica realizada en diciembre.

La entrega se llevó a cabo en el auditorio de la Unidad Básica de Rehabilitación, donde especialistas explicaron a las familias el uso, la limpieza y el cambio de baterías de los aparatos.

La presidenta del organismo, Mariela Valenzuela Armenta, señaló que cada aparato tiene un costo comercial cercano a los 9 mil pesos, por lo que muchas familias de la zona rural no habían podido adquirirlos. "Hoy hay niños que van a escuchar a su maestra por primera vez con claridad", dijo.

Entre los beneficiarios hay 128 menores de edad que fueron detectados en escuelas primarias de los ejidos de la zona norte, como parte del programa de tamiz auditivo escolar.

El DIF informó que las personas que recibieron un aparato tendrán consultas de seguimiento a los tres y seis meses para ajustar el volumen y revisar su adaptación, y que quienes no alcanzaron lugar en esta jornada quedaron en lista de espera para la siguiente entrega, prevista para mayo.

oo0oo

Coordinación de Comunicación Social DIF Ahome
Tel. 668 555 0142
@@ZW@@@DIFAhomeOficial
""", gold('press_release',
         'ENTREGA DIF AHOME 350 APARATOS AUDITIVOS A NIÑAS, NIÑOS Y PERSONAS ADULTAS MAYORES',
         '2024-01-15',
         'Un total de 350 aparatos auditivos fueron entregados',
         'quedaron en lista de espera para la siguiente entrega, prevista para mayo.',
         ['H. AYUNTAMIENTO DE AHOME 2021-2024',
          'Boletín: 0457',
          'Los Mochis, Sinaloa; a 15 de enero de 2024.–',
          'oo0oo',
          'Coordinación de Comunicación Social DIF Ahome',
          'Tel. 668 555 0142',
          '@DIFAhomeOficial'],
         ['La entrega se llevó a cabo en el auditorio de la Unidad Básica de Rehabilitación, donde especialistas explicaron a las familias el uso, la limpieza y el cambio de baterías de los aparatos.',
          'Entre los beneficiarios hay 128 menores de edad que fueron detectados en escuelas primarias de los ejidos de la zona norte, como parte del programa de tamiz auditivo escolar.'],
         source='Sistema DIF Ahome',
         bulletin_number='0457',
         issuer='Sistema DIF Ahome',
         dateline_city='Los Mochis'),
    bom=True, eol='crlf')

# ---------------------------------------------------------------------------
# JEKYLL (part 1): s03, s07, s11
# ---------------------------------------------------------------------------

# s03 - Bitácora Regia (Monterrey, Nuevo León). UTF-8, LF.
# Bare YAML date, flow categories with a placement flag first, 'source:' key,
# <!--more--> excerpt separator and a Liquid include in the body.
add('s03.md', """
---
layout: post
title: "Monterrey estrena ciclovía confinada de seis kilómetros en avenida Constitución"
date: 2023-05-12
categories: [Portada, Movilidad]
tags: [ciclovía, Monterrey, movilidad]
author: Sofía Garza Leal
source: Bitácora Regia
image: /assets/img/2023/ciclovia-constitucion.jpg
---

El Gobierno de Monterrey abrió este viernes la ciclovía confinada de la avenida Constitución, un tramo de seis kilómetros que va del puente Zaragoza al parque Fundidora y que separa a los ciclistas del tránsito con bolardos y guarniciones de concreto.

<!--more-->

La obra costó 48 millones de pesos e incluyó semáforos exclusivos para bicicletas en nueve cruceros, rampas en las esquinas y 14 estaciones de reparación con herramienta básica y bomba de aire.

De acuerdo con la Secretaría de Movilidad municipal, en un día hábil circulan por la zona alrededor de 2,100 ciclistas, la mayoría trabajadores que se trasladan desde Guadalupe y el oriente de la ciudad hacia el centro.

{% include anuncio-horizontal.html %}

Colectivos ciclistas celebraron la apertura, aunque advirtieron que la ruta se interrumpe al llegar a Fundidora y no conecta con la ciclovía de la avenida Madero. "Una ciclovía que no lleva a ningún lado se queda vacía", dijo Arturo Leal, integrante de un grupo de rodadas nocturnas.

El municipio informó que el siguiente tramo, hacia la avenida Churubusco, se licitará en el segundo semestre, y que se instalarán cámaras para multar a los automovilistas que invadan el carril.

Durante las primeras dos semanas habrá personal de Tránsito en los cruces con mayor aforo para orientar a conductores y peatones sobre el funcionamiento de los nuevos semáforos.
""", gold('jekyll',
         'Monterrey estrena ciclovía confinada de seis kilómetros en avenida Constitución',
         '2023-05-12',
         'El Gobierno de Monterrey abrió este viernes la ciclovía confinada',
         'sobre el funcionamiento de los nuevos semáforos.',
         ['layout: post',
          '<!--more-->',
          'categories: [Portada, Movilidad]',
          'image: /assets/img/2023/ciclovia-constitucion.jpg',
          '{% include anuncio-horizontal.html %}'],
         ['La obra costó 48 millones de pesos e incluyó semáforos exclusivos para bicicletas en nueve cruceros, rampas en las esquinas y 14 estaciones de reparación con herramienta básica y bomba de aire.',
          'Colectivos ciclistas celebraron la apertura, aunque advirtieron que la ruta se interrumpe al llegar a Fundidora y no conecta con la ciclovía de la avenida Madero.'],
         bylines=['Sofía Garza Leal'], source='Bitácora Regia',
         section='Movilidad', placement=['Portada']))

# s07 - Crónica Zacatecana (Zacatecas). UTF-8, LF.
# QUOTED date with time and a -06:00 offset late in the evening (UTC would be the
# next day), BLOCK-style categories with the placement flag first, block list of
# two authors, 'medio:' key, Liquid {{ site.baseurl }} image and a photo credit.
add('s07.md', """
---
layout: articulo
title: "Festival de Calaveras cierra con 40 mil asistentes en el centro de Zacatecas"
date: "2022-11-03 23:40:00 -0600"
categories:
  - Destacadas
  - Cultura
tags:
  - Día de Muertos
  - Zacatecas
author:
  - Elena Bañuelos Ríos
  - Tomás Acuña Delgado
medio: Crónica Zacatecana
---

Con un desfile de carros alegóricos y más de 600 catrinas y catrines que recorrieron la avenida Hidalgo, concluyó la noche de este jueves el Festival de Calaveras, que de acuerdo con el Instituto de Cultura municipal reunió a unas 40 mil personas a lo largo de cinco días.

![Desfile de catrinas]({{ site.baseurl }}/assets/img/2022/desfile-catrinas.jpg)

Foto: Elena Bañuelos Ríos

La edición de este año incluyó un concurso de altares en el que participaron 54 escuelas, talleres de papel picado en la Plaza de Armas y recorridos nocturnos por el panteón de La Purísima, cuyos boletos se agotaron desde el primer día.

Comerciantes del mercado González Ortega reportaron ventas hasta 30 por ciento mayores que en 2021, sobre todo de pan de muerto, flor de cempasúchil y dulces de leche.

El primer lugar del concurso de altares fue para la secundaria técnica de la colonia Lázaro Cárdenas, que montó una ofrenda dedicada a los mineros que han muerto en las minas del estado.

La directora del instituto, Adriana Ruelas Carrillo, informó que para la próxima edición se buscará ampliar el desfile a la calzada Solidaridad, ya que este año muchas familias no alcanzaron a ver el paso de los carros por la saturación del Centro Histórico.

Protección Civil reportó saldo blanco, con 37 atenciones menores, la mayoría por deshidratación y pequeñas caídas.
""", gold('jekyll',
         'Festival de Calaveras cierra con 40 mil asistentes en el centro de Zacatecas',
         '2022-11-03',
         'Con un desfile de carros alegóricos y más de 600 catrinas',
         'con 37 atenciones menores, la mayoría por deshidratación y pequeñas caídas.',
         ['layout: articulo',
          'medio: Crónica Zacatecana',
          'Foto: Elena Bañuelos Ríos'],
         ['La edición de este año incluyó un concurso de altares en el que participaron 54 escuelas, talleres de papel picado en la Plaza de Armas y recorridos nocturnos por el panteón de La Purísima, cuyos boletos se agotaron desde el primer día.',
          'Comerciantes del mercado González Ortega reportaron ventas hasta 30 por ciento mayores que en 2021, sobre todo de pan de muerto, flor de cempasúchil y dulces de leche.'],
         bylines=['Elena Bañuelos Ríos', 'Tomás Acuña Delgado'],
         source='Crónica Zacatecana', section='Cultura', placement=['Destacadas'],
         photo_credit='Elena Bañuelos Ríos'))

# s11 - La Pluma de Aguascalientes (Aguascalientes). UTF-8, LF.
# Title as a FOLDED YAML scalar over two lines, ISO date-time with offset on New
# Year's Eve (UTC would already be next year), 'published: false', single
# 'category:' string, author 'Redacción ...' (no people), no site key.
add('s11.md', """
---
layout: post
title: >-
  Cierran el Centro de Aguascalientes al tránsito
  para recibir el Año Nuevo en la Plaza de la Patria
date: 2023-12-31T21:45:00-06:00
category: Sociedad
author: Redacción La Pluma
published: false
---

A partir de las 20:00 horas de este domingo, las calles del primer cuadro de la capital quedaron cerradas a la circulación vehicular para el festejo de Año Nuevo que organiza el municipio en la Plaza de la Patria, donde se espera la asistencia de unas 25 mil personas.

Los cierres comprenden la avenida Madero desde la calle Morelos, así como Juárez, Allende y Nieto, y se mantendrán hasta las 3:00 horas del lunes. Las rutas de camiones urbanos que cruzan el Centro fueron desviadas por la avenida López Mateos.

El programa incluye la presentación de una orquesta de música tropical, un grupo de rock local y un espectáculo de luces proyectado sobre la fachada de la Catedral, en sustitución de los fuegos artificiales que se usaban en años anteriores.

La Secretaría de Seguridad Pública municipal desplegó 420 elementos y habilitó tres puntos de revisión en los accesos a la plaza, donde no se permitirá el ingreso con bebidas alcohólicas, objetos punzocortantes ni pirotecnia.

Las autoridades recordaron que disparar armas al aire es un delito que se castiga con cárcel y pidieron denunciarlo al 911. También recomendaron acordar un punto de reunión en caso de que alguien se extravíe entre la multitud.

El DIF instalará un módulo de niñas y niños extraviados junto a la Exedra.
""", gold('jekyll',
         'Cierran el Centro de Aguascalientes al tránsito para recibir el Año Nuevo en la Plaza de la Patria',
         '2023-12-31',
         'A partir de las 20:00 horas de este domingo',
         'un módulo de niñas y niños extraviados junto a la Exedra.',
         ['layout: post',
          'category: Sociedad',
          'author: Redacción La Pluma',
          'published: false'],
         ['Las rutas de camiones urbanos que cruzan el Centro fueron desviadas por la avenida López Mateos.',
          'Las autoridades recordaron que disparar armas al aire es un delito que se castiga con cárcel y pidieron denunciarlo al 911.'],
         published=False, bylines=[], source=None, section='Sociedad'))

# ---------------------------------------------------------------------------
# JEKYLL (part 2): s15, s18, s23, s26
# ---------------------------------------------------------------------------

# s15 - Muralla Digital (Campeche). UTF-8 with BOM, CRLF.
# BOM before the front matter, NAIVE date-time on a leap day, only a placement
# category (section null), block tags, author with 'Por:' prefix, 'outlet:' key,
# kramdown IAL and a Liquid include with arguments.
add('s15.markdown', """
---
layout: nota
title: "Campeche amplía horario de la Puerta de Tierra por temporada de cruceros"
date: 2020-02-29 08:00
categories: [Portada]
tags:
  - turismo
  - cruceros
  - Centro Histórico
author: "Por: Jimena Chablé Uc"
outlet: Muralla Digital
---

A partir de este sábado, la Puerta de Tierra y el tramo de muralla que la une con el baluarte de San Juan permanecerán abiertos hasta las 21:00 horas de martes a domingo, para atender a los visitantes que llegan en los cruceros que atracan en el puerto de Seybaplaya.
{: .lead}

El Instituto de Cultura estatal informó que el espectáculo de luz y sonido, que narra los ataques de piratas a la ciudad durante los siglos XVI y XVII, tendrá dos funciones los viernes y sábados, a las 19:00 y a las 20:30 horas.

La tarifa para visitantes nacionales será de 60 pesos y de 120 pesos para extranjeros. Las personas campechanas con credencial de elector del estado podrán entrar gratis los domingos.

{% include video.html id="puerta-tierra-2020" %}

Según la Secretaría de Turismo, entre enero y marzo se espera el arribo de 14 cruceros con cerca de 30 mil pasajeros, quienes son trasladados en autobuses al Centro Histórico para recorridos de entre cuatro y seis horas.

Guías de turistas del barrio de San Román pidieron que también se amplíe el horario de los museos de los baluartes, que cierran a las 17:00 horas, y que se mejore la señalización en inglés.

El instituto anunció que en abril se abrirá un recorrido nocturno por el barrio de Guadalupe.
""", gold('jekyll',
         'Campeche amplía horario de la Puerta de Tierra por temporada de cruceros',
         '2020-02-29',
         'A partir de este sábado, la Puerta de Tierra',
         'se abrirá un recorrido nocturno por el barrio de Guadalupe.',
         ['layout: nota',
          'outlet: Muralla Digital',
          '{: .lead}',
          '{% include video.html id="puerta-tierra-2020" %}'],
         ['La tarifa para visitantes nacionales será de 60 pesos y de 120 pesos para extranjeros.',
          'Guías de turistas del barrio de San Román pidieron que también se amplíe el horario de los museos de los baluartes, que cierran a las 17:00 horas, y que se mejore la señalización en inglés.'],
         bylines=['Jimena Chablé Uc'], source='Muralla Digital',
         section=None, placement=['Portada']),
    bom=True, eol='crlf')

# s18 - Semillero Oaxaqueño (Oaxaca). UTF-8, LF, no-break spaces, trailing spaces.
# DAY-FIRST date 23/04/2019, 'status: draft', space-separated 'categories:' string
# with the placement flag first, Spanish 'autor:' key, 'site:' key, an HTML
# comment and a Liquid include at the end.
add('s18.md', """
---
layout: post
title: "Escuelas de la Mixteca reciben 120 paneles solares para sus aulas de cómputo"
date: 23/04/2019
categories: Destacadas Educación
autor: Reyna Martínez Cruz
site: Semillero Oaxaqueño
status: draft
---

<!-- pendiente: confirmar cifra con el IEEPO -->

Un total de 31 escuelas primarias y telesecundarias de la región Mixteca recibieron 120 paneles solares que permitirán poner en funcionamiento sus aulas de cómputo, muchas de ellas instaladas desde hace años pero sin uso por falta de energía eléctrica estable.@@TS@@

Los equipos fueron donados por una fundación de ingenieros egresados de la región y serán instalados por estudiantes de un instituto tecnológico de Huajuapan de León como parte de su servicio social.

Las comunidades beneficiadas pertenecen a los municipios de San Juan Mixtepec, Santiago Juxtlahuaca y Tlaxiaco, donde los apagones pueden durar varios días durante la temporada de lluvias.

El supervisor escolar de la zona, Fidel Hernández Bautista, explicó que cada escuela contará con baterías para almacenar energía durante cuatro horas, suficientes para una jornada de clases de computación.@@NB@@«Los niños ya conocían las computadoras, pero sólo de verlas tapadas con una sábana», dijo.

Las madres y padres de familia se comprometieron a vigilar los paneles, ya que en años anteriores se han reportado robos de cableado en escuelas de la región.

La fundación prevé entregar otros 200@@NB@@paneles antes de que termine el ciclo escolar, principalmente en escuelas de la Costa y la Sierra Sur.

{% include comparte.html %}
""", gold('jekyll',
         'Escuelas de la Mixteca reciben 120 paneles solares para sus aulas de cómputo',
         '2019-04-23',
         'Un total de 31 escuelas primarias y telesecundarias',
         'principalmente en escuelas de la Costa y la Sierra Sur.',
         ['<!-- pendiente: confirmar cifra con el IEEPO -->',
          'status: draft',
          'site: Semillero Oaxaqueño',
          '{% include comparte.html %}'],
         ['Las comunidades beneficiadas pertenecen a los municipios de San Juan Mixtepec, Santiago Juxtlahuaca y Tlaxiaco, donde los apagones pueden durar varios días durante la temporada de lluvias.',
          'Las madres y padres de familia se comprometieron a vigilar los paneles, ya que en años anteriores se han reportado robos de cableado en escuelas de la región.'],
         published=False, bylines=['Reyna Martínez Cruz'],
         source='Semillero Oaxaqueño', section='Educación', placement=['Destacadas']))

# s23 - Ensenada Ciudadana (Ensenada, Baja California). UTF-8, CRLF.
# Spanish 'fecha:' key written in words, 'published: yes', 'authors:' flow
# list, categories with a two-word section, no site key, a Liquid comment.
add('s23.md', """
---
layout: post
title: "Voluntarios retiran 3 toneladas de basura de la playa de San Miguel"
fecha: 5 de octubre de 2022
published: yes
authors: [Daniel Osuna Félix, Karla Meza Romo]
categories: [Medio Ambiente]
tags: [playas, limpieza, Ensenada]
---

Más de 350 voluntarios participaron el fin de semana en la jornada de limpieza de la playa de San Miguel, al norte de Ensenada, donde en cuatro horas se recolectaron alrededor de tres toneladas de residuos, principalmente botellas de plástico, colillas de cigarro y redes de pesca abandonadas.

{% comment %} revisar pie de foto {% endcomment %}

La actividad fue convocada por una asociación de surfistas y contó con el apoyo de la Zona Federal Marítimo Terrestre municipal, que proporcionó guantes, costales y un camión para trasladar los residuos al relleno sanitario.

De acuerdo con los organizadores, las colillas fueron el residuo más numeroso: se contaron más de 18 mil en un tramo de apenas un kilómetro. Cada una puede contaminar hasta 50 litros de agua, explicaron.

Estudiantes de oceanología de una universidad local clasificaron parte del material para un estudio sobre el origen de los desechos, que será presentado a finales de año ante el cabildo.

Surfistas de la zona pidieron instalar más contenedores y colocar señalamientos que prohíban fumar en la playa, así como vigilar los fines de semana, cuando llegan visitantes de Tijuana y Mexicali.

La asociación anunció que la siguiente jornada se realizará en noviembre en la playa Hermosa y que las inscripciones estarán abiertas en su página de internet.
""", gold('jekyll',
         'Voluntarios retiran 3 toneladas de basura de la playa de San Miguel',
         '2022-10-05',
         'Más de 350 voluntarios participaron el fin de semana',
         'las inscripciones estarán abiertas en su página de internet.',
         ['layout: post',
          'published: yes',
          '{% comment %} revisar pie de foto {% endcomment %}'],
         ['De acuerdo con los organizadores, las colillas fueron el residuo más numeroso: se contaron más de 18 mil en un tramo de apenas un kilómetro.',
          'Surfistas de la zona pidieron instalar más contenedores y colocar señalamientos que prohíban fumar en la playa, así como vigilar los fines de semana, cuando llegan visitantes de Tijuana y Mexicali.'],
         published=True, bylines=['Daniel Osuna Félix', 'Karla Meza Romo'],
         source=None, section='Medio Ambiente'),
    eol='crlf')

# s26 - El Andador Guanajuatense (Guanajuato, Guanajuato). UTF-8, LF.
# IMPOSSIBLE day-first date 31/06/2023 (-> null), unreadable 'published: quizás'
# (-> false), two placement flags before the real section, author with
# '| Outlet' suffix, 'site_name:' key, trailing 'Etiquetas:' line in the body.
add('s26.md', """
---
layout: post
title: "Callejoneadas del centro de Guanajuato tendrán tarifa única de 250 pesos"
date: 31/06/2023
published: quizás
categories: [Destacadas, Portada, Turismo, Cultura]
author: Valeria Ibarra Muñiz | El Andador
site_name: El Andador Guanajuatense
---

El Ayuntamiento de Guanajuato aprobó un reglamento que fija en 250 pesos por persona la tarifa de las callejoneadas que recorren el centro de la ciudad, después de varias quejas de turistas a quienes se cobraron cantidades distintas por el mismo recorrido.

La tarifa incluye el acompañamiento de la estudiantina durante aproximadamente una hora y media, el jarro conmemorativo y el paso por los callejones del Beso, del Truco y de la plazuela de San Roque.

Las agrupaciones deberán registrarse ante la Dirección de Fiscalización, portar un gafete visible y exhibir la tarifa en sus puntos de venta del jardín Unión y la plaza de la Paz.

Representantes de estudiantinas señalaron que la medida pone orden, pero pidieron que se combata a los vendedores que ofrecen recorridos sin músicos. "Hay quien cobra 150 pesos y los deja a medio callejón", dijo el director de una de las agrupaciones más antiguas.

El reglamento también limita a 80 personas el tamaño de cada grupo y prohíbe las callejoneadas después de la medianoche de domingo a jueves, para reducir las molestias a los vecinos del centro.

Quienes no respeten la tarifa podrán recibir multas de hasta 20 mil pesos y la suspensión de su registro.

Etiquetas: callejoneadas, estudiantinas, turismo
""", gold('jekyll',
         'Callejoneadas del centro de Guanajuato tendrán tarifa única de 250 pesos',
         None,
         'El Ayuntamiento de Guanajuato aprobó un reglamento',
         'multas de hasta 20 mil pesos y la suspensión de su registro.',
         ['site_name: El Andador Guanajuatense',
          'published: quizás',
          'Etiquetas: callejoneadas, estudiantinas, turismo'],
         ['La tarifa incluye el acompañamiento de la estudiantina durante aproximadamente una hora y media, el jarro conmemorativo y el paso por los callejones del Beso, del Truco y de la plazuela de San Roque.',
          'Representantes de estudiantinas señalaron que la medida pone orden, pero pidieron que se combata a los vendedores que ofrecen recorridos sin músicos.'],
         published=False, bylines=['Valeria Ibarra Muñiz'],
         source='El Andador Guanajuatense', section='Turismo',
         placement=['Destacadas', 'Portada']))

# ---------------------------------------------------------------------------
# GENERIC NOTES: s05, s14, s22, s30
# ---------------------------------------------------------------------------

# s05 - plain text note, Windows-1252, CRLF. First line is the title, no date
# line (date null), no author, no family markers.
add('s05.txt', """
Vecinos de Las Granjas acuerdan turnos para vigilar el parque lineal

La asamblea de vecinos del fraccionamiento Las Granjas, en la ciudad de Chihuahua, acordó el domingo organizar turnos de vigilancia voluntaria en el parque lineal que corre junto al canal, luego de que en las últimas semanas se robaran el cableado de las luminarias y dañaran los juegos infantiles.

A la reunión, celebrada en la cancha de básquetbol, asistieron unas 70 personas de las calles Sexta, Séptima y Octava. Se formaron grupos de cuatro vecinos que recorrerán el parque de 19:00 a 22:00 horas, con chalecos y silbatos que compró la mesa directiva con las cuotas de mantenimiento.

La tesorera de la asociación, doña Rebeca Chacón, informó que la reparación del alumbrado costaría unos 45 mil pesos y que ya se solicitó al municipio que la incluya en el programa de presupuesto participativo del próximo año.

También se acordó pedir una reunión con el comandante de la policía del distrito para que aumente los rondines nocturnos y para instalar un grupo de mensajería con el que los vecinos puedan reportar cualquier situación sospechosa.

Algunos asistentes se opusieron a cerrar el parque con rejas, como propusieron otros, porque consideran que el espacio debe seguir abierto para quienes salen a caminar o a correr temprano.

La siguiente asamblea será el primer domingo del próximo mes, en el mismo lugar, a las 10:00 horas.
""", gold('generic',
         'Vecinos de Las Granjas acuerdan turnos para vigilar el parque lineal',
         None,
         'La asamblea de vecinos del fraccionamiento Las Granjas',
         'en el mismo lugar, a las 10:00 horas.',
         [],
         ['La tesorera de la asociación, doña Rebeca Chacón, informó que la reparación del alumbrado costaría unos 45 mil pesos y que ya se solicitó al municipio que la incluya en el programa de presupuesto participativo del próximo año.']),
    encoding='cp1252', eol='crlf')

# s14 - Markdown note, UTF-8, LF. '#' title, 'Publicado:' date line, 'Por' line,
# sub-headings and a bullet list inside the body (all body).
add('s14.markdown', """
# Cómo tramitar el permiso de pesca deportiva en la laguna del Carpintero

Publicado: 12 de marzo de 2024
Por Gonzalo Ávila Reyes

Con la llegada de la temporada de robalo, cada vez más personas de Tampico y Ciudad Madero salen a pescar a la laguna del Carpintero. Lo que pocos saben es que la pesca deportiva, aun sin fines de venta, requiere un permiso federal que se tramita en línea o en las oficinas de pesca del puerto.

## Qué se necesita

- Identificación oficial vigente y CURP.
- Comprobante de pago de derechos, que se genera en el portal de trámites.
- Si se usa embarcación, la matrícula y el certificado de seguridad.

El permiso puede ser por un día, una semana, un mes o un año. El anual es el más conveniente para quienes pescan cada fin de semana, aunque su costo supera los 500 pesos.

## Qué está prohibido

En la laguna no se permite usar redes ni atarrayas con fines deportivos, y existe un límite de cinco piezas por persona al día, de las cuales sólo una puede ser robalo. Las piezas menores de la talla mínima deben regresarse vivas al agua.

Los inspectores realizan recorridos sobre todo en los embarcaderos del parque Metropolitano y del puente Tampico, y quien no tenga el permiso puede recibir una multa y perder su equipo.

## Dónde preguntar

La oficina de pesca atiende de lunes a viernes de 9:00 a 15:00 horas. También se puede consultar a los clubes de pesca de la zona, que suelen ayudar a sus socios a realizar el trámite.
""", gold('generic',
         'Cómo tramitar el permiso de pesca deportiva en la laguna del Carpintero',
         '2024-03-12',
         'Con la llegada de la temporada de robalo',
         'que suelen ayudar a sus socios a realizar el trámite.',
         ['Publicado: 12 de marzo de 2024', 'Por Gonzalo Ávila Reyes'],
         ['Si se usa embarcación, la matrícula y el certificado de seguridad.',
          'Las piezas menores de la talla mínima deben regresarse vivas al agua.'],
         bylines=['Gonzalo Ávila Reyes']))

# s22 - plain text field diary, UTF-8, CRLF, '.text' extension. Title in
# capitals, then a BARE dotted day-first date line, body paragraphs.
add('s22.text', """
BRIGADA DE REFORESTACIÓN EN LA SIERRA DE ARTEAGA
03.03.2023

Salimos de Saltillo a las seis de la mañana en dos camionetas prestadas por la preparatoria, con 42 estudiantes, cinco maestros y 1,200 plantas de pino piñonero que nos entregó el vivero forestal del estado.

El camino hacia el ejido San Antonio de las Alazanas estaba despejado, pero arriba la temperatura era de apenas cuatro grados y el viento hacía que los muchachos se amontonaran junto a las camionetas mientras el técnico forestal explicaba cómo abrir las cepas.

Trabajamos en una ladera que se quemó en el incendio de hace tres años. El técnico nos pidió dejar tres metros entre cada planta, colocar piedras alrededor para conservar la humedad y no pisar los brotes de encino que empezaron a salir solos.

A mediodía llevábamos plantados poco más de 900 pinos. Las señoras del ejido nos invitaron a comer frijoles con chile y tortillas de harina en la casa ejidal, y el comisariado nos contó que cada año suben menos ciervos porque el bosque se ha ido acabando.

Antes de bajar terminamos las 1,200 plantas. El vivero se comprometió a regresar en junio para contar cuántas sobrevivieron y reponer las que se hayan secado.

Para muchos de los estudiantes era la primera vez que veían la sierra desde tan cerca. En el camino de regreso casi nadie habló; la mayoría se quedó dormida.
""", gold('generic',
         'BRIGADA DE REFORESTACIÓN EN LA SIERRA DE ARTEAGA',
         '2023-03-03',
         'Salimos de Saltillo a las seis de la mañana',
         'casi nadie habló; la mayoría se quedó dormida.',
         ['03.03.2023'],
         ['Trabajamos en una ladera que se quemó en el incendio de hace tres años.',
          'A mediodía llevábamos plantados poco más de 900 pinos.']),
    eol='crlf')

# s30 - Markdown note, UTF-8, LF. SETEXT heading title, 'Publicado:' line with an
# IMPOSSIBLE date (30 de febrero -> null), an HTML comment and a block quote.
add('s30.md', """
Crónica de la Feria de la Naranja en Oxkutzcab
==============================================

Publicado: 30 de febrero de 2022

<!-- borrador para la revista de la casa de cultura -->

Desde temprano, las camionetas cargadas de naranja dulce, mandarina y toronja empiezan a formar fila en la entrada de Oxkutzcab. La feria, que cada año reúne a productores de todo el sur de Yucatán, abrió su edición número 56 con más de 120 puestos y un desfile de carros adornados con frutas.

En el mercado 20 de Noviembre, los comerciantes aseguran que la cosecha fue buena pero que el precio no acompaña: la rejilla de naranja se paga en el campo a menos de 60 pesos, casi lo mismo que hace cinco años, mientras que el fertilizante y el diésel para las bombas de riego cuestan el doble.

> "La naranja da, pero no deja", resume don Wilbert Canché, productor desde hace cuarenta años.

Por eso muchos jóvenes prefieren irse a trabajar a Cancún o a la Riviera Maya. Algunas cooperativas intentan cambiar la historia con jugos embotellados, mermeladas y licor de mandarina que se venden en la misma feria y en tiendas de Mérida.

Por la noche, la plaza principal se llena de familias que esperan la coronación de la reina y los bailes de jarana. Los niños corren entre los puestos de marquesitas y los jóvenes se forman para subir a la rueda de la fortuna.

La feria continuará hasta el domingo con concursos de la naranja más grande y de platillos elaborados con cítricos.
""", gold('generic',
         'Crónica de la Feria de la Naranja en Oxkutzcab',
         None,
         'Desde temprano, las camionetas cargadas de naranja dulce',
         'con concursos de la naranja más grande y de platillos elaborados con cítricos.',
         ['Publicado: 30 de febrero de 2022',
          '<!-- borrador para la revista de la casa de cultura -->'],
         ['Por eso muchos jóvenes prefieren irse a trabajar a Cancún o a la Riviera Maya.',
          'Algunas cooperativas intentan cambiar la historia con jugos embotellados, mermeladas y licor de mandarina que se venden en la misma feria y en tiendas de Mérida.']))

# ---------------------------------------------------------------------------
# BAD FILES: s10, s19, s27
# ---------------------------------------------------------------------------

# s10 - Jekyll front matter with NO body: only blank lines and whitespace
# (spaces, a tab) after the closing '---'. UTF-8, LF.
add('s10.md', """
---
layout: post
title: "Inauguran mercado municipal en Ciudad Obregón"
date: 2024-04-02
categories: [Economía]
author: Pablo Cota Valenzuela
---

@@TS@@
\t

""", bad_gold('El archivo solo contiene el encabezado de metadatos (front matter) y no tiene cuerpo de texto que importar.'))

# s19 - a web page saved from the browser as '.markdown' (DOCTYPE, head, nav,
# scripts, article). Refused rather than converted. UTF-8, CRLF.
add('s19.markdown', """
<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Rehabilitan malecón de Campeche | Golfo Abierto</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://golfoabierto.example/static/css/main.css">
<script async src="https://golfoabierto.example/static/js/analytics.js"></script>
</head>
<body class="single-post">
<nav class="menu"><a href="/">Inicio</a> | <a href="/local/">Local</a> | <a href="/deportes/">Deportes</a></nav>
<article>
<h1>Rehabilitan malecón de Campeche tras daños por el frente frío</h1>
<p class="byline">Por Ramiro Ehuán Cach | 18 de enero de 2024</p>
<p>El gobierno municipal inició la rehabilitación de dos kilómetros del malecón, donde el oleaje del frente frío número 24 destruyó barandales, bancas y parte de la ciclovía.</p>
<p>Los trabajos durarán seis semanas y tendrán un costo de 9.8 millones de pesos, según la Dirección de Obras Públicas.</p>
</article>
<div class="newsletter">Suscríbete a nuestro boletín</div>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({'event': 'pageview'});</script>
</body>
</html>
""", bad_gold('El archivo es una página web HTML guardada desde el navegador y no un texto de noticia en Markdown o texto plano, por lo que no se importa.'),
    eol='crlf')

# s27 - binary junk named '.txt': a JPEG/JFIF header followed by deterministic
# pseudo-random bytes with NULs (hashlib chain, so reproducible).
add('s27.txt', None,
    bad_gold('El archivo contiene datos binarios (parece una imagen JPEG) y no texto legible, por lo que no se puede importar.'),
    raw=(b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00'
         b'\xff\xdb\x00C\x00' + junk(2048) + b'\x00\x00\x00\x00' + junk(512, b'tail')
         + b'\xff\xd9'))


# ---------------------------------------------------------------------------
def main():
    names = [e['name'] for e in ENTRIES]
    assert len(names) == 30 and len(set(names)) == 30, names
    stems = sorted(n.split('.')[0] for n in names)
    assert stems == ['s%02d' % i for i in range(1, 31)], stems
    for e in ENTRIES:
        stem = e['name'].split('.')[0]
        with open(os.path.join(HERE, e['name']), 'wb') as f:
            f.write(to_bytes(e))
        with open(os.path.join(HERE, stem + '.gold.yaml'), 'wb') as f:
            f.write(dump_gold(e['gold']))
    fams = {}
    for e in ENTRIES:
        fams[e['gold']['family']] = fams.get(e['gold']['family'], 0) + 1
    print('wrote %d sources + %d gold files: %s' % (len(ENTRIES), len(ENTRIES), fams))


if __name__ == '__main__':
    main()
