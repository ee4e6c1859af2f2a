#!/usr/bin/env python3
"""importer-bv, files 11-20."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- bv11 wire (fishing-cooperative bulletin by e-mail, Mazatlán 2008)
bv11 = """==============================================================
  El Chinchorro
  Boletín quincenal de las cooperativas pesqueras del sur de Sinaloa
  Año 4 · Número 87 · Mazatlán, Sin., 14 de marzo de 2008
==============================================================

PESCA RIBEREÑA
Termina la temporada de camarón en bahías con la peor captura en cinco años

Por Jacinto Lizárraga Osuna

La temporada de captura de camarón en las bahías y esteros del sur de Sinaloa cerró este viernes con un balance que los socios de las cooperativas califican como el peor en cinco años: en promedio, cada panga sacó menos de la mitad del producto que en la temporada anterior.

En las cooperativas de Escuinapa y Teacapán los registros de entrega muestran que la captura total apenas superó las 400 toneladas, cuando en años buenos llegaba a mil. En Mazatlán, los pescadores de Playa Sur y de la laguna de Urías reportaron resultados parecidos.

Los socios atribuyen la baja a varias causas. La primera, las lluvias escasas del verano pasado, que no alcanzaron a abrir las bocas de los esteros. La segunda, la pesca furtiva durante la veda, que según los propios pescadores se hizo a la vista de todos en la zona de Las Cabras.

“Nosotros respetamos la veda y otros no; así no sale la cuenta”, dijo Rosalío Tirado, socio de una cooperativa de Teacapán con 30 años en el oficio.

El precio en playa tampoco ayudó. El camarón de tamaño mediano se pagó entre 45 y 60 pesos el kilo, por debajo de lo que se pagaba hace dos temporadas, porque los compradores prefirieron el producto de granja, más barato y disponible todo el año.

Las cooperativas acordaron pedir a las autoridades pesqueras más inspección durante la veda y apoyo para reparar motores y redes antes de la próxima temporada.

--------------------------------------------------------------
AVISO A LOS SOCIOS: La asamblea ordinaria será el sábado 29 de marzo a las 10:00 en el local de la federación, en Playa Sur.
--------------------------------------------------------------
El Chinchorro se reparte gratis en las cooperativas de Mazatlán, Escuinapa y Teacapán.
Para dejar de recibir este boletín responda a este correo con la palabra BAJA.
"""
write_source('bv11.txt', bv11)
write_gold('bv11', family='wire',
           title='Termina la temporada de camarón en bahías con la peor captura en cinco años',
           date='2008-03-14', bylines=['Jacinto Lizárraga Osuna'], source='El Chinchorro',
           section='PESCA RIBEREÑA',
           body_first_words='La temporada de captura de camarón en las bahías y esteros del sur de Sinaloa',
           body_last_words='apoyo para reparar motores y redes antes de la próxima temporada.',
           boilerplate=['Boletín quincenal de las cooperativas pesqueras del sur de Sinaloa',
                        'Año 4 · Número 87 · Mazatlán, Sin., 14 de marzo de 2008',
                        'AVISO A LOS SOCIOS: La asamblea ordinaria será el sábado 29 de marzo a las 10:00 en el local de la federación, en Playa Sur.',
                        'El Chinchorro se reparte gratis en las cooperativas de Mazatlán, Escuinapa y Teacapán.',
                        'Para dejar de recibir este boletín responda a este correo con la palabra BAJA.'],
           must_keep=['“Nosotros respetamos la veda y otros no; así no sale la cuenta”, dijo Rosalío Tirado, socio de una cooperativa de Teacapán con 30 años en el oficio.',
                      'En Mazatlán, los pescadores de Playa Sur y de la laguna de Urías reportaron resultados parecidos.',
                      'El precio en playa tampoco ayudó.'])

# ---------------------------------------------------------------- bv12 jekyll-family (TOML front matter from a Hugo site, Bahía de Banderas 2022)
bv12 = """+++
title = "Islas Marietas reabren la Playa del Amor con nuevo límite diario de visitantes"
date = 2022-02-03T09:00:00-06:00
lastmod = 2022-02-04T11:30:00-06:00
draft = false
author = "Ximena Robles Curiel"
categories = ["Naturaleza"]
tags = ["Islas Marietas", "Playa del Amor", "Bahía de Banderas"]
sitio = "Bahía Viva"

[cover]
  image = "/img/2022/02/marietas.jpg"
  alt = "Vista aérea de las Islas Marietas"
+++

La Playa del Amor, en el Parque Nacional Islas Marietas, volvió a recibir visitantes con un límite de 116 personas al día, divididas en grupos pequeños que sólo pueden permanecer en la playa durante media hora y siempre acompañados por un guía certificado.

Las embarcaciones salen de Punta de Mita, Nuevo Vallarta y el muelle de Puerto Vallarta, y deben registrar a cada pasajero en el sistema de reservaciones del parque. Quienes lleguen sin brazalete no podrán bajar de la lancha.

{{< figure src="/img/2022/02/marietas-lanchas.jpg" caption="Lanchas turísticas frente a las Islas Marietas." >}}

El parque estuvo cerrado varias semanas para evaluar el estado de los arrecifes, luego de que los monitoreos detectaran daños por el exceso de turistas y por el anclaje de embarcaciones sobre el coral. Durante el cierre se instalaron nuevas boyas de amarre y se retiraron residuos del fondo.

Los prestadores de servicios de Bahía de Banderas recibieron la noticia con alivio, aunque algunos consideran que el cupo es demasiado bajo. “Tenemos lanchas paradas desde noviembre; con este número no alcanza para todos”, dijo Heriberto Palomera, capitán de una cooperativa turística de La Cruz de Huanacaxtle.

Biólogos que trabajan en la zona, en cambio, piden mantener la restricción al menos un año para medir la recuperación del coral y de las colonias de aves que anidan en las islas, como el pájaro bobo de patas azules.

Para entrar al parque se debe pagar el brazalete de conservación y respetar las reglas: no llevar bloqueador que no sea biodegradable, no tocar el coral y no alimentar a los peces.
"""
write_source('bv12.md', bv12)
write_gold('bv12', family='jekyll',
           title='Islas Marietas reabren la Playa del Amor con nuevo límite diario de visitantes',
           date='2022-02-03', bylines=['Ximena Robles Curiel'], source='Bahía Viva',
           section='Naturaleza',
           body_first_words='La Playa del Amor, en el Parque Nacional Islas Marietas',
           body_last_words='no tocar el coral y no alimentar a los peces.',
           boilerplate=['Lanchas turísticas frente a las Islas Marietas.'],
           must_keep=['Quienes lleguen sin brazalete no podrán bajar de la lancha.',
                      'Durante el cierre se instalaron nuevas boyas de amarre y se retiraron residuos del fondo.',
                      '“Tenemos lanchas paradas desde noviembre; con este número no alcanza para todos”, dijo Heriberto Palomera, capitán de una cooperativa turística de La Cruz de Huanacaxtle.'])

# ---------------------------------------------------------------- bv13 generic (handwritten notebook pages typed up by the desk, Guerrero sierra)
bv13 = """CAPTURA DE NOTAS MANUSCRITAS (3 fotos de libreta recibidas por WhatsApp)
Corresponsal: Anacleto Salmerón Radilla - Filo Mayor, sierra de Guerrero
Capturó: mesa Acapulco. Se respeta la redacción original; [ilegible] = palabra que no se entiende.

[foto 1]
LA CLÍNICA QUE NO LLEGA A FILO MAYOR [subrayado dos veces]
Filo Mayor, Gro., 2/III/2013

La clínica de la comunidad tiene [tachado: doce] diez años en obra negra. Se levantaron las paredes y el techo de losa, pero nunca llegaron las puertas, las ventanas ni el equipo. Adentro guardan costales de maíz y una camioneta descompuesta.

Los vecinos dicen q' la obra se inauguró dos veces, una con el presidente municipal y otra con un diputado, y las dos veces se tomaron la foto y se fueron.

[foto 2]
Para una consulta la gente tiene q' bajar hasta [ilegible] o hasta Chichihualco, seis horas en camioneta cuando el camino está bueno y hasta diez en tiempo de aguas. Una señora, doña Felícitas, perdió a su bebé el año pasado en el camino porque no hubo cómo sacarla a tiempo.

[al margen: preguntar a la Secretaría de Salud cuántas clínicas hay así en la sierra]

La comisaria, Rosa Maldonado, juntó firmas de 300 familias de Filo Mayor y de las rancherías cercanas y las llevó a Chilpancingo en enero. Le dijeron q' la clínica no aparece en el padrón de unidades médicas.

[foto 3]
Mientras tanto, una promotora de salud voluntaria atiende en su casa con un botiquín q' le donó una parroquia. Pone inyecciones, cura heridas y toma la presión, pero no puede recetar.

Los de aquí piden lo mínimo: un médico q' venga aunque sea una vez por semana y q' terminen la clínica. "No pedimos hospital, pedimos q' no se nos mueran en el camino", dijo la comisaria.

[fin de la foto 3; la hoja sigue pero está cortada]
"""
write_source('bv13.txt', bv13)
write_gold('bv13', family='generic',
           title='LA CLÍNICA QUE NO LLEGA A FILO MAYOR',
           date='2013-03-02', bylines=['Anacleto Salmerón Radilla'],
           body_first_words='La clínica de la comunidad tiene',
           body_last_words='pedimos q\' no se nos mueran en el camino", dijo la comisaria.',
           boilerplate=['CAPTURA DE NOTAS MANUSCRITAS (3 fotos de libreta recibidas por WhatsApp)',
                        'Capturó: mesa Acapulco. Se respeta la redacción original; [ilegible] = palabra que no se entiende.',
                        '[foto 1]', '[subrayado dos veces]', 'Filo Mayor, Gro., 2/III/2013',
                        '[tachado: doce]', '[foto 2]',
                        '[al margen: preguntar a la Secretaría de Salud cuántas clínicas hay así en la sierra]',
                        '[foto 3]', '[fin de la foto 3; la hoja sigue pero está cortada]'],
           must_keep=['Se levantaron las paredes y el techo de losa, pero nunca llegaron las puertas, las ventanas ni el equipo.',
                      'Le dijeron q\' la clínica no aparece en el padrón de unidades médicas.',
                      'Pone inyecciones, cura heridas y toma la presión, pero no puede recetar.'])


# ---------------------------------------------------------------- bv14 press (port authority, PDF-to-text with -layout, Lázaro Cárdenas 2009)
def justify(par, width=78, indent=''):
    words = par.split()
    lines, cur = [], []
    for w in words:
        if cur and len(' '.join(cur + [w])) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    out = []
    for ln in lines:
        gaps = len(ln) - 1
        extra = width - len(' '.join(ln))
        s = ''
        for k, w in enumerate(ln):
            s += w
            if k < gaps:
                s += ' ' * (1 + extra // gaps + (1 if k < extra % gaps else 0))
        out.append(indent + s)
    out.append(indent + ' '.join(cur))
    return '\n'.join(out)


p14 = [
    'La Administración Portuaria Integral de Lázaro Cárdenas (API) y seis sociedades cooperativas de producción pesquera que trabajan en la desembocadura del río Balsas firmaron un convenio para reubicar su zona de desembarque, que quedará dentro del área de las obras de ampliación del puerto.',
    'Con este acuerdo, la API construirá un muelle pesquero con rampa de botado, área de lavado y bodega de hielo en la margen derecha del canal, frente a la isla de La Palma, así como un camino de acceso pavimentado desde la carretera costera.',
    'Las cooperativas agrupan a 214 pescadores que capturan robalo, pargo, lisa y camarón de estero, y que por más de tres décadas han desembarcado su producto en la playa conocida como El Pichi. Los trabajos de dragado del canal de navegación hacen necesario liberar esa zona antes de que termine el año.',
    'El gerente de Comercialización de la API, licenciado Octavio Bermúdez Arriaga, señaló que el convenio fue resultado de siete reuniones de trabajo con los representantes pesqueros. “El crecimiento del puerto no puede hacerse a costa de quienes ya estaban aquí”, afirmó durante la firma.',
    'Por su parte, el presidente de una de las cooperativas, Florentino Girón Mejía, dijo que los pescadores vigilarán que el nuevo muelle se entregue en el plazo acordado, que es de ocho meses. Mientras tanto, podrán seguir usando la playa actual con horarios coordinados con la Capitanía de Puerto.',
    'El convenio también contempla un programa de capacitación en manejo e inocuidad de productos pesqueros y la participación de las cooperativas en el comité de vecinos del puerto.',
]
def hyphenate(page, word, cut):
    """Break `word` at the start of a line the way the PDF did: first part + '-' on the line before."""
    lines = page.split('\n')
    for k in range(1, len(lines)):
        if lines[k].startswith(word):
            lines[k - 1] += ' ' + word[:cut] + '-'
            lines[k] = word[cut:] + lines[k][len(word):]
            return '\n'.join(lines)
    raise AssertionError(word)


page1 = '\n\n'.join(justify(p) for p in p14[:3])
page2 = '\n\n'.join(justify(p) for p in p14[3:])
page1 = hyphenate(page1, 'desembarque,', 8)
page2 = hyphenate(page2, 'representantes', 8)
page2 = hyphenate(page2, 'inocuidad', 4)
bv14 = ("""            ADMINISTRACIÓN PORTUARIA INTEGRAL DE LÁZARO CÁRDENAS, S.A. DE C.V.
                          Gerencia de Comercialización

                               BOLETÍN DE PRENSA
                               APILAC/GC/047/09

Lázaro Cárdenas, Mich., 17 de agosto de 2009.

     API LÁZARO CÁRDENAS Y COOPERATIVAS PESQUERAS DEL BALSAS FIRMAN CONVENIO
                 PARA REUBICAR LA ZONA DE DESEMBARQUE

""" + page1 + """


   Av. Lázaro Cárdenas s/n, Lázaro Cárdenas, Mich. · Tel. (753) 555 0100 · www.apilac-ejemplo.example.mx
                                                                  Página 1 de 2
\f
                  API Lázaro Cárdenas · Boletín APILAC/GC/047/09 · Hoja 2

""" + page2 + """

                                       o0o

   Av. Lázaro Cárdenas s/n, Lázaro Cárdenas, Mich. · Tel. (753) 555 0100 · www.apilac-ejemplo.example.mx
                                                                  Página 2 de 2
""")
write_source('bv14.txt', bv14)
write_gold('bv14', family='press_release',
           title='API LÁZARO CÁRDENAS Y COOPERATIVAS PESQUERAS DEL BALSAS FIRMAN CONVENIO PARA REUBICAR LA ZONA DE DESEMBARQUE',
           date='2009-08-17',
           source='ADMINISTRACIÓN PORTUARIA INTEGRAL DE LÁZARO CÁRDENAS, S.A. DE C.V.',
           bulletin_number='APILAC/GC/047/09',
           issuer='ADMINISTRACIÓN PORTUARIA INTEGRAL DE LÁZARO CÁRDENAS, S.A. DE C.V.',
           dateline_city='Lázaro Cárdenas',
           body_first_words='La Administración Portuaria Integral de Lázaro Cárdenas (API) y seis sociedades cooperativas',
           body_last_words='en el comité de vecinos del puerto.',
           boilerplate=['Gerencia de Comercialización', 'BOLETÍN DE PRENSA', 'APILAC/GC/047/09',
                        'Lázaro Cárdenas, Mich., 17 de agosto de 2009.',
                        'Av. Lázaro Cárdenas s/n, Lázaro Cárdenas, Mich. · Tel. (753) 555 0100 · www.apilac-ejemplo.example.mx',
                        'Página 1 de 2', 'API Lázaro Cárdenas · Boletín APILAC/GC/047/09 · Hoja 2',
                        'o0o', 'Página 2 de 2'],
           must_keep=['Las cooperativas agrupan a 214 pescadores que capturan robalo, pargo, lisa y camarón de estero, y que por más de tres décadas han desembarcado su producto en la playa conocida como El Pichi.',
                      '“El crecimiento del puerto no puede hacerse a costa de quienes ya estaban aquí”, afirmó durante la firma.',
                      'Mientras tanto, podrán seguir usando la playa actual con horarios coordinados con la Capitanía de Puerto.'])

# ---------------------------------------------------------------- bv15 wire (radio newscast script, Manzanillo 2016)
bv15 = """Onda Pacífico 98.1 FM - Noticiero "Al Momento", primera emisión
GUION DE NOTA
FECHA: 06/06/2016          HORA AL AIRE: 07:20
REPORTERO: Saúl Preciado Larios
TEMA: Capitanía de Puerto cierra la navegación a embarcaciones menores por mar de fondo
DURACIÓN: 1'45"

(ENTRA CORTINILLA NOTICIAS LOCALES)

CONDUCTORA: La Capitanía de Puerto de Manzanillo cerró desde anoche la navegación a embarcaciones menores, como pangas de pesca y lanchas turísticas, por el mar de fondo que afecta a la costa de Colima. El reporte con Saúl Preciado.

REPORTERO: Las olas de hasta tres metros que llegaron durante la madrugada rompieron con fuerza en las playas de La Audiencia, Las Brisas y Miramar, y en la zona de Santiago el agua alcanzó las primeras mesas de las enramadas. Los pescadores de la cooperativa del Tapeixtles amarraron sus pangas lejos de la orilla desde el domingo.

(ENTRA AUDIO: capitán de puerto, 0:18) "Hasta que baje el oleaje no vamos a autorizar ninguna salida de embarcaciones menores; la recomendación también es para los bañistas: no meterse al mar." (SALE AUDIO)

REPORTERO: Protección Civil municipal colocó banderas rojas en todas las playas y pidió a los visitantes no acercarse a las escolleras. Según el pronóstico, el oleaje podría mantenerse hasta el miércoles, por lo que el cierre seguirá vigente por lo menos dos días más. Los restauranteros de la zona de playa calculan pérdidas, porque este fin de semana esperaban a los primeros grupos de vacacionistas del verano. Las embarcaciones mayores y los buques que llegan al puerto interior operan con normalidad.

CONDUCTORA: Gracias, Saúl. Recuerde que puede mandarnos sus reportes al WhatsApp de la cabina.

(SALE CORTINILLA)
"""
write_source('bv15.txt', bv15, eol='crlf')
write_gold('bv15', family='wire',
           title='Capitanía de Puerto cierra la navegación a embarcaciones menores por mar de fondo',
           date='2016-06-06', bylines=['Saúl Preciado Larios'], source='Onda Pacífico 98.1 FM',
           body_first_words='La Capitanía de Puerto de Manzanillo cerró desde anoche la navegación',
           body_last_words='operan con normalidad.',
           boilerplate=['GUION DE NOTA', 'HORA AL AIRE: 07:20', 'DURACIÓN: 1\'45"',
                        '(ENTRA CORTINILLA NOTICIAS LOCALES)', 'CONDUCTORA:', 'El reporte con Saúl Preciado.',
                        'REPORTERO:', '(ENTRA AUDIO: capitán de puerto, 0:18)', '(SALE AUDIO)',
                        'Gracias, Saúl.', 'Recuerde que puede mandarnos sus reportes al WhatsApp de la cabina.',
                        '(SALE CORTINILLA)'],
           must_keep=['Los pescadores de la cooperativa del Tapeixtles amarraron sus pangas lejos de la orilla desde el domingo.',
                      '"Hasta que baje el oleaje no vamos a autorizar ninguna salida de embarcaciones menores; la recomendación también es para los bañistas: no meterse al mar."',
                      'Protección Civil municipal colocó banderas rojas en todas las playas y pidió a los visitantes no acercarse a las escolleras.'])

# ---------------------------------------------------------------- bv16 jekyll (tourism blog, Mazatlán Carnaval 2006, BOM + CRLF, space-separated categories)
bv16 = """---
layout: post
title: "Combate Naval 2006: el cielo de Olas Altas se iluminó otra vez"
date: 2006-02-26 23:50:00 -07:00
author: Rosario Beltrán Zazueta
categories: Portada Turismo
comments: true
---

Como cada año, el sábado de Carnaval miles de mazatlecos y turistas se acomodaron desde temprano en el malecón de Olas Altas para ver el Combate Naval, la representación con fuegos artificiales de la defensa del puerto frente a los barcos franceses en 1864.

El espectáculo comenzó pasadas las nueve de la noche. Desde las lanchas y balsas colocadas frente a la playa se dispararon cohetes que respondían a los que salían del cerro de la Nevería, mientras los altavoces narraban la historia de la batalla. Durante casi media hora el cielo se llenó de luces verdes, rojas y blancas.

Las familias llegaron con sillas, hieleras y cobijas. Don Chuy Lizárraga, de 70 años, contó que no se ha perdido un solo combate desde que era niño. "Antes nomás eran unos cuantos cohetes y ahora parece que de veras están bombardeando", dijo entre risas.

Los hoteles de la zona dorada y del centro reportaron ocupación completa para el fin de semana, y los restaurantes de Olas Altas tuvieron mesas llenas hasta la madrugada. Las autoridades calcularon que más de 200 mil personas asistieron al malecón.

Hubo algunos contratiempos: el tránsito en la avenida del Mar quedó detenido durante horas y los cruces hacia el Centro Histórico se saturaron al terminar los fuegos. Aun así, Protección Civil reportó saldo blanco.

El martes termina el Carnaval con el entierro de Juan Malhumor, y el miércoles, como siempre, la playa amanecerá llena de confeti.

Publicado por Chayo en 23:50 | 3 comentarios
"""
write_source('bv16.md', bv16, eol='crlf', bom=True)
write_gold('bv16', family='jekyll',
           title='Combate Naval 2006: el cielo de Olas Altas se iluminó otra vez',
           date='2006-02-26', bylines=['Rosario Beltrán Zazueta'], section='Turismo',
           placement=['Portada'],
           body_first_words='Como cada año, el sábado de Carnaval miles de mazatlecos y turistas',
           body_last_words='la playa amanecerá llena de confeti.',
           boilerplate=['Publicado por Chayo en 23:50 | 3 comentarios'],
           must_keep=['Durante casi media hora el cielo se llenó de luces verdes, rojas y blancas.',
                      '"Antes nomás eran unos cuantos cohetes y ahora parece que de veras están bombardeando", dijo entre risas.',
                      'Aun así, Protección Civil reportó saldo blanco.'])

# ---------------------------------------------------------------- bv17 wire (print archive, Mazatlán daily 1999, MacRoman + CR, jump lines)
bv17 = """El Correo del Puerto
Mazatlán, Sin., domingo 14 de noviembre de 1999
Local · Página 6-A

Pescadores de Playa Sur exigen dragado del canal de navegación

Por Armando Tirado Peraza

Pescadores ribereños y armadores de Playa Sur exigieron a las autoridades federales el dragado urgente del canal de navegación del puerto, luego de que en las últimas semanas tres embarcaciones camaroneras encallaron en la bocana por la acumulación de arena.

Los armadores aseguran que el problema se agravó después de las lluvias de septiembre, cuando los arroyos arrastraron sedimentos hacia el canal. En marea baja, dicen, hay tramos donde la profundidad no llega a los cuatro metros, lo que pone en riesgo a los barcos que regresan cargados de la zona de pesca.

“Ya se nos atoraron tres barcos este mes; si uno se voltea en la bocana, ahí sí va a haber muertos”, dijo Porfirio Osuna Tirado, quien tiene dos embarcaciones en el muelle de la colonia.

(Pasa a la página 8-A)

PESCADORES... (Viene de la página 6-A)

La temporada de altamar comenzó en septiembre y los barcos salen cada semana hacia las costas de Nayarit y del sur de Sinaloa. Cada día de retraso, según los armadores, significa miles de pesos en diésel y en salarios.

Los pescadores de Playa Sur piden además que se retire el casco de un barco hundido cerca del muelle fiscal, que desde hace dos años representa un peligro para las pangas que entran de noche.

La administración portuaria informó que ya solicitó a la Secretaría de Comunicaciones y Transportes los recursos para un dragado de mantenimiento, pero que la obra no podrá iniciar antes de enero. Mientras tanto, recomendó a los capitanes entrar al puerto sólo con marea alta.

Los armadores advirtieron que, si no hay respuesta en un mes, llevarán sus barcos frente a la oficina de la Capitanía de Puerto en señal de protesta.
"""
write_source('bv17.txt', bv17, enc='mac_roman', eol='cr')
write_gold('bv17', family='wire',
           title='Pescadores de Playa Sur exigen dragado del canal de navegación',
           date='1999-11-14', bylines=['Armando Tirado Peraza'], source='El Correo del Puerto',
           section='Local',
           body_first_words='Pescadores ribereños y armadores de Playa Sur exigieron',
           body_last_words='frente a la oficina de la Capitanía de Puerto en señal de protesta.',
           boilerplate=['Local · Página 6-A', '(Pasa a la página 8-A)',
                        'PESCADORES... (Viene de la página 6-A)'],
           must_keep=['“Ya se nos atoraron tres barcos este mes; si uno se voltea en la bocana, ahí sí va a haber muertos”, dijo Porfirio Osuna Tirado, quien tiene dos embarcaciones en el muelle de la colonia.',
                      'La temporada de altamar comenzó en septiembre y los barcos salen cada semana hacia las costas de Nayarit y del sur de Sinaloa.',
                      'Mientras tanto, recomendó a los capitanes entrar al puerto sólo con marea alta.'])

# ---------------------------------------------------------------- bv18 press (Gobierno de Nayarit 2003, cp1252, CRLF, photo caption)
bv18 = """GOBIERNO DEL ESTADO DE NAYARIT
DIRECCIÓN GENERAL DE COMUNICACIÓN SOCIAL
BOLETÍN No. 318

ENTREGA GOBIERNO DEL ESTADO EQUIPO A BRIGADAS CONTRA EL DENGUE EN LA COSTA NORTE

\tTepic, Nayarit, 12 de mayo de 2003 (DGCS).- Con el fin de prevenir el dengue antes del inicio de la temporada de lluvias, los Servicios de Salud de Nayarit entregaron este lunes 40 equipos de nebulización, 12 vehículos y material de protección a las brigadas que trabajarán en los municipios de la costa norte del estado.   

\tEl director de los Servicios de Salud, doctor Germán Villaseñor Arce, explicó que las brigadas recorrerán casa por casa las localidades de Santiago Ixcuintla, Tuxpan, Rosamorada, Tecuala, Acaponeta y San Blas, donde el año pasado se concentró la mayor parte de los casos registrados en Nayarit.

\tAdemás de la nebulización, el personal aplicará larvicida en pilas, tambos y tinacos, y recogerá llantas y recipientes que acumulan agua. Se contrataron 160 trabajadores temporales, la mayoría jóvenes de las propias comunidades.

\tEl funcionario pidió a las familias colaborar con las brigadas y eliminar cada semana los criaderos de mosquitos en patios y azoteas. "El dengue se combate en la casa; si no hay agua estancada, no hay mosco", dijo.

\tLa campaña incluye pláticas en escuelas primarias y secundarias, así como mensajes en las radiodifusoras de la región. Los Servicios de Salud recordaron que ante síntomas como fiebre alta, dolor de cabeza y dolor en articulaciones se debe acudir de inmediato al centro de salud y no automedicarse.

PIE DE FOTO: Personal de los Servicios de Salud recibe los equipos de nebulización en la explanada de Palacio de Gobierno.
FOTO: DGCS

---ooOoo---

Dirección General de Comunicación Social
Tel. (311) 555 2140 / Fax (311) 555 2141
"""
write_source('bv18.txt', bv18, enc='cp1252', eol='crlf')
write_gold('bv18', family='press_release',
           title='ENTREGA GOBIERNO DEL ESTADO EQUIPO A BRIGADAS CONTRA EL DENGUE EN LA COSTA NORTE',
           date='2003-05-12', source='GOBIERNO DEL ESTADO DE NAYARIT',
           bulletin_number='318', issuer='GOBIERNO DEL ESTADO DE NAYARIT', dateline_city='Tepic',
           body_first_words='Con el fin de prevenir el dengue antes del inicio de la temporada de lluvias',
           body_last_words='acudir de inmediato al centro de salud y no automedicarse.',
           boilerplate=['DIRECCIÓN GENERAL DE COMUNICACIÓN SOCIAL', 'BOLETÍN No. 318',
                        'Tepic, Nayarit, 12 de mayo de 2003 (DGCS).-',
                        'PIE DE FOTO: Personal de los Servicios de Salud recibe los equipos de nebulización en la explanada de Palacio de Gobierno.',
                        'FOTO: DGCS', '---ooOoo---', 'Dirección General de Comunicación Social',
                        'Tel. (311) 555 2140 / Fax (311) 555 2141'],
           must_keep=['Se contrataron 160 trabajadores temporales, la mayoría jóvenes de las propias comunidades.',
                      '"El dengue se combate en la casa; si no hay agua estancada, no hay mosco", dijo.',
                      'La campaña incluye pláticas en escuelas primarias y secundarias, así como mensajes en las radiodifusoras de la región.'],
           photo_credit='DGCS')

# ---------------------------------------------------------------- bv19 generic (AsciiDoc travel guide saved as .txt, Manzanillo)
bv19 = """= Cinco playas de Manzanillo para ir en familia
:author: Lorena Chávez Pimienta
:lang: es
:toc:
:imagesdir: img

Manzanillo tiene más de una docena de playas, pero no todas son tranquilas. Estas cinco tienen oleaje suave la mayor parte del año, servicios cerca y acceso sencillo desde la carretera, así que funcionan bien para ir con niñas, niños y personas mayores.

== La Audiencia

Es una pequeña bahía protegida por dos puntas de roca, con agua clara y poca profundidad en la orilla. Hay enramadas que rentan sillas y sombrillas, y en la punta norte se puede hacer esnórquel cuando el mar está en calma.

image::audiencia.jpg[Playa La Audiencia]

== Playa Miramar

Está en la bahía de Santiago, frente a hoteles y restaurantes. La arena es fina y el oleaje moderado; los fines de semana se llena de familias de Colima y Guadalajara.

== Playa La Boquita

Al final de la bahía de Santiago, junto a la laguna de Juluapan. Las aguas son muy tranquilas y las enramadas preparan pescado a la talla y ceviche de la pesca del día.

== Playa Las Brisas

Es larga y cercana al centro, con un paseo para caminar al atardecer. Conviene nadar en la zona señalada por los salvavidas, porque en algunos tramos el fondo baja de golpe.

== Playa de Oro

Queda más lejos, hacia el norte, y casi siempre está vacía. No hay servicios, así que hay que llevar agua, comida y bolsas para la basura.

NOTE: En temporada de lluvias, entre junio y octubre, revisa los avisos de Protección Civil antes de salir; el mar de fondo puede cerrar las playas de un día para otro.

Lleva bloqueador biodegradable y respeta las zonas donde anidan las tortugas marinas.
"""
write_source('bv19.txt', bv19)
write_gold('bv19', family='generic',
           title='Cinco playas de Manzanillo para ir en familia',
           bylines=['Lorena Chávez Pimienta'],
           body_first_words='Manzanillo tiene más de una docena de playas',
           body_last_words='respeta las zonas donde anidan las tortugas marinas.',
           boilerplate=[':lang: es', ':toc:', ':imagesdir: img', 'image::audiencia.jpg[Playa La Audiencia]'],
           must_keep=['Las aguas son muy tranquilas y las enramadas preparan pescado a la talla y ceviche de la pesca del día.',
                      'No hay servicios, así que hay que llevar agua, comida y bolsas para la basura.',
                      'En temporada de lluvias, entre junio y octubre, revisa los avisos de Protección Civil antes de salir; el mar de fondo puede cerrar las playas de un día para otro.'])

# ---------------------------------------------------------------- bv20 bad (front matter with an excerpt, no body)
bv20 = """---
layout: post
title: "Alerta por tormenta tropical en la costa de Colima"
date: 2015-10-22 18:00:00 -0500
author: Redacción
categories: [Clima]
excerpt: "Protección Civil pide a la población mantenerse atenta a los avisos."
---



"""
write_source('bv20.md', bv20)
write_gold('bv20', family='bad',
           refusal_reason='El archivo sólo contiene encabezado (front matter) con un extracto, pero no tiene cuerpo de texto.')
