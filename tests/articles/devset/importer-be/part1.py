#!/usr/bin/env python3
"""importer-be, files 01-10 (wire 01-08, press 09-10)."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- be01 wire: TV live blog
be01 = """**EN VIVO**

# Bloqueo de transportistas mantiene cerrado el puente Los Tomates en Matamoros

Bravo TV Noticias · Redacción Digital · 11 de abril de 2022 · Última actualización: 21:10

![Filas de tractocamiones en la avenida Sendero Nacional](/img/2022/04/bloqueo-tomates.jpg)
Foto: Bravo TV / Gerardo Lumbreras

Transportistas de carga mantienen desde la madrugada de este lunes un bloqueo en los accesos al Puente Internacional Los Tomates, en Matamoros, en protesta por los tiempos de revisión que, aseguran, han llegado a superar las 30 horas en la aduana. La fila de tractocamiones se extiende por más de ocho kilómetros sobre la avenida Sendero Nacional.

**21:10** — La Guardia Nacional retiró a sus elementos de la caseta de cobro y los manifestantes anunciaron que pasarán la noche en el lugar. Los líderes de la protesta dijeron que no se moverán hasta recibir una respuesta por escrito de la aduana.

**18:35** — Representantes de la Asociación de Transportistas del Golfo, organización que agrupa a unas 400 empresas, se reunieron con funcionarios federales en un hotel del centro de la ciudad. Al salir, el vocero Efraín Castañeda Ruelas dijo que "hubo voluntad, pero no hubo acuerdos".

**16:02** — Comerciantes de la colonia Buena Vista reportan pérdidas por la falta de clientes. "Desde la mañana no ha pasado nadie, la gente no puede ni cruzar la calle", relató una vendedora de comida.

**13:40** — El Ayuntamiento de Matamoros recomendó utilizar el puente Ignacio Zaragoza para el cruce de vehículos ligeros y pidió a los automovilistas evitar la zona del bulevar Manuel Cavazos Lerma. Te puede interesar: Así funciona el nuevo carril exprés en los puentes de Reynosa

Nota del editor: En una versión anterior de esta cobertura se informó que el bloqueo afectaba también al puente Ignacio Zaragoza; el dato fue corregido a las 17:05.

📺 Sigue la transmisión en vivo en bravotv.example.mx/envivo
📲 Descarga la app de Bravo TV y activa las alertas de última hora
"""
write_source('be01.md', be01)
write_gold('be01', family='wire',
           title='Bloqueo de transportistas mantiene cerrado el puente Los Tomates en Matamoros',
           date='2022-04-11', bylines=[], source='Bravo TV Noticias', section=None,
           placement=['EN VIVO'],
           body_first_words='Transportistas de carga mantienen desde la madrugada',
           body_last_words='el dato fue corregido a las 17:05.',
           boilerplate=['Bravo TV Noticias · Redacción Digital · 11 de abril de 2022 · Última actualización: 21:10',
                        'Foto: Bravo TV / Gerardo Lumbreras',
                        'Te puede interesar: Así funciona el nuevo carril exprés en los puentes de Reynosa',
                        'Sigue la transmisión en vivo en bravotv.example.mx/envivo',
                        'Descarga la app de Bravo TV y activa las alertas de última hora'],
           must_keep=['pidió a los automovilistas evitar la zona del bulevar Manuel Cavazos Lerma.',
                      'Nota del editor: En una versión anterior de esta cobertura se informó que el bloqueo afectaba también al puente Ignacio Zaragoza; el dato fue corregido a las 17:05.',
                      'dijo que "hubo voluntad, pero no hubo acuerdos".'],
           photo_credit='Foto: Bravo TV / Gerardo Lumbreras')

# ---------------------------------------------------------------- be02 wire: print-view dump
be02 = """El Centinela de Reynosa - Versión para imprimir
http://www.centinelareynosa.example.mx/imprimir.php?id=48213
Inicio > Seguridad

Suspenden clases en 14 escuelas de Reynosa tras balaceras

Por: Lorena Villarreal Garza
Reynosa, Tamps. / 14.03.2011 12:40:00

Reynosa.- La Secretaría de Educación en el estado autorizó la suspensión de clases en 14 planteles de educación básica ubicados en el sector poniente de la ciudad, luego de los enfrentamientos registrados durante la madrugada de este lunes en las colonias Lomas del Real de Jarachina y Las Fuentes.

De acuerdo con padres de familia, desde temprano circularon en redes sociales mensajes que advertían sobre bloqueos en el bulevar Hidalgo, por lo que muchos alumnos no salieron de sus casas.

La supervisora de la zona escolar 32, María Guadalupe Treviño Salinas, informó que los directivos tienen instrucciones de mantener comunicación con los padres mediante listas telefónicas y que las clases se reanudarán cuando las autoridades de seguridad lo indiquen.

"No vamos a exponer a ningún niño; preferimos recuperar los días después", dijo la funcionaria, quien agregó que las escuelas afectadas atienden a cerca de seis mil alumnos.

Comerciantes del mercado Zaragoza reportaron que la mitad de los locales permanecieron cerrados y que el transporte urbano dejó de circular por varias horas en la ruta Jarachina-Centro.

Hasta el cierre de esta edición, ninguna autoridad había informado sobre personas detenidas o lesionadas, aunque vecinos aseguraron haber escuchado detonaciones durante casi una hora.

Comentarios (0) | Enviar a un amigo | Imprimir | Cerrar ventana

© 2011 Editora Centinela del Bravo, S.A. de C.V. Todos los derechos reservados.
"""
write_source('be02.txt', be02, enc='cp1252', eol='crlf')
write_gold('be02', family='wire',
           title='Suspenden clases en 14 escuelas de Reynosa tras balaceras',
           date='2011-03-14', bylines=['Lorena Villarreal Garza'], source='El Centinela de Reynosa',
           section='Seguridad',
           body_first_words='La Secretaría de Educación en el estado autorizó',
           body_last_words='escuchado detonaciones durante casi una hora.',
           boilerplate=['El Centinela de Reynosa - Versión para imprimir',
                        'http://www.centinelareynosa.example.mx/imprimir.php?id=48213',
                        'Inicio > Seguridad', 'Por: Lorena Villarreal Garza',
                        'Reynosa, Tamps. / 14.03.2011 12:40:00',
                        'Comentarios (0) | Enviar a un amigo | Imprimir | Cerrar ventana',
                        '© 2011 Editora Centinela del Bravo, S.A. de C.V. Todos los derechos reservados.'],
           must_keep=['"No vamos a exponer a ningún niño; preferimos recuperar los días después", dijo la funcionaria,',
                      'Hasta el cierre de esta edición, ninguna autoridad había informado sobre personas detenidas o lesionadas,'])

# ---------------------------------------------------------------- be03 wire: agency with correction
be03 = """MIGRACIÓN

## Albergues de Ciudad Juárez rebasan su capacidad por llegada de deportados

*Agencia Noticiosa del Norte (ANN)* — 2 de febrero de 2016
Por Rosalba Chaparro Quintana, corresponsal

CIUDAD JUÁREZ, Chih., 2 de febrero de 2016 (ANN).— Los albergues para migrantes de esta frontera operan por encima de su capacidad desde hace tres semanas, debido al aumento de deportaciones por la garita Paso del Norte y a la llegada de familias centroamericanas que esperan una cita para solicitar asilo en Estados Unidos.

El director de la Casa del Migrante Divina Providencia, el sacerdote Tomás Elizondo Barraza, explicó que el refugio, diseñado para 120 personas, recibió anoche a 212. "Tenemos gente durmiendo en el comedor y en los pasillos; las cobijas ya no alcanzan", dijo.

Las temperaturas en la ciudad han descendido hasta cuatro grados bajo cero durante las madrugadas, por lo que el Consejo Estatal de Población pidió a las organizaciones civiles no rechazar a nadie mientras dure el frente frío.

Personal del Instituto Nacional de Migración informó que en enero se recibieron 3 mil 410 repatriaciones por los puentes internacionales de la ciudad, 18 por ciento más que en el mismo mes del año anterior. Relacionado: Juárez habilita gimnasio municipal como refugio temporal

La Red de Albergues Fronterizos solicitó al gobierno municipal el préstamo de un gimnasio y la donación de colchonetas, alimentos enlatados y medicamentos para enfermedades respiratorias.

*Nota del editor: Esta nota fue corregida el 3 de febrero de 2016. Una versión anterior atribuía las cifras de repatriación al Consejo Estatal de Población.*

ANN/RCQ/lmv
"""
write_source('be03.md', be03)
write_gold('be03', family='wire',
           title='Albergues de Ciudad Juárez rebasan su capacidad por llegada de deportados',
           date='2016-02-02', bylines=['Rosalba Chaparro Quintana'],
           source='Agencia Noticiosa del Norte', section='Migración',
           body_first_words='Los albergues para migrantes de esta frontera operan',
           body_last_words='atribuía las cifras de repatriación al Consejo Estatal de Población.',
           boilerplate=['*Agencia Noticiosa del Norte (ANN)* — 2 de febrero de 2016',
                        'Por Rosalba Chaparro Quintana, corresponsal',
                        'CIUDAD JUÁREZ, Chih., 2 de febrero de 2016 (ANN).—',
                        'Relacionado: Juárez habilita gimnasio municipal como refugio temporal',
                        'ANN/RCQ/lmv'],
           must_keep=['18 por ciento más que en el mismo mes del año anterior.',
                      'Nota del editor: Esta nota fue corregida el 3 de febrero de 2016.',
                      '"Tenemos gente durmiendo en el comedor y en los pasillos; las cobijas ya no alcanzan", dijo.'])

# ---------------------------------------------------------------- be04 wire: Sonora daily, Telegram pitch
be04 = """El Vigía del Desierto | Regional
Martes 08 Jul 2008 | Hermosillo, Son.
Por: Staff / El Vigía del Desierto

Agricultores de la Costa de Hermosillo piden agua para segundo cultivo

Productores agrícolas de la Costa de Hermosillo solicitaron a la Comisión Nacional del Agua una revisión de los volúmenes autorizados para el ciclo otoño-invierno, luego de que la presa Abelardo L. Rodríguez registrara su nivel más bajo en cinco años.

El presidente de la Asociación de Usuarios del Distrito de Riego, Joaquín Moreno Ybarra, afirmó que sin una asignación adicional alrededor de 11 mil hectáreas de hortalizas y uva de mesa quedarían sin sembrar, lo que pondría en riesgo unos 7 mil empleos de jornaleros.LEE: Pozos de la Costa, con sobreexplotación de 40 por ciento

Los productores explicaron que la mayor parte del riego depende de pozos profundos y que la intrusión salina ha obligado a abandonar parcelas cercanas al litoral.

Por su parte, funcionarios de la dependencia federal respondieron que cualquier volumen extra deberá ser compatible con el abasto para uso urbano de la capital sonorense, que en los últimos veranos ha enfrentado tandeos en más de 80 colonias.

"Entendemos la urgencia del campo, pero primero está el agua de las familias", dijo un funcionario que pidió no ser identificado.

Los agricultores acordaron reunirse de nuevo el próximo lunes con autoridades estatales para presentar una propuesta de tecnificación del riego por goteo.

Escríbenos a noticias@vigiadesierto.example.mx
Únete a nuestro canal de Telegram: t.me/VigiaDesiertoNoticias
"""
write_source('be04.txt', be04, eol='crlf', bom=True)
write_gold('be04', family='wire',
           title='Agricultores de la Costa de Hermosillo piden agua para segundo cultivo',
           date='2008-07-08', bylines=[], source='El Vigía del Desierto', section='Regional',
           body_first_words='Productores agrícolas de la Costa de Hermosillo solicitaron',
           body_last_words='propuesta de tecnificación del riego por goteo.',
           boilerplate=['El Vigía del Desierto | Regional', 'Martes 08 Jul 2008 | Hermosillo, Son.',
                        'Por: Staff / El Vigía del Desierto',
                        'LEE: Pozos de la Costa, con sobreexplotación de 40 por ciento',
                        'Escríbenos a noticias@vigiadesierto.example.mx',
                        'Únete a nuestro canal de Telegram: t.me/VigiaDesiertoNoticias'],
           must_keep=['lo que pondría en riesgo unos 7 mil empleos de jornaleros.',
                      '"Entendemos la urgencia del campo, pero primero está el agua de las familias", dijo un funcionario que pidió no ser identificado.'])

# ---------------------------------------------------------------- be05 wire: TV web desk, video dump
be05 = """Noticias Canal 12 Baja > Tijuana

# Abren registro para programa de regularización de autos "chocolate" en Tijuana

Por Karla Ibarra Luján y Ernesto Vidaurri | Noticias Canal 12 Baja
Publicado el 23 de noviembre de 2021, 14:05 (hora del Pacífico) · Actualizado el 24 de noviembre de 2021, 09:30

Reproducir video
0:00 / 2:31
Video: Canal 12 Baja

Cientos de automovilistas acudieron este martes a los módulos instalados en el estacionamiento del estadio de la colonia Hipódromo para iniciar el trámite de regularización de vehículos de procedencia extranjera, conocidos como autos "chocolate".

Desde las cinco de la mañana la fila rodeaba la manzana. Los propietarios deben presentar identificación oficial, comprobante de domicilio en Baja California y el título del vehículo; el pago de 2 mil 500 pesos se realiza en ventanilla bancaria.

El coordinador de los módulos, Héctor Manuel Saldívar, informó que se atienden cerca de 600 trámites por día y que el sistema de citas en línea estará disponible a partir de la próxima semana. "Nadie necesita gestores; el trámite es personal y no tiene costo adicional", advirtió.

Agentes de tránsito reportaron congestión en el bulevar Agua Caliente durante la mañana.

Recomendados para ti
- Así puedes verificar si tu auto tiene reporte de robo
- ¿Cuánto cuesta emplacar en Baja California en 2021?
- Largas filas en la garita de San Ysidro este fin de semana

Vecinos de la zona pidieron que los módulos se trasladen a un espacio más amplio, pues los automovilistas estacionan sus unidades sobre las banquetas mientras esperan su turno.

Las autoridades recordaron que los vehículos con reporte de robo en Estados Unidos no podrán ser regularizados y serán remitidos a la Fiscalía.

#Tijuana #AutosChocolate #Canal12Baja
"""
write_source('be05.md', be05)
write_gold('be05', family='wire',
           title='Abren registro para programa de regularización de autos "chocolate" en Tijuana',
           date='2021-11-23', bylines=['Karla Ibarra Luján', 'Ernesto Vidaurri'],
           source='Noticias Canal 12 Baja', section='Tijuana',
           body_first_words='Cientos de automovilistas acudieron este martes',
           body_last_words='no podrán ser regularizados y serán remitidos a la Fiscalía.',
           boilerplate=['Noticias Canal 12 Baja > Tijuana',
                        'Por Karla Ibarra Luján y Ernesto Vidaurri | Noticias Canal 12 Baja',
                        'Publicado el 23 de noviembre de 2021, 14:05 (hora del Pacífico) · Actualizado el 24 de noviembre de 2021, 09:30',
                        'Reproducir video', '0:00 / 2:31', 'Video: Canal 12 Baja',
                        'Recomendados para ti',
                        '- Así puedes verificar si tu auto tiene reporte de robo',
                        '- ¿Cuánto cuesta emplacar en Baja California en 2021?',
                        '- Largas filas en la garita de San Ysidro este fin de semana',
                        '#Tijuana #AutosChocolate #Canal12Baja'],
           must_keep=['Agentes de tránsito reportaron congestión en el bulevar Agua Caliente durante la mañana.',
                      '"Nadie necesita gestores; el trámite es personal y no tiene costo adicional", advirtió.',
                      'Vecinos de la zona pidieron que los módulos se trasladen a un espacio más amplio,'])

# ---------------------------------------------------------------- be06 wire: teletype agency copy
be06 = """ANE0341 3 ECO 0288 NL
17/05/2007 13:42
ECONOMÍA-NL-ACERO

Siderúrgicas de Monterrey recortan turnos por caída en pedidos

MONTERREY, NL, 17 May (ANE).- Al menos tres empresas siderúrgicas del área metropolitana de Monterrey redujeron sus turnos de producción durante las últimas dos semanas, ante la caída de pedidos de la industria de la construcción en el sur de Estados Unidos, informó la Cámara de la Industria de Transformación de Nuevo León.

El presidente del organismo, Rodolfo Garza Cantú, explicó en conferencia que las plantas ubicadas en San Nicolás de los Garza y Apodaca pasaron de tres a dos turnos diarios, lo que afecta a cerca de mil 200 trabajadores que ahora laboran cuatro días por semana.

"No hablamos todavía de despidos, sino de ajustes temporales, pero la señal es preocupante", señaló el dirigente, quien pidió a las autoridades federales agilizar la devolución del Impuesto al Valor Agregado a los exportadores.

Según cifras del organismo, las exportaciones de productos de acero de la entidad cayeron 9 por ciento en el primer trimestre del año en comparación con el mismo periodo de 2006.

El dirigente añadió que las empresas proveedoras de partes automotrices mantienen su ritmo de producción y que la expectativa es que los pedidos del sector siderúrgico se recuperen en el segundo semestre, siempre que se reactive la construcción de vivienda en Texas.

Los sindicatos de la rama metalúrgica anunciaron que solicitarán una reunión con las empresas para revisar los esquemas de pago durante los días de paro técnico.

ANE MTY LGR/jcs
-0-
"""
write_source('be06.txt', be06, enc='cp1252')
write_gold('be06', family='wire',
           title='Siderúrgicas de Monterrey recortan turnos por caída en pedidos',
           date='2007-05-17', bylines=[], source='ANE', section='Economía',
           body_first_words='Al menos tres empresas siderúrgicas del área metropolitana',
           body_last_words='revisar los esquemas de pago durante los días de paro técnico.',
           boilerplate=['ANE0341 3 ECO 0288 NL', '17/05/2007 13:42', 'ECONOMÍA-NL-ACERO',
                        'MONTERREY, NL, 17 May (ANE).-', 'ANE MTY LGR/jcs', '-0-'],
           must_keep=['"No hablamos todavía de despidos, sino de ajustes temporales, pero la señal es preocupante", señaló el dirigente,',
                      'las exportaciones de productos de acero de la entidad cayeron 9 por ciento en el primer trimestre del año'])

# ---------------------------------------------------------------- be07 wire: national daily, markdown link teaser, comments
be07 = """[Inicio](https://www.diariorepublica.example.mx/) / [Estados](https://www.diariorepublica.example.mx/estados/)

# Familias de Piedras Negras aún esperan apoyos tras inundación

**Diario de la República** | Arturo Menchaca, corresponsal | 2019-09-03T08:15:00-05:00

Publicado hace 6 años

Piedras Negras, Coah.— A casi dos semanas de la crecida del río Escondido, unas 300 familias de las colonias Acoros y Villa de Fuente siguen sin recibir los apoyos anunciados por las autoridades para reponer muebles y electrodomésticos.

Vecinos relataron que el agua alcanzó metro y medio de altura dentro de las viviendas y que la mayoría perdió refrigeradores, colchones y documentos personales. "Nos levantaron un censo el primer día y ya no regresaron", dijo Esperanza Rodríguez, madre de tres hijos.

[Te recomendamos: Coahuila pide declaratoria de emergencia para cinco municipios](https://www.diariorepublica.example.mx/estados/coahuila-declaratoria)

La Secretaría de Bienestar informó que la entrega de tarjetas comenzará la próxima semana, una vez que concluya la verificación de los domicilios afectados, y que el apoyo será de 15 mil pesos por hogar.

Mientras tanto, voluntarios de iglesias y asociaciones de comerciantes instalaron centros de acopio en la plaza de armas y en el gimnasio del tecnológico regional, donde se reciben agua embotellada, productos de limpieza y ropa.

Personal de salud municipal aplicó vacunas contra el tétanos y repartió cloro para desinfectar pozos y cisternas. Las autoridades pidieron a la población no consumir agua de la red hasta nuevo aviso.

Con información de Agencia Noticiosa del Norte

### Comentarios (0)
Inicia sesión para comentar.
"""
write_source('be07.markdown', be07)
write_gold('be07', family='wire',
           title='Familias de Piedras Negras aún esperan apoyos tras inundación',
           date='2019-09-03', bylines=['Arturo Menchaca'], source='Diario de la República',
           section='Estados',
           body_first_words='A casi dos semanas de la crecida del río Escondido',
           body_last_words='no consumir agua de la red hasta nuevo aviso.',
           boilerplate=['**Diario de la República** | Arturo Menchaca, corresponsal | 2019-09-03T08:15:00-05:00',
                        'Publicado hace 6 años', 'Piedras Negras, Coah.—',
                        '[Te recomendamos: Coahuila pide declaratoria de emergencia para cinco municipios](https://www.diariorepublica.example.mx/estados/coahuila-declaratoria)',
                        'Con información de Agencia Noticiosa del Norte',
                        '### Comentarios (0)', 'Inicia sesión para comentar.'],
           must_keep=['"Nos levantaron un censo el primer día y ya no regresaron", dijo Esperanza Rodríguez, madre de tres hijos.',
                      'y que el apoyo será de 15 mil pesos por hogar.',
                      'Las autoridades pidieron a la población no consumir agua de la red hasta nuevo aviso.'])

# ---------------------------------------------------------------- be08 wire: Ensenada daily, "Texto y fotos"
be08 = """ENSENADA\u2003|\u2003Pesca

Pescadores de San Quintín denuncian invasión de embarcaciones en zona de almeja

Texto y fotos: Rubén Amezcua Soto
La Voz del Pacífico
Sábado, 12/10/2013 - 18:47

SAN QUINTÍN.- Pescadores ribereños de la Bahía de San Quintín denunciaron la presencia de embarcaciones de otras cooperativas en los bancos de almeja generosa que tienen concesionados, y acusaron a las autoridades de no realizar recorridos de vigilancia desde hace meses.

El presidente de la Sociedad Cooperativa Punta Azufre, Lauro Meza Higuera, dijo que los intrusos trabajan de noche con compresores de aire y sacan producto de talla menor a la permitida, lo que amenaza la recuperación del banco.

► LEE TAMBIÉN | Cierran temporada de langosta con captura récord

"Nosotros respetamos las vedas y las tallas, y otros vienen a llevarse todo en una noche", lamentó. La cooperativa agrupa a 48 socios que dependen de la almeja y de la langosta.

Los pescadores entregaron un escrito a la oficina de la Comisión Nacional de Acuacultura y Pesca en Ensenada, en el que piden operativos conjuntos con la Secretaría de Marina y la instalación de boyas de señalización en los límites de la concesión.

Un funcionario de la oficina regional confirmó la recepción del documento y aseguró que en las próximas semanas se programará un recorrido de inspección, aunque reconoció que sólo cuentan con dos lanchas para vigilar más de 300 kilómetros de litoral.

Los socios advirtieron que, de no recibir respuesta, realizarán una protesta pacífica frente a las oficinas federales en Ensenada.

Síguenos en Facebook como /LaVozDelPacificoBC y en X como @VozPacificoBC
"""
write_source('be08.txt', be08, eol=('mixed', 9))
write_gold('be08', family='wire',
           title='Pescadores de San Quintín denuncian invasión de embarcaciones en zona de almeja',
           date='2013-10-12', bylines=['Rubén Amezcua Soto'], source='La Voz del Pacífico',
           section='Pesca',
           body_first_words='Pescadores ribereños de la Bahía de San Quintín denunciaron',
           body_last_words='protesta pacífica frente a las oficinas federales en Ensenada.',
           boilerplate=['Texto y fotos: Rubén Amezcua Soto', 'Sábado, 12/10/2013 - 18:47', 'SAN QUINTÍN.-',
                        '► LEE TAMBIÉN | Cierran temporada de langosta con captura récord',
                        'Síguenos en Facebook como /LaVozDelPacificoBC y en X como @VozPacificoBC'],
           must_keep=['"Nosotros respetamos las vedas y las tallas, y otros vienen a llevarse todo en una noche", lamentó.',
                      'aunque reconoció que sólo cuentan con dos lanchas para vigilar más de 300 kilómetros de litoral.'],
           photo_credit='Texto y fotos: Rubén Amezcua Soto')

# ---------------------------------------------------------------- be09 press: forwarded Outlook e-mail
be09 = """-----Mensaje original-----
De: Comunicación Social Tamaulipas [mailto:boletines@comsocial-tam.example.mx]
Enviado: miércoles, 13 de marzo de 2013 08:04 a.m.
Para: Mesa de Redacción; Lic. Patricia Olvera
Asunto: RV: Boletín 0412 - Inicia rehabilitación de la carretera Victoria-Soto la Marina

GOBIERNO DEL ESTADO DE TAMAULIPAS
Boletín No. 0412

Inicia rehabilitación de la carretera Victoria-Soto la Marina

Ciudad Victoria, Tamaulipas, 12 de marzo de 2013.- Con una inversión de 186 millones de pesos, el Gobierno del Estado inició los trabajos de rehabilitación de 42 kilómetros de la carretera Victoria-Soto la Marina, una de las vías más transitadas por el turismo que visita las playas del centro del estado durante la Semana Santa.

El secretario de Obras Públicas, ingeniero Manuel Gutiérrez Salazar, explicó que la obra incluye la reconstrucción de la carpeta asfáltica, la ampliación de acotamientos y la construcción de dos puentes vehiculares sobre arroyos que cada temporada de lluvias interrumpen la circulación.

Detalló que durante las primeras semanas se trabajará en horario nocturno en los tramos cercanos a la capital, para reducir las molestias a los automovilistas, y que habrá señalamiento preventivo en todo el trayecto.

El funcionario informó que la empresa constructora se comprometió a contratar mano de obra de los municipios de Casas, Soto la Marina y Victoria, lo que generará alrededor de 350 empleos directos durante los ocho meses que durará la obra.

Asimismo, pidió a los conductores respetar los límites de velocidad y atender las indicaciones del personal de obra. Los avances podrán consultarse en el portal de la dependencia.

-0-

Dirección de Información
Coordinación General de Comunicación Social
Tel. (834) 555 0190 ext. 204

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo del destinatario y pueden contener información reservada. Si usted lo recibió por error, favor de notificarlo al remitente y eliminarlo.
"""
write_source('be09.txt', be09, enc='cp1252', eol='crlf')
write_gold('be09', family='press_release',
           title='Inicia rehabilitación de la carretera Victoria-Soto la Marina',
           date='2013-03-12', bylines=[], source='GOBIERNO DEL ESTADO DE TAMAULIPAS',
           bulletin_number='0412', issuer='GOBIERNO DEL ESTADO DE TAMAULIPAS',
           dateline_city='Ciudad Victoria',
           body_first_words='Con una inversión de 186 millones de pesos',
           body_last_words='podrán consultarse en el portal de la dependencia.',
           boilerplate=['-----Mensaje original-----',
                        'De: Comunicación Social Tamaulipas [mailto:boletines@comsocial-tam.example.mx]',
                        'Enviado: miércoles, 13 de marzo de 2013 08:04 a.m.',
                        'Para: Mesa de Redacción; Lic. Patricia Olvera',
                        'Asunto: RV: Boletín 0412 - Inicia rehabilitación de la carretera Victoria-Soto la Marina',
                        'Boletín No. 0412', 'Ciudad Victoria, Tamaulipas, 12 de marzo de 2013.-', '-0-',
                        'Coordinación General de Comunicación Social', 'Tel. (834) 555 0190 ext. 204',
                        'AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo del destinatario y pueden contener información reservada.'],
           must_keep=['lo que generará alrededor de 350 empleos directos durante los ocho meses que durará la obra.',
                      'Asimismo, pidió a los conductores respetar los límites de velocidad y atender las indicaciones del personal de obra.'])

# ---------------------------------------------------------------- be10 press: WhatsApp broadcast paste
be10 = """[14/08/21 9:47] Comunicación Social NLD: *H. AYUNTAMIENTO DE NUEVO LAREDO*
_Comunicado 214/2021_

*ENTREGAN REHABILITACIÓN DEL PARQUE VIVEROS Y ABREN CICLOVÍA*

Nuevo Laredo, Tamaulipas; a 14 de agosto de 2021.- Con la apertura de una ciclovía de 2.3 kilómetros y la rehabilitación de andadores, juegos infantiles y alumbrado, el Gobierno Municipal entregó a las familias neolaredenses el renovado Parque Viveros, uno de los espacios públicos más antiguos de la ciudad.

Durante el recorrido, la directora de Obras Públicas, arquitecta Dalia Cisneros Peña, explicó que se sustituyeron 140 luminarias por tecnología LED y se instalaron bebederos, rampas de accesibilidad y un sistema de riego por aspersión alimentado con agua tratada.

La ciclovía conecta el parque con la avenida Reforma y cuenta con señalamiento horizontal y vertical, así como con bolardos que separan el carril de los vehículos. 🚲

Vecinos de las colonias Viveros y Juárez, que participaron en las mesas de consulta del proyecto, pidieron que el horario del parque se amplíe hasta las 22:00 horas, petición que fue aceptada por la administración municipal.

Las autoridades invitaron a la ciudadanía a cuidar las instalaciones y a reportar cualquier daño al número de atención ciudadana. También anunciaron que a partir de septiembre se impartirán clases gratuitas de activación física los fines de semana.

El parque fue construido en la década de 1960 y en los últimos años había sufrido el deterioro de sus áreas verdes por la falta de riego.

*-oo0oo-*

📲 Facebook: /GobiernoNLD | Twitter: @GobNLD
_Mensaje reenviado_
"""
write_source('be10.md', be10)
write_gold('be10', family='press_release',
           title='ENTREGAN REHABILITACIÓN DEL PARQUE VIVEROS Y ABREN CICLOVÍA',
           date='2021-08-14', bylines=[], source='H. AYUNTAMIENTO DE NUEVO LAREDO',
           bulletin_number='214/2021', issuer='H. AYUNTAMIENTO DE NUEVO LAREDO',
           dateline_city='Nuevo Laredo',
           body_first_words='Con la apertura de una ciclovía de 2.3 kilómetros',
           body_last_words='había sufrido el deterioro de sus áreas verdes por la falta de riego.',
           boilerplate=['[14/08/21 9:47] Comunicación Social NLD:', '_Comunicado 214/2021_',
                        'Nuevo Laredo, Tamaulipas; a 14 de agosto de 2021.-', '*-oo0oo-*',
                        'Facebook: /GobiernoNLD | Twitter: @GobNLD', '_Mensaje reenviado_'],
           must_keep=['se instalaron bebederos, rampas de accesibilidad y un sistema de riego por aspersión alimentado con agua tratada.',
                      'petición que fue aceptada por la administración municipal.',
                      'a reportar cualquier daño al número de atención ciudadana.'])
