#!/usr/bin/env python3
"""importer-bu, files 01-10."""
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- bu01 wire (state public broadcaster, radio script turned into a web note)
bu01 = """Campo

# Abren albergue para jornaleros agrícolas en Villa de Arista

Sistema Estatal Potosino de Radio y Televisión | Por Itzel Rangel Chávez | Enlace Potosino, primera emisión | 19 de febrero de 2024, 08:15 h

(ENTRA RÚBRICA)

Con capacidad para 240 personas, este lunes abrió sus puertas en Villa de Arista el primer albergue público para jornaleros agrícolas del altiplano potosino, que recibirá a las familias que llegan cada temporada a trabajar en los invernaderos de jitomate y chile de la región.

El inmueble cuenta con dormitorios, comedor, lavaderos, regaderas y un espacio de cuidado infantil, de modo que las niñas y los niños no tengan que acompañar a sus padres a los surcos. Lo administrará el ayuntamiento con apoyo de las empresas agrícolas de la zona.

(ENTRA AUDIO: Rosendo Ibarra, jornalero originario de Tancanhuitz, 0:21)

“Antes dormíamos en las bodegas, entre los costales, y los niños se enfermaban cada semana. Aquí por lo menos hay agua caliente y un doctor que viene los martes”, relató Rosendo Ibarra, jornalero originario de Tancanhuitz.

(SIGUE REPORTERA)

De acuerdo con el registro municipal, en la temporada alta llegan a Villa de Arista y Moctezuma más de 3 mil trabajadores, la mayoría de la Huasteca potosina y de la sierra de Hidalgo. Muchos de ellos rentaban cuartos sin servicios o se quedaban en los mismos predios donde trabajaban.

La presidenta municipal informó que el albergue tendrá una cuota de recuperación simbólica y que las familias podrán permanecer en él hasta el final del ciclo de cosecha. También se instalará un módulo para tramitar actas de nacimiento y afiliaciones a servicios de salud.

Organizaciones que acompañan a trabajadores del campo pidieron que se vigilen las condiciones de transporte, porque los jornaleros todavía viajan en camionetas de redilas hacia los campos.

(SALE CON RÚBRICA)

Esta nota se transmitió en Enlace Potosino, primera emisión. Escúchanos de lunes a viernes a las 7:00 en el 99.1 FM y en la señal digital 7.2.
"""
write_source('bu01.md', bu01)
write_gold('bu01', family='wire',
           title='Abren albergue para jornaleros agrícolas en Villa de Arista',
           date='2024-02-19', bylines=['Itzel Rangel Chávez'],
           source='Sistema Estatal Potosino de Radio y Televisión', section='Campo',
           body_first_words='Con capacidad para 240 personas, este lunes abrió sus puertas',
           body_last_words='todavía viajan en camionetas de redilas hacia los campos.',
           boilerplate=['(ENTRA RÚBRICA)',
                        '(ENTRA AUDIO: Rosendo Ibarra, jornalero originario de Tancanhuitz, 0:21)',
                        '(SIGUE REPORTERA)', '(SALE CON RÚBRICA)',
                        'Esta nota se transmitió en Enlace Potosino, primera emisión.',
                        'Escúchanos de lunes a viernes a las 7:00 en el 99.1 FM y en la señal digital 7.2.'],
           must_keep=['“Antes dormíamos en las bodegas, entre los costales, y los niños se enfermaban cada semana.',
                      'Lo administrará el ayuntamiento con apoyo de las empresas agrícolas de la zona.',
                      'También se instalará un módulo para tramitar actas de nacimiento y afiliaciones a servicios de salud.'])

# ---------------------------------------------------------------- bu02 wire (business weekly, QuarkXPress text export: Mac Roman, CR)
bu02 = """Plaza y Mercado \u2014 Semanario de negocios de Aguascalientes
Edici\u00f3n 212 \u00b7 Lunes 5 de noviembre de 2001 \u00b7 P\u00e1g. 14
Secci\u00f3n: Industria

Proveedores locales ganan terreno en la cadena automotriz de Aguascalientes

Texto: Ram\u00f3n Esquivel Loera
Fotos: Hugo Medell\u00edn / Plaza y Mercado

De cada cien pesos que compran las armadoras instaladas en Aguascalientes, apenas nueve se quedan en empresas del estado. Esa cifra, que hace cinco a\u00f1os era de cuatro, muestra que los talleres locales empiezan a colarse en una cadena de suministro dominada por proveedores extranjeros.

El cambio se explica en buena medida por el programa de certificaci\u00f3n que impulsaron las c\u00e1maras industriales con apoyo de la universidad p\u00fablica del estado. En dos a\u00f1os, 37 empresas de maquinados, troquelados y empaques obtuvieron la certificaci\u00f3n de calidad que exigen las plantas para aceptar a un proveedor.

\u00abSin certificado no te abren ni la puerta de compras\u00bb, Artemio Delgado, fabricante de troqueles

Artemio Delgado, quien dirige un taller de troqueles en la Ciudad Industrial, tard\u00f3 catorce meses en cumplir los requisitos. Invirti\u00f3 en una m\u00e1quina de medici\u00f3n por coordenadas y contrat\u00f3 a dos ingenieros. \u00abFue una apuesta muy cara para una empresa de veinte trabajadores, pero hoy la mitad de lo que facturamos viene de la industria automotriz\u00bb, dice.

Los obst\u00e1culos siguen siendo el financiamiento y la escala. Los bancos piden garant\u00edas que pocos talleres pueden ofrecer, y las armadoras prefieren contratos grandes que una sola empresa local dif\u00edcilmente puede cubrir. Algunos empresarios han empezado a asociarse para presentar ofertas conjuntas.

La desaceleraci\u00f3n de la econom\u00eda estadounidense tambi\u00e9n preocupa. Desde septiembre, dos plantas redujeron turnos y aplazaron pedidos, y los proveedores locales son los primeros en resentir los recortes.

Aun as\u00ed, los consultores consultados por este semanario coinciden en que la tendencia es favorable: la cercan\u00eda con las plantas y los costos de transporte juegan a favor de quien ya est\u00e1 aqu\u00ed.

Lea la segunda parte de este reportaje en nuestra pr\u00f3xima edici\u00f3n.
Suscripciones: 449 555 0117 \u00b7 suscripciones@plazaymercado.example.mx
"""
write_source('bu02.txt', bu02, enc='mac_roman', eol='cr')
write_gold('bu02', family='wire',
           title='Proveedores locales ganan terreno en la cadena automotriz de Aguascalientes',
           date='2001-11-05', bylines=['Ramón Esquivel Loera'], source='Plaza y Mercado',
           section='Industria',
           body_first_words='De cada cien pesos que compran las armadoras instaladas en Aguascalientes',
           body_last_words='juegan a favor de quien ya está aquí.',
           boilerplate=['Edición 212 · Lunes 5 de noviembre de 2001 · Pág. 14',
                        'Fotos: Hugo Medellín / Plaza y Mercado',
                        '«Sin certificado no te abren ni la puerta de compras», Artemio Delgado, fabricante de troqueles',
                        'Lea la segunda parte de este reportaje en nuestra próxima edición.',
                        'Suscripciones: 449 555 0117 · suscripciones@plazaymercado.example.mx'],
           must_keep=['Artemio Delgado, quien dirige un taller de troqueles en la Ciudad Industrial, tardó catorce meses en cumplir los requisitos.',
                      'Algunos empresarios han empezado a asociarse para presentar ofertas conjuntas.',
                      'Desde septiembre, dos plantas redujeron turnos y aplazaron pedidos, y los proveedores locales son los primeros en resentir los recortes.'],
           photo_credit='Hugo Medellín / Plaza y Mercado')

# ---------------------------------------------------------------- bu03 wire (sports daily, local pages; copy from the web edition)
bu03 = """Basquetbol

Halcones del Altiplano remontan 18 puntos y se meten a la final de la Liga Regional

Por Saúl Pedroza Nava, enviado | MARCADOR San Luis
Dom 14 Sep 2025 - 23:48
Lectura: 3 min

Foto: MARCADOR / Brenda Cisneros

Los Halcones del Altiplano consumaron la noche de este domingo la remontada más grande de la temporada: perdían por 18 puntos al medio tiempo y terminaron ganando 88-81 a los Venados de Rioverde en el quinto partido de la semifinal, ante un Auditorio Miguel Barragán lleno.

El héroe fue el escolta potosino Iker Montelongo, que anotó 17 de sus 26 puntos en el último cuarto, incluidos cuatro triples consecutivos que pusieron al público de pie. "En el vestidor nos dijimos que no nos íbamos a ir así de nuestra casa", dijo al final del juego.

MINUTO A MINUTO | Revive las jugadas del Halcones vs. Venados

Rioverde dominó la primera mitad con un juego rápido y una defensa que obligó a once pérdidas de balón del local. Su pívot, el dominicano Félix Almonte, terminó con 22 puntos y 14 rebotes, pero cargó con cuatro faltas desde el tercer cuarto y su equipo perdió presencia en la pintura.

El entrenador de los Halcones, Gilberto Urbina, ajustó la defensa a zona y dio minutos a los jóvenes de la cantera. La apuesta funcionó: los Venados anotaron apenas 12 puntos en el último periodo.

La final comenzará el próximo viernes en Zacatecas contra los Mineros de Fresnillo, que eliminaron en cuatro juegos a los Rayos de Aguascalientes. Será la primera final de los Halcones desde 2019, cuando perdieron el título en siete partidos.

Los boletos para los juegos en casa saldrán a la venta el miércoles en las taquillas del auditorio.

Apuesta con responsabilidad. Prohibida la venta a menores de edad.
¿Ya sigues a MARCADOR San Luis en TikTok? Búscanos como @marcadorslp_ej
"""
write_source('bu03.md', bu03)
write_gold('bu03', family='wire',
           title='Halcones del Altiplano remontan 18 puntos y se meten a la final de la Liga Regional',
           date='2025-09-14', bylines=['Saúl Pedroza Nava'], source='MARCADOR San Luis',
           section='Basquetbol',
           body_first_words='Los Halcones del Altiplano consumaron la noche de este domingo',
           body_last_words='saldrán a la venta el miércoles en las taquillas del auditorio.',
           boilerplate=['Lectura: 3 min', 'Foto: MARCADOR / Brenda Cisneros',
                        'MINUTO A MINUTO | Revive las jugadas del Halcones vs. Venados',
                        'Apuesta con responsabilidad.', 'Prohibida la venta a menores de edad.',
                        '¿Ya sigues a MARCADOR San Luis en TikTok? Búscanos como @marcadorslp_ej'],
           must_keep=['"En el vestidor nos dijimos que no nos íbamos a ir así de nuestra casa", dijo al final del juego.',
                      'La apuesta funcionó: los Venados anotaron apenas 12 puntos en el último periodo.',
                      'Será la primera final de los Halcones desde 2019, cuando perdieron el título en siete partidos.'],
           photo_credit='MARCADOR / Brenda Cisneros')

# ---------------------------------------------------------------- bu04 wire (agency correspondent filing by SMS; phone backup export)
bu04 = """Conversación con: Efrén Martell Cruz - Corresp. Valles (Agencia Informativa de la Huasteca)
Número: +52 481 555 0134
Exportado el 22/05/2009 08:01 con RespaldoSMS 2.3

[21/05/2009 17:02] Efrén Martell Cruz: Mesa, va nota de Valles en 7 mensajes. Cabeza:
[21/05/2009 17:02] Efrén Martell Cruz: Ganaderos de la Huasteca pierden más de 3 mil reses por la sequía
[21/05/2009 17:04] Efrén Martell Cruz: (1/7) CIUDAD VALLES, SLP, 21 de mayo (AIH).- Más de 3 mil cabezas de ganado han muerto en la Huasteca potosina por la sequía que azota la región desde enero, informó la asociación ganadera local.
[21/05/2009 17:05] Efrén Martell Cruz: (2/7) Los municipios más afectados son Tamuín, Ébano, San Vicente Tancuayalab y Ciudad Valles, donde los pastos se secaron y los bordos de agua están vacíos.
[21/05/2009 17:07] Efrén Martell Cruz: (3/7) El presidente de la asociación, Anselmo Tobías Reyna, dijo que los productores ya venden sus animales a mitad de precio para no verlos morir de hambre.
[21/05/2009 17:08] Efrén Martell Cruz: (4/7) "Una vaca que valía 6 mil pesos hoy te la pagan en 3 mil, y eso si encuentras comprador", declaró en entrevista.
[21/05/2009 17:10] Efrén Martell Cruz: (5/7) Los ganaderos piden que el gobierno estatal declare zona de desastre para acceder a recursos federales y a pacas de forraje subsidiadas.
[21/05/2009 17:12] Efrén Martell Cruz: (6/7) La Comisión Nacional del Agua reportó que en abril llovió apenas 4 por ciento del promedio histórico en la cuenca del río Tampaón.
[21/05/2009 17:14] Efrén Martell Cruz: (7/7) Los productores advirtieron que si no llueve antes de junio las pérdidas podrían duplicarse y afectar también a los cañeros de la zona.
[21/05/2009 17:15] Efrén Martell Cruz: Fin de la nota. Efrén Martell.
[21/05/2009 17:20] Mesa AIH: Recibida, Efrén. Sale en el servicio de las 18:00. Gracias.
"""
write_source('bu04.txt', bu04, eol='crlf')
write_gold('bu04', family='wire',
           title='Ganaderos de la Huasteca pierden más de 3 mil reses por la sequía',
           date='2009-05-21', bylines=['Efrén Martell Cruz'],
           source='Agencia Informativa de la Huasteca',
           body_first_words='Más de 3 mil cabezas de ganado han muerto en la Huasteca potosina',
           body_last_words='podrían duplicarse y afectar también a los cañeros de la zona.',
           boilerplate=['Mesa, va nota de Valles en 7 mensajes. Cabeza:',
                        '[21/05/2009 17:04] Efrén Martell Cruz: (1/7)',
                        'CIUDAD VALLES, SLP, 21 de mayo (AIH).-',
                        '[21/05/2009 17:05] Efrén Martell Cruz: (2/7)',
                        '[21/05/2009 17:07] Efrén Martell Cruz: (3/7)',
                        '[21/05/2009 17:08] Efrén Martell Cruz: (4/7)',
                        '[21/05/2009 17:10] Efrén Martell Cruz: (5/7)',
                        '[21/05/2009 17:12] Efrén Martell Cruz: (6/7)',
                        '[21/05/2009 17:14] Efrén Martell Cruz: (7/7)',
                        'Fin de la nota. Efrén Martell.',
                        'Recibida, Efrén. Sale en el servicio de las 18:00. Gracias.'],
           must_keep=['Los municipios más afectados son Tamuín, Ébano, San Vicente Tancuayalab y Ciudad Valles, donde los pastos se secaron y los bordos de agua están vacíos.',
                      '"Una vaca que valía 6 mil pesos hoy te la pagan en 3 mil, y eso si encuentras comprador", declaró en entrevista.',
                      'La Comisión Nacional del Agua reportó que en abril llovió apenas 4 por ciento del promedio histórico en la cuenca del río Tampaón.'])

# ---------------------------------------------------------------- bu05 wire (agency correspondent filing by e-mail; Latin-1, CRLF)
bu05 = """De: Leticia Ávila Saucedo <lavila.corresponsal@ncn-agencia.example.mx>
Enviado: martes, 8 de marzo de 2016 21:47
Para: Mesa de Redacción NCN <mesa@ncn-agencia.example.mx>
Asunto: NOTA LORETO -- cierre maquiladora (para el servicio de mañana)
Datos adjuntos: loreto_maquila_01.jpg; loreto_maquila_02.jpg

Mesa:

Les mando la nota de Loreto. Las fotos van adjuntas, crédito: Leticia Ávila / NCN. Cualquier duda me marcan al celular.

CABEZA: Cierra en Loreto la maquiladora de mezclilla que empleaba a 900 personas

Por Leticia Ávila Saucedo
Corresponsal de Agencia Noticias del Centro Norte (NCN)

LORETO, Zac., 8 de marzo de 2016 (NCN).- La maquiladora de prendas de mezclilla que durante casi veinte años fue la principal fuente de empleo de Loreto cerró este martes sus puertas y despidió a los 900 trabajadores que le quedaban, en su mayoría mujeres de la cabecera municipal y de comunidades vecinas de Aguascalientes.

Los empleados se enteraron al llegar al turno de la mañana, cuando encontraron la reja cerrada y un aviso pegado en la caseta de vigilancia. La empresa, con sede en Jalisco, atribuyó el cierre a la pérdida de contratos con marcas estadounidenses que trasladaron su producción a Centroamérica.

Marisela Calvillo, costurera desde hace doce años, contó que la mayoría de sus compañeras son madres solteras. "Nos dijeron que nos van a pagar la liquidación completa, pero nadie nos dice cuándo", dijo frente a la planta.

El presidente municipal anunció que pedirá a la Secretaría del Trabajo del estado una feria de empleo y cursos de capacitación, y que buscará a otras empresas del vestido para ofrecerles la nave industrial. La Junta Local de Conciliación y Arbitraje abrió una mesa para revisar los finiquitos.

En Loreto, un municipio de unos 50 mil habitantes en el sur de Zacatecas, el cierre golpea también a las fondas, tiendas y transportistas que vivían de los trabajadores de la planta.

Saludos,
Leticia Ávila
Corresponsal NCN sur de Zacatecas
Cel. 496 555 0182

Enviado desde mi smartphone
AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo de su destinatario.
"""
write_source('bu05.txt', bu05, enc='latin-1', eol='crlf')
write_gold('bu05', family='wire',
           title='Cierra en Loreto la maquiladora de mezclilla que empleaba a 900 personas',
           date='2016-03-08', bylines=['Leticia Ávila Saucedo'],
           source='Agencia Noticias del Centro Norte',
           body_first_words='La maquiladora de prendas de mezclilla que durante casi veinte años',
           body_last_words='que vivían de los trabajadores de la planta.',
           boilerplate=['Les mando la nota de Loreto.', 'Saludos,',
                        'Las fotos van adjuntas, crédito: Leticia Ávila / NCN.',
                        'Cualquier duda me marcan al celular.',
                        'LORETO, Zac., 8 de marzo de 2016 (NCN).-',
                        'Corresponsal NCN sur de Zacatecas', 'Cel. 496 555 0182',
                        'Enviado desde mi smartphone',
                        'AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo de su destinatario.'],
           must_keep=['Los empleados se enteraron al llegar al turno de la mañana, cuando encontraron la reja cerrada y un aviso pegado en la caseta de vigilancia.',
                      '"Nos dijeron que nos van a pagar la liquidación completa, pero nadie nos dice cuándo", dijo frente a la planta.',
                      'La Junta Local de Conciliación y Arbitraje abrió una mesa para revisar los finiquitos.'],
           photo_credit='Leticia Ávila / NCN')

# ---------------------------------------------------------------- bu06 wire (defunct daily, Lotus Domino structured-text export, cp850)
bu06 = """$Revisions:  15/03/1999 01:12:44 a.m.
Form:  NotaImpresa
Medio:  El Centinela Potosino
Edicion:  14/03/1999
Seccion:  Local
Pagina:  4-A
Balazo:  PATRIMONIO EN RIESGO
Cabeza:  Piden rescatar la Caja del Agua antes de la temporada de lluvias
Autor:  CN=Remedios Alvarado Tovar/OU=Redaccion/O=Centinela
$UpdatedBy:  CN=Mesa de Cierre/OU=Edicion/O=Centinela
Fotos:  Archivo El Centinela
Body:  Vecinos del barrio de Tequisquiapan y un grupo de arquitectos de la ciudad pidieron a las autoridades estatales iniciar cuanto antes la restauraci\u00f3n de la Caja del Agua, cuya c\u00fapula presenta grietas que, seg\u00fan advierten, podr\u00edan agravarse con las lluvias de verano.

El monumento, construido en el siglo XIX para distribuir el agua que llegaba por el acueducto desde la Ca\u00f1ada del Lobo, es uno de los s\u00edmbolos de San Luis Potos\u00ed. En los \u00faltimos a\u00f1os ha sufrido el paso de camiones pesados por la calzada de Guadalupe y la humedad acumulada en su base.

El arquitecto Ignacio Zavala Pe\u00f1a, quien encabez\u00f3 una revisi\u00f3n voluntaria del inmueble, explic\u00f3 que las fisuras no representan todav\u00eda un riesgo de derrumbe, pero que la filtraci\u00f3n de agua podr\u00eda desprender la cantera labrada. "Es una obra que se hizo para durar siglos; s\u00f3lo hay que darle mantenimiento", dijo.

Los vecinos entregaron un escrito con m\u00e1s de 600 firmas en la oficina del Instituto Nacional de Antropolog\u00eda e Historia en el estado, que deber\u00e1 autorizar cualquier intervenci\u00f3n. Tambi\u00e9n pidieron desviar el tr\u00e1nsito pesado hacia otras avenidas.

Un funcionario del instituto dijo que ya existe un proyecto de restauraci\u00f3n, pero que depende de recursos federales que todav\u00eda no han sido asignados para este a\u00f1o.
\f"""
write_source('bu06.txt', bu06, enc='cp850', eol='crlf')
write_gold('bu06', family='wire',
           title='Piden rescatar la Caja del Agua antes de la temporada de lluvias',
           date='1999-03-14', bylines=['Remedios Alvarado Tovar'], source='El Centinela Potosino',
           section='Local',
           body_first_words='Vecinos del barrio de Tequisquiapan y un grupo de arquitectos',
           body_last_words='que todavía no han sido asignados para este año.',
           boilerplate=['$Revisions:  15/03/1999 01:12:44 a.m.', 'Form:  NotaImpresa',
                        'Pagina:  4-A', 'Balazo:  PATRIMONIO EN RIESGO',
                        '$UpdatedBy:  CN=Mesa de Cierre/OU=Edicion/O=Centinela',
                        'Fotos:  Archivo El Centinela'],
           must_keep=['En los últimos años ha sufrido el paso de camiones pesados por la calzada de Guadalupe y la humedad acumulada en su base.',
                      '"Es una obra que se hizo para durar siglos; sólo hay que darle mantenimiento", dijo.',
                      'También pidieron desviar el tránsito pesado hacia otras avenidas.'],
           photo_credit='Archivo El Centinela')

# ---------------------------------------------------------------- bu07 wire (agency teletype cable, 1998, kept in the daily's archive)
bu07 = """ZCZC
AIP0147 3 EST 0312 SLP
AIP Agencia Informativa Potosina - Servicio Estatal
SLP-HUASTECA-CAFE
Cafeticultores de Xilitla piden precio de garantía ante la caída internacional
XILITLA, S.L.P., 11 de noviembre de 1998 (AIP).- Unos 1,200 pequeños productores de café de Xilitla, Aquismón y Tamazunchale pidieron hoy al gobierno federal un precio de garantía para la cosecha que comienza este mes, luego de que la cotización internacional del grano cayera a su nivel más bajo en cuatro años.
Reunidos en la plaza principal de Xilitla, los cafeticultores explicaron que los acaparadores ofrecen entre 3 y 4 pesos por kilo de café cereza, cantidad que no alcanza para pagar a los cortadores.
   El dirigente regional de los productores, Benito Hernández Martínez, dijo que muchas familias de las comunidades teenek y nahuas de la sierra dependen exclusivamente del café. "Si no hay precio, la gente se va a ir a Monterrey o al otro lado", advirtió.
   Los productores también denunciaron que las lluvias torrenciales de octubre en la sierra dañaron caminos de terracería y retrasaron el acopio en algunas comunidades.
   La delegación estatal de la secretaría federal de agricultura informó que analiza un programa de apoyo por hectárea para los productores con menos de cinco hectáreas, aunque no precisó montos ni fechas.
   Los cafeticultores acordaron reunirse de nuevo el próximo domingo en Aquismón para decidir si marchan hacia la capital del estado.
AIP/JMC/rg
11-11-98 1432
NNNN
"""
write_source('bu07.txt', bu07, enc='cp1252', eol='crlf')
write_gold('bu07', family='wire',
           title='Cafeticultores de Xilitla piden precio de garantía ante la caída internacional',
           date='1998-11-11', bylines=[], source='Agencia Informativa Potosina',
           body_first_words='Unos 1,200 pequeños productores de café de Xilitla',
           body_last_words='para decidir si marchan hacia la capital del estado.',
           boilerplate=['ZCZC', 'AIP0147 3 EST 0312 SLP', 'SLP-HUASTECA-CAFE',
                        'XILITLA, S.L.P., 11 de noviembre de 1998 (AIP).-',
                        'AIP/JMC/rg', '11-11-98 1432', 'NNNN'],
           must_keep=['"Si no hay precio, la gente se va a ir a Monterrey o al otro lado", advirtió.',
                      'Reunidos en la plaza principal de Xilitla, los cafeticultores explicaron que los acaparadores ofrecen entre 3 y 4 pesos por kilo de café cereza, cantidad que no alcanza para pagar a los cortadores.',
                      'Los cafeticultores acordaron reunirse de nuevo el próximo domingo en Aquismón para decidir si marchan hacia la capital del estado.'])

# ---------------------------------------------------------------- bu08 wire (regional news portal, copy-paste from the web page)
bu08 = """Inicio » Municipios

Fresnillo instala comedores comunitarios en cinco colonias del poniente

Portal Zacatecano
Redacción Portal Zacatecano | 27 octubre, 2021 | 0 comentarios

Compartir en Facebook
Compartir en X
Enviar por WhatsApp

El Ayuntamiento de Fresnillo y parroquias de la ciudad pusieron en marcha cinco comedores comunitarios en colonias del poniente, donde desde este miércoles se sirven alrededor de 700 comidas calientes al día a personas adultas mayores, madres jefas de familia y trabajadores eventuales.

Los comedores funcionan en salones parroquiales y centros comunitarios de las colonias Plan de Ayala, Lomas de Plateros, Emiliano Zapata, Obrera y Las Américas. Cada ración tiene un costo de diez pesos, aunque las personas que no pueden pagar reciben la comida sin costo.

Publicidad

La coordinadora del programa, Yesenia Torres Ledesma, explicó que los alimentos se preparan con productos que donan comerciantes del mercado de abastos y con una partida del presupuesto municipal. "Vimos que después de la pandemia muchas familias dejaron de hacer tres comidas", señaló.

Voluntarias de las propias colonias se encargan de cocinar y servir, y a cambio reciben una despensa semanal. El objetivo, dijo la funcionaria, es abrir otros tres comedores antes de que termine el año en las comunidades rurales del municipio.

Los interesados en apoyar con donativos o como voluntarios pueden acudir directamente a cualquiera de los comedores, de lunes a viernes entre las 12:00 y las 16:00 horas.

Etiquetas: Fresnillo, comedores comunitarios, alimentación, Zacatecas

Noticias relacionadas
Zacatecas registra la helada más temprana en una década
Productores de frijol de Sombrerete reciben semilla mejorada

© 2021 Portal Zacatecano. Todos los derechos reservados.
"""
write_source('bu08.txt', bu08, eol='crlf')
write_gold('bu08', family='wire',
           title='Fresnillo instala comedores comunitarios en cinco colonias del poniente',
           date='2021-10-27', bylines=[], source='Portal Zacatecano', section='Municipios',
           body_first_words='El Ayuntamiento de Fresnillo y parroquias de la ciudad',
           body_last_words='de lunes a viernes entre las 12:00 y las 16:00 horas.',
           boilerplate=['Inicio » Municipios', '0 comentarios', 'Compartir en Facebook',
                        'Compartir en X', 'Enviar por WhatsApp', 'Publicidad',
                        'Etiquetas: Fresnillo, comedores comunitarios, alimentación, Zacatecas',
                        'Noticias relacionadas',
                        'Zacatecas registra la helada más temprana en una década',
                        'Productores de frijol de Sombrerete reciben semilla mejorada',
                        '© 2021 Portal Zacatecano. Todos los derechos reservados.'],
           must_keep=['Cada ración tiene un costo de diez pesos, aunque las personas que no pueden pagar reciben la comida sin costo.',
                      '"Vimos que después de la pandemia muchas familias dejaron de hacer tres comidas", señaló.',
                      'Voluntarias de las propias colonias se encargan de cocinar y servir, y a cambio reciben una despensa semanal.'])

# ---------------------------------------------------------------- bu09 press (SLP state congress, bold bullets, weekday date line)
bu09 = """**H. CONGRESO DEL ESTADO DE SAN LUIS POTOSÍ**
LXIII Legislatura
Coordinación General de Comunicación Social
Boletín No. 0871

**Aprueba el Pleno reforma para garantizar agua potable en escuelas públicas**

San Luis Potosí, S.L.P., jueves 12 de octubre de 2023.- Con 24 votos a favor y ninguno en contra, el Pleno del Congreso del Estado aprobó en sesión ordinaria la reforma a la Ley de Educación del Estado que obliga a las autoridades educativas a garantizar el acceso a agua potable en todas las escuelas públicas de educación básica.

La reforma establece que cada plantel deberá contar con bebederos en funcionamiento y con un programa de mantenimiento de cisternas y tinacos, y que la Secretaría de Educación de Gobierno del Estado presentará cada año un informe sobre el estado de las instalaciones hidráulicas de las escuelas.

De acuerdo con el dictamen de la Comisión de Educación, Cultura, Ciencia y Tecnología, alrededor de una de cada cinco escuelas del estado no tiene servicio regular de agua, sobre todo en las regiones Huasteca y Altiplano. En muchas de ellas, las madres y los padres de familia compran garrafones con sus propios recursos.

La diputada que presentó la iniciativa señaló durante la discusión que el acceso al agua en las escuelas es una condición básica para la salud de las niñas y los niños. "No podemos pedir a los alumnos que se laven las manos si no hay agua en los baños", dijo en tribuna.

El decreto entrará en vigor al día siguiente de su publicación en el Periódico Oficial del Estado. Los ayuntamientos tendrán un plazo de un año para coordinarse con la autoridad educativa en la rehabilitación de las redes que abastecen a los planteles.

---o0o---

Fotografía: Coordinación General de Comunicación Social
Tel. 444 555 0150 ext. 1204 | prensa@congresoslp.example.mx
"""
write_source('bu09.md', bu09)
write_gold('bu09', family='press_release',
           title='Aprueba el Pleno reforma para garantizar agua potable en escuelas públicas',
           date='2023-10-12', source='H. CONGRESO DEL ESTADO DE SAN LUIS POTOSÍ',
           bulletin_number='0871', issuer='H. CONGRESO DEL ESTADO DE SAN LUIS POTOSÍ',
           dateline_city='San Luis Potosí',
           body_first_words='Con 24 votos a favor y ninguno en contra, el Pleno del Congreso',
           body_last_words='en la rehabilitación de las redes que abastecen a los planteles.',
           boilerplate=['LXIII Legislatura', 'Coordinación General de Comunicación Social',
                        'Boletín No. 0871',
                        'San Luis Potosí, S.L.P., jueves 12 de octubre de 2023.-', '---o0o---',
                        'Fotografía: Coordinación General de Comunicación Social',
                        'Tel. 444 555 0150 ext. 1204 | prensa@congresoslp.example.mx'],
           must_keep=['En muchas de ellas, las madres y los padres de familia compran garrafones con sus propios recursos.',
                      '"No podemos pedir a los alumnos que se laven las manos si no hay agua en los baños", dijo en tribuna.',
                      'El decreto entrará en vigor al día siguiente de su publicación en el Periódico Oficial del Estado.'],
           photo_credit='Coordinación General de Comunicación Social')

# ---------------------------------------------------------------- bu10 press (Aguascalientes judiciary, PDF-to-text: page furniture, hard wraps, hyphenation)
bu10 = """                    PODER JUDICIAL DEL ESTADO DE AGUASCALIENTES
                    Dirección de Comunicación Social

COMUNICADO 045/2018

Abren en Aguascalientes el primer juzgado especializado en
oralidad mercantil para cobros menores

Aguascalientes, Ags., 2 de julio de 2018.- El Poder Judicial del
Estado de Aguascalientes inauguró este lunes el primer Juzgado de
Oralidad Mercantil, que atenderá en audiencias públicas los juicios
de cobro de deudas de menor cuantía.

Con el nuevo modelo, los juicios que antes tardaban hasta dos años
podrán resolverse en un plazo aproximado de tres meses.

Las partes expondrán sus argumentos de viva voz ante la jueza, quien
dictará sentencia en la misma audiencia o en un plazo breve, lo que
reduce el número de promociones por escrito y los costos para los
pequeños comerciantes.

El magistrado presidente del Supremo Tribunal de Justicia explicó
que cerca de la mitad de los asuntos mercantiles que se presentan en
la capital corresponden a adeudos menores, como pagarés de tiendas
de muebles, préstamos personales y cuentas de proveedores. "La jus-
ticia que llega tarde no sirve a nadie, y menos a quien vive de su
pequeño negocio", afirmó durante la ceremonia.

Poder Judicial del Estado de Aguascalientes                 Página 1 de 2
\f
El juzgado funcionará en el edificio de la Ciudad Judicial y contará
con dos salas de audiencias equipadas con sistemas de videograbación.
Las audiencias serán públicas.

Para su puesta en marcha se capacitó durante seis meses a
jueces, secretarios y personal administrativo, y se adaptaron los
sistemas informáticos para la gestión electrónica de los expedientes.

Las abogadas y los abogados litigantes podrán consultar la agenda de
audiencias en el portal del Poder Judicial y recibir notificaciones
por correo electrónico.

-oOo-

Dirección de Comunicación Social
Tel. 449 555 0177 | comunicacion@pjags.example.mx

Poder Judicial del Estado de Aguascalientes                 Página 2 de 2
"""
write_source('bu10.txt', bu10, eol='crlf')
write_gold('bu10', family='press_release',
           title='Abren en Aguascalientes el primer juzgado especializado en oralidad mercantil para cobros menores',
           date='2018-07-02', source='PODER JUDICIAL DEL ESTADO DE AGUASCALIENTES',
           bulletin_number='045/2018', issuer='PODER JUDICIAL DEL ESTADO DE AGUASCALIENTES',
           dateline_city='Aguascalientes',
           body_first_words='El Poder Judicial del',
           body_last_words='por correo electrónico.',
           boilerplate=['Dirección de Comunicación Social', 'COMUNICADO 045/2018',
                        'Aguascalientes, Ags., 2 de julio de 2018.-',
                        'Poder Judicial del Estado de Aguascalientes                 Página 1 de 2',
                        'Poder Judicial del Estado de Aguascalientes                 Página 2 de 2',
                        '-oOo-', 'Tel. 449 555 0177 | comunicacion@pjags.example.mx'],
           must_keep=['podrán resolverse en un plazo aproximado de tres meses.',
                      'Las audiencias serán públicas.',
                      'con dos salas de audiencias equipadas con sistemas de videograbación.'])
