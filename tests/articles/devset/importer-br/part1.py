#!/usr/bin/env python3
"""importer-br, files 01-10."""
from common import write_source, write_gold, teletype, wrap, NBSP

# ---------------------------------------------------------------- br01 wire (agency teletype, Yuc., 1998)
t01 = 'Sube 18 por ciento la exportación de miel yucateca'
p01 = [
    'La exportación de miel de abeja producida en Yucatán creció 18 por ciento durante 1997 con respecto al ciclo anterior, al sumar 9 mil 400 toneladas enviadas principalmente a Alemania, Reino Unido y Estados Unidos, informaron organizaciones de apicultores de la entidad.',
    'De acuerdo con los productores, el aumento se debió a una floración abundante del tajonal y del tzitzilché durante el invierno, así como a la recuperación de los precios internacionales después de dos temporadas malas.',
    'En el estado hay alrededor de 12 mil familias que dependen de la apicultura, la mayoría en comunidades del oriente y del sur, como Tizimín, Valladolid, Peto y Tekax. Para muchas de ellas la venta de miel es su único ingreso en efectivo.',
    'El dirigente de una unión de apicultores de Tizimín, Eleuterio Canché Pool, dijo que el reto es que el dinero llegue al productor y no se quede con los intermediarios. Explicó que en la zona el kilo de miel se pagó entre 6 y 7 pesos, mientras que en el puerto de Progreso se cotizó hasta en 9 pesos.',
    'Los apicultores advirtieron además que la llegada de la abeja africanizada obliga a cambiar el manejo de los apiarios, pues los enjambres son más agresivos y deben instalarse lejos de las viviendas y de los caminos.',
    'Las organizaciones pidieron al gobierno estatal apoyo para construir centros de acopio con tanques de acero inoxidable, ya que los compradores europeos exigen cada vez más controles de calidad y de humedad en el producto.',
]
dl01 = 'MERIDA, YUC., 14 DE MARZO (APN).-'
br01 = ('AGENCIA PENINSULAR DE NOTICIAS\n'
        'APN-0412   14/03/1998   11:42\n'
        'ATN: JEFES DE INFORMACION\n'
        '\n'
        + teletype(t01) + '\n\n'
        + '   ' + dl01 + ' ' + teletype(p01[0]) + '\n\n'
        + '\n\n'.join('   ' + teletype(p) for p in p01[1:]) + '\n\n'
        'APN/ECP/rrm\n'
        '-FIN-\n')
write_source('br01.txt', br01, enc='ascii', eol='crlf')
write_gold('br01', family='wire', title=teletype(t01), date='1998-03-14', bylines=[],
           source='AGENCIA PENINSULAR DE NOTICIAS', section=None,
           body_first_words=teletype('La exportación de miel de abeja producida en Yucatán'),
           body_last_words=teletype('controles de calidad y de humedad en el producto.'),
           boilerplate=['ATN: JEFES DE INFORMACION', dl01, 'APN/ECP/rrm', '-FIN-'],
           must_keep=[teletype('Para muchas de ellas la venta de miel es su único ingreso en efectivo.'),
                      teletype('Explicó que en la zona el kilo de miel se pagó entre 6 y 7 pesos, mientras que en el puerto de Progreso se cotizó hasta en 9 pesos.'),
                      teletype('De acuerdo con los productores, el aumento se debió a una floración abundante del tajonal y del tzitzilché durante el invierno, así como a la recuperación de los precios internacionales después de dos temporadas malas.')])

# ---------------------------------------------------------------- br02 press (municipality, Sin.) forwarded by Gmail
br02 = """Va boletín del ayuntamiento para la sección Sinaloa. Ya revisé nombres.
Karla

---------- Forwarded message ---------
De: Comunicación Social Mazatlán <comunicacion@mazatlan-gob.example.mx>
Date: lun, 16 feb 2015 a las 13:47
Subject: Boletín 0215 saldo blanco desfile
To: <mesa.sinaloa@federacion-noticias.example.mx>


H. AYUNTAMIENTO DE MAZATLÁN
DIRECCIÓN DE COMUNICACIÓN SOCIAL
Boletín 0215

REPORTA PROTECCIÓN CIVIL SALDO BLANCO EN EL PRIMER DESFILE DEL CARNAVAL

Mazatlán, Sinaloa, 16 de febrero de 2015.- La Unidad Municipal de Protección Civil informó que el primer desfile del Carnaval Internacional de Mazatlán 2015, celebrado la noche del domingo a lo largo del malecón, concluyó con saldo blanco pese a la asistencia de más de 300 mil personas.

Durante el recorrido, que partió de la zona de Valentino y terminó en Olas Altas, los paramédicos brindaron 87 atenciones, la mayoría por deshidratación, intoxicación por alcohol y lesiones leves. Sólo cuatro personas tuvieron que ser trasladadas a un hospital.

El titular de Protección Civil, Jesús Armando Lizárraga Osuna, destacó la coordinación con la Policía Municipal, la Cruz Roja y los cuerpos de bomberos, que instalaron 12 módulos de atención en puntos estratégicos del malecón. “La gente respetó las vallas y los accesos de emergencia, y eso nos permitió llegar rápido cuando se necesitó”, señaló.

También se localizó a 23 menores que se habían separado de sus familias entre la multitud; todos fueron entregados a sus padres en el módulo instalado en la glorieta de la avenida del Mar, donde personal del DIF municipal colocó pulseras de identificación a los niños antes del desfile.

Para el segundo desfile, programado para el martes, las autoridades recomendaron llegar con anticipación, no llevar objetos de vidrio, hidratarse constantemente y acordar con los niños un punto de reunión en caso de extravío.

---o0o---

Dirección de Comunicación Social
Tel. (669) 555 0133 ext. 1207
comunicacion@mazatlan-gob.example.mx
Twitter: @MazatlanGobEj
"""
write_source('br02.txt', br02)
write_gold('br02', family='press_release',
           title='REPORTA PROTECCIÓN CIVIL SALDO BLANCO EN EL PRIMER DESFILE DEL CARNAVAL',
           date='2015-02-16', source='H. AYUNTAMIENTO DE MAZATLÁN',
           bulletin_number='0215', issuer='H. AYUNTAMIENTO DE MAZATLÁN', dateline_city='Mazatlán',
           body_first_words='La Unidad Municipal de Protección Civil informó que el primer desfile',
           body_last_words='acordar con los niños un punto de reunión en caso de extravío.',
           boilerplate=['Va boletín del ayuntamiento para la sección Sinaloa. Ya revisé nombres.',
                        '---------- Forwarded message ---------',
                        'De: Comunicación Social Mazatlán <comunicacion@mazatlan-gob.example.mx>',
                        'Date: lun, 16 feb 2015 a las 13:47',
                        'Subject: Boletín 0215 saldo blanco desfile',
                        'To: <mesa.sinaloa@federacion-noticias.example.mx>',
                        'DIRECCIÓN DE COMUNICACIÓN SOCIAL', 'Boletín 0215',
                        'Mazatlán, Sinaloa, 16 de febrero de 2015.-', '---o0o---',
                        'Dirección de Comunicación Social', 'Tel. (669) 555 0133 ext. 1207',
                        'comunicacion@mazatlan-gob.example.mx', 'Twitter: @MazatlanGobEj'],
           must_keep=['Sólo cuatro personas tuvieron que ser trasladadas a un hospital.',
                      '“La gente respetó las vallas y los accesos de emergencia, y eso nos permitió llegar rápido cuando se necesitó”, señaló.',
                      'También se localizó a 23 menores que se habían separado de sus familias entre la multitud; todos fueron entregados a sus padres en el módulo instalado en la glorieta de la avenida del Mar'])

# ---------------------------------------------------------------- br03 jekyll (WordPress XML -> Markdown, Ver.)
br03 = """---
title: "Pescadores de Alvarado denuncian mortandad de peces en la laguna"
date: "2014-03-05"
categories: 
  - "Portada"
  - "Medio Ambiente"
tags: 
  - "alvarado"
  - "pesca"
  - "papaloapan"
coverImage: "mortandad-alvarado.jpg"
---

**Por Leticia Mora Cházaro**

Pescadores de la laguna de Alvarado denunciaron la muerte de toneladas de mojarra, lisa y bagre en los últimos cuatro días, y responsabilizaron a las descargas de los ingenios azucareros y de las granjas acuícolas que se ubican río arriba, en la cuenca del Papaloapan.

<!--more-->

[caption id="attachment_2231" align="aligncenter" width="640"]![](images/mortandad-alvarado-640x427.jpg) Mojarras muertas en la orilla de la laguna, frente a la congregación de Costa de San Juan. Foto: Leticia Mora Cházaro[/caption]

Desde el domingo, los habitantes de las congregaciones de Costa de San Juan, Buenavista y El Salado comenzaron a encontrar peces flotando en la orilla. Para el miércoles, las cooperativas calculaban que se habían perdido más de ocho toneladas de producto.

Rosendo Cruz Ramón, presidente de una de las 17 cooperativas que trabajan en la laguna, dijo que el agua cambió de color y tiene un olor a melaza que se percibe desde la carretera. “Esto ya pasó en otros años, pero nunca tan fuerte; estamos en plena zafra y nadie vigila lo que echan al río”, afirmó.

Los pescadores tomaron muestras de agua en garrafones y las entregaron a la oficina de la Procuraduría Federal de Protección al Ambiente en el puerto de Veracruz, donde pidieron que se realicen análisis de oxígeno disuelto y de contaminantes.

Mientras tanto, la captura está suspendida y cerca de 600 familias se han quedado sin ingresos.&nbsp;Los restauranteros del malecón de Alvarado reconocieron que tuvieron que comprar pescado en otros municipios para atender a los visitantes.

Las cooperativas anunciaron que, si no reciben respuesta esta semana, bloquearán el puente sobre el río Papaloapan para exigir la presencia de las autoridades ambientales.
"""
write_source('br03.md', br03)
write_gold('br03', family='jekyll',
           title='Pescadores de Alvarado denuncian mortandad de peces en la laguna',
           date='2014-03-05', bylines=['Leticia Mora Cházaro'], source=None,
           section='Medio Ambiente', placement=['Portada'],
           body_first_words='Pescadores de la laguna de Alvarado denunciaron la muerte',
           body_last_words='para exigir la presencia de las autoridades ambientales.',
           boilerplate=['Por Leticia Mora Cházaro',
                        'Mojarras muertas en la orilla de la laguna, frente a la congregación de Costa de San Juan.',
                        'Foto: Leticia Mora Cházaro'],
           must_keep=['Para el miércoles, las cooperativas calculaban que se habían perdido más de ocho toneladas de producto.',
                      '“Esto ya pasó en otros años, pero nunca tan fuerte; estamos en plena zafra y nadie vigila lo que echan al río”, afirmó.',
                      'Los restauranteros del malecón de Alvarado reconocieron que tuvieron que comprar pescado en otros municipios para atender a los visitantes.'],
           photo_credit='Leticia Mora Cházaro')

# ---------------------------------------------------------------- br04 generic (radio news script, Camp.)
br04 = """Termina la veda del pulpo y los pescadores de Campeche se preparan para zarpar

NOTICIERO MATUTINO — GUION
Emisión: miércoles 31 de julio de 2002, 07:00 hrs.
Redacción: Sergio Uc Pech
Duración aproximada: 2'30"

(ENTRA CORTINILLA INFORMATIVA)

LOC. 1: A partir de mañana, primero de agosto, termina la veda del pulpo en el litoral de Campeche y miles de pescadores ribereños podrán volver a salir al mar después de siete meses y medio de espera.

LOC. 2: En los muelles de Champotón, Seybaplaya, Isla Arena y Ciudad del Carmen se ven desde hace días las lanchas pintadas y las jimbas listas. La jimba es la vara de bambú con la que se pesca el pulpo a la deriva, usando cangrejos como carnada.

LOC. 1: Los pescadores esperan una buena temporada porque este año no ha habido nortes fuertes ni marea roja. Así lo explicó Ramiro Cauich Ek, pescador de Seybaplaya.

(ENTRA AUDIO: RAMIRO CAUICH, 0:14)
"Ya tenemos todo listo, nomás esperamos que el precio esté bueno, porque el año pasado lo pagaron muy barato en la playa y los que ganaron fueron los congeladores."
(SALE AUDIO)

LOC. 2: Las autoridades pesqueras recordaron que la talla mínima de captura es de 11 centímetros de manto y que está prohibido usar ganchos, que lastiman al animal y dañan la calidad del producto.

LOC. 1: La Secretaría de Marina y los inspectores federales vigilarán la costa para evitar la captura de hembras con huevo y de ejemplares pequeños.

LOC. 2: La temporada de pulpo durará hasta el 15 de diciembre y, según las cooperativas, genera alrededor de 15 mil empleos directos en el estado.

(CORTINILLA DE SALIDA)
"""
write_source('br04.txt', br04, eol='crlf', bom=True)
write_gold('br04', family='generic',
           title='Termina la veda del pulpo y los pescadores de Campeche se preparan para zarpar',
           date='2002-07-31', bylines=['Sergio Uc Pech'],
           body_first_words='A partir de mañana, primero de agosto, termina la veda del pulpo',
           body_last_words='genera alrededor de 15 mil empleos directos en el estado.',
           boilerplate=['NOTICIERO MATUTINO — GUION',
                        'Emisión: miércoles 31 de julio de 2002, 07:00 hrs.',
                        'Redacción: Sergio Uc Pech', 'Duración aproximada: 2\'30"',
                        '(ENTRA CORTINILLA INFORMATIVA)', 'LOC. 1:', 'LOC. 2:',
                        '(ENTRA AUDIO: RAMIRO CAUICH, 0:14)', '(SALE AUDIO)', '(CORTINILLA DE SALIDA)'],
           must_keep=['La jimba es la vara de bambú con la que se pesca el pulpo a la deriva, usando cangrejos como carnada.',
                      'Así lo explicó Ramiro Cauich Ek, pescador de Seybaplaya.',
                      '"Ya tenemos todo listo, nomás esperamos que el precio esté bueno, porque el año pasado lo pagaron muy barato en la playa y los que ganaron fueron los congeladores."'])

# ---------------------------------------------------------------- br05 wire (web page copy, Son.)
br05 = """El Centinela de Sonora
Inicio › Salud › Hermosillo

Golpes de calor saturan urgencias en Hermosillo; suman 14 muertes en la temporada

Por Mariela Encinas Durazo
3 de agosto de 2017 - 19:40 hrs

Compartir en Facebook  Compartir en Twitter  Enviar por WhatsApp

Foto: Especial

Los servicios de urgencias de los hospitales públicos de Hermosillo atendieron en la última semana a 212 personas por golpe de calor y deshidratación, luego de que el termómetro superó los 47 grados durante cinco días consecutivos, informó la Secretaría de Salud estatal.

Con los casos más recientes, suman 14 las muertes asociadas a temperaturas extremas en Sonora en lo que va de la temporada, nueve de ellas en la capital del estado. La mayoría de las víctimas eran hombres adultos que trabajaban al aire libre o personas en situación de calle.

En el Hospital General del Estado, las camillas ocuparon parte de los pasillos durante la tarde del miércoles. Te puede interesar: Hermosillo registra la temperatura más alta del país este verano El personal de enfermería explicó que los pacientes llegan con fiebre, mareo y confusión, y que los adultos mayores son los que tardan más en recuperarse.

El médico urgenciólogo Ramón Félix Yocupicio recomendó beber agua aunque no se tenga sed, evitar el sol entre las 11 de la mañana y las cinco de la tarde y no dejar nunca a niños ni mascotas dentro de los vehículos. “Un auto cerrado puede pasar de 60 grados en menos de media hora”, advirtió.

El ayuntamiento mantiene abiertos seis refugios temporales con aire acondicionado en centros comunitarios de las colonias Solidaridad, Y Griega y San Luis, donde se reparte agua embotellada y suero oral.

Protección Civil prevé que las temperaturas se mantengan por encima de los 45 grados al menos hasta el próximo fin de semana.

Etiquetas: calor, Hermosillo, salud, Protección Civil

Comentarios
Para comentar es necesario iniciar sesión.
"""
write_source('br05.txt', br05, eol='crlf')
write_gold('br05', family='wire',
           title='Golpes de calor saturan urgencias en Hermosillo; suman 14 muertes en la temporada',
           date='2017-08-03', bylines=['Mariela Encinas Durazo'], source='El Centinela de Sonora',
           section='Salud',
           body_first_words='Los servicios de urgencias de los hospitales públicos de Hermosillo',
           body_last_words='al menos hasta el próximo fin de semana.',
           boilerplate=['Inicio › Salud › Hermosillo',
                        'Compartir en Facebook  Compartir en Twitter  Enviar por WhatsApp',
                        'Foto: Especial',
                        'Te puede interesar: Hermosillo registra la temperatura más alta del país este verano',
                        'Etiquetas: calor, Hermosillo, salud, Protección Civil',
                        'Comentarios', 'Para comentar es necesario iniciar sesión.'],
           must_keep=['En el Hospital General del Estado, las camillas ocuparon parte de los pasillos durante la tarde del miércoles.',
                      'El personal de enfermería explicó que los pacientes llegan con fiebre, mareo y confusión, y que los adultos mayores son los que tardan más en recuperarse.',
                      '“Un auto cerrado puede pasar de 60 grados en menos de media hora”, advirtió.'],
           photo_credit='Especial')

# ---------------------------------------------------------------- br06 press (state tourism office, Q. Roo) PDF-to-text
def hyph(s, word, cut):
    """Move the first `cut` letters of a word that starts a line to the end of the previous line."""
    assert '\n' + word in s, word
    return s.replace('\n' + word, ' ' + word[:cut] + '-\n' + word[cut:], 1)

p06 = [
    'La Secretaría de Turismo de Quintana Roo (Sedetur) informó que durante el fin de semana largo por la conmemoración de la Revolución Mexicana la ocupación hotelera promedio en el estado fue de 84 por ciento, cuatro puntos más que en el mismo puente del año pasado.',
    'En Cancún la ocupación llegó a 88 por ciento, mientras que en la Riviera Maya fue de 86 por ciento y en Cozumel de 79 por ciento. En Chetumal y en la zona de Bacalar los hoteles reportaron 71 por ciento, impulsados por visitantes de Yucatán, Campeche y Tabasco.',
    'El titular de la dependencia destacó que el turismo nacional representó más de la mitad de los visitantes del puente, lo que confirma la importancia de las campañas de promoción en el centro y el sureste del país. Los hoteleros de Playa del Carmen también reportaron un aumento en las reservaciones de última hora.',
    'Durante el fin de semana, el aeropuerto internacional de Cancún atendió 412 operaciones de vuelos nacionales e internacionales, y la terminal marítima de Cozumel recibió nueve cruceros con más de 25 mil pasajeros.',
    'La Sedetur recordó que la temporada de invierno comenzará a mediados de diciembre y que las expectativas de ocupación para las fiestas de fin de año son superiores a 90 por ciento en los principales destinos del estado.',
]
w06 = [wrap(p, 76, '     ') for p in p06]
body06a = '\n\n'.join(w06[:3])
body06b = '\n\n'.join(w06[3:])
br06 = ('                         GOBIERNO DE QUINTANA ROO\n'
        '                  SECRETARÍA DE TURISMO DE QUINTANA ROO\n'
        '                   Coordinación de Comunicación Social\n'
        '\n'
        'Boletín No. 318/2011\n'
        '\n'
        'Chetumal, Quintana Roo, a 22 de noviembre de 2011.\n'
        '\n'
        '   QUINTANA ROO REGISTRA 84 POR CIENTO DE OCUPACIÓN HOTELERA EN EL\n'
        '                      PUENTE DE LA REVOLUCIÓN\n'
        '\n'
        + body06a + '\n'
        '\n'
        '\n'
        'Boletín No. 318/2011                                           Página 1 de 2\n'
        '\f'
        'Gobierno de Quintana Roo | Sedetur\n'
        '\n'
        + body06b + '\n'
        '\n'
        '                                    oOo\n'
        '\n'
        '\n'
        'Boletín No. 318/2011                                           Página 2 de 2\n')
br06 = hyph(br06, 'reservaciones', 5)
write_source('br06.txt', br06)
write_gold('br06', family='press_release',
           title='QUINTANA ROO REGISTRA 84 POR CIENTO DE OCUPACIÓN HOTELERA EN EL PUENTE DE LA REVOLUCIÓN',
           date='2011-11-22', source='SECRETARÍA DE TURISMO DE QUINTANA ROO',
           bulletin_number='318/2011', issuer='SECRETARÍA DE TURISMO DE QUINTANA ROO',
           dateline_city='Chetumal',
           body_first_words='La Secretaría de Turismo de Quintana Roo (Sedetur) informó que durante',
           body_last_words='en los principales destinos del estado.',
           boilerplate=['GOBIERNO DE QUINTANA ROO', 'Coordinación de Comunicación Social',
                        'Boletín No. 318/2011', 'Chetumal, Quintana Roo, a 22 de noviembre de 2011.',
                        'Página 1 de 2', 'Gobierno de Quintana Roo | Sedetur', 'oOo', 'Página 2 de 2'],
           must_keep=['En Cancún la ocupación llegó a 88 por ciento,',
                      'marítima de Cozumel recibió nueve cruceros con más de 25 mil pasajeros.',
                      'de las campañas de promoción en el centro y el sureste del país.'])

# ---------------------------------------------------------------- br07 bad (WordPress export: front matter, body only &nbsp;)
br07 = """---
title: "Galería: así se vivió el Festival del Mango en Escuinapa"
date: "2016-06-12"
categories: 
  - "Galerías"
coverImage: "festival-mango-escuinapa.jpg"
---

&nbsp;

&nbsp;
"""
write_source('br07.md', br07)
write_gold('br07', family='bad',
           refusal_reason='El archivo sólo tiene encabezado (front matter); el cuerpo no contiene texto, sólo espacios &nbsp;.')

# ---------------------------------------------------------------- br08 jekyll (Joomla export -> Markdown, Pue.) unpublished
br08 = """---
id: 3187
title: "Desfile del 5 de Mayo cambia de ruta por obras en el bulevar Héroes"
alias: desfile-5-de-mayo-cambia-de-ruta
catid: 14
category: "Ciudad"
state: 0
created: "2011-05-04 09:12:44"
created_by: 62
created_by_alias: "Óscar Tlatelpa Romero"
publish_up: "2011-05-04 09:15:00"
modified: "2011-05-04 17:02:10"
featured: 1
hits: 0
language: "es-ES"
metakey: "desfile, 5 de mayo, Puebla"
sitename: "Angelópolis Hoy"
---
<p>El tradicional desfile cívico-militar del 5 de Mayo, con el que Puebla conmemora cada año la victoria del Ejército de Oriente sobre las tropas francesas, cambiará este jueves su recorrido habitual debido a las obras de repavimentación en el bulevar Héroes del 5 de Mayo.</p>
<hr id="system-readmore" />
<p>De acuerdo con el comité organizador, el contingente partirá a las 10 de la mañana de la explanada de los Fuertes de Loreto y Guadalupe, bajará por la calzada Ignacio Zaragoza y avanzará por la avenida Reforma hasta el Paseo Bravo, donde se instalará el templete de honor.</p>
<p>Participarán alrededor de 20 mil personas, entre elementos de las fuerzas armadas, estudiantes de escuelas públicas y privadas, corporaciones de seguridad y grupos de charros y escaramuzas. Las autoridades esperan a más de 300 mil espectadores a lo largo de la ruta.</p>
<p>La Secretaría de Seguridad Pública municipal anunció cierres viales desde las seis de la mañana y recomendó a los automovilistas utilizar el periférico ecológico y la diagonal Defensores de la República como vías alternas. El transporte público que circula por el centro modificará temporalmente sus paradas.</p>
<p>Comerciantes del primer cuadro de la ciudad se quejaron de que el cambio de ruta se anunció con apenas dos días de anticipación. “Ya habíamos comprado mercancía pensando en la gente que pasa por el bulevar”, dijo Amalia Pérez Cuautle, que vende banderas y recuerdos frente al zócalo.</p>
<p>Protección Civil instalará puestos de socorro en cinco puntos del recorrido y pidió a las familias llevar agua, gorra y bloqueador solar, pues se pronostica una temperatura de hasta 29 grados.</p>
<p>&nbsp;</p>
"""
write_source('br08.md', br08, eol='crlf')
write_gold('br08', family='jekyll',
           title='Desfile del 5 de Mayo cambia de ruta por obras en el bulevar Héroes',
           date='2011-05-04', published=False, bylines=['Óscar Tlatelpa Romero'],
           source='Angelópolis Hoy', section='Ciudad',
           body_first_words='El tradicional desfile cívico-militar del 5 de Mayo',
           body_last_words='se pronostica una temperatura de hasta 29 grados.',
           must_keep=['Las autoridades esperan a más de 300 mil espectadores a lo largo de la ruta.',
                      'El transporte público que circula por el centro modificará temporalmente sus paradas.',
                      '“Ya habíamos comprado mercancía pensando en la gente que pasa por el bulevar”, dijo Amalia Pérez Cuautle, que vende banderas y recuerdos frente al zócalo.'])

# ---------------------------------------------------------------- br09 wire (outlet copy forwarded by e-mail, Oax.)
p09 = [
    'Cerca de 800 pescadores ikoots de San Mateo del Mar y de San Dionisio del Mar llevan una semana sin poder entrar a la Laguna Superior, luego de que las lluvias y los vientos del temporal levantaron un oleaje que ya hundió tres cayucos y rompió decenas de redes.',
    'Los pescadores explicaron que en esta época deberían estar capturando camarón, que es su principal fuente de ingresos en el verano. Sin embargo, la corriente arrastró los tapos, las barreras de palos y red que colocan en las bocas de la laguna para atrapar el camarón que sale al mar.',
    'Eusebio Palafox Olivares, representante de una de las cooperativas, dijo que las familias ya comenzaron a endeudarse con las tiendas de la comunidad para comprar maíz y frijol. “Si en dos semanas no podemos pescar, vamos a tener que irnos a trabajar a Salina Cruz o a Juchitán”, advirtió.',
    'Las autoridades municipales solicitaron a la Comisión Nacional de Acuacultura y Pesca la entrega de apoyos para reponer el equipo perdido, y pidieron que la zona sea considerada en la declaratoria de emergencia que el gobierno estatal tramita para varios municipios del Istmo.',
    'Según el Servicio Meteorológico Nacional, las lluvias continuarán en la región durante los próximos días, por lo que Protección Civil recomendó a los pescadores no salir en embarcaciones menores.',
]
br09 = ('De: Mesa Istmo <mesa.istmo@federacion-noticias.example.mx>\n'
        'Enviado el: lunes, 22 de junio de 2009 18:05\n'
        'Para: Edición Web <web@federacion-noticias.example.mx>\n'
        'Asunto: RV: NOTA PARA WEB - San Mateo del Mar\n'
        '\n'
        'Va nota de Diario Istmo Sur para la web, las fotos van aparte. Saludos.\n'
        'Abigail\n'
        '\n'
        '-----Mensaje original-----\n'
        'De: Redacción Diario Istmo Sur [mailto:redaccion@istmosur.example.mx]\n'
        'Enviado el: lunes, 22 de junio de 2009 16:41\n'
        'Para: Mesa Istmo\n'
        'Asunto: NOTA PARA WEB - San Mateo del Mar\n'
        '\n'
        '> Temporal deja sin pesca a cooperativas de la Laguna Superior\n'
        '> Por Zenaida López Toledo / Diario Istmo Sur\n'
        '> San Mateo del Mar, Oax., 22 de junio de 2009\n'
        '>\n'
        + '\n>\n'.join('> ' + p for p in p09) + '\n'
        '>\n'
        '> --\n'
        '> Diario Istmo Sur · La voz del Istmo de Tehuantepec\n'
        '> AVISO DE CONFIDENCIALIDAD: Este correo y sus anexos son para uso exclusivo del destinatario. Si usted lo recibió por error, le pedimos borrarlo y avisar al remitente.\n')
write_source('br09.txt', br09, enc='cp1252', eol='crlf')
write_gold('br09', family='wire',
           title='Temporal deja sin pesca a cooperativas de la Laguna Superior',
           date='2009-06-22', bylines=['Zenaida López Toledo'], source='Diario Istmo Sur',
           body_first_words='Cerca de 800 pescadores ikoots de San Mateo del Mar',
           body_last_words='recomendó a los pescadores no salir en embarcaciones menores.',
           boilerplate=['De: Mesa Istmo <mesa.istmo@federacion-noticias.example.mx>',
                        'Asunto: RV: NOTA PARA WEB - San Mateo del Mar',
                        'Va nota de Diario Istmo Sur para la web, las fotos van aparte. Saludos.',
                        '-----Mensaje original-----',
                        'De: Redacción Diario Istmo Sur [mailto:redaccion@istmosur.example.mx]',
                        'San Mateo del Mar, Oax., 22 de junio de 2009',
                        'Diario Istmo Sur · La voz del Istmo de Tehuantepec',
                        'AVISO DE CONFIDENCIALIDAD: Este correo y sus anexos son para uso exclusivo del destinatario.',
                        'Si usted lo recibió por error, le pedimos borrarlo y avisar al remitente.'],
           must_keep=['Sin embargo, la corriente arrastró los tapos, las barreras de palos y red que colocan en las bocas de la laguna para atrapar el camarón que sale al mar.',
                      '“Si en dos semanas no podemos pescar, vamos a tener que irnos a trabajar a Salina Cruz o a Juchitán”, advirtió.',
                      'Los pescadores explicaron que en esta época deberían estar capturando camarón, que es su principal fuente de ingresos en el verano.'])

# ---------------------------------------------------------------- br10 press (municipality, Oax.) WhatsApp chat export
L = '\u200e'
br10 = ('[3/5/24, 14:20:11] Mesa Oaxaca: ' + L + 'Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos.\n'
        '[3/5/24, 14:22:05] Comunicación Salina Cruz: *H. AYUNTAMIENTO DE SALINA CRUZ*\n'
        '*Coordinación de Comunicación Social*\n'
        '*COMUNICADO 071/2024*\n'
        '\n'
        '*INICIA JORNADA DE DESCACHARRIZACIÓN CONTRA EL DENGUE EN 12 COLONIAS*\n'
        '\n'
        'Salina Cruz, Oax., 3 de mayo de 2024.- El Ayuntamiento de Salina Cruz, a través de la Dirección de Salud Municipal, inició este viernes una jornada de descacharrización en 12 colonias de la ciudad con el objetivo de eliminar criaderos del mosquito que transmite el dengue, antes del inicio de la temporada de lluvias.\n'
        '\n'
        'Las brigadas recorrerán casa por casa las colonias Guadalupe Victoria, Miramar, Cantarranas, Barrio Nuevo y Salinas del Marqués, entre otras, para recoger llantas, botes, cubetas y cualquier objeto que pueda acumular agua. Los vecinos podrán sacar los cacharros a la banqueta el día que se anuncie en su colonia.\n'
        '[3/5/24, 14:22:06] Comunicación Salina Cruz: La directora de Salud Municipal, Yesenia Matus Cartas, explicó que en lo que va del año se han confirmado 46 casos de dengue en el municipio, la mayoría en la zona norte. “El mosquito se cría en el agua limpia que dejamos en los patios; si eliminamos los recipientes, cortamos el ciclo”, señaló.\n'
        '\n'
        'La jornada se realizará *del 6 al 17 de mayo* con el apoyo de personal de la Jurisdicción Sanitaria del Istmo, de la Secretaría de Marina y de Servicios Municipales, que dispondrá de seis camiones de volteo para trasladar los desechos al relleno sanitario.\n'
        '\n'
        'El Ayuntamiento pidió a la población permitir el acceso a las brigadas debidamente identificadas, tapar tinacos y pilas, y acudir al centro de salud más cercano en caso de presentar fiebre, dolor de cabeza intenso o dolor detrás de los ojos.\n'
        '\n'
        '-30-\n'
        '#SalinaCruzAvanza\n'
        + L + '[3/5/24, 14:22:07] Comunicación Salina Cruz: ' + L + '<adjunto: 00000031-PHOTO-2024-05-03-14-22-07.jpg>\n'
        '[3/5/24, 14:31:40] Mesa Oaxaca: Recibido, gracias. Sale en la tarde.\n')
write_source('br10.txt', br10)
write_gold('br10', family='press_release',
           title='INICIA JORNADA DE DESCACHARRIZACIÓN CONTRA EL DENGUE EN 12 COLONIAS',
           date='2024-05-03', source='H. AYUNTAMIENTO DE SALINA CRUZ',
           bulletin_number='071/2024', issuer='H. AYUNTAMIENTO DE SALINA CRUZ',
           dateline_city='Salina Cruz',
           body_first_words='El Ayuntamiento de Salina Cruz, a través de la Dirección de Salud Municipal',
           body_last_words='dolor de cabeza intenso o dolor detrás de los ojos.',
           boilerplate=['Los mensajes y las llamadas están cifrados de extremo a extremo.',
                        'Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos.',
                        '[3/5/24, 14:22:05] Comunicación Salina Cruz:',
                        'Coordinación de Comunicación Social', 'COMUNICADO 071/2024',
                        'Salina Cruz, Oax., 3 de mayo de 2024.-',
                        '[3/5/24, 14:22:06] Comunicación Salina Cruz:',
                        '-30-', '#SalinaCruzAvanza',
                        '<adjunto: 00000031-PHOTO-2024-05-03-14-22-07.jpg>',
                        '[3/5/24, 14:31:40] Mesa Oaxaca: Recibido, gracias. Sale en la tarde.'],
           must_keep=['La directora de Salud Municipal, Yesenia Matus Cartas, explicó que en lo que va del año se han confirmado 46 casos de dengue en el municipio, la mayoría en la zona norte.',
                      'Los vecinos podrán sacar los cacharros a la banqueta el día que se anuncie en su colonia.',
                      '“El mosquito se cría en el agua limpia que dejamos en los patios; si eliminamos los recipientes, cortamos el ciclo”, señaló.'])
