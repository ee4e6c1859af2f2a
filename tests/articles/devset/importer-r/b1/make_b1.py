#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generador del set ciego b1 (carpeta importer-r, archivos r01..r30).

Escribe 30 archivos fuente y 30 archivos gold (NAME.gold.yaml) en el mismo
directorio que este script, byte por byte, para que codificaciones, BOM,
finales de línea y bytes basura sean reproducibles.  Solo biblioteca estándar.

Marcadores dentro de los textos (se sustituyen al escribir):
  ¤  -> espacio de no separación (U+00A0)
  ¶  -> dos espacios finales (espacios colgantes al final de la línea)
Todo lo demás se escribe tal cual.  Los textos se escriben con '\n' y se
convierten según eol: 'lf', 'crlf' o 'mixed' (líneas pares CRLF, impares LF).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
NB = '\u00a0'
FILES = []

KEYS = ['readable', 'family', 'title', 'date', 'published', 'bylines', 'source',
        'section', 'placement', 'bulletin_number', 'issuer', 'dateline_city',
        'body_first_words', 'body_last_words', 'boilerplate', 'must_keep',
        'photo_credit', 'refusal_reason']


def gold(family, title, date, first, last, *, published=True, bylines=(),
         source=None, section=None, placement=(), bulletin_number=None,
         issuer=None, dateline_city=None, boilerplate=(), must_keep=(),
         photo_credit=None):
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


def bad(reason):
    g = {k: None for k in KEYS}
    g.update(readable=False, family='bad', bylines=[], placement=[],
             boilerplate=[], must_keep=[], refusal_reason=reason)
    return g


def add(name, text, g, enc='utf-8', eol='lf', tail=b''):
    """name incluye la extensión; enc: utf-8 | utf-8-bom | cp1252 | raw."""
    FILES.append(dict(name=name, text=text, gold=g, enc=enc, eol=eol, tail=tail))


def to_bytes(f):
    if f['enc'] == 'raw':
        return f['text']
    s = f['text'].replace('¤', NB).replace('¶', '  ')
    lines = s.split('\n')
    if f['eol'] == 'lf':
        s = '\n'.join(lines)
    elif f['eol'] == 'crlf':
        s = '\r\n'.join(lines)
    elif f['eol'] == 'mixed':
        out = []
        for i, ln in enumerate(lines):
            out.append(ln)
            if i < len(lines) - 1:
                out.append('\r\n' if i % 2 == 0 else '\n')
        s = ''.join(out)
    else:
        raise ValueError(f['eol'])
    if f['enc'] == 'utf-8':
        b = s.encode('utf-8')
    elif f['enc'] == 'utf-8-bom':
        b = b'\xef\xbb\xbf' + s.encode('utf-8')
    elif f['enc'] == 'cp1252':
        b = s.encode('cp1252')
    else:
        raise ValueError(f['enc'])
    return b + f['tail']


def q(s):
    return "'" + s.replace("'", "''") + "'"


def emit(g):
    assert list(g) == KEYS, list(g)
    out = []
    for k in KEYS:
        v = g[k]
        if v is None:
            out.append(f'{k}: null')
        elif isinstance(v, bool):
            out.append(f'{k}: {"true" if v else "false"}')
        elif isinstance(v, list):
            if not v:
                out.append(f'{k}: []')
            else:
                out.append(f'{k}:')
                out.extend(f'- {q(x)}' for x in v)
        else:
            out.append(f'{k}: {q(v)}')
    return '\n'.join(out) + '\n'

# =====================================================================
# WIRE (r01..r08): ocho medios inventados, ocho estados distintos
# =====================================================================

# r01 · Diario del Bravo · Ciudad Juárez, Chihuahua · UTF-8 · LF · .txt
add('r01-juarez-colector-pluvial.txt', """\
DIARIO DEL BRAVO

## Cierran dos carriles del bulevar Zaragoza por obras del colector pluvial

Por: Hilda Carrasco Meza | 14/02/2024 | 07:45 h

CIUDAD JUÁREZ, Chih. (Diario del Bravo).— La Dirección de Obras Públicas cerró desde la madrugada de este miércoles dos carriles del bulevar Zaragoza, entre las calles Pedro Rosales de León y Tecnológico, para continuar la construcción del colector pluvial que busca evitar las inundaciones de cada verano en el suroriente de la ciudad.

De acuerdo con el director de la dependencia, Samuel Olivas Terrazas, la obra tiene un avance del 38 por ciento y una inversión de 47 millones de pesos provenientes del presupuesto municipal y de un fondo estatal para infraestructura hidráulica.

“Sabemos que la molestia es grande, pero cada temporada de lluvias tenemos familias con el agua hasta las rodillas”, dijo el funcionario en entrevista. Lee también: Reportan 19 baches nuevos en la avenida de las Torres tras la helada Los trabajos se realizarán en horario nocturno a partir de la próxima semana para reducir el impacto en la circulación.

Foto: Diario del Bravo / Archivo

Vecinos de la colonia Parajes del Sur señalaron que los camiones de transporte de personal son los más afectados, pues deben desviarse por calles de terracería que se llenan de polvo. La maestra Rosa Elvira Chacón pidió que se coloquen más señalamientos y agentes viales, ya que en la primera noche hubo dos choques menores frente a una secundaria técnica.

Obras Públicas informó que el tramo cerrado mide 1.2 kilómetros y que la circulación en sentido contrario no será afectada. La dependencia estimó que el colector quedará terminado a finales de mayo, antes del inicio de la temporada de lluvias.

Síguenos en Facebook e Instagram como @DiarioDelBravo
Únete a nuestro canal de WhatsApp para recibir las noticias de Juárez
""", gold('wire',
    'Cierran dos carriles del bulevar Zaragoza por obras del colector pluvial',
    '2024-02-14',
    'La Dirección de Obras Públicas cerró desde la madrugada',
    'antes del inicio de la temporada de lluvias.',
    bylines=['Hilda Carrasco Meza'], source='Diario del Bravo',
    boilerplate=['DIARIO DEL BRAVO',
                 'CIUDAD JUÁREZ, Chih. (Diario del Bravo).—',
                 'Lee también: Reportan 19 baches nuevos en la avenida de las Torres tras la helada',
                 'Foto: Diario del Bravo / Archivo',
                 'Síguenos en Facebook e Instagram como @DiarioDelBravo',
                 'Únete a nuestro canal de WhatsApp para recibir las noticias de Juárez'],
    must_keep=['Los trabajos se realizarán en horario nocturno a partir de la próxima semana para reducir el impacto en la circulación.',
               '“Sabemos que la molestia es grande, pero cada temporada de lluvias tenemos familias con el agua hasta las rodillas”, dijo el funcionario en entrevista.'],
    photo_credit='Diario del Bravo / Archivo'))

# r02 · Noticias del Golfo · Coatzacoalcos, Veracruz · UTF-8 con BOM · CRLF · .md
add('r02-coatza-motores-pescadores.md', """\
## Pescadores de Coatzacoalcos reciben motores nuevos tras dos años de espera

**Redacción / Noticias del Golfo** · Coatzacoalcos, Ver. · 8 de agosto de 2023

Un total de 64 pescadores ribereños de Coatzacoalcos y Las Barrillas recibieron este martes motores fuera de borda de 40 caballos de fuerza, luego de más de dos años de gestiones ante el programa estatal de apoyo a la pesca artesanal.

La entrega se realizó en el malecón costero, donde el subdirector regional de Pesca, Raúl Hernández Toledo, explicó que cada motor tiene un valor cercano a 95 mil pesos y que los beneficiarios aportaron el 20 por ciento del costo. Te puede interesar | Cierran temporalmente la playa Montepío por mar de fondo

Los pescadores, agrupados en cuatro cooperativas, aseguraron que los motores que usaban tenían más de quince años y que las descomposturas en altamar eran frecuentes. “Hubo veces que nos quedamos a la deriva toda una noche, esperando que otra lancha nos viera”, relató Fermín Cruz Ramírez, presidente de la cooperativa Punta Roca.

El funcionario añadió que en septiembre se entregarán 120 hieleras y redes de enmalle a otras tres cooperativas de la zona sur, y que se abrirá una segunda convocatoria para mujeres que se dedican a la limpieza y venta de pescado en los mercados de la ciudad.

Los beneficiarios deberán comprobar cada seis meses que el equipo sigue en uso y que no ha sido vendido, pues de lo contrario tendrán que devolver el apoyo. Las cooperativas se comprometieron además a respetar la veda del robalo, que inicia a mediados de mayo.

MÁS NOTICIAS

- Cierran temporalmente la playa Montepío por mar de fondo
- Vacunan a 3 mil perros y gatos en Minatitlán
- Suspenden clases en 12 escuelas de Nanchital por falta de luz

📩 Suscríbete a nuestro newsletter y recibe cada mañana lo más importante del sur de Veracruz.

Con información de agencias
""", gold('wire',
    'Pescadores de Coatzacoalcos reciben motores nuevos tras dos años de espera',
    '2023-08-08',
    'Un total de 64 pescadores ribereños de Coatzacoalcos',
    'que inicia a mediados de mayo.',
    bylines=[], source='Noticias del Golfo',
    boilerplate=['Redacción / Noticias del Golfo',
                 'Te puede interesar | Cierran temporalmente la playa Montepío por mar de fondo',
                 'MÁS NOTICIAS',
                 'Vacunan a 3 mil perros y gatos en Minatitlán',
                 'Suspenden clases en 12 escuelas de Nanchital por falta de luz',
                 'Suscríbete a nuestro newsletter',
                 'Con información de agencias'],
    must_keep=['La entrega se realizó en el malecón costero, donde el subdirector regional de Pesca, Raúl Hernández Toledo, explicó que cada motor tiene un valor cercano a 95 mil pesos y que los beneficiarios aportaron el 20 por ciento del costo.']),
    enc='utf-8-bom', eol='crlf')

# r03 · El Vigía Sonorense · Hermosillo, Sonora · Windows-1252 · CRLF · .txt · ^Z final
add('r03-hermosillo-pipas-calor.txt', """\
EL VIGÍA SONORENSE
Sección: Ciudad

ALISTAN PLAN EMERGENTE DE AGUA PARA COLONIAS
DEL NORTE DE HERMOSILLO

Texto: Ana Lucía Robles y Martín Yáñez Encinas¶
Hermosillo, Sonora, 21 de junio de 2023

HERMOSILLO, Son. (El Vigía Sonorense).— Con temperaturas que¤ayer rozaron los 47¤grados, el organismo operador municipal de agua puso en marcha un plan emergente para abastecer con pipas a 23 colonias del norte de la ciudad, donde el servicio por la red se ha reducido a cuatro horas diarias.¶

El gerente técnico del organismo, Abelardo Quijada Ruiz, explicó que se rentaron 18 camiones cisterna adicionales y que cada uno hará al menos seis viajes al día desde los pozos de La Victoria.

Lee también: Suben a 14 los casos de golpe de calor en la capital Las rutas de las pipas se publicarán cada mañana en las redes del organismo y en los centros comunitarios de cada colonia.

En la colonia Solidaridad, vecinos colocaron tinacos en la banqueta para que los operadores los llenen aunque no haya nadie en casa. “Trabajamos todo el día y llegamos a una llave seca; así no se puede”, comentó Guadalupe Valenzuela, quien vive con sus dos nietos y su madre de 81¤años.

El funcionario reconoció que la presa que abastece a la ciudad está al 11¤por ciento de su capacidad y pidió no lavar autos ni banquetas con manguera. Quienes sean sorprendidos desperdiciando agua podrían recibir multas de hasta 5¤mil pesos.

La Secretaría de Salud estatal recomendó beber líquidos con frecuencia, evitar salir entre las 11:00 y las 17:00 horas y vigilar a los adultos mayores.

Con información de la agencia Noroeste Press.
""", gold('wire',
    'ALISTAN PLAN EMERGENTE DE AGUA PARA COLONIAS DEL NORTE DE HERMOSILLO',
    '2023-06-21',
    'Con temperaturas que ayer rozaron los 47 grados',
    'evitar salir entre las 11:00 y las 17:00 horas y vigilar a los adultos mayores.',
    bylines=['Ana Lucía Robles', 'Martín Yáñez Encinas'],
    source='El Vigía Sonorense', section='Ciudad',
    boilerplate=['EL VIGÍA SONORENSE',
                 'HERMOSILLO, Son. (El Vigía Sonorense).—',
                 'Lee también: Suben a 14 los casos de golpe de calor en la capital',
                 'Con información de la agencia Noroeste Press.'],
    must_keep=['Las rutas de las pipas se publicarán cada mañana en las redes del organismo y en los centros comunitarios de cada colonia.',
               'El gerente técnico del organismo, Abelardo Quijada Ruiz, explicó que se rentaron 18 camiones cisterna adicionales y que cada uno hará al menos seis viajes al día desde los pozos de La Victoria.']),
    enc='cp1252', eol='crlf', tail=b'\x1a')

# r04 · Crónica Tapatía · San Pedro Tlaquepaque, Jalisco · UTF-8 · mixto · .markdown
add('r04-tlaquepaque-ruta-troncal.markdown', """\
MOVILIDAD

# Ruta troncal T-09 suma 60 mil pasajeros diarios en su primer mes

Publicado el jueves 7 de marzo de 2024 · 19:20 h · Crónica Tapatía

Tlaquepaque y Tlajomulco concentran la mayor demanda del nuevo servicio

<!-- wp:paragraph -->
La ruta troncal T-09, que corre por el Periférico Sur entre San Pedro Tlaquepaque y Tlajomulco de Zúñiga, movió en promedio 60 mil pasajeros diarios durante su primer mes de operación, según el reporte del organismo metropolitano de transporte.
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
También te recomendamos: Así quedarán los nuevos cruces peatonales de avenida Colón Los usuarios de las colonias Las Juntas y Santa Anita son quienes más la utilizan, sobre todo entre las 5:30 y las 8:00 de la mañana, cuando las unidades llegan a su máxima capacidad.
<!-- /wp:paragraph -->

El coordinador de operación, Ismael Preciado Lomelí, aceptó que los tiempos de espera todavía superan los 12 minutos en horas pico y anunció que en abril se sumarán 14 autobuses articulados a los 38 que ya circulan.

Usuarios consultados por este medio señalaron que el pago con tarjeta falla con frecuencia en las estaciones de Las Pintas y Toluquilla. “Ya van tres veces que me cobran doble y nadie me devuelve nada”, dijo Silvia Arámbula, empleada de una maquiladora.

El organismo aseguró que cambiará los validadores defectuosos durante marzo y que habilitará un módulo de atención en la estación Periférico Sur para reembolsos. También prometió instalar techumbres en ocho paradas que hoy no tienen sombra.

[adsense_inline]

Síguenos en X como @CronicaTapatia

Etiquetas: Tlaquepaque, Tlajomulco, transporte público, Periférico Sur

— Por Gerardo Íñiguez Partida
""", gold('wire',
    'Ruta troncal T-09 suma 60 mil pasajeros diarios en su primer mes',
    '2024-03-07',
    'Tlaquepaque y Tlajomulco concentran la mayor demanda del nuevo servicio',
    'instalar techumbres en ocho paradas que hoy no tienen sombra.',
    bylines=['Gerardo Íñiguez Partida'], source='Crónica Tapatía',
    boilerplate=['MOVILIDAD',
                 '<!-- wp:paragraph -->',
                 'También te recomendamos: Así quedarán los nuevos cruces peatonales de avenida Colón',
                 '[adsense_inline]',
                 'Síguenos en X como @CronicaTapatia',
                 'Etiquetas: Tlaquepaque, Tlajomulco, transporte público, Periférico Sur',
                 '— Por Gerardo Íñiguez Partida'],
    must_keep=['Los usuarios de las colonias Las Juntas y Santa Anita son quienes más la utilizan, sobre todo entre las 5:30 y las 8:00 de la mañana, cuando las unidades llegan a su máxima capacidad.']),
    enc='utf-8', eol='mixed')

# r05 · Agencia Peninsular de Noticias (APN) · Chetumal, Quintana Roo · UTF-8 · LF · .text
add('r05-chetumal-bahia-manati.text', """\
Agencia Peninsular de Noticias
Sección: Regional
Martes 14 de noviembre de 2023

Censan 37 manatíes en la bahía de Chetumal, la cifra más alta en una década

CHETUMAL, Q. Roo (APN).— Biólogos y pescadores voluntarios contaron 37 manatíes durante el censo aéreo y en lancha que se realizó la semana pasada en la bahía de Chetumal, la cifra más alta registrada desde 2013, informó el equipo de monitoreo del santuario.

La coordinadora del conteo, Itzel Canché Balam, explicó que se recorrieron 140¤kilómetros de costa y que se observaron al menos cinco crías, lo que indica que la población se está reproduciendo en la zona. Relacionado: Sargazo llega a Mahahual antes de lo previsto

Los especialistas atribuyen el aumento a la reducción del tráfico de lanchas rápidas en la parte norte de la bahía, donde desde hace dos años se respetan zonas de exclusión con boyas amarillas.

Sin embargo, el equipo alertó que encontró dos ejemplares con heridas de propela cerca de Calderitas. Por ello pidió a los prestadores de servicios turísticos reducir la velocidad a menos de diez¤nudos y reportar cualquier animal lastimado al número de emergencias ambientales.

Los resultados del censo se presentarán en diciembre ante autoridades municipales y la Universidad de Quintana Roo, con la propuesta de ampliar el área protegida hacia la desembocadura del río Hondo, donde los pescadores también han visto manatíes en temporada de secas.

Recibe las noticias de la península en tu correo: suscríbete gratis al boletín de APN.
Descarga la app de APN en Google Play y App Store.

Karla Uc Pech / APN
""", gold('wire',
    'Censan 37 manatíes en la bahía de Chetumal, la cifra más alta en una década',
    '2023-11-14',
    'Biólogos y pescadores voluntarios contaron 37 manatíes',
    'también han visto manatíes en temporada de secas.',
    bylines=['Karla Uc Pech'], source='Agencia Peninsular de Noticias',
    section='Regional',
    boilerplate=['CHETUMAL, Q. Roo (APN).—',
                 'Relacionado: Sargazo llega a Mahahual antes de lo previsto',
                 'Recibe las noticias de la península en tu correo: suscríbete gratis al boletín de APN.',
                 'Descarga la app de APN en Google Play y App Store.',
                 'Karla Uc Pech / APN'],
    must_keep=['La coordinadora del conteo, Itzel Canché Balam, explicó que se recorrieron 140 kilómetros de costa y que se observaron al menos cinco crías, lo que indica que la población se está reproduciendo en la zona.']))

# r06 · Enlace Oaxaqueño · Santiago Matatlán, Oaxaca · Windows-1252 · LF · .txt
add('r06-matatlan-agave-escasez.txt', """\
Productores de mezcal de Santiago Matatlán alertan por escasez de agave

Pedro Santiago Cruz | Enlace Oaxaqueño | 12/03/2024

Foto: Especial

Productores de mezcal de Santiago Matatlán, en los Valles Centrales, advirtieron que el precio del agave espadín se triplicó en los últimos dos años y que varias fábricas familiares ya detuvieron la destilación por falta de planta madura.

Eulalio Hernández Méndez, maestro mezcalero con 40 años de oficio, explicó que el kilo de piña que en 2022 pagaba a cuatro pesos hoy le cuesta hasta doce, y que los intermediarios compran las plantas jóvenes para llevarlas a otros estados.

LO MÁS LEÍDO
1. Bloqueo en la carretera federal 190 deja filas de tres kilómetros
2. Anuncian fechas de la Guelaguetza 2024
3. Incendio consume 20 hectáreas en la Sierra Sur

“Antes cada familia tenía su parcela y su palenque; ahora hay que comprar todo afuera y al precio que digan”, lamentó el productor, quien mantiene a seis trabajadores en su fábrica.

La autoridad municipal informó que se gestiona un vivero comunitario con capacidad para 200 mil plantas, que se repartirían entre los productores que se comprometan a no cortar agave tierno. También se busca que las escuelas técnicas de la región ofrezcan cursos de manejo de suelo.

Los mezcaleros pidieron a los gobiernos estatal y federal un programa de financiamiento, pues una plantación de espadín tarda entre siete y ocho años en madurar y las familias no pueden esperar ese tiempo sin ingresos. Mientras tanto, algunos han comenzado a mezclar variedades silvestres, lo que encarece todavía más la botella.

Síguenos en nuestras redes sociales: @EnlaceOax
""", gold('wire',
    'Productores de mezcal de Santiago Matatlán alertan por escasez de agave',
    '2024-03-12',
    'Productores de mezcal de Santiago Matatlán, en los Valles Centrales',
    'lo que encarece todavía más la botella.',
    bylines=['Pedro Santiago Cruz'], source='Enlace Oaxaqueño',
    boilerplate=['Foto: Especial',
                 'LO MÁS LEÍDO',
                 'Bloqueo en la carretera federal 190 deja filas de tres kilómetros',
                 'Anuncian fechas de la Guelaguetza 2024',
                 'Incendio consume 20 hectáreas en la Sierra Sur',
                 'Síguenos en nuestras redes sociales: @EnlaceOax'],
    must_keep=['“Antes cada familia tenía su parcela y su palenque; ahora hay que comprar todo afuera y al precio que digan”, lamentó el productor, quien mantiene a seis trabajadores en su fábrica.',
               'Eulalio Hernández Méndez, maestro mezcalero con 40 años de oficio, explicó que el kilo de piña que en 2022 pagaba a cuatro pesos hoy le cuesta hasta doce, y que los intermediarios compran las plantas jóvenes para llevarlas a otros estados.'],
    photo_credit='Especial'),
    enc='cp1252', eol='lf')

# r07 · Pulso Regio · General Escobedo, Nuevo León · UTF-8 · CRLF · .md
add('r07-escobedo-quema-basura.md', """\
**PULSO REGIO** | Nuevo León

# Multarán hasta con 31 mil pesos a quien queme basura en Escobedo

Por Daniela Treviño Cantú / Pulso Regio
03.03.2023

[caption id="attachment_5521" align="alignnone" width="800"]Lote baldío con restos de quema en la colonia Fomerrey 106. Foto: Alejandro Garza Leal[/caption]

El Cabildo de General Escobedo aprobó una reforma al reglamento de protección ambiental que establece multas de entre 3 mil y 31 mil pesos para quienes quemen basura, llantas o maleza en patios, lotes baldíos y la vía pública.

La directora de Ecología municipal, Verónica Salinas Tamez, explicó que en lo que va del año se han atendido 212 reportes de quemas, la mayoría en las colonias del poniente, donde el humo llega hasta las escuelas y los centros de salud.

Durante la sesión, regidores de oposición cuestionaron que no exista un servicio de recolección suficiente en esas colonias. Lee también: Monterrey registra la peor calidad del aire del año Salinas Tamez respondió que a partir de abril se sumarán seis camiones recolectores y un programa de descacharrización mensual por sector.

Los vecinos podrán denunciar las quemas de forma anónima a la línea ambiental del municipio, y la primera sanción podrá conmutarse por trabajo comunitario en jornadas de limpieza de arroyos.

La reforma también prohíbe la quema agrícola en los ejidos del norte del municipio durante los meses de mayor contaminación, de diciembre a marzo, salvo autorización expresa de Protección Civil.

Especialistas de una universidad local recordaron que las partículas finas que se generan al quemar plástico agravan el asma y las enfermedades del corazón, sobre todo en niñas, niños y adultos mayores.

📲 Descarga nuestra app y activa las notificaciones para no perderte nada.
""", gold('wire',
    'Multarán hasta con 31 mil pesos a quien queme basura en Escobedo',
    '2023-03-03',
    'El Cabildo de General Escobedo aprobó una reforma',
    'sobre todo en niñas, niños y adultos mayores.',
    bylines=['Daniela Treviño Cantú'], source='Pulso Regio',
    boilerplate=['[caption id="attachment_5521" align="alignnone" width="800"]',
                 '[/caption]',
                 'Lee también: Monterrey registra la peor calidad del aire del año',
                 'Descarga nuestra app y activa las notificaciones para no perderte nada.'],
    must_keep=['Durante la sesión, regidores de oposición cuestionaron que no exista un servicio de recolección suficiente en esas colonias.',
               'Salinas Tamez respondió que a partir de abril se sumarán seis camiones recolectores y un programa de descacharrización mensual por sector.'],
    photo_credit='Alejandro Garza Leal'),
    enc='utf-8', eol='crlf')

# r08 · La Voz del Bajío · León, Guanajuato · UTF-8 con BOM · LF · .txt
add('r08-leon-curtidurias-rio.txt', """\
La Voz del Bajío > Local > León

CLAUSURAN TRES CURTIDURÍAS POR DESCARGAS AL RÍO DE LOS GÓMEZ

Jueves, 8 de febrero de 2024 - 13:45
Por Laura Muñiz Olvera, Ernesto Lara Cázares y Rocío Aguilar Pons

<!-- nid:48213 -->
León, Gto.- Inspectores ambientales del estado clausuraron este jueves tres curtidurías de la zona de San Miguel por descargar aguas con cromo y sulfuros directamente al río de los Gómez, sin pasar por la planta de tratamiento.

La procuradora ambiental estatal, Mónica Ledesma Rangel, detalló que las muestras tomadas en enero superaron hasta 40 veces los límites permitidos y que las empresas acumulaban tres apercibimientos previos.

Lee también >> Vecinos de Las Joyas denuncian malos olores por tercera semana Los dueños de las tenerías tendrán 30 días para presentar un plan de cierre de sus descargas clandestinas y conectarse al colector industrial, o de lo contrario enfrentarán multas que superan el millón de pesos.

El presidente de la asociación de curtidores del barrio, Tomás Arredondo, dijo que muchos talleres son familiares y no pueden pagar las cuotas de conexión. Pidió que el municipio y el estado abran un esquema de pagos diferidos para evitar que cientos de trabajadores se queden sin empleo.

Habitantes de la colonia San Miguel y de El Coecillo han denunciado durante años el olor que despide el río, sobre todo en temporada de calor. “No podemos abrir las ventanas y los niños se enferman del estómago”, contó Ana María Delgado, vecina de la calle Hidalgo.

La procuraduría informó que continuará con los operativos en otras 25 tenerías de la ciudad durante febrero y marzo.

{{ related_posts limit=3 }}
Sigue a @LaVozDelBajio en X, Facebook y TikTok
""", gold('wire',
    'CLAUSURAN TRES CURTIDURÍAS POR DESCARGAS AL RÍO DE LOS GÓMEZ',
    '2024-02-08',
    'Inspectores ambientales del estado clausuraron este jueves',
    'en otras 25 tenerías de la ciudad durante febrero y marzo.',
    bylines=['Laura Muñiz Olvera', 'Ernesto Lara Cázares', 'Rocío Aguilar Pons'],
    source='La Voz del Bajío', section='Local',
    boilerplate=['La Voz del Bajío > Local > León',
                 '<!-- nid:48213 -->',
                 'León, Gto.-',
                 'Lee también >> Vecinos de Las Joyas denuncian malos olores por tercera semana',
                 '{{ related_posts limit=3 }}',
                 'Sigue a @LaVozDelBajio en X, Facebook y TikTok'],
    must_keep=['Los dueños de las tenerías tendrán 30 días para presentar un plan de cierre de sus descargas clandestinas y conectarse al colector industrial, o de lo contrario enfrentarán multas que superan el millón de pesos.',
               'La procuradora ambiental estatal, Mónica Ledesma Rangel, detalló que las muestras tomadas en enero superaron hasta 40 veces los límites permitidos y que las empresas acumulaban tres apercibimientos previos.']),
    enc='utf-8-bom', eol='lf')

# =====================================================================
# PRESS RELEASES (r09..r16): ocho oficinas, ocho estados, niveles distintos
# =====================================================================

# r09 · Ayuntamiento de Valladolid (municipio) · Yucatán · UTF-8 · LF · .txt
add('r09-valladolid-cenote-boletin.txt', """\
H. AYUNTAMIENTO DE VALLADOLID
Dirección de Comunicación Social
Boletín 214

Rehabilitan el cenote Zací con nuevas escaleras, barandales y alumbrado

Valladolid, Yucatán, 3 de mayo de 2023.- El Ayuntamiento concluyó los trabajos de rehabilitación del parque del cenote Zací, en el centro de la ciudad, con una inversión de 6.8 millones de pesos que incluyó la sustitución de las escaleras de acceso, la colocación de barandales de acero inoxidable y un nuevo sistema de alumbrado de bajo consumo.

La directora de Obras Públicas municipal, Leydi Pat Tzuc, explicó que las escaleras anteriores tenían más de treinta años y presentaban grietas y desgaste que ponían en riesgo a visitantes y bañistas. Los trabajos duraron cuatro meses y se realizaron en coordinación con especialistas en cuevas y cenotes para no dañar las formaciones de roca ni la calidad del agua.

Además, se instalaron sanitarios con biodigestor, una rampa para personas con discapacidad hasta el mirador y señalética en español, maya e inglés. El alcalde recorrió las obras junto con comerciantes de la zona, quienes pidieron reforzar la vigilancia por las noches.

El parque reabrirá al público el próximo sábado en horario de 8:00 a 17:00 horas. La entrada será gratuita para habitantes del municipio que presenten su credencial de elector y tendrá un costo de 30 pesos para visitantes nacionales y extranjeros.

La dirección pidió a los bañistas usar bloqueador biodegradable y ducharse antes de entrar al agua.

---o0o---

Dirección de Comunicación Social
Tel. (985) 000 1402, ext. 118
prensa@valladolid-ayto.example
Facebook: /AyuntamientoValladolidOficial
""", gold('press_release',
    'Rehabilitan el cenote Zací con nuevas escaleras, barandales y alumbrado',
    '2023-05-03',
    'El Ayuntamiento concluyó los trabajos de rehabilitación',
    'usar bloqueador biodegradable y ducharse antes de entrar al agua.',
    source='Ayuntamiento de Valladolid', bulletin_number='214',
    issuer='Ayuntamiento de Valladolid', dateline_city='Valladolid',
    boilerplate=['H. AYUNTAMIENTO DE VALLADOLID',
                 'Boletín 214',
                 'Valladolid, Yucatán, 3 de mayo de 2023.-',
                 '---o0o---',
                 'Tel. (985) 000 1402, ext. 118',
                 'prensa@valladolid-ayto.example',
                 'Facebook: /AyuntamientoValladolidOficial'],
    must_keep=['La dirección pidió a los bañistas usar bloqueador biodegradable y ducharse antes de entrar al agua.']))

# r10 · Secretaría de Salud del Estado de Puebla (secretaría estatal) · Windows-1252 · CRLF · .txt
add('r10-puebla-vacunacion-antirrabica.txt', """\
GOBIERNO DE PUEBLA
Secretaría de Salud del Estado de Puebla
Comunicado 071/2024

Arranca Jornada Estatal de Vacunación Antirrábica en 217 municipios

**• Se aplicarán 480 mil dosis gratuitas a perros y gatos**
**• Habrá 1,300 puestos fijos y brigadas casa por casa**

Puebla, Pue., 14 de marzo de 2024

La Secretaría de Salud inició este jueves la Jornada Estatal de Vacunación Antirrábica Canina y Felina, que se extenderá hasta el 24 de marzo en los 217 municipios del estado con la meta de aplicar 480 mil dosis.¶

El subsecretario de Servicios de Salud, Octavio Romero Alatriste, explicó que la vacuna es gratuita y se aplica a perros y gatos a partir del primer mes de edad, incluidas hembras gestantes y animales en lactancia. Detalló que se instalarán 1,300 puestos fijos en escuelas, plazas y centros de salud, además de brigadas que recorrerán las juntas auxiliares y las comunidades de la Sierra Norte y la Mixteca.

El funcionario recordó que Puebla no registra casos de rabia humana transmitida por perro desde hace más de quince años, pero advirtió que el virus sigue presente en murciélagos y otras especies silvestres, por lo que la protección de las mascotas es la primera barrera para las familias.

Las personas que acudan deberán llevar a sus animales con correa o en transportadora, y los gatos preferentemente en una caja o costal de tela. Al terminar recibirán un comprobante que deberán conservar.

La ubicación de los puestos puede consultarse en los centros de salud de cada municipio y en la línea de orientación de la dependencia.

-oOo-

Unidad de Comunicación Social
Secretaría de Salud del Estado de Puebla
Tels. 222 000 3100 y 222 000 3101
comunicacion.salud@salud-puebla.example
""", gold('press_release',
    'Arranca Jornada Estatal de Vacunación Antirrábica en 217 municipios',
    '2024-03-14',
    'La Secretaría de Salud inició este jueves la Jornada Estatal',
    'en la línea de orientación de la dependencia.',
    source='Secretaría de Salud del Estado de Puebla',
    bulletin_number='071/2024',
    issuer='Secretaría de Salud del Estado de Puebla', dateline_city='Puebla',
    boilerplate=['GOBIERNO DE PUEBLA',
                 'Comunicado 071/2024',
                 'Se aplicarán 480 mil dosis gratuitas a perros y gatos',
                 'Habrá 1,300 puestos fijos y brigadas casa por casa',
                 'Puebla, Pue., 14 de marzo de 2024',
                 '-oOo-',
                 'Unidad de Comunicación Social',
                 'Tels. 222 000 3100 y 222 000 3101',
                 'comunicacion.salud@salud-puebla.example'],
    must_keep=['La ubicación de los puestos puede consultarse en los centros de salud de cada municipio y en la línea de orientación de la dependencia.']),
    enc='cp1252', eol='crlf')

# r11 · Congreso del Estado de Zacatecas (congreso) · UTF-8 con BOM · CRLF · .md
add('r11-zacatecas-trabajadoras-hogar.md', """\
![Logo LXIV Legislatura](/assets/img/logo-legislatura.png)

**H. CONGRESO DEL ESTADO DE ZACATECAS**
LXIV Legislatura · Coordinación de Comunicación Social

No. 318/2023

**APRUEBA PLENO REFORMA PARA PROTEGER A TRABAJADORAS DEL HOGAR**

Zacatecas, Zac.; a 12 de septiembre de 2023.

Con 27 votos a favor, ninguno en contra y una abstención, el Pleno de la Legislatura aprobó reformas a la Ley para la Igualdad entre Mujeres y Hombres y a la Ley de Desarrollo Social del estado, con el fin de reconocer los derechos de las trabajadoras del hogar y facilitar su incorporación a la seguridad social.

La iniciativa, presentada por la diputada Araceli Dávila Ortega, establece que el gobierno estatal deberá realizar campañas permanentes para informar a empleadoras y empleadores sobre la obligación de inscribir a las trabajadoras ante el instituto de seguridad social, y crear un padrón voluntario para dar seguimiento a sus condiciones laborales.

En tribuna, la legisladora señaló que en Zacatecas más de 19 mil mujeres se dedican al trabajo del hogar remunerado y que nueve de cada diez no cuentan con contrato por escrito ni vacaciones pagadas. “Son ellas quienes sostienen la vida diaria de miles de familias y durante décadas han trabajado sin derechos”, afirmó.

El dictamen también obliga a los municipios a ofrecer asesoría jurídica gratuita a las trabajadoras que sean despedidas sin causa justificada o que sufran algún tipo de violencia en su centro de trabajo.

La reforma entrará en vigor al día siguiente de su publicación en el Periódico Oficial del estado.

###

Coordinación de Comunicación Social
Tel. 492 000 1800, ext. 2210
comunicacion@congresozac.example
X: @LegislaturaZac | Facebook: LegislaturaZacatecas
""", gold('press_release',
    'APRUEBA PLENO REFORMA PARA PROTEGER A TRABAJADORAS DEL HOGAR',
    '2023-09-12',
    'Con 27 votos a favor, ninguno en contra',
    'al día siguiente de su publicación en el Periódico Oficial del estado.',
    source='Congreso del Estado de Zacatecas', bulletin_number='318/2023',
    issuer='Congreso del Estado de Zacatecas', dateline_city='Zacatecas',
    boilerplate=['H. CONGRESO DEL ESTADO DE ZACATECAS',
                 'LXIV Legislatura · Coordinación de Comunicación Social',
                 'No. 318/2023',
                 'Zacatecas, Zac.; a 12 de septiembre de 2023.',
                 'Tel. 492 000 1800, ext. 2210',
                 'comunicacion@congresozac.example',
                 'X: @LegislaturaZac | Facebook: LegislaturaZacatecas'],
    must_keep=['La reforma entrará en vigor al día siguiente de su publicación en el Periódico Oficial del estado.']),
    enc='utf-8-bom', eol='crlf')

# r12 · Tribunal Superior de Justicia del Estado de Michoacán (tribunal) · UTF-8 · LF · .text
add('r12-uruapan-juzgado-familiar.text', """\
TRIBUNAL SUPERIOR DE JUSTICIA DEL ESTADO DE MICHOACÁN
COMUNICADO
Núm. TSJ-045/2024
Morelia, Michoacán, a 22 de febrero de 2024.

INICIA OPERACIONES JUZGADO ORAL FAMILIAR EN URUAPAN

- Atenderá asuntos de 11 municipios de la región
- Se prevé reducir a la mitad los tiempos de resolución

El Tribunal Superior de Justicia puso en funcionamiento el Juzgado Oral Familiar de Uruapan, que atenderá juicios de divorcio, pensión alimenticia, guarda y custodia y convivencia de los habitantes de 11 municipios de la Meseta Purépecha y la Tierra Caliente.

El magistrado presidente, Fernando Ayala Villaseñor, explicó que el nuevo juzgado cuenta con dos salas de audiencia equipadas con videograbación, un área de convivencia supervisada para niñas y niños y una oficina de atención con intérprete de lengua purépecha, que podrá solicitarse desde la presentación de la demanda.

Con el sistema oral, las audiencias se concentran en dos etapas y las partes exponen sus argumentos directamente ante la jueza o el juez, lo que permitirá que la mayoría de los asuntos se resuelvan en menos de seis meses, cuando antes podían tardar más de un año.

En el acto estuvieron presentes integrantes del Consejo del Poder Judicial, representantes de los colegios de abogados de la región y autoridades municipales.

El juzgado se ubica en la calle Cupatitzio número 410 y atenderá de lunes a viernes de 9:00 a 15:00 horas.

-30-

Coordinación de Comunicación Social del Poder Judicial
Teléfono: 443 000 6200
prensa@tsj-michoacan.example
""", gold('press_release',
    'INICIA OPERACIONES JUZGADO ORAL FAMILIAR EN URUAPAN',
    '2024-02-22',
    'Atenderá asuntos de 11 municipios de la región',
    'atenderá de lunes a viernes de 9:00 a 15:00 horas.',
    source='Tribunal Superior de Justicia del Estado de Michoacán',
    bulletin_number='TSJ-045/2024',
    issuer='Tribunal Superior de Justicia del Estado de Michoacán',
    dateline_city='Morelia',
    boilerplate=['COMUNICADO',
                 'Núm. TSJ-045/2024',
                 'Morelia, Michoacán, a 22 de febrero de 2024.',
                 '-30-',
                 'Coordinación de Comunicación Social del Poder Judicial',
                 'Teléfono: 443 000 6200',
                 'prensa@tsj-michoacan.example'],
    must_keep=['Se prevé reducir a la mitad los tiempos de resolución',
               'El juzgado se ubica en la calle Cupatitzio número 410 y atenderá de lunes a viernes de 9:00 a 15:00 horas.']))

# r13 · Universidad Intercultural del Valle de Culiacán (universidad) · Sinaloa · Windows-1252 · mixto · .txt
add('r13-culiacan-universidad-becas.txt', """\
UNIVERSIDAD INTERCULTURAL DEL VALLE DE CULIACÁN
Dirección de Comunicación Institucional
Boletín: 0087

Entrega Universidad 640 becas de transporte a estudiantes de comunidades rurales
La mitad de los apoyos se destinó a alumnas de primer ingreso

Culiacán Rosales, Sin., 9 de octubre de 2023.- La Universidad Intercultural del Valle de Culiacán entregó 640 becas de transporte a estudiantes que viajan diariamente desde comunidades rurales de Culiacán, Navolato y Elota, con el propósito de reducir la deserción escolar durante el primer año.

La rectora, María Fernanda Inzunza Beltrán, informó que cada beca consiste en una tarjeta recargable con 1,200 pesos mensuales durante el semestre, que puede utilizarse en las rutas de autobús urbano y suburbano con las que la institución firmó convenio.

Explicó que un estudio interno reveló que tres de cada diez alumnos que abandonaron sus estudios el ciclo pasado lo hicieron por el costo del transporte, que en algunos casos supera los 80 pesos diarios. “No queremos que la distancia decida quién termina una carrera”, expresó.

Los recursos provienen de un fondo de la propia universidad y de aportaciones de asociaciones agrícolas del valle. La rectora adelantó que en enero se abrirá una segunda convocatoria, con prioridad para estudiantes de las licenciaturas en Enfermería Intercultural y Agronomía.

Los becarios deberán mantener un promedio mínimo de ocho y participar en actividades de servicio comunitario en sus localidades de origen.

FIN

Dirección de Comunicación Institucional
Tel. 667 000 4455 | comunicacion@uivc.example
Síguenos: @UIVCoficial
""", gold('press_release',
    'Entrega Universidad 640 becas de transporte a estudiantes de comunidades rurales',
    '2023-10-09',
    'La mitad de los apoyos se destinó a alumnas de primer ingreso',
    'servicio comunitario en sus localidades de origen.',
    source='Universidad Intercultural del Valle de Culiacán',
    bulletin_number='0087',
    issuer='Universidad Intercultural del Valle de Culiacán',
    dateline_city='Culiacán Rosales',
    boilerplate=['Dirección de Comunicación Institucional',
                 'Boletín: 0087',
                 'Culiacán Rosales, Sin., 9 de octubre de 2023.-',
                 'Tel. 667 000 4455 | comunicacion@uivc.example',
                 'Síguenos: @UIVCoficial'],
    must_keep=['La mitad de los apoyos se destinó a alumnas de primer ingreso',
               'La Universidad Intercultural del Valle de Culiacán entregó 640 becas de transporte a estudiantes que viajan diariamente desde comunidades rurales de Culiacán, Navolato y Elota, con el propósito de reducir la deserción escolar durante el primer año.']),
    enc='cp1252', eol='mixed')

# r14 · Instituto de Acceso a la Información Pública de Guerrero (órgano autónomo) · UTF-8 · LF · .md
add('r14-chilpancingo-transparencia-municipios.md', """\
![Instituto de Acceso a la Información Pública de Guerrero](/img/logo-iaipg.png)

COMUNICADO

# Incumplen 52 ayuntamientos de Guerrero con sus obligaciones de transparencia

Chilpancingo de los Bravo, Guerrero, 30 de enero de 2024.- El pleno del instituto aprobó los resultados de la verificación anual a los portales de transparencia, que arrojó que 52 de los 85 ayuntamientos del estado no publicaron la información mínima que marca la ley, como sueldos de funcionarios, contratos de obra y padrones de programas sociales.

La comisionada presidenta, Rocío Salmerón Vargas, detalló que 19 municipios obtuvieron cero por ciento de cumplimiento, pues sus portales estaban fuera de línea o no habían sido actualizados desde 2021. En contraste, solo nueve ayuntamientos alcanzaron una calificación superior a 90 puntos.

La comisionada explicó que los municipios con incumplimiento tendrán un plazo de 20 días hábiles para corregir las observaciones. De no hacerlo, el instituto podrá imponer amonestaciones públicas y multas a los titulares de las unidades de transparencia.

También informó que el año pasado se recibieron 7,340 solicitudes de información dirigidas a los ayuntamientos, de las cuales casi una cuarta parte no obtuvo respuesta en el plazo legal. Las preguntas más frecuentes se refirieron a obras públicas, seguridad y recolección de basura.

Para apoyar a los municipios con menos recursos, el instituto ofrecerá en febrero talleres gratuitos en Acapulco, Iguala, Tlapa y Ometepec, dirigidos al personal encargado de actualizar la información.

* * *

Síguenos en Facebook e Instagram: @IAIPGuerrero
Correo: comunicacion@iaipg.example
""", gold('press_release',
    'Incumplen 52 ayuntamientos de Guerrero con sus obligaciones de transparencia',
    '2024-01-30',
    'El pleno del instituto aprobó los resultados',
    'dirigidos al personal encargado de actualizar la información.',
    source='Instituto de Acceso a la Información Pública de Guerrero',
    bulletin_number=None,
    issuer='Instituto de Acceso a la Información Pública de Guerrero',
    dateline_city='Chilpancingo de los Bravo',
    boilerplate=['COMUNICADO',
                 'Chilpancingo de los Bravo, Guerrero, 30 de enero de 2024.-',
                 '* * *',
                 'Síguenos en Facebook e Instagram: @IAIPGuerrero',
                 'Correo: comunicacion@iaipg.example'],
    must_keep=['Para apoyar a los municipios con menos recursos, el instituto ofrecerá en febrero talleres gratuitos en Acapulco, Iguala, Tlapa y Ometepec, dirigidos al personal encargado de actualizar la información.']))

# r15 · Organismo de Agua Potable y Saneamiento de Tepic (organismo de agua) · Nayarit · Windows-1252 · LF · .md
add('r15-tepic-agua-tandeo.md', """\
ORGANISMO DE AGUA POTABLE Y SANEAMIENTO DE TEPIC
Boletín No. 45

ANUNCIA ORGANISMO DE AGUA TANDEOS EN 31 COLONIAS¶
POR MANTENIMIENTO AL ACUEDUCTO PONIENTE

Tepic, Nay., viernes 7 de junio de 2024.- El Organismo de Agua Potable y Saneamiento de Tepic informó que a partir del lunes¤10 de junio aplicará un esquema de tandeo en 31 colonias del poniente de la ciudad, mientras se sustituyen 2.4 kilómetros de tubería del acueducto que lleva agua desde los pozos de El Punto.¶

El director general, Jesús Alberto Ibarra Partida, explicó que la tubería tiene más de 40 años y que en los últimos meses registró 17 fugas mayores, lo que obligó a suspender el servicio de manera imprevista en varias ocasiones.

Durante las tres semanas que durarán los trabajos, las colonias recibirán agua en días alternos, de acuerdo con un calendario que se entregará casa por casa y se publicará en las redes sociales del organismo. Las zonas más altas, como Lomas de la Cruz y Los Sauces, contarán con apoyo de pipas gratuitas.¶

El funcionario pidió a la población almacenar agua en recipientes limpios y tapados, revisar que los tinacos no tengan fugas y reportar cualquier desperdicio en la vía pública.

La obra tiene una inversión de 18.5¤millones de pesos, de los cuales una parte proviene de un crédito de la banca de desarrollo. Una vez concluida, se espera reducir las pérdidas de agua en el sector poniente en al menos un 20¤por ciento.

---000---

Unidad de Comunicación Social
Tel. 311 000 2727 | Reportes de fugas: 311 000 2700
prensa@oapstepic.example
""", gold('press_release',
    'ANUNCIA ORGANISMO DE AGUA TANDEOS EN 31 COLONIAS POR MANTENIMIENTO AL ACUEDUCTO PONIENTE',
    '2024-06-07',
    'El Organismo de Agua Potable y Saneamiento de Tepic informó',
    'en al menos un 20 por ciento.',
    source='Organismo de Agua Potable y Saneamiento de Tepic',
    bulletin_number='45',
    issuer='Organismo de Agua Potable y Saneamiento de Tepic',
    dateline_city='Tepic',
    boilerplate=['Boletín No. 45',
                 'Tepic, Nay., viernes 7 de junio de 2024.-',
                 '---000---',
                 'Unidad de Comunicación Social',
                 'Tel. 311 000 2727 | Reportes de fugas: 311 000 2700',
                 'prensa@oapstepic.example'],
    must_keep=['El funcionario pidió a la población almacenar agua en recipientes limpios y tapados, revisar que los tinacos no tengan fugas y reportar cualquier desperdicio en la vía pública.']),
    enc='cp1252', eol='lf')

# r16 · Fiscalía de Justicia del Estado de Chiapas (fiscalía) · UTF-8 · CRLF · .text
add('r16-tapachula-fiscalia-vinculacion.text', """\
Vinculan a proceso a extesorero municipal por desvío de 4.3 millones de pesos

FISCALÍA DE JUSTICIA DEL ESTADO DE CHIAPAS
Comunicado No. 1187 | Unidad de Comunicación Social

Tapachula, Chiapas, 19 de julio de 2023.- La Fiscalía contra la Corrupción obtuvo auto de vinculación a proceso en contra de Rigoberto N., extesorero de un ayuntamiento de la región Soconusco, como probable responsable del delito de peculado por un monto de 4.3 millones de pesos.

De acuerdo con la carpeta de investigación, entre marzo y noviembre de 2021 el imputado autorizó pagos a tres empresas proveedoras de material eléctrico y de limpieza que no entregaron los bienes contratados y cuyos domicilios fiscales resultaron inexistentes.

La investigación se inició a partir de una denuncia presentada por el órgano interno de control del propio ayuntamiento, que detectó irregularidades durante la revisión de la cuenta pública. Peritos en contabilidad de la Fiscalía analizaron transferencias bancarias, facturas y contratos.

El juez de control impuso como medida cautelar la prisión preventiva justificada y otorgó un plazo de cuatro meses para el cierre de la investigación complementaria.

La Fiscalía informó que continúan las indagatorias para determinar la posible participación de otros exservidores públicos y de los representantes legales de las empresas involucradas, y reiteró que toda persona imputada se presume inocente mientras no se declare su responsabilidad mediante sentencia.

oo0oo

Unidad de Comunicación Social
Fiscalía de Justicia del Estado de Chiapas
961 000 9090 · comunicacion@fiscalia-chiapas.example
""", gold('press_release',
    'Vinculan a proceso a extesorero municipal por desvío de 4.3 millones de pesos',
    '2023-07-19',
    'La Fiscalía contra la Corrupción obtuvo auto de vinculación',
    'mientras no se declare su responsabilidad mediante sentencia.',
    source='Fiscalía de Justicia del Estado de Chiapas', bulletin_number='1187',
    issuer='Fiscalía de Justicia del Estado de Chiapas', dateline_city='Tapachula',
    boilerplate=['Comunicado No. 1187',
                 'Tapachula, Chiapas, 19 de julio de 2023.-',
                 'oo0oo',
                 '961 000 9090 · comunicacion@fiscalia-chiapas.example'],
    must_keep=['El juez de control impuso como medida cautelar la prisión preventiva justificada y otorgó un plazo de cuatro meses para el cierre de la investigación complementaria.']),
    enc='utf-8', eol='crlf')

# =====================================================================
# JEKYLL (r17..r23): siete sitios inventados, siete estados
# =====================================================================

# r17 · Brújula Lagunera · Torreón, Coahuila · UTF-8 · LF · .md · fecha ingenua con hora
add('r17-torreon-comedores-comunitarios.md', """\
---
layout: post
title: "Torreón abre tres nuevos comedores comunitarios en el oriente"
date: 2023-05-14 08:15
author: Mariana Quiroz Esparza
categories: [Portada, Local]
tags:
  - comedores
  - oriente
  - alimentación
source: Brújula Lagunera
image: /uploads/2023/05/comedor-la-joya.jpg
---

El gobierno municipal de Torreón inauguró tres comedores comunitarios en las colonias La Joya, Valle de Nazas y Ampliación Los Ángeles, donde se servirán hasta 450 raciones diarias de desayuno y comida a un costo de diez pesos.

La directora de Desarrollo Social, Elena Moreno Sifuentes, explicó que los comedores serán operados por comités de vecinas que recibieron capacitación en manejo higiénico de alimentos y nutrición. El municipio aportará los insumos básicos y el equipo de cocina, mientras que las voluntarias recibirán un apoyo económico mensual.

Las personas adultas mayores, las mujeres embarazadas y las niñas y niños menores de cinco años no pagarán cuota. Para registrarse basta con presentar una identificación y un comprobante de domicilio de la colonia.

Durante la inauguración, Juana Flores, una de las cocineras de La Joya, dijo que muchas familias del sector trabajan en las maquiladoras del parque industrial y no alcanzan a cocinar. “Aquí van a poder comer caliente y con calma, aunque sea una vez al día”, comentó.

El menú será diseñado cada mes por nutriólogas del sistema municipal de salud e incluirá verduras de temporada compradas a productores de la región. La autoridad adelantó que antes de que termine el año se abrirán otros dos comedores en el poniente de la ciudad.
""", gold('jekyll',
    'Torreón abre tres nuevos comedores comunitarios en el oriente',
    '2023-05-14',
    'El gobierno municipal de Torreón inauguró tres comedores',
    'se abrirán otros dos comedores en el poniente de la ciudad.',
    published=True, bylines=['Mariana Quiroz Esparza'],
    source='Brújula Lagunera', section='Local', placement=['Portada'],
    boilerplate=['layout: post', 'image: /uploads/2023/05/comedor-la-joya.jpg'],
    must_keep=['Las personas adultas mayores, las mujeres embarazadas y las niñas y niños menores de cinco años no pagarán cuota.']))

# r18 · Durango al Día · Durango · Windows-1252 · CRLF · .markdown · fecha 23/04/2019 · published: false
add('r18-durango-medio-maraton.markdown', """\
---
title: Más de 4 mil corredores se inscriben al Medio Maratón del Guadiana
date: "23/04/2019"
category: Deportes
author: Redacción Durango al Día
medio: Durango al Día
published: false
---

La edición número 17 del Medio Maratón del Guadiana cerró sus inscripciones con 4,230 corredores registrados, la cifra más alta desde que se creó la competencia, informó el comité organizador.

La carrera se realizará el domingo 28 de abril con salida a las 6:30 horas frente a la Catedral y un recorrido de 21 kilómetros por el bulevar Domingo Arrieta, el parque Guadiana y la avenida 20 de Noviembre. También habrá una prueba de 5 kilómetros para principiantes y una categoría para corredores en silla de ruedas.

El presidente del comité, Javier Alanís Soto, detalló que participarán atletas de 14 estados y de dos países, además de un grupo de corredores rarámuris invitados de la sierra de Chihuahua. La bolsa total de premios será de 180 mil pesos.

Por seguridad, la Dirección de Tránsito cerrará las calles del recorrido desde las 5:30 hasta las 10:30 horas, y habrá siete puestos de hidratación y dos ambulancias a lo largo de la ruta. Los organizadores pidieron a los vecinos del centro mover sus vehículos desde la noche del sábado.

La entrega de paquetes con playera, número y chip será el viernes y el sábado en el gimnasio de la unidad deportiva, de 10:00 a 19:00 horas.
""", gold('jekyll',
    'Más de 4 mil corredores se inscriben al Medio Maratón del Guadiana',
    '2019-04-23',
    'La edición número 17 del Medio Maratón del Guadiana',
    'en el gimnasio de la unidad deportiva, de 10:00 a 19:00 horas.',
    published=False, bylines=[], source='Durango al Día', section='Deportes',
    boilerplate=['published: false', 'Redacción Durango al Día'],
    must_keep=['La bolsa total de premios será de 180 mil pesos.']),
    enc='cp1252', eol='crlf')

# r19 · Frontera Cachanilla · Mexicali, Baja California · UTF-8 con BOM · CRLF · .md · fecha: en español · status: draft
add('r19-mexicali-garita-horario.md', """\
---
titulo_seo: garita-mexicali-horario-extendido
title: "Garita Centro de Mexicali: horario extendido para cruce peatonal"
fecha: 5 de octubre de 2022
authors: [Luis Fernando Ochoa, Brenda Salas Meza]
categories:
  - Destacadas
  - Economía
status: draft
sitio: Frontera Cachanilla
---

A partir del próximo lunes, el cruce peatonal de la garita Centro de Mexicali permanecerá abierto las 24 horas, luego de un acuerdo entre autoridades de ambos lados de la frontera y organismos empresariales de la capital del estado.

El presidente de la cámara de comercio local, Rubén Arreola Navarro, explicó que la medida beneficiará a cerca de 18 mil personas que cruzan cada día para trabajar o estudiar en Caléxico y que hasta ahora debían esperar en la madrugada a que se abrieran las puertas.

Comerciantes del centro histórico esperan que el horario extendido reactive las ventas nocturnas en las calles Reforma y Azueta, afectadas desde la pandemia. “Muchos clientes se van temprano porque temen quedarse del otro lado; ahora podrán cenar y hacer sus compras con calma”, dijo Mei Ling Chong, propietaria de un restaurante de comida china.

Las autoridades pidieron a los usuarios tener a la mano sus documentos y utilizar las aplicaciones oficiales para consultar los tiempos de espera. Durante las primeras semanas habrá personal adicional en los módulos de revisión.

El ayuntamiento anunció además que reforzará el alumbrado y la vigilancia en la plaza de acceso a la garita, donde se instalarán cámaras conectadas al centro de monitoreo municipal.
""", gold('jekyll',
    'Garita Centro de Mexicali: horario extendido para cruce peatonal',
    '2022-10-05',
    'A partir del próximo lunes, el cruce peatonal',
    'cámaras conectadas al centro de monitoreo municipal.',
    published=False, bylines=['Luis Fernando Ochoa', 'Brenda Salas Meza'],
    source='Frontera Cachanilla', section='Economía', placement=['Destacadas'],
    boilerplate=['status: draft', 'titulo_seo: garita-mexicali-horario-extendido'],
    must_keep=['Durante las primeras semanas habrá personal adicional en los módulos de revisión.']),
    enc='utf-8-bom', eol='crlf')

# r20 · Crónica de la Bella Airosa (sin clave de sitio) · Pachuca, Hidalgo · UTF-8 · LF · .md · fecha con hora y offset · published: yes
add('r20-pachuca-reloj-monumental.md', """\
---
layout: nota
title: Restauran la maquinaria del Reloj Monumental de Pachuca
date: 2021-11-30 23:40:00 -0600
published: yes
author: Iván Cerón Badillo
category: Cultura
tags: [patrimonio, centro histórico, relojería]
---

{% include aviso-suscripcion.html %}

Un equipo de relojeros y restauradores terminó la revisión completa de la maquinaria del Reloj Monumental de Pachuca, que desde hace dos meses presentaba atrasos de hasta veinte minutos y había dejado de tocar las campanadas de cada cuarto de hora.

El restaurador a cargo, Aurelio Meneses Islas, explicó que se desmontaron y limpiaron más de 300¤piezas, se sustituyeron dos engranes desgastados con réplicas fabricadas en un taller local y se ajustó el sistema de pesas que mueve el mecanismo.

El trabajo se realizó con herramientas manuales y siguiendo los lineamientos de conservación del patrimonio histórico, pues la maquinaria original fue traída de Inglaterra a principios del siglo pasado y se conserva casi completa.

Meneses Islas comentó que el principal problema era el polvo acumulado y la grasa endurecida, que frenaban el movimiento de los ejes. “Es un reloj muy noble; si se le da mantenimiento cada año, puede funcionar otros cien años”, aseguró.

![Maquinaria del reloj]({{ site.baseurl }}/assets/img/reloj-maquinaria.jpg)

La autoridad municipal informó que a partir de diciembre se ofrecerán recorridos guiados al interior de la torre los sábados y domingos, con cupo limitado a doce personas por grupo, para que los visitantes conozcan el mecanismo y la historia del reloj.
""", gold('jekyll',
    'Restauran la maquinaria del Reloj Monumental de Pachuca',
    '2021-11-30',
    'Un equipo de relojeros y restauradores terminó la revisión',
    'conozcan el mecanismo y la historia del reloj.',
    published=True, bylines=['Iván Cerón Badillo'], source=None,
    section='Cultura',
    boilerplate=['{% include aviso-suscripcion.html %}',
                 '{{ site.baseurl }}'],
    must_keep=['El trabajo se realizó con herramientas manuales y siguiendo los lineamientos de conservación del patrimonio histórico, pues la maquinaria original fue traída de Inglaterra a principios del siglo pasado y se conserva casi completa.']))

# r21 · Bitácora Queretana · Querétaro · UTF-8 · LF · .markdown · fecha entre comillas · categories en cadena · published ilegible
add('r21-queretaro-ciclovia-bernardo-quintana.markdown', """\
---
title: 'Proyectan ciclovía confinada en Bernardo Quintana; vecinos piden consulta'
date: '2024-01-09'
categories: Destacadas Municipios
tags:
- movilidad
- ciclovía
- Querétaro
site: Bitácora Queretana
author: Paulina Reséndiz Olvera
published: pendiente
---

El municipio de Querétaro presentó el proyecto de una ciclovía confinada de 9.5 kilómetros sobre el bulevar Bernardo Quintana, que conectaría la zona de Centro Sur con la colonia Carretas y tendría un costo estimado de 74 millones de pesos.

<!--more-->

De acuerdo con la Secretaría de Movilidad municipal, la obra incluirá separadores de concreto, cruces elevados en las intersecciones con más accidentes y un sistema de semáforos exclusivo para ciclistas. Los trabajos comenzarían en abril y durarían alrededor de ocho meses.

Integrantes de colectivos ciclistas celebraron el anuncio, pues aseguran que el bulevar es uno de los tramos más peligrosos de la ciudad para quienes se trasladan en bicicleta al trabajo. Tan solo el año pasado se registraron cuatro ciclistas fallecidos en esa vialidad.

Sin embargo, vecinos de las colonias Álamos y Carretas pidieron una consulta pública antes de iniciar la obra, porque temen que la reducción de carriles genere más tráfico y que se pierdan lugares de estacionamiento frente a los comercios. Griselda Montes, dueña de una papelería, dijo que nadie les ha explicado cómo se hará la carga y descarga de mercancía.

La dependencia respondió que en febrero realizará cuatro mesas informativas con vecinos y comerciantes, y que el diseño final podrá modificarse con base en sus propuestas.

Etiquetas: movilidad, ciclovía, Bernardo Quintana
""", gold('jekyll',
    'Proyectan ciclovía confinada en Bernardo Quintana; vecinos piden consulta',
    '2024-01-09',
    'El municipio de Querétaro presentó el proyecto',
    'el diseño final podrá modificarse con base en sus propuestas.',
    published=False, bylines=['Paulina Reséndiz Olvera'],
    source='Bitácora Queretana', section='Municipios', placement=['Destacadas'],
    boilerplate=['<!--more-->', 'published: pendiente',
                 'Etiquetas: movilidad, ciclovía, Bernardo Quintana'],
    must_keep=['Tan solo el año pasado se registraron cuatro ciclistas fallecidos en esa vialidad.']))

# r22 · El Grijalva Digital · Villahermosa, Tabasco · Windows-1252 · LF · .md · solo categoría de colocación · autor con "Por"
add('r22-villahermosa-grijalva-nivel.md', """\
---
title: "Sube nivel del Grijalva; Protección Civil vigila colonias ribereñas"
date: 2022-08-17
category: "Portada"
author: "Por Rosa Isela Hernández Ocaña"
outlet: El Grijalva Digital
---

<!-- nota importada desde el CMS anterior -->
Foto: Cortesía Protección Civil de Centro

El nivel del río Grijalva en su paso por Villahermosa alcanzó este miércoles los 4.85 metros en la escala de la estación Gaviotas, apenas 65 centímetros por debajo de la cota de desbordamiento, por lo que Protección Civil municipal mantiene vigilancia permanente en las colonias ribereñas.

El coordinador de la dependencia, Baltazar Torres Chablé, explicó que el aumento se debe a las lluvias de los últimos cuatro días en la sierra y a un mayor desfogue de las presas del alto Grijalva. Aseguró que por ahora no es necesario evacuar a ninguna familia, aunque se tienen listos seis albergues en escuelas de la zona.

Brigadas recorrieron las colonias Gaviotas Sur, La Manga y Casa Blanca para revisar los muros de contención y los costales colocados en años anteriores. Vecinos de La Manga reportaron filtraciones en dos puntos del bordo, que fueron reforzados con maquinaria durante la tarde.

Doña Concepción Jiménez, quien vive a la orilla del río desde hace treinta años, dijo que ya subió sus muebles a tarimas. “Uno ya sabe cómo se pone el agua en agosto; prefiero estar preparada”, comentó.

La dependencia pidió a la población no cruzar por calles inundadas, tener a la mano documentos importantes en bolsas de plástico y seguir los avisos oficiales sobre el pronóstico de lluvias.
""", gold('jekyll',
    'Sube nivel del Grijalva; Protección Civil vigila colonias ribereñas',
    '2022-08-17',
    'El nivel del río Grijalva en su paso por Villahermosa',
    'seguir los avisos oficiales sobre el pronóstico de lluvias.',
    published=True, bylines=['Rosa Isela Hernández Ocaña'],
    source='El Grijalva Digital', section=None, placement=['Portada'],
    boilerplate=['<!-- nota importada desde el CMS anterior -->',
                 'Foto: Cortesía Protección Civil de Centro'],
    must_keep=['Aseguró que por ahora no es necesario evacuar a ninguna familia, aunque se tienen listos seis albergues en escuelas de la zona.'],
    photo_credit='Cortesía Protección Civil de Centro'),
    enc='cp1252', eol='lf')

# r23 · (sin clave de sitio) · Soledad de Graciano Sánchez, San Luis Potosí · UTF-8 · mixto · .md · offset -06:00 por la noche
add('r23-soledad-sin-agua.md', """\
---
layout: post
title: "Vecinos de Soledad: tercer día sin agua en 14 colonias"
date: 2023-03-03T19:05:00-06:00
author:
  - Fabiola Zapata Rangel
  - Héctor Moctezuma Ríos
categories:
- Sociedad
- Destacadas
tags: [agua, colonias, Soledad]
comments: true
---

Habitantes de 14 colonias de Soledad de Graciano Sánchez cumplieron este viernes tres días sin agua en sus domicilios, luego de que una falla eléctrica dejara fuera de servicio dos pozos que abastecen a la zona oriente del municipio.

En la colonia San Felipe, vecinas bloquearon durante dos horas la avenida Valentín Amador para exigir el envío de pipas. Martha Castillo, madre de tres hijos, dijo que ha tenido que comprar garrafones para cocinar y bañar a los niños. “Nadie nos avisó nada; abrimos la llave el miércoles y ya no salió ni una gota”, relató.

El organismo intermunicipal de agua informó que la falla se originó en un transformador dañado por una sobrecarga y que el equipo de reemplazo llegará desde Querétaro el fin de semana. Mientras tanto, se enviarán doce pipas diarias a las colonias afectadas, con prioridad para escuelas, clínicas y estancias infantiles.

Los vecinos señalaron que las pipas no alcanzan para todos y que algunos repartidores piden dinero por llenar los tinacos. El organismo pidió denunciar cualquier cobro indebido, ya que el servicio de emergencia es gratuito.

La regidora de la comisión de agua del cabildo solicitó una revisión de todos los pozos del municipio, pues aseguró que la mayoría de los equipos tienen más de quince años de uso sin mantenimiento mayor.
""", gold('jekyll',
    'Vecinos de Soledad: tercer día sin agua en 14 colonias',
    '2023-03-03',
    'Habitantes de 14 colonias de Soledad de Graciano Sánchez',
    'tienen más de quince años de uso sin mantenimiento mayor.',
    published=True, bylines=['Fabiola Zapata Rangel', 'Héctor Moctezuma Ríos'],
    source=None, section='Sociedad', placement=['Destacadas'],
    boilerplate=['comments: true', 'tags: [agua, colonias, Soledad]'],
    must_keep=['El organismo pidió denunciar cualquier cobro indebido, ya que el servicio de emergencia es gratuito.']),
    enc='utf-8', eol='mixed')

# =====================================================================
# GENERIC (r24..r27): notas legibles que no encajan en ninguna familia
# =====================================================================

# r24 · nota de texto plano · Champotón, Campeche · UTF-8 · LF · .txt · "Publicado:"
add('r24-champoton-limpieza-playa.txt', """\
Jornada de limpieza deja 2.3 toneladas de basura en la playa de Champotón
Publicado: 12 de julio de 2023

Más de 300 voluntarios participaron el domingo en la jornada de limpieza de la playa y la desembocadura del río Champotón, organizada por cooperativas pesqueras, escuelas y grupos de jóvenes del municipio.

Durante cuatro horas, las brigadas recorrieron cerca de seis kilómetros de costa, desde el malecón hasta la zona conocida como Punta Xen. En total se recolectaron 2.3 toneladas de residuos, entre ellos botellas de plástico, redes abandonadas, llantas y una gran cantidad de unicel que el viento arrastra desde los puestos de comida.

Los organizadores separaron el material reciclable, que será vendido para financiar la compra de contenedores con tapa que se instalarán en los accesos a la playa. El resto de la basura fue trasladado al relleno sanitario en camiones prestados por productores de la región.

Don Anselmo Ek, pescador desde hace cuatro décadas, comentó que cada año aparecen más redes viejas en la orilla y que en ellas quedan atrapadas tortugas y aves. Pidió que las cooperativas se comprometan a recoger sus propios aparejos cuando ya no sirvan.

Estudiantes de bachillerato registraron el tipo y la cantidad de residuos encontrados para enviar un informe a la autoridad municipal y al centro de investigación marina de la ciudad. La próxima jornada se realizará en septiembre, antes de la llegada de los nortes, y los organizadores esperan duplicar el número de participantes.
""", gold('generic',
    'Jornada de limpieza deja 2.3 toneladas de basura en la playa de Champotón',
    '2023-07-12',
    'Más de 300 voluntarios participaron el domingo',
    'esperan duplicar el número de participantes.',
    boilerplate=['Publicado: 12 de julio de 2023'],
    must_keep=['Pidió que las cooperativas se comprometan a recoger sus propios aparejos cuando ya no sirvan.']))

# r25 · Markdown con # título, sin fecha · Comala, Colima · UTF-8 con BOM · CRLF · .md
add('r25-comala-taller-cafe.md', """\
# Productoras de café de Comala abren taller de tostado para jóvenes

Un grupo de doce productoras de café de las comunidades de Suchitlán, Zacualpan y La Caja abrió un taller gratuito de tostado y catación dirigido a jóvenes de entre 15 y 25 años, con la idea de que las nuevas generaciones encuentren en el grano una forma de vida sin tener que emigrar.

El taller se imparte los sábados en la casa ejidal de Suchitlán y tiene cupo para veinte participantes por grupo. Las clases incluyen el cuidado de la planta, el secado en patio, el tostado en comal y en tostador eléctrico, y la preparación de café en diferentes métodos.

## Cómo participar

- Presentarse en la casa ejidal cualquier sábado a las 9:00 horas.
- Llevar una copia de la CURP y una taza.
- No se requiere experiencia previa.

Leticia Zamora Gudiño, una de las fundadoras del grupo, contó que en los últimos años muchas huertas quedaron abandonadas porque los hijos de los productores se fueron a trabajar a Manzanillo o a Estados Unidos. “Si aprenden a darle valor al café, ya no tienen que vender el grano barato al intermediario”, explicó.

Las productoras venden su café tostado en los portales del centro de Comala y en un mercado orgánico de la ciudad de Colima. Con lo que se obtiene de las ventas compraron un tostador pequeño y una báscula, y ahora buscan apoyo para instalar un secador solar que les permita trabajar también en la temporada de lluvias.
""", gold('generic',
    'Productoras de café de Comala abren taller de tostado para jóvenes',
    None,
    'Un grupo de doce productoras de café',
    'trabajar también en la temporada de lluvias.',
    boilerplate=[],
    must_keep=['No se requiere experiencia previa.',
               'El taller se imparte los sábados en la casa ejidal de Suchitlán y tiene cupo para veinte participantes por grupo.']),
    enc='utf-8-bom', eol='crlf')

# r26 · texto plano con línea de fecha sola · Cuautla, Morelos · Windows-1252 · CRLF · .text · NBSP y espacios finales
add('r26-cuautla-huertos-urbanos.text', """\
Vecinos de Cuautla convierten un terreno baldío en huerto comunitario¶
18/06/2024¶

En la colonia Cuautlixco, un terreno que durante años sirvió como tiradero de cascajo se convirtió en un huerto comunitario donde hoy crecen jitomates, chiles, calabazas, frijol y hierbas de olor, gracias al trabajo de una treintena de familias.¶

La idea surgió durante la pandemia, cuenta Noemí Castañeda Lara, maestra jubilada y coordinadora del proyecto. Los vecinos retiraron más de cuarenta viajes de escombro con carretillas, consiguieron tierra negra con un ejidatario de la zona y construyeron camas de cultivo con madera de tarimas recicladas.

El huerto se riega con agua de lluvia que se capta en los techos de dos casas cercanas y se almacena en tambos de 200¤litros. En temporada de secas, las familias se turnan para acarrear agua de la toma comunitaria.¶

Cada sábado se reparte la cosecha entre quienes trabajaron durante la semana, y lo que sobra se vende a bajo precio en la entrada del terreno. Con ese dinero se compran semillas y herramientas.

Niñas y niños de la primaria cercana visitan el huerto dos veces al mes para aprender a sembrar y a preparar composta con los residuos orgánicos de sus casas. “Aquí los chamacos aprenden que la comida no nace en el súper”, dice la coordinadora entre risas.

El grupo busca ahora que el ayuntamiento les otorgue un permiso formal para usar el predio, pues temen que el dueño lo reclame para construir.¶
""", gold('generic',
    'Vecinos de Cuautla convierten un terreno baldío en huerto comunitario',
    '2024-06-18',
    'En la colonia Cuautlixco, un terreno que durante años',
    'temen que el dueño lo reclame para construir.',
    boilerplate=[],
    must_keep=['Con ese dinero se compran semillas y herramientas.']),
    enc='cp1252', eol='crlf')

# r27 · Markdown con ## título y fecha imposible · Huamantla, Tlaxcala · UTF-8 · mixto · .markdown
add('r27-huamantla-tapetes-aserrin.markdown', """\
## Artesanos de Huamantla enseñan a elaborar tapetes de aserrín

31/02/2023

Con el objetivo de que la tradición no se pierda, artesanos del barrio de San Sebastián, en Huamantla, iniciaron un taller abierto para enseñar a niñas, niños y jóvenes a elaborar tapetes de aserrín y flores como los que cada agosto cubren las calles de la ciudad.

Durante ocho semanas, los participantes aprenderán a teñir el aserrín con anilinas, a cortar y usar los moldes de madera y a trazar diseños sobre el piso. Al final del curso, cada grupo elaborará un tapete de cuatro metros en el atrio de la parroquia del barrio.

El maestro tapetero Crispín Meléndez Flores recordó que él aprendió a los siete años ayudando a su abuelo, y que en aquel tiempo cada familia elaboraba su propio tramo de tapete frente a su casa. “Ahora muchos jóvenes trabajan fuera o estudian en Puebla y ya no hay quién aprenda”, comentó.

Los organizadores explicaron que el taller es gratuito y que los materiales se cubren con cooperaciones de los vecinos y de la mayordomía. También se invitó a personas adultas que quieran retomar el oficio o aprender a preparar los tintes naturales con flores de cempasúchil, pericón y cáscara de nogal.

Las inscripciones están abiertas los martes y jueves por la tarde en la casa de cultura del barrio. Los tapetes que elaboren los alumnos formarán parte del recorrido de la próxima celebración.
""", gold('generic',
    'Artesanos de Huamantla enseñan a elaborar tapetes de aserrín',
    None,
    'Con el objetivo de que la tradición no se pierda',
    'formarán parte del recorrido de la próxima celebración.',
    boilerplate=['31/02/2023'],
    must_keep=['Las inscripciones están abiertas los martes y jueves por la tarde en la casa de cultura del barrio.']),
    enc='utf-8', eol='mixed')

# =====================================================================
# BAD (r28..r30): archivos que el importador debe rechazar
# =====================================================================

# r28 · front matter sin cuerpo · UTF-8 · LF · .md (solo líneas vacías y espacios después)
add('r28-tuxpan-solo-front-matter.md', """\
---
title: "Cabildo de Tuxpan aprueba presupuesto de egresos 2024"
date: 2023-12-21
categories: [Municipios, Portada]
author: Rebeca Lugo Salazar
medio: Norte de Nayarit Noticias
---

¶
""", bad('El archivo solo contiene front matter y no tiene cuerpo de texto que importar.'))

# r29 · página HTML guardada desde el navegador · UTF-8 · CRLF · .txt
add('r29-pagina-guardada-tlalnepantla.txt', """\
<!DOCTYPE html>
<!-- saved from url=(0071)https://noticias-edomex.example/2023/10/tlalnepantla-mercado-rehabilitado -->
<html lang="es-MX"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Reabren mercado de Tlalnepantla tras rehabilitación | Noticias Edomex</title>
<link rel="stylesheet" href="./tlalnepantla-mercado_files/style.min.css">
<script async src="./tlalnepantla-mercado_files/gtag.js"></script>
</head>
<body class="post-template single">
<header class="site-header"><nav><ul><li><a href="https://noticias-edomex.example/">Inicio</a></li><li><a href="https://noticias-edomex.example/municipios">Municipios</a></li></ul></nav></header>
<main><article>
<h1 class="entry-title">Reabren mercado de Tlalnepantla tras rehabilitación</h1>
<p class="byline">Por <span class="author">Ximena Olguín</span> · 17 de octubre de 2023</p>
<p>Locatarios del mercado municipal de Tlalnepantla de Baz volvieron a abrir sus puestos luego de cinco meses de obras de rehabilitación en techumbre, drenaje e instalación eléctrica.</p>
<p>La administración municipal informó que la inversión fue de 21 millones de pesos.</p>
</article></main>
<footer><p>&copy; 2023 Noticias Edomex. Todos los derechos reservados.</p></footer>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</body></html>
""", bad('El archivo es una página HTML guardada desde el navegador y no una nota de texto; no se importa.'),
    enc='utf-8', eol='crlf')


def _junk(n, seed=30):
    """Bytes pseudoaleatorios reproducibles (LCG propio, sin depender de random)."""
    x = seed
    out = bytearray()
    for _ in range(n):
        x = (1103515245 * x + 12345) % (2 ** 31)
        out.append((x >> 16) & 0xFF)
    return bytes(out)


# r30 · basura binaria (cabecera PNG + bytes aleatorios + NUL) · .text
add('r30-adjunto-corrupto.text',
    b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x80\x00\x00\x01\xe0\x08\x02'
    + _junk(1500) + b'\x00' * 64 + _junk(500, seed=7),
    bad('El archivo contiene datos binarios ilegibles y no es un texto que se pueda importar.'),
    enc='raw')


# =====================================================================
def main():
    names = [f['name'] for f in FILES]
    assert len(names) == 30 and len(set(names)) == 30, len(names)
    for i, f in enumerate(FILES, 1):
        assert f['name'].startswith('r%02d-' % i), f['name']
        with open(os.path.join(HERE, f['name']), 'wb') as fh:
            fh.write(to_bytes(f))
        stem = f['name'].rsplit('.', 1)[0]
        with open(os.path.join(HERE, stem + '.gold.yaml'), 'w', encoding='utf-8', newline='\n') as fh:
            fh.write(emit(f['gold']))
    fams = {}
    for f in FILES:
        fams[f['gold']['family']] = fams.get(f['gold']['family'], 0) + 1
    print('escritos %d fuentes + %d gold: %s' % (len(FILES), len(FILES), fams))


if __name__ == '__main__':
    main()
