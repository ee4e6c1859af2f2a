#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for blind test set importer-v / b1.

Writes 30 source files (v01..v30) and their 30 gold files (NAME.gold.yaml)
into the folder of this script, as exact bytes.  Standard library only.
Everything (people, outlets, offices, phones, e-mails, figures) is invented;
states and municipalities are real.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

KEYS = ['readable', 'family', 'title', 'date', 'published', 'bylines',
        'source', 'section', 'placement', 'bulletin_number', 'issuer',
        'dateline_city', 'body_first_words', 'body_last_words',
        'boilerplate', 'must_keep', 'photo_credit', 'refusal_reason']
LIST_KEYS = {'bylines', 'placement', 'boilerplate', 'must_keep'}

FILES = []


def gold(**kw):
    g = {k: ([] if k in LIST_KEYS else None) for k in KEYS}
    g['readable'] = True
    g['published'] = True
    for k, v in kw.items():
        if k not in g:
            raise KeyError(k)
        g[k] = v
    return g


def add(name, ext, enc, eol, text, g, hazards, tail=b'', raw=None):
    """enc: 'utf-8' | 'utf-8-sig' | 'cp1252' | 'ascii';  eol: 'lf' | 'crlf' | 'mixed'."""
    FILES.append(dict(name=name, ext=ext, enc=enc, eol=eol, text=text,
                      gold=g, hazards=hazards, tail=tail, raw=raw))


def apply_eol(text, eol):
    if eol == 'lf':
        return text
    if eol == 'crlf':
        return text.replace('\n', '\r\n')
    # mixed: blocks of four lines alternate LF / CRLF (as after a copy-paste
    # between editors); deterministic.
    lines = text.split('\n')
    out = []
    for i, line in enumerate(lines[:-1]):
        out.append(line + ('\r\n' if (i // 4) % 2 == 1 else '\n'))
    out.append(lines[-1])
    return ''.join(out)


def encode(text, enc):
    if enc == 'utf-8-sig':
        return b'\xef\xbb\xbf' + text.encode('utf-8')
    return text.encode(enc)


def yq(s):
    """YAML single-quoted scalar."""
    if '\n' in s or '\r' in s:
        raise ValueError('newline in gold string: %r' % s)
    return "'" + s.replace("'", "''") + "'"


def yscalar(v):
    if v is None:
        return 'null'
    if v is True:
        return 'true'
    if v is False:
        return 'false'
    if isinstance(v, str):
        return yq(v)
    raise TypeError(repr(v))


def dump_gold(g):
    lines = []
    for k in KEYS:
        v = g[k]
        if k in LIST_KEYS:
            if not v:
                lines.append('%s: []' % k)
            else:
                lines.append('%s:' % k)
                for item in v:
                    lines.append('- ' + yq(item))
        else:
            lines.append('%s: %s' % (k, yscalar(v)))
    return '\n'.join(lines) + '\n'


# ---------------------------------------------------------------------------
# WIRE (8): v01..v08
# ---------------------------------------------------------------------------

add('v01', 'md', 'utf-8', 'lf', """\
## Reabren puente peatonal de la avenida De las Torres tras ocho meses de obra

**Radio Frontera 98.7 Noticias** | Martes 15 de marzo de 2011

Foto: Radio Frontera / Archivo

CIUDAD JUÁREZ, Chih. (Radio Frontera).— El puente peatonal de la avenida De las Torres, a la altura de la colonia Parajes del Sur, volvió a abrir este martes después de ocho meses cerrado por trabajos de reforzamiento estructural.

La Dirección de Obras Públicas municipal informó que la estructura recibió nuevas columnas de acero, barandales y un piso antiderrapante, con una inversión de 4.3 millones de pesos. Los vecinos habían pedido la reparación desde 2009, cuando una de las rampas presentó grietas visibles. Lee también: Cierran dos carriles del Periférico Camino Real por bacheo nocturno El ingeniero Rodolfo Baca Ontiveros, supervisor de la obra, explicó que el puente soporta ahora el doble de carga que el original.

Cada día cruzan por este punto alrededor de tres mil personas, en su mayoría trabajadores de las maquiladoras del suroriente y estudiantes de la secundaria técnica 62, según un conteo realizado por la propia dependencia.

Doña Herminia Loya, vendedora de burritos en la parada de camiones, dijo que durante el cierre muchos peatones se arriesgaban a cruzar los seis carriles de la avenida. «Aquí ya hubo dos atropellados este año; ojalá ahora sí lo cuiden», comentó.

Las autoridades pidieron a la ciudadanía reportar cualquier daño o falta de iluminación en el puente al número 073, que opera las 24 horas.

Escucha el noticiero en vivo de lunes a viernes a las 7:00 horas por el 98.7 de FM.
Síguenos en Twitter: @RadioFrontera987
""", gold(
    family='wire',
    title='Reabren puente peatonal de la avenida De las Torres tras ocho meses de obra',
    date='2011-03-15',
    source='Radio Frontera 98.7 Noticias',
    body_first_words='El puente peatonal de la avenida De las Torres',
    body_last_words='al número 073, que opera las 24 horas.',
    boilerplate=['Martes 15 de marzo de 2011',
                 'CIUDAD JUÁREZ, Chih. (Radio Frontera).—',
                 'Lee también: Cierran dos carriles del Periférico Camino Real por bacheo nocturno',
                 'Escucha el noticiero en vivo de lunes a viernes',
                 'Síguenos en Twitter: @RadioFrontera987',
                 'Foto: Radio Frontera / Archivo'],
    must_keep=['Los vecinos habían pedido la reparación desde 2009, cuando una de las rampas presentó grietas visibles.',
               'El ingeniero Rodolfo Baca Ontiveros, supervisor de la obra, explicó que el puente soporta ahora el doble de carga que el original.'],
    photo_credit='Radio Frontera / Archivo',
), '## title + bold outlet|weekday date byline; photo credit above dateline opener; "Lee también:" teaser glued mid-paragraph with no punctuation after the headline; radio pitch + Twitter handle at end')


add('v02', 'txt', 'ascii', 'crlf', """\
TELENOTICIAS GOLFO - CANAL 9
SECCION: REGION
Lunes 3 de Mayo del 2010

PESCADORES DE ALLENDE DENUNCIAN MORTANDAD DE PECES
EN LA LAGUNA DEL OSTION

Por: Maribel Cruz Hernandez y Everardo Sagrero Luna

COATZACOALCOS, Ver. (Telenoticias Golfo).- Cerca de 40 pescadores de la congregacion Allende denunciaron la aparicion de miles de peces muertos en la orilla norte de la Laguna del Ostion, situacion que atribuyen a una descarga de aguas residuales ocurrida durante el fin de semana.

Los afectados mostraron a este medio costales con mojarras, lisas y robalos que recogieron desde la madrugada del domingo. Segun el presidente de la cooperativa Barra Nueva, Teodoro Marcial Reyes, la captura de la ultima semana cayo casi a la mitad y varias familias ya no tienen ingresos.

Los pescadores pidieron a la Procuraduria Federal de Proteccion al Ambiente y a la Comision Nacional del Agua que tomen muestras del agua y revisen los drenajes de las colonias cercanas. Hasta el cierre de esta edicion ninguna dependencia habia acudido al lugar.

Por su parte, la Direccion Municipal de Ecologia informo por telefono que enviara personal este martes para levantar un acta y que no descarta que la mortandad se deba a las altas temperaturas registradas en la region, que superaron los 38 grados.

Los integrantes de la cooperativa advirtieron que si no reciben respuesta en una semana realizaran un bloqueo pacifico en la carretera costera del Golfo, a la altura del entronque con Pajapan.

Con informacion de Reporteros de Telenoticias Golfo

MAS NOTICIAS
- Inauguran clinica de medicina familiar en Minatitlan
- Suspenden clases en 12 escuelas de Nanchital por falta de agua
- Detienen a dos por robo de cable en Cosoleacaque

Siguenos en Facebook: /TelenoticiasGolfo
""", gold(
    family='wire',
    title='PESCADORES DE ALLENDE DENUNCIAN MORTANDAD DE PECES EN LA LAGUNA DEL OSTION',
    date='2010-05-03',
    bylines=['Maribel Cruz Hernandez', 'Everardo Sagrero Luna'],
    source='Telenoticias Golfo',
    section='REGION',
    body_first_words='Cerca de 40 pescadores de la congregacion Allende',
    body_last_words='a la altura del entronque con Pajapan.',
    boilerplate=['TELENOTICIAS GOLFO - CANAL 9',
                 'SECCION: REGION',
                 'Lunes 3 de Mayo del 2010',
                 'Por: Maribel Cruz Hernandez y Everardo Sagrero Luna',
                 'COATZACOALCOS, Ver. (Telenoticias Golfo).-',
                 'Con informacion de Reporteros de Telenoticias Golfo',
                 'MAS NOTICIAS',
                 'Inauguran clinica de medicina familiar en Minatitlan',
                 'Suspenden clases en 12 escuelas de Nanchital por falta de agua',
                 'Detienen a dos por robo de cable en Cosoleacaque',
                 'Siguenos en Facebook: /TelenoticiasGolfo'],
    must_keep=['Hasta el cierre de esta edicion ninguna dependencia habia acudido al lugar.',
               'Los integrantes de la cooperativa advirtieron que si no reciben respuesta en una semana realizaran un bloqueo pacifico en la carretera costera del Golfo, a la altura del entronque con Pajapan.'],
), 'ASCII-only TV copy (no accents), ALL-CAPS header block, "SECCION:" label, date "Lunes 3 de Mayo del 2010", title in caps wrapped over two lines, two authors with "Por:", "Con informacion de", MAS NOTICIAS block, DOS Ctrl-Z (0x1A) byte at end of file',
    tail=b'\x1a')


add('v03', 'txt', 'cp1252', 'crlf', """\
Diario Contraluz | Fresnillo | 27/09/2012

EMERGENCIA HÍDRICA
Vecinos de Plateros bloquean acceso al santuario por falta de agua

Habitantes de la comunidad de Plateros bloquearon desde temprana hora el acceso principal al Santuario del Santo Niño de Atocha para exigir el restablecimiento del servicio de agua potable, suspendido desde hace 19 días.

Alrededor de 150 personas, la mayoría mujeres, colocaron piedras y tambos vacíos sobre la calzada, lo que obligó a los autobuses de peregrinos a descender a sus pasajeros a cuatro cuadras del templo. También te recomendamos: Fresnillo, entre los municipios con más pozos sobreexplotados

Guadalupe Sifuentes, una de las organizadoras, explicó que el pozo número 3 que abastece a la comunidad sufrió una falla en la bomba y que hasta ahora sólo han recibido dos pipas para más de 800 familias.

El organismo operador de agua municipal informó en un comunicado que la bomba de repuesto llegará el viernes desde la capital del estado y que mientras tanto enviará seis pipas diarias a la comunidad.

Los inconformes aceptaron liberar el paso a las 14:00 horas, luego de que un funcionario de la presidencia municipal firmara una minuta en la que se compromete a instalar la nueva bomba a más tardar el lunes 1 de octubre.

Con información de Agencias

Texto: Ulises Chávez Ruelas / Contraluz
Foto: Contraluz / Archivo

Etiquetas: Plateros, agua potable, Fresnillo, bloqueo
""", gold(
    family='wire',
    title='Vecinos de Plateros bloquean acceso al santuario por falta de agua',
    date='2012-09-27',
    bylines=['Ulises Chávez Ruelas'],
    source='Diario Contraluz',
    body_first_words='Habitantes de la comunidad de Plateros bloquearon',
    body_last_words='a más tardar el lunes 1 de octubre.',
    boilerplate=['Diario Contraluz | Fresnillo | 27/09/2012',
                 'EMERGENCIA HÍDRICA',
                 'También te recomendamos: Fresnillo, entre los municipios con más pozos sobreexplotados',
                 'Con información de Agencias',
                 'Texto: Ulises Chávez Ruelas / Contraluz',
                 'Foto: Contraluz / Archivo',
                 'Etiquetas: Plateros, agua potable, Fresnillo, bloqueo'],
    must_keep=['Alrededor de 150 personas, la mayoría mujeres, colocaron piedras y tambos vacíos sobre la calzada, lo que obligó a los autobuses de peregrinos a descender a sus pasajeros a cuatro cuadras del templo.'],
    photo_credit='Contraluz / Archivo',
), 'Windows-1252 + CRLF; pipe header outlet|city|dd/mm/yyyy; all-caps kicker above title (not section, not title); "También te recomendamos:" glued at the end of a real paragraph; byline at the end with "Texto:" and "/ Outlet"; photo credit after byline; "Etiquetas:" line')


add('v04', 'markdown', 'utf-8-sig', 'lf', """\
# Agencia Informativa Meridiano

## Locatarias del mercado de la Séptima Sección estrenan techumbre tras incendio

Por Itzel Toledo López y Ramiro Jiménez Santiago | AIM | sábado 18 de octubre de 2014

JUCHITÁN DE ZARAGOZA, Oax. (AIM).— Más de 90 locatarias del mercado de la Séptima Sección regresaron este sábado a sus puestos, luego de que concluyera la instalación de una nueva techumbre metálica que sustituye a la que se quemó en el incendio del pasado mes de abril.

La obra, financiada con recursos federales del ramo 33 y con aportaciones de las propias comerciantes, costó 2.8 millones de pesos y tardó cinco meses en terminarse.

**MÁS NOTICIAS**

- [Suspenden pesca de camarón en la laguna Superior](https://meridiano.example/2014/10/camaron)
- [La vela de mayo reunirá a 40 sociedades](https://meridiano.example/2014/10/velas)
- [Productores de totopo piden apoyo para hornos ecológicos](https://meridiano.example/2014/10/totopo)

Na Eufemia Gómez Orozco, vendedora de totopos y queso desde hace 30 años, contó que durante el tiempo de la obra tuvieron que vender bajo lonas en la calle, expuestas al sol y a los fuertes vientos del norte. «Perdimos clientes, pero ya estamos de vuelta», dijo.

El regidor de Mercados, Aurelio Santiago Vicente, informó que además se cambió todo el cableado eléctrico y se colocaron cuatro extintores por pasillo para evitar que se repita una tragedia similar.

Las comerciantes organizaron una pequeña fiesta con banda de viento y reparto de tamales de iguana para celebrar la reapertura, que se extendió hasta entrada la tarde.

Descarga la app de Meridiano en Google Play y App Store y recibe alertas de todo el Istmo.
Contacto: redaccion@meridiano.example
""", gold(
    family='wire',
    title='Locatarias del mercado de la Séptima Sección estrenan techumbre tras incendio',
    date='2014-10-18',
    bylines=['Itzel Toledo López', 'Ramiro Jiménez Santiago'],
    source='Agencia Informativa Meridiano',
    body_first_words='Más de 90 locatarias del mercado de la Séptima Sección',
    body_last_words='que se extendió hasta entrada la tarde.',
    boilerplate=['Agencia Informativa Meridiano',
                 'Por Itzel Toledo López y Ramiro Jiménez Santiago | AIM | sábado 18 de octubre de 2014',
                 'JUCHITÁN DE ZARAGOZA, Oax. (AIM).—',
                 'MÁS NOTICIAS',
                 'Suspenden pesca de camarón en la laguna Superior',
                 'La vela de mayo reunirá a 40 sociedades',
                 'Productores de totopo piden apoyo para hornos ecológicos',
                 'Descarga la app de Meridiano',
                 'Contacto: redaccion@meridiano.example'],
    must_keep=['La obra, financiada con recursos federales del ramo 33 y con aportaciones de las propias comerciantes, costó 2.8 millones de pesos y tardó cinco meses en terminarse.',
               'Na Eufemia Gómez Orozco, vendedora de totopos y queso desde hace 30 años, contó que durante el tiempo de la obra tuvieron que vender bajo lonas en la calle, expuestas al sol y a los fuertes vientos del norte.'],
), 'UTF-8 with BOM; first "#" heading is the outlet name, the real title is the "##" line; two authors "Por A y B | AIM | weekday date"; dateline opener with agency acronym; bold "MÁS NOTICIAS" block of linked headlines between two body paragraphs; app pitch + contact e-mail')


add('v05', 'text', 'utf-8', 'lf', """\
Noticiero Enlace Radio 104
Staff Enlace | 19.08.2023

Ley seca en el centro de Huamantla durante la Huamantlada

HUAMANTLA, Tlax.— El Ayuntamiento de Huamantla decretó ley seca en un perímetro de doce calles alrededor de la plaza de toros y del parque Juárez, que estará vigente desde las 06:00 horas del sábado hasta las 06:00 horas del domingo, con motivo de la tradicional Huamantlada.

Te puede interesar | Así quedaron las alfombras de aserrín de la Noche que Nadie Duerme La medida incluye tiendas de conveniencia, depósitos y restaurantes, que sólo podrán vender bebidas sin alcohol. Los comercios que no respeten la disposición serán clausurados de manera temporal, advirtió la Dirección de Gobernación.

De acuerdo con el coordinador municipal de Protección Civil, Joel Pérez Meneses, este año se instalaron 1\u00a0800 metros de barreras metálicas a lo largo del recorrido, y se revisaron los burladeros y las rejas de las casas por donde correrán los 20\u00a0toros.

Se espera la llegada de unos 25\u00a0mil visitantes, por lo que habrá 300 elementos de seguridad de los tres niveles de gobierno, además de tres ambulancias y un puesto médico frente a la parroquia de San Luis Obispo.

Las autoridades recomendaron a los asistentes no subirse a las bardas ni a los techos, llevar una identificación y ubicar los módulos de niños extraviados instalados en las esquinas del recorrido.\u200b

Únete a nuestro canal de WhatsApp y recibe las noticias de Tlaxcala al momento.
Suscríbete a nuestro boletín semanal: boletin@enlace104.example
Síguenos en Instagram @enlaceradio104
""", gold(
    family='wire',
    title='Ley seca en el centro de Huamantla durante la Huamantlada',
    date='2023-08-19',
    bylines=[],
    source='Noticiero Enlace Radio 104',
    body_first_words='El Ayuntamiento de Huamantla decretó ley seca',
    body_last_words='instalados en las esquinas del recorrido.',
    boilerplate=['Noticiero Enlace Radio 104',
                 'Staff Enlace | 19.08.2023',
                 'HUAMANTLA, Tlax.—',
                 'Te puede interesar | Así quedaron las alfombras de aserrín de la Noche que Nadie Duerme',
                 'Únete a nuestro canal de WhatsApp',
                 'Suscríbete a nuestro boletín semanal: boletin@enlace104.example',
                 'Síguenos en Instagram @enlaceradio104'],
    must_keep=['La medida incluye tiendas de conveniencia, depósitos y restaurantes, que sólo podrán vender bebidas sin alcohol.',
               'Se espera la llegada de unos 25 mil visitantes, por lo que habrá 300 elementos de seguridad de los tres niveles de gobierno, además de tres ambulancias y un puesto médico frente a la parroquia de San Luis Obispo.'],
), 'outlet line then "Staff Enlace | 19.08.2023" (staff byline -> [], dotted day-first date); plain title on third line; "Te puede interesar |" teaser glued to the START of a real paragraph; non-breaking spaces inside figures; zero-width space after last sentence; WhatsApp, newsletter and Instagram pitches')


add('v06', 'md', 'utf-8', 'mixed', """\
Página Huasteca — Noticias de la Huasteca hidalguense

**HUEJUTLA DE REYES** · 11 de febrero de 2016

# Productores de naranja de la Huasteca reciben tres pesos por kilo, el precio más bajo en una década

Citricultores de Huejutla, San Felipe Orizatlán y Atlapexco denunciaron que los intermediarios les pagan apenas tres pesos por kilo de naranja, el precio más bajo que recuerdan en al menos diez años.

Aurelio Martínez Hernández, productor de la comunidad de Chililico, explicó que con ese precio no alcanza ni para pagar a los cortadores, quienes cobran 150 pesos por jornada. Muchos prefieren dejar que la fruta se caiga del árbol. Relacionado: Heladas de enero dañaron 30 por ciento de las huertas de la región

Los productores atribuyen la caída a la sobreoferta de naranja proveniente de Veracruz y a la falta de una planta juguera en la región, proyecto que fue anunciado en 2013 pero que nunca se construyó.

En una reunión celebrada en la casa ejidal de Chililico, cerca de 70 citricultores acordaron formar una sociedad cooperativa para vender directamente a los mercados de Pachuca y de la Ciudad de México, sin pasar por los coyotes.

También solicitarán a la Secretaría de Desarrollo Agropecuario estatal apoyo para adquirir un camión refrigerado y una báscula certificada. La próxima asamblea será el 25 de febrero en la presidencia municipal de Atlapexco.

Por Ernesto Hernández Bautista | Página Huasteca | Huejutla

**Lo más leído**

1. Cae granizada en comunidades de Tlanchinol
2. Festival del Xantolo rompe récord de asistencia
3. Reparan tramo de la carretera México-Tampico

Escríbenos: contacto@paginahuasteca.example
""", gold(
    family='wire',
    title='Productores de naranja de la Huasteca reciben tres pesos por kilo, el precio más bajo en una década',
    date='2016-02-11',
    bylines=['Ernesto Hernández Bautista'],
    source='Página Huasteca',
    body_first_words='Citricultores de Huejutla, San Felipe Orizatlán y Atlapexco',
    body_last_words='en la presidencia municipal de Atlapexco.',
    boilerplate=['Página Huasteca — Noticias de la Huasteca hidalguense',
                 '11 de febrero de 2016',
                 'Relacionado: Heladas de enero dañaron 30 por ciento de las huertas de la región',
                 'Por Ernesto Hernández Bautista | Página Huasteca | Huejutla',
                 'Lo más leído',
                 'Cae granizada en comunidades de Tlanchinol',
                 'Festival del Xantolo rompe récord de asistencia',
                 'Reparan tramo de la carretera México-Tampico',
                 'Escríbenos: contacto@paginahuasteca.example'],
    must_keep=['Muchos prefieren dejar que la fruta se caiga del árbol.',
               'Aurelio Martínez Hernández, productor de la comunidad de Chililico, explicó que con ese precio no alcanza ni para pagar a los cortadores, quienes cobran 150 pesos por jornada.'],
), 'mixed LF/CRLF; outlet tagline line with em dash; bold city · long date line before the "#" title; "Relacionado:" teaser glued to the end of a paragraph without a line break; byline at the END in "Por X | Outlet | City" form; numbered "Lo más leído" list; contact e-mail')


add('v07', 'txt', 'cp1252', 'crlf', """\
<!-- begin nota id=88231 -->
TELE PENÍNSULA NOTICIAS
Escárcega, Campeche | 02-JUL-2013

LLEGAN 500 TONELADAS DE SEMILLA DE MAÍZ
PARA PRODUCTORES DEL SUR DE CAMPECHE

Por Gaspar Ek Chi / Tele Península

[caption id="attachment_4410" align="alignleft" width="300"]Foto: Archivo Tele Península[/caption]

Un total de 500 toneladas de semilla de maíz mejorado llegaron este martes a la bodega de la Unión de Ejidos de Escárcega, desde donde serán distribuidas entre productores de Escárcega, Candelaria y Calakmul para el ciclo primavera-verano.
<!-- publicidad: bloque 300x250 -->
El representante de la unión, Faustino Canul Dzib, detalló que cada productor recibirá hasta 40 kilos, suficientes para sembrar dos hectáreas, y que el apoyo beneficiará a cerca de 6 mil familias campesinas de la región.

La entrega se realizará por ejido, de acuerdo con un calendario que se publicará en las comisarías, y será necesario presentar credencial de elector y el comprobante de inscripción en el padrón de productores.

Canul Dzib reconoció que la semilla llega con casi tres semanas de retraso, ya que las primeras lluvias se registraron desde mediados de junio, por lo que algunos campesinos ya sembraron con semilla criolla guardada del año pasado.

Los productores esperan que el temporal se mantenga estable hasta septiembre; en 2012 la sequía provocó pérdidas en más de 20 mil hectáreas de maíz en el sur del estado.

Etiquetas: maíz, Escárcega, campo, semilla
<!-- end nota -->
""", gold(
    family='wire',
    title='LLEGAN 500 TONELADAS DE SEMILLA DE MAÍZ PARA PRODUCTORES DEL SUR DE CAMPECHE',
    date='2013-07-02',
    bylines=['Gaspar Ek Chi'],
    source='Tele Península Noticias',
    body_first_words='Un total de 500 toneladas de semilla de maíz mejorado',
    body_last_words='más de 20 mil hectáreas de maíz en el sur del estado.',
    boilerplate=['<!-- begin nota id=88231 -->',
                 'TELE PENÍNSULA NOTICIAS',
                 'Escárcega, Campeche | 02-JUL-2013',
                 'Por Gaspar Ek Chi / Tele Península',
                 '[caption id="attachment_4410" align="alignleft" width="300"]',
                 'Foto: Archivo Tele Península',
                 '[/caption]',
                 '<!-- publicidad: bloque 300x250 -->',
                 'Etiquetas: maíz, Escárcega, campo, semilla',
                 '<!-- end nota -->'],
    must_keep=['Un total de 500 toneladas de semilla de maíz mejorado llegaron este martes a la bodega de la Unión de Ejidos de Escárcega, desde donde serán distribuidas entre productores de Escárcega, Candelaria y Calakmul para el ciclo primavera-verano.',
               'El representante de la unión, Faustino Canul Dzib, detalló que cada productor recibirá hasta 40 kilos, suficientes para sembrar dos hectáreas, y que el apoyo beneficiará a cerca de 6 mil familias campesinas de la región.'],
    photo_credit='Archivo Tele Península',
), 'Windows-1252 + CRLF; CMS leftovers (HTML comments at top, between two paragraphs with no blank line, and at the end); date "02-JUL-2013"; caps title wrapped over two lines; "Por X / Outlet" byline; photo credit inside a WordPress [caption] shortcode; "Etiquetas:" line')


add('v08', 'md', 'utf-8', 'lf', """\
El Mirador de Los Altos · Semanario regional\x20\x20

GANADERÍA\x20
## Lecheros alteños exigen precio justo; bloquean la carretera a Arandas por tres horas

Por: Lucía Navarro Gutiérrez, Óscar Franco Aceves y Ramón Casillas Plascencia\x20\x20
Tepatitlán de Morelos, Jal., jueves 12 de noviembre de 2009

Foto: Especial

Alrededor de 300 productores de leche de Tepatitlán, Acatic y San Ignacio Cerro Gordo bloquearon durante tres horas la carretera Tepatitlán-Arandas para exigir que las empresas acopiadoras paguen al menos 4.50 pesos por litro.\x20\x20\x20

Te recomendamos: Alteños apuestan por el agave ante la crisis lechera Los ganaderos llegaron desde las siete de la mañana con tractores y camionetas, y colocaron botes de leche vacíos sobre el asfalto. Actualmente reciben entre 3.60 y 3.80 pesos por litro, mientras que el costo del alimento para ganado subió casi 30 por ciento en el último año.\x20

Javier Gutiérrez Franco, líder de la Asociación Ganadera Local, explicó que muchos productores pequeños ya vendieron parte de su hato porque no pueden cubrir sus deudas. «Estamos trabajando para perder», afirmó.

El bloqueo se levantó al mediodía, cuando un representante de la Secretaría de Desarrollo Rural estatal se comprometió a instalar una mesa de diálogo con las industrias lácteas el próximo martes en Guadalajara.

Los productores advirtieron que si no hay acuerdo volverán a cerrar la carretera y que esta vez lo harán durante todo el día.\x20\x20

Con información de Radio Altos 1450 AM
""", gold(
    family='wire',
    title='Lecheros alteños exigen precio justo; bloquean la carretera a Arandas por tres horas',
    date='2009-11-12',
    bylines=['Lucía Navarro Gutiérrez', 'Óscar Franco Aceves', 'Ramón Casillas Plascencia'],
    source='El Mirador de Los Altos',
    body_first_words='Alrededor de 300 productores de leche de Tepatitlán',
    body_last_words='esta vez lo harán durante todo el día.',
    boilerplate=['El Mirador de Los Altos · Semanario regional',
                 'GANADERÍA',
                 'Tepatitlán de Morelos, Jal., jueves 12 de noviembre de 2009',
                 'Por: Lucía Navarro Gutiérrez, Óscar Franco Aceves y Ramón Casillas Plascencia',
                 'Foto: Especial',
                 'Te recomendamos: Alteños apuestan por el agave ante la crisis lechera',
                 'Con información de Radio Altos 1450 AM'],
    must_keep=['Los ganaderos llegaron desde las siete de la mañana con tractores y camionetas, y colocaron botes de leche vacíos sobre el asfalto.',
               'Javier Gutiérrez Franco, líder de la Asociación Ganadera Local, explicó que muchos productores pequeños ya vendieron parte de su hato porque no pueden cubrir sus deudas.'],
    photo_credit='Especial',
), 'weekly paper; tagline header; caps kicker immediately above "##" title; three authors "Por: A, B y C"; city + long weekday date line; "Foto: Especial"; "Te recomendamos:" teaser glued to paragraph start; trailing spaces on many lines; "Con información de" at end')


# ---------------------------------------------------------------------------
# PRESS RELEASES (8): v09..v16
# ---------------------------------------------------------------------------

add('v09', 'txt', 'cp1252', 'crlf', """\
H. AYUNTAMIENTO DE COMONDÚ
DIRECCIÓN DE COMUNICACIÓN SOCIAL
ADMINISTRACIÓN 2011-2015

Boletín No. 045/2012

ENTREGAN 120 CALENTADORES SOLARES A FAMILIAS DE CIUDAD CONSTITUCIÓN

Cd. Constitución, B.C.S., a 14 de marzo de 2012.- Con una inversión compartida de 1.1 millones de pesos entre el municipio y los beneficiarios, el Ayuntamiento de Comondú entregó 120 calentadores solares a familias de las colonias Pioneros, Vargas y Santo Domingo.

El presidente municipal, Joel Amador Verdugo, encabezó la entrega en la explanada del palacio municipal y explicó que cada equipo permite ahorrar hasta 60 por ciento del gas que una familia utiliza para calentar agua.

Los beneficiarios aportaron 2 mil 300 pesos por calentador, mientras que el resto del costo fue cubierto con recursos del Fondo de Infraestructura Social Municipal. La instalación estará a cargo de personal de la Dirección de Desarrollo Social, sin costo adicional para las familias.

La señora María Elena Higuera Castro, habitante de la colonia Pioneros, agradeció el apoyo y comentó que durante el invierno su familia llega a gastar hasta 500 pesos al mes en gas.

El alcalde anunció que en el segundo semestre del año se abrirá una nueva convocatoria para 200 calentadores más, dirigida a las familias de Ciudad Insurgentes y Puerto San Carlos, por lo que invitó a los interesados a estar atentos a la publicación de los requisitos.

---o0o---
\x0c
Dirección de Comunicación Social
Tel. (613) 555 01 45
comunicacion@comondu.example
""", gold(
    family='press_release',
    title='ENTREGAN 120 CALENTADORES SOLARES A FAMILIAS DE CIUDAD CONSTITUCIÓN',
    date='2012-03-14',
    source='Ayuntamiento de Comondú',
    bulletin_number='045/2012',
    issuer='Ayuntamiento de Comondú',
    dateline_city='Cd. Constitución',
    body_first_words='Con una inversión compartida de 1.1 millones de pesos',
    body_last_words='a estar atentos a la publicación de los requisitos.',
    boilerplate=['H. AYUNTAMIENTO DE COMONDÚ',
                 'ADMINISTRACIÓN 2011-2015',
                 'Boletín No. 045/2012',
                 'Cd. Constitución, B.C.S., a 14 de marzo de 2012.-',
                 '---o0o---',
                 'Dirección de Comunicación Social',
                 'Tel. (613) 555 01 45',
                 'comunicacion@comondu.example'],
    must_keep=['El presidente municipal, Joel Amador Verdugo, encabezó la entrega en la explanada del palacio municipal y explicó que cada equipo permite ahorrar hasta 60 por ciento del gas que una familia utiliza para calentar agua.'],
), 'Windows-1252 + CRLF; honorific "H. AYUNTAMIENTO" (issuer without H.); three-line institutional header; "Boletín No. 045/2012" (two prefix words stripped); dateline with abbreviated city "Cd. Constitución" opening the first paragraph; ---o0o--- then a form feed (0x0C) and the press-office contact block')


add('v10', 'text', 'utf-8', 'lf', """\
GOBIERNO DEL ESTADO DE DURANGO
SECRETARÍA DE SALUD DEL ESTADO DE DURANGO
SUBDIRECCIÓN DE COMUNICACIÓN SOCIAL Y RELACIONES PÚBLICAS
"2015, Año del Generalísimo José María Morelos y Pavón"

COMUNICADO 071/2015

INTENSIFICAN COMBATE AL DENGUE EN TAMAZULA Y CANELAS

- Participan 45 brigadistas en 18 localidades de la sierra
- Suman 37 casos confirmados en lo que va del año

Victoria de Durango, Dgo., 9 de julio de 2015.- Brigadas de la Secretaría de Salud iniciaron una jornada intensiva de fumigación, abatización y eliminación de criaderos en las localidades serranas de Tamazula y Canelas, donde se concentra la mayoría de los casos de dengue registrados este año en la entidad.

El jefe del Departamento de Vectores, Héctor Alonso Quiñones Rivas, informó que los trabajos se extenderán durante tres semanas y que se visitarán alrededor de 4\u00a0mil viviendas, en las que se revisarán patios, tinacos, llantas y cualquier recipiente que pueda acumular agua.

Precisó que de los 37 casos confirmados, 29 corresponden a dengue clásico y ocho a dengue con signos de alarma, todos con evolución favorable. No se han registrado defunciones.

La dependencia exhortó a la población a tapar los depósitos de agua, voltear cubetas y botellas y acudir a la unidad de salud más cercana si presenta fiebre alta, dolor de cabeza intenso, dolor detrás de los ojos o sarpullido, y pidió evitar la automedicación.

-30-

Contacto para medios: Araceli Soto Nevárez
Tel. 618 555 0192 | comunicacion.salud@durango.example
""", gold(
    family='press_release',
    title='INTENSIFICAN COMBATE AL DENGUE EN TAMAZULA Y CANELAS',
    date='2015-07-09',
    source='Secretaría de Salud del Estado de Durango',
    bulletin_number='071/2015',
    issuer='Secretaría de Salud del Estado de Durango',
    dateline_city='Victoria de Durango',
    body_first_words='Participan 45 brigadistas en 18 localidades de la sierra',
    body_last_words='y pidió evitar la automedicación.',
    boilerplate=['GOBIERNO DEL ESTADO DE DURANGO',
                 'SUBDIRECCIÓN DE COMUNICACIÓN SOCIAL Y RELACIONES PÚBLICAS',
                 '2015, Año del Generalísimo José María Morelos y Pavón',
                 'COMUNICADO 071/2015',
                 'Victoria de Durango, Dgo., 9 de julio de 2015.-',
                 '-30-',
                 'Contacto para medios: Araceli Soto Nevárez',
                 'Tel. 618 555 0192 | comunicacion.salud@durango.example'],
    must_keep=['Suman 37 casos confirmados en lo que va del año',
               'Brigadas de la Secretaría de Salud iniciaron una jornada intensiva de fumigación, abatización y eliminación de criaderos en las localidades serranas de Tamazula y Canelas, donde se concentra la mayoría de los casos de dengue registrados este año en la entidad.',
               'Precisó que de los 37 casos confirmados, 29 corresponden a dengue clásico y ocho a dengue con signos de alarma, todos con evolución favorable.'],
), 'state secretariat under a "GOBIERNO DEL ESTADO" header (different level -> boilerplate); annual slogan line in quotes; "COMUNICADO 071/2015"; PLAIN (unbolded) bullets under the title are body, so the body starts before the dateline; dateline opening a later paragraph; NBSP in "4 mil"; -30- marker then contact person/phone/e-mail')


add('v11', 'md', 'utf-8-sig', 'crlf', """\
**H. CONGRESO DEL ESTADO DE COLIMA**
**LVIII LEGISLATURA**
Coordinación de Comunicación Social

Boletín 318

Colima, Col.; a 22 de noviembre de 2016

# Aprueba Congreso reforma para proteger a jornaleros agrícolas

La reforma obliga a los patrones a garantizar vivienda digna y servicios de salud a los trabajadores temporales

Con 21 votos a favor y tres abstenciones, el Pleno del Congreso del Estado aprobó reformas a la Ley para la Protección de los Trabajadores Agrícolas del Estado de Colima, que establecen nuevas obligaciones para quienes contratan mano de obra temporal.

La diputada Rosa Elvira Ceballos Meza, promovente de la iniciativa, explicó que cada temporada de zafra y de corte de limón llegan a la entidad cerca de 12 mil jornaleros de Guerrero, Oaxaca y Michoacán, muchos de ellos acompañados de sus familias.

Con la reforma, los productores que contraten a más de 20 trabajadores deberán ofrecer albergues con agua potable, sanitarios y espacios para la preparación de alimentos, además de afiliarlos al seguro social desde el primer día de trabajo.

En tribuna, el diputado Armando Villaseñor Chávez explicó su abstención al considerar que los pequeños productores de Tecomán y Armería no tienen capacidad para cumplir con estas obligaciones sin apoyo del gobierno.

El decreto entrará en vigor al día siguiente de su publicación en el Periódico Oficial del Estado, y la Secretaría del Trabajo tendrá 90 días para emitir los lineamientos de inspección.

* * *

Coordinación de Comunicación Social
Tel. 312 555 0318 ext. 104 | prensa@congresocolima.example
Twitter: @CongresoColEx · Facebook: /CongresoColimaEx
""", gold(
    family='press_release',
    title='Aprueba Congreso reforma para proteger a jornaleros agrícolas',
    date='2016-11-22',
    source='Congreso del Estado de Colima',
    bulletin_number='318',
    issuer='Congreso del Estado de Colima',
    dateline_city='Colima',
    body_first_words='La reforma obliga a los patrones a garantizar vivienda digna',
    body_last_words='para emitir los lineamientos de inspección.',
    boilerplate=['H. CONGRESO DEL ESTADO DE COLIMA',
                 'LVIII LEGISLATURA',
                 'Boletín 318',
                 'Colima, Col.; a 22 de noviembre de 2016',
                 '* * *',
                 'Coordinación de Comunicación Social',
                 'Tel. 312 555 0318 ext. 104 | prensa@congresocolima.example',
                 'Twitter: @CongresoColEx'],
    must_keep=['La reforma obliga a los patrones a garantizar vivienda digna y servicios de salud a los trabajadores temporales',
               'Con 21 votos a favor y tres abstenciones, el Pleno del Congreso del Estado aprobó reformas a la Ley para la Protección de los Trabajadores Agrícolas del Estado de Colima, que establecen nuevas obligaciones para quienes contratan mano de obra temporal.'],
), 'UTF-8 with BOM + CRLF; bold honorific header "H. CONGRESO" + legislature number; dateline with SEMICOLON on its own line BEFORE the "#" title; plain unmarked subtitle line under the title is body; "* * *" end marker then contacts and social handles')


add('v12', 'text', 'ascii', 'lf', """\
TRIBUNAL SUPERIOR DE JUSTICIA DEL ESTADO DE GUERRERO
DIRECCION DE COMUNICACION SOCIAL
COMUNICADO DE PRENSA
No. 112/2014

INSTALAN SALA DE JUICIOS ORALES EN TLAPA DE COMONFORT

Chilpancingo de los Bravo, Gro., 5 de junio de 2014.-

El Tribunal Superior de Justicia del Estado inauguro la primera sala de juicios orales en materia penal de la region Montana, con sede en Tlapa de Comonfort, que dara servicio a 19 municipios de esa zona.

El magistrado presidente, Efren Castaneda Ayala, informo que la sala cuenta con equipo de audio y video para la grabacion de las audiencias, area para el publico, camaras de seguridad y un espacio para personas detenidas.

Explico que la obra tuvo un costo de 7.6 millones de pesos, aportados por el gobierno federal a traves del programa de apoyo para la implementacion del nuevo sistema de justicia penal.

En la region Montana el nuevo sistema comenzara a operar el 1 de julio, por lo que en las proximas semanas se capacitara a jueces, defensores publicos y personal administrativo. Ademas se contrataran dos interpretes de lengua tlapaneca y mixteca para garantizar el derecho de los indigenas a ser juzgados en su idioma.

A la ceremonia asistieron el presidente municipal de Tlapa, representantes de la Procuraduria General de Justicia y de la Defensoria Publica, asi como autoridades comunitarias de la region.

###

DIRECCION DE COMUNICACION SOCIAL
comunicacion@tsjgro.example
""", gold(
    family='press_release',
    title='INSTALAN SALA DE JUICIOS ORALES EN TLAPA DE COMONFORT',
    date='2014-06-05',
    source='Tribunal Superior de Justicia del Estado de Guerrero',
    bulletin_number='112/2014',
    issuer='Tribunal Superior de Justicia del Estado de Guerrero',
    dateline_city='Chilpancingo de los Bravo',
    body_first_words='El Tribunal Superior de Justicia del Estado inauguro',
    body_last_words='asi como autoridades comunitarias de la region.',
    boilerplate=['TRIBUNAL SUPERIOR DE JUSTICIA DEL ESTADO DE GUERRERO',
                 'DIRECCION DE COMUNICACION SOCIAL',
                 'COMUNICADO DE PRENSA',
                 'No. 112/2014',
                 'Chilpancingo de los Bravo, Gro., 5 de junio de 2014.-',
                 '###',
                 'comunicacion@tsjgro.example'],
    must_keep=['Ademas se contrataran dos interpretes de lengua tlapaneca y mixteca para garantizar el derecho de los indigenas a ser juzgados en su idioma.'],
), 'ASCII-only court release (no accents, "Montana" for Montaña); four-line caps header with "No. 112/2014" AFTER "COMUNICADO DE PRENSA"; dateline alone on its own line ending in ".-"; dateline city differs from the event town; "###" end marker (not a Markdown heading) then press unit')


add('v13', 'md', 'utf-8', 'lf', """\
![Logo UPAP](img/logo-upap.png)

UNIVERSIDAD POLITÉCNICA DEL ALTIPLANO POTOSINO
Departamento de Comunicación y Difusión\x20\x20

Núm. DCS-027/2013

## Estudiantes de la UPAP diseñan secador solar para chile y nopal

* **El prototipo reduce a la mitad el tiempo de deshidratación**
* **Será probado con productores de Cedral y Villa de Guadalupe**

Matehuala, S.L.P., 28 de mayo de 2013.- Un grupo de seis estudiantes de la carrera de Ingeniería en Energía de la Universidad Politécnica del Altiplano Potosino diseñó un secador solar de bajo costo que permite deshidratar chile, nopal y tomate en la mitad del tiempo que requiere el secado tradicional al aire libre.\x20

El proyecto, asesorado por la doctora Leticia Zapata Morales, utiliza láminas recicladas, vidrio templado y un pequeño ventilador alimentado por una celda fotovoltaica, con un costo total de materiales de 4 mil 800 pesos.

De acuerdo con las pruebas realizadas en el campus, el equipo alcanza temperaturas de hasta 65 grados centígrados y protege el producto del polvo y de los insectos, lo que mejora su calidad y su precio de venta.\x20\x20

El estudiante Irving Tovar Carrizales explicó que a partir de junio el prototipo será probado durante dos meses con productores de Cedral y Villa de Guadalupe, quienes actualmente secan el chile sobre petates o directamente en el suelo.

La universidad buscará registrar el diseño ante el Instituto Mexicano de la Propiedad Industrial y gestionar recursos para fabricar al menos 20 secadores destinados a comunidades del Altiplano.

oo0oo

Departamento de Comunicación y Difusión
Tel. 488 555 2710 | difusion@upap.example | facebook.com/UPAPoficialEx
""", gold(
    family='press_release',
    title='Estudiantes de la UPAP diseñan secador solar para chile y nopal',
    date='2013-05-28',
    source='Universidad Politécnica del Altiplano Potosino',
    bulletin_number='DCS-027/2013',
    issuer='Universidad Politécnica del Altiplano Potosino',
    dateline_city='Matehuala',
    body_first_words='Un grupo de seis estudiantes de la carrera de Ingeniería en Energía',
    body_last_words='destinados a comunidades del Altiplano.',
    boilerplate=['![Logo UPAP](img/logo-upap.png)',
                 'UNIVERSIDAD POLITÉCNICA DEL ALTIPLANO POTOSINO',
                 'Departamento de Comunicación y Difusión',
                 'Núm. DCS-027/2013',
                 'El prototipo reduce a la mitad el tiempo de deshidratación',
                 'Será probado con productores de Cedral y Villa de Guadalupe',
                 'Matehuala, S.L.P., 28 de mayo de 2013.-',
                 'oo0oo',
                 'Tel. 488 555 2710 | difusion@upap.example'],
    must_keep=['El estudiante Irving Tovar Carrizales explicó que a partir de junio el prototipo será probado durante dos meses con productores de Cedral y Villa de Guadalupe, quienes actualmente secan el chile sobre petates o directamente en el suelo.'],
), 'university release; logo image line then caps name; "Núm. DCS-027/2013" (office prefix kept); "##" title; BOLD bullets (balazos) under the title are highlights, not body; dateline with dotted state abbreviation "S.L.P."; trailing spaces; oo0oo end marker; phone | e-mail | Facebook contact line')


add('v14', 'markdown', 'utf-8', 'crlf', """\
COMUNICADO No. CETAIQ-019/2016
Comisión Estatal de Transparencia y Acceso a la Información de Querétaro

Municipios incumplen con publicación de nóminas en sus portales

Santiago de Querétaro, Qro.; a 3 de marzo de 2016. La Comisión Estatal de Transparencia dio a conocer los resultados de la verificación a los portales de internet de los 18 municipios del estado, en la que se detectó que sólo siete publican completa y actualizada la información sobre sueldos y prestaciones de sus servidores públicos.

La comisionada presidenta, Adriana Luján Trejo, informó que los municipios con los índices más bajos fueron Pinal de Amoles, Arroyo Seco y Landa de Matamoros, que obtuvieron calificaciones menores a 40 puntos de un total de 100.

Explicó que los ayuntamientos tendrán un plazo de 30 días hábiles para corregir las omisiones y que, de no hacerlo, se iniciarán los procedimientos de responsabilidad previstos en la ley, que pueden derivar en amonestaciones públicas o multas.

Luján Trejo reconoció que los municipios serranos enfrentan problemas de conectividad y falta de personal capacitado, por lo que la Comisión ofrecerá talleres gratuitos a los titulares de las unidades de transparencia durante el mes de abril.

Los resultados completos de la verificación pueden consultarse en el portal de la Comisión y en sus oficinas, ubicadas en el centro histórico de la capital del estado.

- - -

Comunicación Social CETAIQ
442 555 7301 · prensa@cetaiq.example
""", gold(
    family='press_release',
    title='Municipios incumplen con publicación de nóminas en sus portales',
    date='2016-03-03',
    source='Comisión Estatal de Transparencia y Acceso a la Información de Querétaro',
    bulletin_number='CETAIQ-019/2016',
    issuer='Comisión Estatal de Transparencia y Acceso a la Información de Querétaro',
    dateline_city='Santiago de Querétaro',
    body_first_words='La Comisión Estatal de Transparencia dio a conocer los resultados',
    body_last_words='ubicadas en el centro histórico de la capital del estado.',
    boilerplate=['COMUNICADO No. CETAIQ-019/2016',
                 'Comisión Estatal de Transparencia y Acceso a la Información de Querétaro',
                 'Santiago de Querétaro, Qro.; a 3 de marzo de 2016.',
                 '- - -',
                 'Comunicación Social CETAIQ',
                 '442 555 7301 · prensa@cetaiq.example'],
    must_keep=['La comisionada presidenta, Adriana Luján Trejo, informó que los municipios con los índices más bajos fueron Pinal de Amoles, Arroyo Seco y Landa de Matamoros, que obtuvieron calificaciones menores a 40 puntos de un total de 100.'],
), 'autonomous body; header order reversed (bulletin line first, then issuer name in sentence case which looks like a title); "COMUNICADO No." two-word prefix with office prefix kept; sentence-case title; dateline with "; a" and a plain period (no dash) glued to the first sentence; "- - -" end marker; CRLF')


add('v15', 'txt', 'utf-8', 'mixed', """\
![Logo Junta Municipal de Agua Potable y Alcantarillado de Rosario](logo_jumapar.jpg)

COMUNICADO DE PRENSA
No. 0318

El Rosario, Sinaloa, a 17 de agosto de 2010

SUSPENDERÁN SERVICIO DE AGUA EN LA CABECERA MUNICIPAL POR REPARACIÓN DE ACUEDUCTO

Debido a los trabajos de reparación de una fuga en la línea de conducción que va de la planta potabilizadora al tanque elevado de la colonia Centro, el servicio de agua potable se suspenderá el jueves 19 de agosto desde las 8:00 hasta las 20:00 horas en la cabecera municipal.

El gerente del organismo, Marco Antonio Osuna Lizárraga, explicó que la fuga se originó por el desgaste de una tubería de asbesto de 12 pulgadas instalada hace más de 35 años, la cual será sustituida por un tramo de 60 metros de tubería de PVC hidráulico.

Las colonias afectadas serán Centro, Buenos Aires, Loma Linda, Morelos y Azteca, además del fraccionamiento Las Palmas. Las comunidades de Chametla y Aguaverde no tendrán afectaciones porque se abastecen de pozos propios.

Se recomienda a la población almacenar agua en recipientes limpios y tapados, cerrar las llaves de paso durante el corte y, al reanudarse el servicio, dejar correr el agua unos minutos antes de consumirla.

La paramunicipal pidió comprensión a los usuarios y aseguró que las cuadrillas trabajarán sin descanso para restablecer el suministro antes del horario previsto.

---000---

Síguenos en Facebook: JumaparOficialEx | Twitter: @jumapar_ex
Área de Comunicación Social — Tel. 694 555 0120
""", gold(
    family='press_release',
    title='SUSPENDERÁN SERVICIO DE AGUA EN LA CABECERA MUNICIPAL POR REPARACIÓN DE ACUEDUCTO',
    date='2010-08-17',
    source='Junta Municipal de Agua Potable y Alcantarillado de Rosario',
    bulletin_number='0318',
    issuer='Junta Municipal de Agua Potable y Alcantarillado de Rosario',
    dateline_city='El Rosario',
    body_first_words='Debido a los trabajos de reparación de una fuga',
    body_last_words='antes del horario previsto.',
    boilerplate=['![Logo Junta Municipal de Agua Potable y Alcantarillado de Rosario](logo_jumapar.jpg)',
                 'COMUNICADO DE PRENSA',
                 'No. 0318',
                 'El Rosario, Sinaloa, a 17 de agosto de 2010',
                 '---000---',
                 'Síguenos en Facebook: JumaparOficialEx',
                 'Área de Comunicación Social — Tel. 694 555 0120'],
    must_keep=['Las comunidades de Chametla y Aguaverde no tendrán afectaciones porque se abastecen de pozos propios.'],
), 'water utility; issuer named ONLY in the logo image alt text; "No. 0318" with leading zero kept; dateline on its own line above the caps title (no ".-"); dateline city "El Rosario" differs from municipality name; mixed LF/CRLF; ---000--- end marker then Facebook/Twitter handles and phone')


add('v16', 'txt', 'cp1252', 'crlf', """\
GOBIERNO DEL ESTADO DE MICHOACÁN
PROCURADURÍA GENERAL DE JUSTICIA DEL ESTADO DE MICHOACÁN
Boletín: 0457

RECUPERA PGJE 14 VEHÍCULOS ROBADOS EN PREDIO DE URUAPAN

Uruapan, Mich., 21 de enero de 2013.- Agentes de la Policía Ministerial adscritos a la Subprocuraduría Regional de Uruapan aseguraron 14\u00a0vehículos con reporte de robo en un predio ubicado en las inmediaciones de la colonia Lomas del Valle, donde también se localizaron herramientas y placas de circulación de otros estados.

De acuerdo con las investigaciones, el inmueble era utilizado para alterar los números de serie de las unidades, que posteriormente eran vendidas en municipios de la Meseta Purépecha y de la región de Tierra Caliente.

En el lugar fue detenido Rogelio N., de 34\u00a0años de edad, quien fue puesto a disposición del agente del Ministerio Público por su probable responsabilidad en el delito de encubrimiento por receptación.

La Procuraduría informó que nueve de los vehículos ya fueron identificados por sus propietarios y que serán devueltos una vez que concluyan los peritajes correspondientes. Las personas que hayan sido víctimas de robo de vehículo pueden acudir a la agencia del Ministerio Público especializada con la factura original y una identificación oficial.

La dependencia reiteró su compromiso de combatir los delitos patrimoniales en coordinación con las corporaciones de seguridad de los tres órdenes de gobierno.

FIN

Unidad de Comunicación Social
Procuraduría General de Justicia del Estado de Michoacán
Tels. 443 555 1200 y 443 555 1201
""", gold(
    family='press_release',
    title='RECUPERA PGJE 14 VEHÍCULOS ROBADOS EN PREDIO DE URUAPAN',
    date='2013-01-21',
    source='Procuraduría General de Justicia del Estado de Michoacán',
    bulletin_number='0457',
    issuer='Procuraduría General de Justicia del Estado de Michoacán',
    dateline_city='Uruapan',
    body_first_words='Agentes de la Policía Ministerial adscritos a la Subprocuraduría Regional de Uruapan',
    body_last_words='de los tres órdenes de gobierno.',
    boilerplate=['GOBIERNO DEL ESTADO DE MICHOACÁN',
                 'PROCURADURÍA GENERAL DE JUSTICIA DEL ESTADO DE MICHOACÁN',
                 'Boletín: 0457',
                 'Uruapan, Mich., 21 de enero de 2013.-',
                 'Unidad de Comunicación Social',
                 'Tels. 443 555 1200 y 443 555 1201'],
    must_keep=['En el lugar fue detenido Rogelio N., de 34 años de edad, quien fue puesto a disposición del agente del Ministerio Público por su probable responsabilidad en el delito de encubrimiento por receptación.'],
), 'prosecutor\'s office under a state-government header (boilerplate); "Boletín: 0457" (word + colon stripped, leading zero kept); Windows-1252 NBSP (0xA0) inside figures; bare "FIN" end marker followed by "Unidad de Comunicación Social" and the issuer name repeated; CRLF')


# ---------------------------------------------------------------------------
# JEKYLL (7): v17..v23
# ---------------------------------------------------------------------------

add('v17', 'md', 'utf-8', 'lf', """\
---
layout: post
title: "Nogaleros de Parras prevén cosecha de 1,200 toneladas pese a la sequía"
date: 2019-11-30 22:15:00 -0600
author: Redacción Crónica
medio: Crónica de Parras
categories: [Portada, Municipios]
tags:
  - nuez
  - agricultura
  - Parras de la Fuente
image: /assets/img/2019/nogal.jpg
---

Los productores de nuez de Parras de la Fuente estiman levantar alrededor de 1,200 toneladas en la temporada que comenzó este mes, una cifra similar a la del año pasado a pesar de que las lluvias de verano fueron escasas.

![Huerta de nogales en Parras]({{ site.baseurl }}/assets/img/2019/nogal.jpg)
*Foto: Cortesía Asociación Local de Nogaleros*

El presidente de la Asociación Local de Nogaleros, Arturo Dávila Ramos, explicó que la mayoría de las huertas cuenta con riego por goteo desde hace una década, lo que permitió mantener la producción aun con la baja en el nivel de los manantiales.

{% include anuncio-medio.html %}

El precio en bodega ronda los 95 pesos por kilo para la nuez con cáscara de la variedad Western, mientras que la criolla se paga en alrededor de 70 pesos. Buena parte de la cosecha se vende a compradores de Torreón y Chihuahua, que a su vez la exportan.

Dávila Ramos advirtió que el robo de nuez en las huertas sigue siendo un problema, por lo que los productores contrataron vigilancia privada durante las noches y pidieron a la policía municipal reforzar los recorridos en los caminos vecinales.

La asociación prepara además la tercera Feria de la Nuez, que se llevará a cabo el 14 y 15 de diciembre en la plaza de armas, con venta directa al público, dulces regionales y un concurso de repostería.
""", gold(
    family='jekyll',
    title='Nogaleros de Parras prevén cosecha de 1,200 toneladas pese a la sequía',
    date='2019-11-30',
    bylines=[],
    source='Crónica de Parras',
    section='Municipios',
    placement=['Portada'],
    body_first_words='Los productores de nuez de Parras de la Fuente',
    body_last_words='dulces regionales y un concurso de repostería.',
    boilerplate=['{% include anuncio-medio.html %}',
                 '{{ site.baseurl }}',
                 'Foto: Cortesía Asociación Local de Nogaleros',
                 'Redacción Crónica'],
    must_keep=['El presidente de la Asociación Local de Nogaleros, Arturo Dávila Ramos, explicó que la mayoría de las huertas cuenta con riego por goteo desde hace una década, lo que permitió mantener la producción aun con la baja en el nivel de los manantiales.'],
    photo_credit='Cortesía Asociación Local de Nogaleros',
), 'date with time and -0600 offset late at night (UTC would be the next day; local date counts); "author: Redacción Crónica" -> []; outlet under a "medio:" key; flow categories [Portada, Municipios] (placement first); block tags; Liquid {{ site.baseurl }} in an image and an {% include %} between paragraphs; italic photo credit under the image')


add('v18', 'markdown', 'utf-8-sig', 'crlf', """\
---
layout: nota
title: Voluntarios reforestan tres hectáreas en las faldas del Cuchumá
date: "23/04/2019"
author: "Por: Karla Espinoza Meléndez"
category: Destacadas
tags: [medio ambiente, Tecate, kumiai]
published: yes
---
Más de 250 voluntarios, entre estudiantes, familias y miembros de la comunidad kumiai, plantaron este lunes cerca de 1,500 árboles nativos en tres hectáreas de las faldas del cerro del Cuchumá, en Tecate, como parte de las actividades por el Día de la Tierra.

<!--more-->

La jornada fue organizada por el colectivo Raíces del Cuchumá y la Dirección de Ecología municipal, que donó las plantas de encino, aliso y palo verde producidas en el vivero municipal.

La coordinadora del colectivo, Nayeli Carrillo Aguiar, explicó que la zona perdió buena parte de su vegetación en un incendio forestal de 2017 y que desde entonces la erosión ha provocado deslaves menores en época de lluvias.

Representantes de la comunidad kumiai de Juntas de Nejí realizaron una ceremonia de agradecimiento a la tierra antes de iniciar la plantación y recordaron que el Cuchumá es un sitio sagrado para su pueblo.

Los organizadores pidieron a los vecinos apoyar con el riego de los árboles durante el verano; para ello instalaron seis tambos de 200 litros en la parte baja del cerro, que se rellenarán cada semana con pipas del ayuntamiento.
""", gold(
    family='jekyll',
    title='Voluntarios reforestan tres hectáreas en las faldas del Cuchumá',
    date='2019-04-23',
    published=True,
    bylines=['Karla Espinoza Meléndez'],
    source=None,
    section=None,
    placement=['Destacadas'],
    body_first_words='Más de 250 voluntarios, entre estudiantes, familias',
    body_last_words='que se rellenarán cada semana con pipas del ayuntamiento.',
    boilerplate=['<!--more-->', 'Por: Karla Espinoza Meléndez'],
    must_keep=['La jornada fue organizada por el colectivo Raíces del Cuchumá y la Dirección de Ecología municipal, que donó las plantas de encino, aliso y palo verde producidas en el vivero municipal.'],
), 'UTF-8 BOM before the opening "---" + CRLF; quoted day-first date "23/04/2019"; author value carries a "Por:" prefix; single category that is placement only (Destacadas -> section null); flow tags with spaces; "published: yes"; no blank line after front matter; <!--more--> excerpt separator; no site key (source null)')


add('v19', 'md', 'utf-8', 'lf', """\
---
layout: post
title: "Detección gratuita de diabetes e hipertensión recorre colonias de Chalco"
fecha: 5 de octubre de 2022
sitio: Voces de Chalco
author: [Mariana Soto Vélez, Daniel Peña Ríos]
status: draft
categories:
  - Destacadas
  - Salud
  - Chalco
---

Personal de la Jurisdicción Sanitaria de Amecameca inició en Chalco una jornada de detección gratuita de diabetes, hipertensión y sobrepeso, que recorrerá durante octubre las colonias Culturas de México, Jardines de Chalco y San Martín Cuautlalpan.
{: .lead}

Las brigadas instalan módulos en explanadas, mercados y escuelas, donde se toma la presión arterial, la glucosa capilar y el índice de masa corporal. Quienes presentan valores elevados son canalizados al centro de salud más cercano para recibir atención y seguimiento.

La enfermera Graciela Ruiz Tapia, responsable de una de las brigadas, señaló que en los primeros tres días atendieron a 640 personas, y que una de cada cinco tenía la presión alta sin saberlo. «Muchos vienen por curiosidad y se van con una cita», dijo.

Durante la pandemia, explicó, miles de pacientes con enfermedades crónicas dejaron de acudir a sus consultas, por lo que ahora se busca recuperar el control de esos casos.

Los módulos funcionan de lunes a sábado de 9:00 a 15:00 horas. Es necesario acudir con ocho horas de ayuno para la prueba de glucosa y llevar la Cartilla Nacional de Salud, si se cuenta con ella.
""", gold(
    family='jekyll',
    title='Detección gratuita de diabetes e hipertensión recorre colonias de Chalco',
    date='2022-10-05',
    published=False,
    bylines=['Mariana Soto Vélez', 'Daniel Peña Ríos'],
    source='Voces de Chalco',
    section='Salud',
    placement=['Destacadas'],
    body_first_words='Personal de la Jurisdicción Sanitaria de Amecameca',
    body_last_words='llevar la Cartilla Nacional de Salud, si se cuenta con ella.',
    boilerplate=['{: .lead}'],
    must_keep=['Durante la pandemia, explicó, miles de pacientes con enfermedades crónicas dejaron de acudir a sus consultas, por lo que ahora se busca recuperar el control de esos casos.'],
), 'Spanish "fecha:" key with "5 de octubre de 2022" (no date: key); "status: draft" -> published false; site under "sitio:"; two authors in a flow list; block categories with a placement flag first (Destacadas) then section (Salud) then a town; kramdown IAL "{: .lead}" leftover glued under the first paragraph')


add('v20', 'md', 'utf-8', 'lf', """\
---
layout: post
title: Llega internet gratuito a doce comunidades de la Sierra Gorda de Xichú\x20
date: 2015-06-12 08:00
author: Fabiola Ledesma Ramírez
category: Comunidades
tags: [internet, Xichú, Sierra Gorda, conectividad]
published: false
---

{% include firma.html autor="Fabiola Ledesma Ramírez" %}

Doce comunidades de la Sierra Gorda en el municipio de Xichú cuentan desde esta semana con puntos de internet inalámbrico gratuito, instalados en escuelas, delegaciones y plazas públicas.\x20\x20

Entre las localidades beneficiadas están Las Adjuntas, El Guamúchil, La Laja y Cieneguilla, donde hasta ahora los habitantes tenían que subir a los cerros para conseguir señal de teléfono celular.

El encargado de la red, Mauricio Arvizu Olvera, explicó que cada punto permite conectar a unas 30\u00a0personas al mismo tiempo y que la señal llega por medio de antenas de radioenlace colocadas en lo alto del cerro del Picacho.\x20

La maestra Rosalía Reséndiz Olvera, de la telesecundaria de Las Adjuntas, dijo que los alumnos ya pueden consultar materiales educativos y hacer tareas de investigación sin viajar a la cabecera municipal, un trayecto de más de dos horas por terracería.

Los delegados pidieron que se amplíe el horario del servicio, que por ahora funciona de 7:00 a 22:00 horas, y que se instalen más puntos en las rancherías más alejadas del municipio.

{% comment %} pendiente: foto de la antena {% endcomment %}
""", gold(
    family='jekyll',
    title='Llega internet gratuito a doce comunidades de la Sierra Gorda de Xichú',
    date='2015-06-12',
    published=False,
    bylines=['Fabiola Ledesma Ramírez'],
    source=None,
    section='Comunidades',
    placement=[],
    body_first_words='Doce comunidades de la Sierra Gorda en el municipio de Xichú',
    body_last_words='en las rancherías más alejadas del municipio.',
    boilerplate=['{% include firma.html autor="Fabiola Ledesma Ramírez" %}',
                 '{% comment %} pendiente: foto de la antena {% endcomment %}'],
    must_keep=['Entre las localidades beneficiadas están Las Adjuntas, El Guamúchil, La Laja y Cieneguilla, donde hasta ahora los habitantes tenían que subir a los cerros para conseguir señal de teléfono celular.'],
), 'naive date with hours and no seconds/offset; unquoted title with a trailing space; "published: false"; singular category; Liquid {% include %} signature before the first paragraph and a {% comment %} block after the last; NBSP in a figure; trailing spaces')


add('v21', 'markdown', 'utf-8', 'lf', """\
---
title: 'Cañeros de Zacatepec exigen pago de liquidación pendiente'
date: 2012-09-15
source: Bitácora Cañera
categories: Portada Campo
published: pendiente
---

Alrededor de 400 productores de caña que abastecen al ingenio La Esperanza se manifestaron frente a las oficinas de la empresa en Zacatepec para exigir el pago de la liquidación final de la zafra 2011-2012.

Según los dirigentes, el ingenio adeuda alrededor de 38 millones de pesos a cerca de 2 mil cañeros de Zacatepec, Tlaltizapán, Jojutla y Puente de Ixtla, quienes entregaron su caña entre noviembre y mayo.

Florencio Salgado Ocampo, productor de Tlaltizapán, explicó que sin ese dinero no pueden pagar los créditos de fertilizante ni preparar las parcelas para la siguiente temporada, que debe arrancar en noviembre.

Tras casi cinco horas de protesta, el gerente del ingenio recibió a una comisión de diez productores y se comprometió a cubrir la mitad del adeudo el 28 de septiembre y el resto a mediados de octubre.

Los cañeros advirtieron que, si los pagos no se cumplen, impedirán el arranque de la molienda y bloquearán la carretera que comunica a Zacatepec con Jojutla.

Texto: Lorena Bahena Salgado

**Etiquetas:** caña, Zacatepec, ingenio, zafra
""", gold(
    family='jekyll',
    title='Cañeros de Zacatepec exigen pago de liquidación pendiente',
    date='2012-09-15',
    published=False,
    bylines=['Lorena Bahena Salgado'],
    source='Bitácora Cañera',
    section='Campo',
    placement=['Portada'],
    body_first_words='Alrededor de 400 productores de caña que abastecen al ingenio La Esperanza',
    body_last_words='la carretera que comunica a Zacatepec con Jojutla.',
    boilerplate=['Texto: Lorena Bahena Salgado',
                 'Etiquetas:',
                 'caña, Zacatepec, ingenio, zafra'],
    must_keep=['Florencio Salgado Ocampo, productor de Tlaltizapán, explicó que sin ese dinero no pueden pagar los créditos de fertilizante ni preparar las parcelas para la siguiente temporada, que debe arrancar en noviembre.'],
), 'single-quoted title; bare YAML date; outlet under a "source:" key; categories as a space-separated string "Portada Campo"; unreadable "published: pendiente" -> false; no layout key; byline at the END of the body ("Texto:"); bold "Etiquetas:" line')


add('v22', 'md', 'cp1252', 'crlf', """\
---
layout: post
title: "Instalan 24 cámaras de videovigilancia en accesos de Sabinas Hidalgo"
date: 2018-02-30 11:20:00 -0600
outlet: Rumbo Norte NL
author:
  - Héctor Garza Treviño
  - Imelda Cantú Villarreal
category: Seguridad
tags: [seguridad, Sabinas Hidalgo, cámaras]
---

El municipio de Sabinas Hidalgo instaló 24 cámaras de videovigilancia en los tres accesos carreteros y en el primer cuadro de la ciudad, conectadas a un centro de monitoreo que operará las 24 horas en la comandancia de Seguridad Pública.

El secretario de Seguridad municipal, Rigoberto Salinas Garza, informó que el sistema tuvo un costo de 3.2 millones de pesos y que las cámaras cuentan con lectores de placas capaces de identificar vehículos con reporte de robo.

Cuatro operadores por turno vigilarán las imágenes, que se conservarán durante 30 días. La información podrá ser compartida con las autoridades ministeriales cuando exista una denuncia formal.

Comerciantes de la calle Zaragoza consideraron que la medida ayudará a inhibir los robos a negocios, que aumentaron en los últimos meses, aunque pidieron que también se refuerce el patrullaje a pie.

La segunda etapa del proyecto contempla 16 cámaras más en colonias del oriente de la ciudad y en el parque recreativo junto al río Sabinas, y se pondrá en marcha en el segundo semestre del año.

Síguenos en Facebook: /RumboNorteNLex
""", gold(
    family='jekyll',
    title='Instalan 24 cámaras de videovigilancia en accesos de Sabinas Hidalgo',
    date=None,
    published=True,
    bylines=['Héctor Garza Treviño', 'Imelda Cantú Villarreal'],
    source='Rumbo Norte NL',
    section='Seguridad',
    placement=[],
    body_first_words='El municipio de Sabinas Hidalgo instaló 24 cámaras',
    body_last_words='y se pondrá en marcha en el segundo semestre del año.',
    boilerplate=['Síguenos en Facebook: /RumboNorteNLex'],
    must_keep=['Cuatro operadores por turno vigilarán las imágenes, que se conservarán durante 30 días.'],
), 'Jekyll post saved in Windows-1252 (not UTF-8) with CRLF; impossible date 2018-02-30 -> null; outlet under "outlet:"; authors as a block list; singular category; "Síguenos en Facebook" pitch after the body')


add('v23', 'md', 'utf-8', 'mixed', """\
---
layout: post
title: "Hoteles de Bahía de Banderas reportan 86 por ciento de ocupación en el puente de mayo"
date: '2013-05-03 19:45:00 -0600'
author: Alma Delia Peña Ibarra
categories:
- Turismo
- Portada
tags: turismo hoteles Bucerías Sayulita
---
Los hoteles de Nuevo Vallarta, Bucerías y La Cruz de Huanacaxtle registraron una ocupación promedio de 86 por ciento durante el puente del 1 de mayo, de acuerdo con cifras de la Asociación de Hoteles de la Bahía.

Foto: Especial

El presidente de la asociación, Gerardo Ibarra Flores, informó que la mayoría de los visitantes llegó de Guadalajara, Aguascalientes y León, y que la estancia promedio fue de tres noches.

En Sayulita y San Pancho, los restauranteros reportaron ventas superiores a las del año pasado, aunque señalaron que la falta de estacionamiento y el tráfico en la carretera federal 200 complicaron la llegada de los turistas los días de mayor afluencia.

Protección Civil municipal informó que los salvavidas atendieron 14 rescates en playas de Bucerías y Punta de Mita, todos sin consecuencias graves, y recordó a los bañistas respetar las banderas de advertencia.

Para el periodo vacacional de verano, la asociación espera una ocupación similar y prepara una campaña de promoción en ciudades del Bajío, con paquetes para familias y tarifas preferenciales para estancias de una semana.
""", gold(
    family='jekyll',
    title='Hoteles de Bahía de Banderas reportan 86 por ciento de ocupación en el puente de mayo',
    date='2013-05-03',
    published=True,
    bylines=['Alma Delia Peña Ibarra'],
    source=None,
    section='Turismo',
    placement=['Portada'],
    body_first_words='Los hoteles de Nuevo Vallarta, Bucerías y La Cruz de Huanacaxtle',
    body_last_words='tarifas preferenciales para estancias de una semana.',
    boilerplate=['Foto: Especial'],
    must_keep=['El presidente de la asociación, Gerardo Ibarra Flores, informó que la mayoría de los visitantes llegó de Guadalajara, Aguascalientes y León, y que la estancia promedio fue de tres noches.'],
    photo_credit='Especial',
), 'mixed LF/CRLF (inside the front matter too); quoted datetime with -0600 offset in the evening (UTC next day); block categories with section FIRST and placement second; tags as a space-separated string; no blank line after front matter; bare "Foto: Especial" line between paragraphs; no site key')


# ---------------------------------------------------------------------------
# GENERIC (4): v24..v27
# ---------------------------------------------------------------------------

add('v24', 'txt', 'cp1252', 'crlf', """\
Jóvenes marimbistas de Comitán ganan concurso regional
Publicado: 12/08/2011

La marimba juvenil Flor de Comitán, integrada por ocho estudiantes de entre 14 y 19 años, obtuvo el primer lugar del concurso regional de marimbas celebrado el fin de semana en Tuxtla Gutiérrez, en el que participaron 22 agrupa\u00adciones de todo el estado.

El grupo interpretó el son «Tarde en La Pila» y una pieza de su propia autoría, «Lagos de Montebello», que conquistó al jurado por su dificultad técnica y por el uso de ritmos tradicionales de la región.

Su director, el maestro Abelardo Culebro Domínguez, explicó que los jóvenes ensayan cuatro horas diarias en la casa de la cultura y que varios de ellos aprendieron a tocar desde niños con sus abuelos, que también fueron marimbistas.

Como premio, la agrupación recibió 30 mil pesos y una invitación para presentarse en un festival de marimba que se realizará en noviembre. Con el dinero, dijeron, comprarán baquetas nuevas y repararán los resonadores de su instrumento, que tiene más de 40 años de uso.

El ayuntamiento anunció que el grupo dará un concierto gratuito el próximo domingo a las 18:00 horas en el parque central, como reconocimiento a su triunfo.
""", gold(
    family='generic',
    title='Jóvenes marimbistas de Comitán ganan concurso regional',
    date='2011-08-12',
    body_first_words='La marimba juvenil Flor de Comitán',
    body_last_words='como reconocimiento a su triunfo.',
    boilerplate=['Publicado: 12/08/2011'],
    must_keep=['Su director, el maestro Abelardo Culebro Domínguez, explicó que los jóvenes ensayan cuatro horas diarias en la casa de la cultura y que varios de ellos aprendieron a tocar desde niños con sus abuelos, que también fueron marimbistas.'],
), 'plain-text note, no family markers; first line is the title; "Publicado: dd/mm/yyyy" line gives the date; Windows-1252 + CRLF; a soft hyphen (0xAD) inside a word of the first paragraph; guillemets')


add('v25', 'markdown', 'utf-8', 'lf', """\
# Reabre la biblioteca municipal de Izamal con sala infantil y préstamo a domicilio

Después de casi un año cerrada por trabajos de impermeabilización y cambio de instalaciones eléctricas, la biblioteca pública municipal de Izamal volvió a abrir sus puertas con una sala infantil, seis computadoras con internet y un nuevo servicio de préstamo de libros a domicilio.

La encargada, Wendy Chan Pech, explicó que el acervo creció a más de 7 mil volúmenes gracias a donaciones de vecinos, escuelas y una asociación civil de Mérida, e incluye una sección de libros en lengua maya.

## Horarios y requisitos

La biblioteca abre de lunes a viernes de 8:00 a 19:00 horas y los sábados de 9:00 a 13:00 horas. Para obtener la credencial de préstamo se necesita:

- copia de una identificación oficial,
- un comprobante de domicilio,
- dos fotografías tamaño infantil.

Los menores de edad deberán acudir con su padre, madre o tutor. Cada usuario podrá llevarse hasta tres libros por dos semanas, con posibilidad de renovar el préstamo una vez.

Durante las vacaciones de verano se impartirán talleres gratuitos de lectura, dibujo y cuentacuentos en maya para niños de 6 a 12 años. Las inscripciones ya están abiertas en el mostrador de la biblioteca.
""", gold(
    family='generic',
    title='Reabre la biblioteca municipal de Izamal con sala infantil y préstamo a domicilio',
    date=None,
    body_first_words='Después de casi un año cerrada por trabajos de impermeabilización',
    body_last_words='ya están abiertas en el mostrador de la biblioteca.',
    boilerplate=[],
    must_keep=['Cada usuario podrá llevarse hasta tres libros por dos semanas, con posibilidad de renovar el préstamo una vez.',
               'Horarios y requisitos'],
), 'Markdown note with "#" title and a "##" subheading plus a plain bullet list inside the body (all body); no date line anywhere -> date null; no outlet/issuer/byline')


add('v26', 'text', 'utf-8-sig', 'lf', """\
Voluntarios retiran dos toneladas de basura de la laguna de Bacalar
===================================================================

03-MAY-2010

Cerca de 180 voluntarios participaron el domingo en una jornada de limpieza en la orilla de la laguna de Bacalar, desde el balneario municipal hasta la zona conocida como Los Rápidos, donde retiraron alrededor de dos toneladas de basura.

Entre los desechos se encontraron botellas de plástico, bolsas, latas, llantas y hasta restos de una lancha abandonada. La mayor parte de la basura se acumula cerca de los muelles particulares y de los puntos donde los visitantes acostumbran acampar.

La jornada fue convocada por el grupo ecologista Guardianes de los Siete Colores, que desde hace tres años organiza limpiezas cada temporada de vacaciones. Su coordinador, Isaías Canché Uc, pidió a las autoridades colocar más contenedores y vigilar que los turistas no dejen desperdicios en la orilla.

Los voluntarios también tomaron muestras de agua en cinco puntos para enviarlas a un laboratorio de Chetumal, ante la preocupación por las descargas de aguas residuales de algunos hoteles y casas de la ribera.

Los organizadores recordaron que los estromatolitos de la laguna, estructuras formadas por microorganismos a lo largo de miles de años, son muy frágiles y pueden dañarse si la gente se para sobre ellos.
""", gold(
    family='generic',
    title='Voluntarios retiran dos toneladas de basura de la laguna de Bacalar',
    date='2010-05-03',
    body_first_words='Cerca de 180 voluntarios participaron el domingo',
    body_last_words='pueden dañarse si la gente se para sobre ellos.',
    boilerplate=['03-MAY-2010', '====='],
    must_keep=['Entre los desechos se encontraron botellas de plástico, bolsas, latas, llantas y hasta restos de una lancha abandonada.'],
), 'UTF-8 with BOM; Setext title (underlined with "="); bare "03-MAY-2010" date line (Spanish month abbreviation); .text extension; nothing else marks a family')


add('v27', 'md', 'ascii', 'crlf', """\
PRODUCTORES DE GUAYABA DE CALVILLO BUSCAN MERCADO EN ESTADOS UNIDOS
Miercoles 14 de abril de 2010
Por Tomas Aguilar Ruiz

Un grupo de 35 productores de guayaba de Calvillo inicio los tramites para obtener la certificacion que les permita exportar fruta fresca a Estados Unidos, con el objetivo de dejar de depender de los intermediarios que compran la cosecha a precios muy bajos.

Ramiro Esparza Lopez, presidente de la sociedad de produccion rural que agrupa a los fruticultores, explico que el proceso tomara al menos dos temporadas y que implica cumplir con normas de sanidad, uso controlado de agroquimicos y rastreo de cada caja desde la huerta hasta el punto de venta.

Los productores ya trabajan con tecnicos de una empresa certificadora de Leon para instalar un empaque comun en la comunidad de La Labor, donde la fruta sera seleccionada, lavada y enfriada antes de su envio.

Calvillo aporta la mayor parte de la guayaba que se cultiva en el estado, pero en las ultimas temporadas las heladas y la plaga del picudo redujeron los rendimientos en varias huertas de la region.

Esparza Lopez dijo que si logran la certificacion, el kilo de guayaba podria venderse hasta en el doble de lo que pagan actualmente los compradores de la central de abastos de Guadalajara.
""", gold(
    family='generic',
    title='PRODUCTORES DE GUAYABA DE CALVILLO BUSCAN MERCADO EN ESTADOS UNIDOS',
    date='2010-04-14',
    bylines=['Tomas Aguilar Ruiz'],
    body_first_words='Un grupo de 35 productores de guayaba de Calvillo',
    body_last_words='los compradores de la central de abastos de Guadalajara.',
    boilerplate=['Miercoles 14 de abril de 2010', 'Por Tomas Aguilar Ruiz'],
    must_keep=['Los productores ya trabajan con tecnicos de una empresa certificadora de Leon para instalar un empaque comun en la comunidad de La Labor, donde la fruta sera seleccionada, lavada y enfriada antes de su envio.'],
), 'ASCII-only .md with no Markdown at all; caps first line is the title (not a heading); bare weekday date line without accent ("Miercoles"); "Por" byline line; no outlet -> generic, not wire; CRLF')


# ---------------------------------------------------------------------------
# BAD (3): v28..v30
# ---------------------------------------------------------------------------

def bad(reason):
    g = {k: ([] if k in LIST_KEYS else None) for k in KEYS}
    g['readable'] = False
    g['family'] = 'bad'
    g['published'] = None
    g['refusal_reason'] = reason
    return g


add('v28', 'md', 'utf-8', 'lf', """\
---
layout: post
title: "Inauguran mercado de artesanías en el centro de Tepoztlán"
date: 2017-04-02 10:30:00 -0500
author: Redacción Tepoz Digital
categories: [Portada, Cultura]
tags: [artesanías, Tepoztlán]
---

\x20\x20\x20

""", bad('El archivo solo contiene front matter y no tiene cuerpo de texto que importar.'),
    'Jekyll front matter complete and plausible (title, date, categories) but the body is only blank lines and spaces')


add('v29', 'txt', 'utf-8', 'crlf', """\
<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Concluyen rehabilitación del mercado Zaragoza | Mixteca al Minuto</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="./Concluyen rehabilitación_files/style.css">
<script src="./Concluyen rehabilitación_files/jquery.min.js"></script>
</head>
<body class="single-post">
<nav class="menu"><ul><li><a href="https://mixtecaalminuto.example/">Inicio</a></li><li><a href="https://mixtecaalminuto.example/region">Región</a></li></ul></nav>
<article>
<h1>Concluyen rehabilitación del mercado Zaragoza en Huajuapan</h1>
<p class="byline">Por Redacción | 14 de septiembre de 2015</p>
<p>HUAJUAPAN DE LEÓN, Oax.— Los trabajos de rehabilitación del mercado Zaragoza concluyeron este lunes con la entrega de 120 locales remodelados, nuevos baños y una red de drenaje que sustituye a la original de los años setenta.</p>
<p>Los locatarios regresarán a sus espacios a partir del próximo lunes, informó la administración del mercado.</p>
</article>
<aside class="widget"><h3>Lo más leído</h3></aside>
<footer>&copy; 2015 Mixteca al Minuto. Todos los derechos reservados.</footer>
<script>window.dataLayer = window.dataLayer || [];</script>
</body>
</html>
""", bad('El archivo es una página HTML guardada desde el navegador y no una nota en texto o Markdown.'),
    'complete saved HTML page (DOCTYPE, head, nav, scripts, footer) with a .txt extension; contains a readable article inside <article>, but is refused by convention')


def junk_bytes(n, seed=20100503):
    # deterministic linear congruential generator; no randomness at run time
    out = bytearray(b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x90\x00\x00\x00\xc8\x08\x06\x00\x00\x00')
    x = seed
    while len(out) < n:
        x = (1103515245 * x + 12345) & 0x7fffffff
        out.append((x >> 16) & 0xff)
    return bytes(out)


add('v30', 'text', None, None, None,
    bad('El archivo contiene datos binarios y no es un texto legible.'),
    'binary junk (PNG signature + 1 KB of pseudo-random bytes including NULs) saved with a .text extension',
    raw=junk_bytes(1024))


# ---------------------------------------------------------------------------
# writer
# ---------------------------------------------------------------------------

def main():
    names = [f['name'] for f in FILES]
    assert names == ['v%02d' % i for i in range(1, 31)], names
    for f in FILES:
        src = '%s.%s' % (f['name'], f['ext'])
        if f['raw'] is not None:
            data = f['raw']
        else:
            data = encode(apply_eol(f['text'], f['eol']), f['enc']) + f['tail']
        with open(os.path.join(HERE, src), 'wb') as fh:
            fh.write(data)
        with open(os.path.join(HERE, f['name'] + '.gold.yaml'), 'wb') as fh:
            fh.write(dump_gold(f['gold']).encode('utf-8'))
    if '--table' in sys.argv:
        for f in FILES:
            enc = {'utf-8': 'UTF-8', 'utf-8-sig': 'UTF-8+BOM', 'cp1252': 'Windows-1252',
                   'ascii': 'ASCII (valid as UTF-8/1252)', None: 'binary'}[f['enc']]
            eol = {'lf': 'LF', 'crlf': 'CRLF', 'mixed': 'mixed LF/CRLF', None: '-'}[f['eol']]
            print('| %s.%s | %s | %s | %s | %s |' % (f['name'], f['ext'], f['gold']['family'],
                                                enc, eol, f['hazards'].replace('|', '\\|')))
    print('wrote %d sources and %d gold files in %s' % (len(FILES), len(FILES), HERE))


if __name__ == '__main__':
    main()
