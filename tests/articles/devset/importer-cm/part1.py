#!/usr/bin/env python3
"""importer-cm, files 01-10."""
from common import write_source, write_gold, NBSP, LRM

# ---------------------------------------------------------------- cm01 wire (agency teletype, Zac.)
cm01 = """ZCZC ANA0147 3 EST 0321
ANA · Agencia Noticiosa del Altiplano
URGE
ANA 04-11-08 13:42

Paran labores en mina de Mazapil tras derrumbe en un socavón; no hay lesionados

Por Héctor Berumen Llamas, corresponsal

MAZAPIL, Zac., 4 de noviembre (ANA).- La empresa Minera Cerro Prieto suspendió desde la madrugada de este martes los trabajos en la unidad subterránea La Candelaria, en el municipio de Mazapil, luego de que se registrara un derrumbe en uno de los socavones de la rampa principal, informaron autoridades estatales.

De acuerdo con el reporte de Protección Civil de Zacatecas, el desprendimiento ocurrió alrededor de las 3:20 horas, cuando el turno nocturno ya había salido del nivel afectado. Ninguno de los 46 trabajadores que se encontraban en la mina resultó lesionado.

Inspectores de la delegación de la Secretaría del Trabajo llegaron al lugar a mediodía para revisar los registros de ventilación y de ademe. El encargado de seguridad de la empresa, ingeniero Omar Carrillo Jáuregui, dijo que el área permanecerá cerrada hasta que los peritos determinen si el terreno es estable.

Los habitantes de la comunidad de Cedros, a unos 12 kilómetros de la unidad, señalaron que desde hace meses escuchan explosiones más fuertes de lo habitual. El comisariado ejidal pidió una reunión con la empresa y con el gobierno del estado para conocer los resultados de la inspección.

La unidad La Candelaria produce concentrados de zinc y plomo y emplea a unos 300 trabajadores, la mayoría originarios de Mazapil y de Concepción del Oro.

ANA-HBL-mfp
NNNN
"""
write_source('cm01.txt', cm01, enc='cp1252', eol='crlf')
write_gold('cm01', family='wire',
           title='Paran labores en mina de Mazapil tras derrumbe en un socavón; no hay lesionados',
           date='2008-11-04', bylines=['Héctor Berumen Llamas'],
           source='Agencia Noticiosa del Altiplano',
           body_first_words='La empresa Minera Cerro Prieto suspendió desde la madrugada',
           body_last_words='la mayoría originarios de Mazapil y de Concepción del Oro.',
           boilerplate=['ZCZC ANA0147 3 EST 0321', 'ANA · Agencia Noticiosa del Altiplano', 'URGE', 'ANA 04-11-08 13:42',
                        'MAZAPIL, Zac., 4 de noviembre (ANA).-', 'ANA-HBL-mfp', 'NNNN'],
           must_keep=['Ninguno de los 46 trabajadores que se encontraban en la mina resultó lesionado.',
                      'El comisariado ejidal pidió una reunión con la empresa y con el gobierno del estado para conocer los resultados de la inspección.',
                      'La unidad La Candelaria produce concentrados de zinc y plomo y emplea a unos 300 trabajadores, la mayoría originarios de Mazapil y de Concepción del Oro.'])

# ---------------------------------------------------------------- cm02 wire (forwarded e-mail, Dgo.)
cm02 = """---------- Forwarded message ---------
De: Mesa de Información Contraluz <mesa@contraluzdgo.example.mx>
Date: jue, 19 mar 2015 a las 18:47
Subject: NOTA WEB // Ejidatarios de Lerdo bloquean pozo para exigir agua a empresa lechera
To: <redaccion@agregador-centronorte.example.mx>


Compañeros, les mando la nota de nuestra corresponsal para su sitio. Favor de respetar el crédito.

Saludos,
Mesa de Información

--

Ejidatarios de Lerdo bloquean pozo para exigir agua a empresa lechera

Por Dolores Ibarra Quiñones | Contraluz Durango
Lerdo, Dgo., 19 de marzo de 2015

Alrededor de 80 habitantes del ejido La Loma, en el municipio de Lerdo, bloquearon desde la mañana de este jueves el acceso a un pozo profundo que abastece a un establo de una empresa lechera, para exigir que se les devuelva el agua que, aseguran, dejó de llegar a sus casas desde diciembre.

Los inconformes colocaron piedras y una camioneta frente a la caseta del pozo y advirtieron que no se retirarán hasta que la Comisión Nacional del Agua revise el volumen que extrae la empresa. "Nosotros tenemos la noria seca y ellos riegan alfalfa todo el día", dijo Rosendo Alvarado, comisariado del ejido.

Según los ejidatarios, la tubería que llevaba agua a la comunidad se secó cuando la empresa profundizó su pozo a más de 300 metros. Desde entonces reciben una pipa cada cuatro días, que no alcanza para las 140 familias del lugar.

Personal del Sistema Descentralizado de Agua Potable de Lerdo acudió por la tarde y ofreció enviar dos pipas diarias mientras se busca una solución. Los manifestantes aceptaron el apoyo, pero mantuvieron el bloqueo.

La Comarca Lagunera extrae de su acuífero principal casi el doble del agua que se recarga cada año, de acuerdo con estudios de investigadores de la región, y buena parte de ese volumen se destina al cultivo de forraje para el ganado lechero.

Contraluz Durango. Prohibida su reproducción total o parcial sin autorización.

-- 
Enviado desde mi teléfono
"""
write_source('cm02.txt', cm02, eol='crlf')
write_gold('cm02', family='wire',
           title='Ejidatarios de Lerdo bloquean pozo para exigir agua a empresa lechera',
           date='2015-03-19', bylines=['Dolores Ibarra Quiñones'], source='Contraluz Durango',
           body_first_words='Alrededor de 80 habitantes del ejido La Loma',
           body_last_words='se destina al cultivo de forraje para el ganado lechero.',
           boilerplate=['---------- Forwarded message ---------',
                        'De: Mesa de Información Contraluz <mesa@contraluzdgo.example.mx>',
                        'Date: jue, 19 mar 2015 a las 18:47',
                        'Subject: NOTA WEB // Ejidatarios de Lerdo bloquean pozo para exigir agua a empresa lechera',
                        'To: <redaccion@agregador-centronorte.example.mx>',
                        'Compañeros, les mando la nota de nuestra corresponsal para su sitio.',
                        'Favor de respetar el crédito.',
                        'Lerdo, Dgo., 19 de marzo de 2015',
                        'Contraluz Durango. Prohibida su reproducción total o parcial sin autorización.',
                        'Enviado desde mi teléfono'],
           must_keep=['Desde entonces reciben una pipa cada cuatro días, que no alcanza para las 140 familias del lugar.',
                      '"Nosotros tenemos la noria seca y ellos riegan alfalfa todo el día", dijo Rosendo Alvarado, comisariado del ejido.',
                      'Los manifestantes aceptaron el apoyo, pero mantuvieron el bloqueo.'])

# ---------------------------------------------------------------- cm03 wire (WhatsApp chat export, Zac.)
P = '[16/05/23, %s] Guadalupe Ríos Ecos Fresnillo: '
R = '[16/05/23, %s] Redacción Agregador CN: '
cm03_msgs = [
    (P % '8:02:11') + LRM + '<adjunto: 00000031-PHOTO-2023-05-16-08-02-11.jpg>',
    (P % '8:03:40') + 'Buenos días, va la nota para la página de Ecos de Fresnillo. La foto de arriba es mía',
    (P % '8:04:02') + 'Vecinos de Plateros denuncian grietas en sus casas por las voladuras de la mina',
    (P % '8:04:19') + 'Por Guadalupe Ríos Sifuentes',
    (P % '8:05:15') + 'Habitantes de la comunidad de Plateros, en Fresnillo, denunciaron que las explosiones en la unidad minera San Rafael han provocado grietas en al menos 35 viviendas y en la barda del panteón, y pidieron a la empresa y al ayuntamiento que realicen un peritaje independiente.',
    (P % '8:05:16') + 'Las familias afectadas se reunieron el lunes por la tarde en la plaza, a unos pasos del santuario, y mostraron fotografías de techos y muros cuarteados. Algunas casas son de adobe y tienen más de ochenta años, por lo que temen que no resistan la próxima temporada de lluvias.\n\nDoña Refugio Márquez, de 71 años, contó que las voladuras se sienten casi todos los días alrededor de las seis de la tarde. "Se cimbran las ventanas y se caen los trastes de la repisa", relató.',
    (P % '8:06:48') + 'En un comunicado, la empresa aseguró que sus detonaciones cumplen con la norma y que cuenta con sismógrafos que registran cada evento. Ofreció revisar las viviendas con personal propio, pero los vecinos rechazaron la propuesta porque quieren que lo haga una institución sin relación con la mina.',
    (P % '8:07:30') + 'El director de Protección Civil municipal, Ismael Gaytán Robles, dijo que enviará inspectores esta semana para elaborar un censo de los daños y que solicitará apoyo de la Universidad Autónoma de Zacatecas para el estudio técnico.',
    (P % '8:07:31') + 'Los vecinos acordaron volver a reunirse el próximo domingo para conocer el resultado de las gestiones.',
    (R % '8:09:30') + 'Recibido, gracias Lupita 👍 sale a las 10',
    (P % '8:10:02') + '🙏',
]
cm03 = '\n'.join(cm03_msgs) + '\n'
write_source('cm03.txt', cm03)
write_gold('cm03', family='wire',
           title='Vecinos de Plateros denuncian grietas en sus casas por las voladuras de la mina',
           date='2023-05-16', bylines=['Guadalupe Ríos Sifuentes'], source='Ecos de Fresnillo',
           body_first_words='Habitantes de la comunidad de Plateros, en Fresnillo',
           body_last_words='para conocer el resultado de las gestiones.',
           boilerplate=['<adjunto: 00000031-PHOTO-2023-05-16-08-02-11.jpg>',
                        'Buenos días, va la nota para la página de Ecos de Fresnillo. La foto de arriba es mía',
                        (P % '8:05:15').strip(), (P % '8:05:16').strip(), (P % '8:06:48').strip(),
                        (P % '8:07:30').strip(), (P % '8:07:31').strip(),
                        'Recibido, gracias Lupita 👍 sale a las 10'],
           must_keep=['Algunas casas son de adobe y tienen más de ochenta años, por lo que temen que no resistan la próxima temporada de lluvias.',
                      '"Se cimbran las ventanas y se caen los trastes de la repisa", relató.',
                      'En un comunicado, la empresa aseguró que sus detonaciones cumplen con la norma y que cuenta con sismógrafos que registran cada evento.',
                      'Los vecinos acordaron volver a reunirse el próximo domingo para conocer el resultado de las gestiones.'])

# ---------------------------------------------------------------- cm04 wire (printed weekly retyped, Mac Roman, CR)
cm04 = """HEMEROTECA - CAPTURA DE TEXTO
Periódico: La Voz de Pinos (semanario)
Edición: Año IX, Núm. 431
Fecha: domingo 12 de junio de 2005
Página: 1 y 6
Capturó: A.M.G.
========================================

DESCUBREN VESTIGIOS DE UNA HACIENDA DE BENEFICIO EN PINOS

Por Rodolfo Esparza Dávila

FOTO: Rodolfo Esparza / La Voz de Pinos

Trabajadores que abrían una zanja para la nueva red de drenaje en el barrio de Tlaxcala encontraron la semana pasada los cimientos de lo que, según los cronistas del pueblo, fue una de las haciendas de beneficio donde se molía y lavaba el mineral de plata en el siglo XVIII.

Los muros, de piedra y lodo, aparecieron a poco más de un metro de profundidad. Junto a ellos salieron pedazos de loza vidriada, clavos de fierro y lo que parece ser el fondo de un horno de fundición. La obra se detuvo de inmediato por orden de la presidencia municipal.

El cronista Anselmo Dávila Reyes recordó que Pinos llegó a tener varias haciendas de este tipo, cuando las minas de la sierra daban plata suficiente para sostener a cientos de familias. "Todos sabíamos que por aquí estaban, pero nadie las había visto", comentó emocionado.

(Pasa a la página 6)

(Viene de la página 1)

Personal del Instituto Nacional de Antropología e Historia llegará el próximo martes para registrar el hallazgo y decidir si el drenaje puede pasar por otro lado. Mientras tanto, la zanja fue cubierta con lonas y un policía la cuida por las noches.

Los vecinos del barrio piden que, si se confirma el valor histórico de las ruinas, se haga ahí un pequeño museo del pueblo minero. Por lo pronto, cada tarde llegan curiosos a asomarse a la zanja.
"""
write_source('cm04.txt', cm04, enc='mac_roman', eol='cr')
write_gold('cm04', family='wire',
           title='DESCUBREN VESTIGIOS DE UNA HACIENDA DE BENEFICIO EN PINOS',
           date='2005-06-12', bylines=['Rodolfo Esparza Dávila'], source='La Voz de Pinos',
           body_first_words='Trabajadores que abrían una zanja para la nueva red de drenaje',
           body_last_words='cada tarde llegan curiosos a asomarse a la zanja.',
           boilerplate=['HEMEROTECA - CAPTURA DE TEXTO', 'Periódico: La Voz de Pinos (semanario)',
                        'Edición: Año IX, Núm. 431', 'Fecha: domingo 12 de junio de 2005',
                        'Página: 1 y 6', 'Capturó: A.M.G.',
                        'FOTO: Rodolfo Esparza / La Voz de Pinos',
                        '(Pasa a la página 6)', '(Viene de la página 1)'],
           must_keep=['La obra se detuvo de inmediato por orden de la presidencia municipal.',
                      '"Todos sabíamos que por aquí estaban, pero nadie las había visto", comentó emocionado.',
                      'Mientras tanto, la zanja fue cubierta con lonas y un policía la cuida por las noches.'],
           photo_credit='Rodolfo Esparza / La Voz de Pinos')

# ---------------------------------------------------------------- cm05 wire (national web copy-paste, Gto., English CMS date)
cm05 = """Inicio › Estados

Guanajuato declara emergencia por sequía en 23 municipios; presas, al 18 por ciento

Por Mariana Cervantes Olalde | Panorama MX
March 3, 2019 at 10:15 pm

Compartir en Facebook
Compartir en X
Copiar enlace

Foto: Imagen Centro / Archivo

El gobierno de Guanajuato publicó este domingo una declaratoria de emergencia por sequía en 23 municipios del norte y del noreste del estado, donde las presas que abastecen a comunidades rurales se encuentran en promedio al 18 por ciento de su capacidad.

La medida permite destinar recursos del fondo estatal de desastres a la compra de pipas, tinacos y forraje para el ganado. Entre los municipios incluidos están San Felipe, Ocampo, San Diego de la Unión, Dolores Hidalgo, San Luis de la Paz y Victoria.

PUBLICIDAD

Productores de la región dijeron que no llueve de manera regular desde septiembre y que han tenido que vender parte de sus vacas porque no tienen cómo alimentarlas. Lee también: Celaya arranca obras de un nuevo colector pluvial en la zona oriente En algunas comunidades de San Felipe las familias reciben agua potable una sola vez por semana.

La Comisión Estatal del Agua informó que perforará seis pozos nuevos y rehabilitará otros once en los próximos tres meses. También pidió a los organismos operadores revisar fugas en las redes urbanas, donde se pierde hasta 40 por ciento del agua.

PUBLICIDAD

Especialistas en hidrología advirtieron que los pozos profundos no son una solución de largo plazo, porque varios acuíferos del estado presentan contenido de flúor y arsénico por encima de la norma.

Síguenos en Google News para recibir las noticias más importantes de los estados.

© 2019 Panorama MX. Todos los derechos reservados.
"""
write_source('cm05.md', cm05, bom=True)
write_gold('cm05', family='wire',
           title='Guanajuato declara emergencia por sequía en 23 municipios; presas, al 18 por ciento',
           date='2019-03-03', bylines=['Mariana Cervantes Olalde'], source='Panorama MX',
           section='Estados',
           body_first_words='El gobierno de Guanajuato publicó este domingo una declaratoria',
           body_last_words='por encima de la norma.',
           boilerplate=['Inicio › Estados', 'March 3, 2019 at 10:15 pm', 'Compartir en Facebook',
                        'Compartir en X', 'Copiar enlace', 'Foto: Imagen Centro / Archivo', 'PUBLICIDAD',
                        'Lee también: Celaya arranca obras de un nuevo colector pluvial en la zona oriente',
                        'Síguenos en Google News para recibir las noticias más importantes de los estados.',
                        '© 2019 Panorama MX. Todos los derechos reservados.'],
           must_keep=['Productores de la región dijeron que no llueve de manera regular desde septiembre y que han tenido que vender parte de sus vacas porque no tienen cómo alimentarlas.',
                      'En algunas comunidades de San Felipe las familias reciben agua potable una sola vez por semana.',
                      'Entre los municipios incluidos están San Felipe, Ocampo, San Diego de la Unión, Dolores Hidalgo, San Luis de la Paz y Victoria.'],
           photo_credit='Imagen Centro / Archivo')

# ---------------------------------------------------------------- cm06 wire (radio news script, SLP)
cm06 = """Frecuencia Potosina — Noticiero Primera Emisión
GUION DE NOTICIAS
FECHA: MARTES 27 DE ENERO DE 2026
BLOQUE 2 / NOTA 4
Reportera: Érika Salazar Montoya
DURACIÓN: 1'45"
------------------------------------------------------------
TÍTULO: Colonos de la zona industrial exigen revisar descargas al río Españita

(CONDUCTOR A CUADRO)
Vecinos de cinco colonias cercanas a la zona industrial de San Luis Potosí acudieron este martes a las oficinas de la Secretaría de Ecología y Gestión Ambiental para exigir una revisión de las descargas que, aseguran, llegan sin tratamiento al río Españita.

(ENTRA NOTA GRABADA - ÉRIKA SALAZAR)
Los colonos entregaron un escrito con más de 600 firmas y una memoria con videos en los que se observa agua de color oscuro y espuma en el cauce, a la altura de la colonia Industrial Aviación. Dicen que el olor se vuelve insoportable por las noches y que varios niños han presentado irritación en los ojos y en la piel.

(INSERTO 1: DOÑA ROSA ELENA MARTÍNEZ, VECINA, 0:12)

Los vecinos señalaron que desde hace dos años presentan quejas ante el ayuntamiento sin obtener respuesta, y que en la temporada de lluvias el agua del río se desborda hacia las calles.

(INSERTO 2: SUBSECRETARIO DE GESTIÓN AMBIENTAL, 0:15)

La dependencia estatal se comprometió a tomar muestras del agua en cuatro puntos del río durante la próxima semana y a compartir los resultados con los colonos. Si se confirma que alguna empresa descarga sin permiso, dijo, se le impondrán sanciones y se dará vista a la Procuraduría Federal de Protección al Ambiente.

Los inconformes advirtieron que, si no hay resultados en un mes, bloquearán la avenida que da acceso a la zona industrial.

(CIERRE) Para Frecuencia Potosina, Érika Salazar.
(SUBE CORTINILLA / PASA A CORTE COMERCIAL)
"""
write_source('cm06.txt', cm06, enc='cp1252', eol='crlf')
write_gold('cm06', family='wire',
           title='Colonos de la zona industrial exigen revisar descargas al río Españita',
           date='2026-01-27', bylines=['Érika Salazar Montoya'], source='Frecuencia Potosina',
           body_first_words='Vecinos de cinco colonias cercanas a la zona industrial de San Luis Potosí',
           body_last_words='bloquearán la avenida que da acceso a la zona industrial.',
           boilerplate=['GUION DE NOTICIAS', 'FECHA: MARTES 27 DE ENERO DE 2026', 'BLOQUE 2 / NOTA 4',
                        'DURACIÓN: 1\'45"', '(CONDUCTOR A CUADRO)', '(ENTRA NOTA GRABADA - ÉRIKA SALAZAR)',
                        '(INSERTO 1: DOÑA ROSA ELENA MARTÍNEZ, VECINA, 0:12)',
                        '(INSERTO 2: SUBSECRETARIO DE GESTIÓN AMBIENTAL, 0:15)',
                        '(CIERRE) Para Frecuencia Potosina, Érika Salazar.',
                        '(SUBE CORTINILLA / PASA A CORTE COMERCIAL)'],
           must_keep=['Dicen que el olor se vuelve insoportable por las noches y que varios niños han presentado irritación en los ojos y en la piel.',
                      'Los vecinos señalaron que desde hace dos años presentan quejas ante el ayuntamiento sin obtener respuesta, y que en la temporada de lluvias el agua del río se desborda hacia las calles.',
                      'Los inconformes advirtieron que, si no hay resultados en un mes, bloquearán la avenida que da acceso a la zona industrial.'])

# ---------------------------------------------------------------- cm07 wire (browser print-to-PDF, then pdftotext; Ags.)
H7 = '5/8/21 9:47          Lluvias recargan la presa El Niágara, pero el acuífero sigue sobreexplotado - Nodo Aguascalientes'
U7 = 'https://nodoags.example.mx/local/2021/08/04/lluvias-recargan-presa-niagara'
cm07 = H7 + """

Nodo Aguascalientes
Inicio    Local    Estado    Deportes    Opinión    Contacto

Local
Lluvias recargan la presa El Niágara, pero el acuífero sigue sobreexplotado
Por Ximena Luévano Romo · 4 de agosto de 2021
Foto: Ximena Luévano / Nodo Aguascalientes

Las lluvias de las últimas dos semanas elevaron el nivel de la presa El Niágara, al sur de la capital, a su punto más alto en cinco años, pero especialistas advierten que el agua superficial apenas alivia la presión sobre el acuífero del valle de Aguascalientes.

La presa recibió durante julio casi tres veces el volumen que capta en un año seco, según registros de la Comisión Nacional del Agua. Sin embargo, su agua no es apta para consumo humano sin tratamiento y se usa sobre todo para riego.

La ciudad depende casi por completo de pozos profundos. En algunas zonas del oriente, los organismos operadores ya extraen agua a más de 500 metros, donde la temperatura y el contenido de
""" + U7 + """          1/2
\f""" + H7 + """

minerales obligan a usar plantas potabilizadoras.

Investigadores de la universidad pública del estado calculan que el nivel del acuífero baja entre uno y dos metros cada año. "Una buena temporada de lluvias no cambia esa tendencia", explicó la hidrogeóloga Patricia Moreno Landín.

Los especialistas proponen aprovechar los años lluviosos para recargar el subsuelo mediante pozos de absorción y la rehabilitación de bordos en la zona rural, así como reducir las fugas de la red, que en algunos sectores superan el 35 por ciento del agua que se bombea.

Comparte esta nota
""" + U7 + """          2/2
\f"""
write_source('cm07.txt', cm07)
write_gold('cm07', family='wire',
           title='Lluvias recargan la presa El Niágara, pero el acuífero sigue sobreexplotado',
           date='2021-08-04', bylines=['Ximena Luévano Romo'], source='Nodo Aguascalientes',
           section='Local',
           body_first_words='Las lluvias de las últimas dos semanas elevaron el nivel de la presa El Niágara',
           body_last_words='superan el 35 por ciento del agua que se bombea.',
           boilerplate=[H7, 'Inicio    Local    Estado    Deportes    Opinión    Contacto',
                        'Foto: Ximena Luévano / Nodo Aguascalientes', U7 + '          1/2',
                        U7 + '          2/2', 'Comparte esta nota'],
           must_keep=['Sin embargo, su agua no es apta para consumo humano sin tratamiento y se usa sobre todo para riego.',
                      'La ciudad depende casi por completo de pozos profundos.',
                      '"Una buena temporada de lluvias no cambia esa tendencia", explicó la hidrogeóloga Patricia Moreno Landín.'],
           photo_credit='Ximena Luévano / Nodo Aguascalientes')

# ---------------------------------------------------------------- cm08 wire (state news site, Dgo., Latin-1, mixed EOL)
cm08 = """Guadiana Hoy > Regiones

Ejidatarios de Tepehuanes bloquean el acceso a una mina; exigen pago por renta de tierras

Por Norma Alicia Soto Reyes y Felipe de Jesús Galindo Ortiz / Corresponsales
Sábado 14 de octubre de 2017 | 19:05 hrs.

Integrantes de dos ejidos del municipio de Tepehuanes mantienen desde el jueves un bloqueo en el camino que conduce a la unidad minera El Cobre Viejo, para exigir a la empresa el pago de tres años de renta por las tierras que ocupa su presa de jales.

Los ejidatarios instalaron un campamento con lonas y fogatas a la orilla del camino y sólo permiten el paso de ambulancias y de los camiones que llevan alimentos para los trabajadores que se quedaron dentro.&nbsp;Según sus cuentas, la empresa les adeuda cerca de 11 millones de pesos.

Relacionado >> Aumenta la producción de oro en la sierra de Durango

El presidente del comisariado ejidal, Jesús María Contreras Solís, dijo que la empresa dejó de pagar en 2014 con el argumento de que el precio de los metales había bajado. "Ahora que el oro vuelve a valer, queremos lo que es nuestro", expresó.

La minera informó en un comunicado que ha buscado un acuerdo con los ejidos y que el bloqueo mantiene sin trabajo a 420 personas de la región. Pidió la intervención de la Secretaría General de Gobierno para instalar una mesa de diálogo.

Funcionarios estatales llegaron la tarde de este sábado a la cabecera municipal y citaron a ambas partes para el lunes. Mientras tanto, los ejidatarios advirtieron que el bloqueo seguirá.

Con información de Agencia Norte Ej.

Para recibir nuestras noticias en tu correo escribe a suscripciones@guadianahoy.example.mx
"""
write_source('cm08.txt', cm08, enc='latin-1', eol=('mixed', 9))
write_gold('cm08', family='wire',
           title='Ejidatarios de Tepehuanes bloquean el acceso a una mina; exigen pago por renta de tierras',
           date='2017-10-14', bylines=['Norma Alicia Soto Reyes', 'Felipe de Jesús Galindo Ortiz'],
           source='Guadiana Hoy', section='Regiones',
           body_first_words='Integrantes de dos ejidos del municipio de Tepehuanes',
           body_last_words='los ejidatarios advirtieron que el bloqueo seguirá.',
           boilerplate=['Guadiana Hoy > Regiones', 'Sábado 14 de octubre de 2017 | 19:05 hrs.',
                        'Relacionado >> Aumenta la producción de oro en la sierra de Durango',
                        'Con información de Agencia Norte Ej.',
                        'Para recibir nuestras noticias en tu correo escribe a suscripciones@guadianahoy.example.mx'],
           must_keep=['Según sus cuentas, la empresa les adeuda cerca de 11 millones de pesos.',
                      '"Ahora que el oro vuelve a valer, queremos lo que es nuestro", expresó.',
                      'Pidió la intervención de la Secretaría General de Gobierno para instalar una mesa de diálogo.'])

# ---------------------------------------------------------------- cm09 press (state human-rights commission, inside an e-mail)
cm09 = """Asunto: Boletín 087 - CDHEZ emite Recomendación por falta de agua potable en comunidad de Villa de Cos
Fecha: 23/08/2017 14:10
De: Comunicación Social CDHEZ <comunicacion@cdhez-prensa.example.mx>
Para: undisclosed-recipients:;

Buenas tardes, compañeros de los medios. Les compartimos el boletín del día de hoy. Agradecemos de antemano su difusión.

COMISIÓN DE DERECHOS HUMANOS DEL ESTADO DE ZACATECAS
Boletín No. 087/2017

CDHEZ emite Recomendación por falta de agua potable en comunidad de Villa de Cos

Zacatecas, Zac., 23 de agosto de 2017.- La Comisión de Derechos Humanos del Estado de Zacatecas emitió la Recomendación 14/2017, dirigida a la presidencia municipal de Villa de Cos, por la violación del derecho humano al agua de 63 familias de una comunidad rural que permanecieron más de siete meses sin servicio.

De acuerdo con el expediente, en enero se descompuso la bomba del único pozo que abastece a la comunidad, y pese a las solicitudes por escrito de los habitantes, la autoridad municipal no la reparó ni garantizó el envío regular de pipas.

Durante la investigación, personal de la Comisión constató que las familias compraban agua a particulares a un costo de hasta 150 pesos por tambo, y que la escuela primaria suspendió clases en varias ocasiones por falta de agua en los sanitarios.

El organismo recomendó reparar de manera definitiva el equipo de bombeo en un plazo de 30 días, establecer un calendario de abasto mientras concluyen los trabajos y capacitar al personal del área de agua potable en materia de derechos humanos.

La autoridad municipal cuenta con diez días hábiles para informar si acepta la Recomendación. En caso de no hacerlo, deberá explicar públicamente los motivos de su negativa.

---o0o---

Departamento de Comunicación Social
Tel. 492 555 0133
comunicacion@cdhez-prensa.example.mx

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos están dirigidos exclusivamente a su destinatario.
"""
write_source('cm09.txt', cm09, eol='crlf')
write_gold('cm09', family='press_release',
           title='CDHEZ emite Recomendación por falta de agua potable en comunidad de Villa de Cos',
           date='2017-08-23', source='COMISIÓN DE DERECHOS HUMANOS DEL ESTADO DE ZACATECAS',
           bulletin_number='087/2017', issuer='COMISIÓN DE DERECHOS HUMANOS DEL ESTADO DE ZACATECAS',
           dateline_city='Zacatecas',
           body_first_words='La Comisión de Derechos Humanos del Estado de Zacatecas emitió la Recomendación 14/2017',
           body_last_words='deberá explicar públicamente los motivos de su negativa.',
           boilerplate=['Asunto: Boletín 087 - CDHEZ emite Recomendación por falta de agua potable en comunidad de Villa de Cos',
                        'Fecha: 23/08/2017 14:10',
                        'De: Comunicación Social CDHEZ <comunicacion@cdhez-prensa.example.mx>',
                        'Para: undisclosed-recipients:;',
                        'Buenas tardes, compañeros de los medios.',
                        'Les compartimos el boletín del día de hoy.',
                        'Agradecemos de antemano su difusión.',
                        'Boletín No. 087/2017', 'Zacatecas, Zac., 23 de agosto de 2017.-', '---o0o---',
                        'Departamento de Comunicación Social', 'Tel. 492 555 0133',
                        'comunicacion@cdhez-prensa.example.mx',
                        'AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos están dirigidos exclusivamente a su destinatario.'],
           must_keep=['por la violación del derecho humano al agua de 63 familias de una comunidad rural que permanecieron más de siete meses sin servicio.',
                      'La autoridad municipal cuenta con diez días hábiles para informar si acepta la Recomendación.',
                      'y que la escuela primaria suspendió clases en varias ocasiones por falta de agua en los sanitarios.'])

# ---------------------------------------------------------------- cm10 press (electoral institute, Markdown with a table)
cm10 = """**INSTITUTO ELECTORAL Y DE PARTICIPACIÓN CIUDADANA DEL ESTADO DE DURANGO**
Coordinación de Comunicación Social

# Concluyen los cómputos distritales de la elección de diputaciones locales

Boletín IEPC/CS/045/2018
Victoria de Durango, Dgo., a 4 de julio de 2018

Los quince consejos municipales cabecera de distrito del Instituto Electoral y de Participación Ciudadana del Estado de Durango concluyeron en la madrugada de este miércoles los cómputos de la elección de diputaciones locales, sin incidentes que obligaran a suspender las sesiones.

En total se recontaron los votos de 612 paquetes electorales, lo que representa el 21 por ciento de las casillas instaladas el pasado domingo. Los recuentos se realizaron por diferencias mínimas entre el primero y el segundo lugar, por inconsistencias en las actas o porque los paquetes llegaron con muestras de alteración.

La participación ciudadana en los distritos con mayor número de casillas fue la siguiente:

| Distrito | Cabecera | Casillas | Participación |
|---|---|---|---|
| I | Durango | 298 | 61.2 % |
| II | Durango | 305 | 59.8 % |
| V | Gómez Palacio | 287 | 55.4 % |
| VIII | Lerdo | 241 | 57.1 % |

La consejera presidenta del Instituto reconoció el trabajo de las más de once mil personas que fungieron como funcionarias de casilla y del personal de los consejos, que sesionó de manera ininterrumpida desde el miércoles por la mañana.

Las constancias de mayoría se entregaron al término de cada cómputo. El Consejo General realizará el próximo domingo el cómputo estatal para asignar las diputaciones de representación proporcional.

Los resultados por casilla pueden consultarse en la página de internet del Instituto.

-30-

Coordinación de Comunicación Social
Tel. 618 555 0178 | prensa@iepcdgo-boletines.example.mx
"""
write_source('cm10.md', cm10, bom=True)
write_gold('cm10', family='press_release',
           title='Concluyen los cómputos distritales de la elección de diputaciones locales',
           date='2018-07-04',
           source='INSTITUTO ELECTORAL Y DE PARTICIPACIÓN CIUDADANA DEL ESTADO DE DURANGO',
           bulletin_number='IEPC/CS/045/2018',
           issuer='INSTITUTO ELECTORAL Y DE PARTICIPACIÓN CIUDADANA DEL ESTADO DE DURANGO',
           dateline_city='Victoria de Durango',
           body_first_words='Los quince consejos municipales cabecera de distrito',
           body_last_words='pueden consultarse en la página de internet del Instituto.',
           boilerplate=['Coordinación de Comunicación Social', 'Boletín IEPC/CS/045/2018',
                        'Victoria de Durango, Dgo., a 4 de julio de 2018', '-30-',
                        'Tel. 618 555 0178 | prensa@iepcdgo-boletines.example.mx'],
           must_keep=['En total se recontaron los votos de 612 paquetes electorales, lo que representa el 21 por ciento de las casillas instaladas el pasado domingo.',
                      '| V | Gómez Palacio | 287 | 55.4 % |',
                      'El Consejo General realizará el próximo domingo el cómputo estatal para asignar las diputaciones de representación proporcional.'])
