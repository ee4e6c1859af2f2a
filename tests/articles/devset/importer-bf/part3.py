#!/usr/bin/env python3
"""importer-bf blind set, files 21-30."""
from common import write_source, write_gold, wrap, NBSP

# ---------------------------------------------------------------- bf21 jekyll (author mapping, late-night -06:00)
bf21 = '''---
layout: articulo
title: 'Año Nuevo sin cohetes: colectivos piden cuidar a las aves del parque Tomás Garrido'
date: 2016-12-31T23:30:00-06:00
author:
  name: Iris Zamudio Landero
  email: iris.zamudio@gacetachontal.example.mx
categories:
  - Principal
  - Medio Ambiente
excerpt: >
  Colectivos ambientalistas de Villahermosa piden recibir el año
  sin pirotecnia cerca de la laguna de las Ilusiones.
site_name: Gaceta Chontal
comments: true
---

Colectivos ambientalistas y de protección animal de Villahermosa pidieron a la población recibir el Año Nuevo sin cohetes ni petardos en los alrededores del parque Tomás Garrido Canabal y de la laguna de las Ilusiones, donde anidan garzas, cormoranes y otras aves que cada año mueren o abandonan sus nidos por el ruido.

Integrantes del colectivo Laguna Viva explicaron que después de cada celebración de fin de año encuentran decenas de aves muertas o desorientadas en la orilla, además de basura de pirotecnia que termina en el agua. "No pedimos que nadie deje de festejar, sólo que lo haga lejos de la laguna", dijo su vocera, Dalia Hernández Luna.

Los activistas recordaron que el reglamento municipal prohíbe la quema de cohetes en parques y áreas naturales, aunque reconocieron que la vigilancia es mínima en estas fechas. Por ello, repartieron volantes en las colonias cercanas y colocaron mantas en los accesos del parque.

También pidieron a los dueños de perros y gatos mantenerlos dentro de casa, en un lugar cerrado y tranquilo, porque muchos se escapan asustados por las detonaciones. En las redes sociales del colectivo se publicará durante la madrugada una lista de animales extraviados para ayudar a que vuelvan con sus familias.

El colectivo convocó a una jornada de limpieza en la orilla de la laguna el domingo 1 de enero a las 8 de la mañana; quienes deseen participar deberán llevar guantes y bolsas.
'''
write_source('bf21.md', bf21)
write_gold('bf21', family='jekyll',
           title='Año Nuevo sin cohetes: colectivos piden cuidar a las aves del parque Tomás Garrido',
           date='2016-12-31', bylines=['Iris Zamudio Landero'], source='Gaceta Chontal', section='Medio Ambiente',
           placement=['Principal'],
           body_first_words='Colectivos ambientalistas y de protección animal de Villahermosa',
           body_last_words='deberán llevar guantes y bolsas.',
           must_keep=['"No pedimos que nadie deje de festejar, sólo que lo haga lejos de la laguna", dijo su vocera, Dalia Hernández Luna.',
                      'Los activistas recordaron que el reglamento municipal prohíbe la quema de cohetes en parques y áreas naturales'])

# ---------------------------------------------------------------- bf22 wire (correspondent copy by e-mail, newsroom labels)
bf22 = '''De: Candelario Azamar <tuxtlas.corresponsal@correo-sotavento.example.mx>
Para: mesa.region@diariodelsotavento.example.mx
Fecha: jue, 4 mar 2010 17:42
Asunto: nota catemaco brujos - va con 2 fotos

NOTA PARA: Diario del Sotavento / edición viernes
SECCIÓN: Región
BALAZO: Catemaco se alista para su noche más famosa
CABEZA: Esperan 15 mil visitantes al Primer Viernes de Marzo en Catemaco
REPORTERO: Candelario Azamar Prieto
FECHA: 04-03-2010

----- TEXTO -----

CATEMACO, VER.- Hoteleros y restauranteros de este municipio de Los Tuxtlas esperan la llegada de unos 15 mil visitantes para la celebración del Primer Viernes de Marzo, la noche en que curanderos y "brujos" de la región realizan la tradicional misa negra a orillas de la laguna.

La ocupación hotelera ya rebasa el 80 por ciento y algunos establecimientos del malecón reportan reservaciones completas desde hace dos semanas, según informó el presidente de la asociación local de hoteles, Raymundo Chigo Palma.

El evento central se realizará a la medianoche en el cerro del Mono Blanco, donde un grupo de curanderos encabezará una ceremonia de "limpia" masiva. El Ayuntamiento instaló un operativo con 120 elementos de Tránsito, Protección Civil y policía para ordenar el tráfico en la carretera federal y en los accesos al centro.

Comerciantes de artesanías y de hierbas medicinales aseguraron que la temporada representa hasta la tercera parte de sus ventas del año. En el mercado municipal ya se ofrecen amuletos, veladoras de colores, jabones "para la suerte" y muñecos de madera a precios que van de los 20 a los 500 pesos.

Las autoridades pidieron a los visitantes no consumir bebidas alcohólicas en la vía pública y respetar las zonas restringidas de la reserva de la biosfera.

--
mesa: las fotos van en el siguiente correo, pie: "Curanderos preparan la ceremonia". Saludos, Cande

Enviado desde mi BlackBerry® de Telcel
'''
write_source('bf22.txt', bf22)
write_gold('bf22', family='wire',
           title='Esperan 15 mil visitantes al Primer Viernes de Marzo en Catemaco',
           date='2010-03-04', bylines=['Candelario Azamar Prieto'], source='Diario del Sotavento', section='Región',
           body_first_words='Hoteleros y restauranteros de este municipio de Los Tuxtlas',
           body_last_words='respetar las zonas restringidas de la reserva de la biosfera.',
           boilerplate=['Para: mesa.region@diariodelsotavento.example.mx', 'Fecha: jue, 4 mar 2010 17:42',
                        'Asunto: nota catemaco brujos - va con 2 fotos', 'NOTA PARA: Diario del Sotavento / edición viernes',
                        'BALAZO: Catemaco se alista para su noche más famosa', '----- TEXTO -----', 'CATEMACO, VER.-',
                        'mesa: las fotos van en el siguiente correo, pie: "Curanderos preparan la ceremonia". Saludos, Cande',
                        'Enviado desde mi BlackBerry® de Telcel'],
           must_keep=['La ocupación hotelera ya rebasa el 80 por ciento',
                      'El evento central se realizará a la medianoche en el cerro del Mono Blanco',
                      'Las autoridades pidieron a los visitantes no consumir bebidas alcohólicas en la vía pública'])

# ---------------------------------------------------------------- bf23 press (tourism board, forwarded e-mail, about-us)
bf23 = '''De: Prensa CPTQ <prensa@cptq-comunicados.example.mx>
Enviado: miércoles, 15 de mayo de 2024 09:03 a. m.
Para: Redacción <redaccion@noticiascaribe.example.mx>
Asunto: COMUNICADO 071 - Caribe Mexicano presenta campaña en Madrid

[cid:logo_cptq.png]

CONSEJO DE PROMOCIÓN TURÍSTICA DE QUINTANA ROO

Comunicado 071/2024

Caribe Mexicano presenta en Madrid su campaña "Más allá del mar" ante 300 agentes de viajes europeos

Madrid, España; a 14 de mayo de 2024.- El Consejo de Promoción Turística de Quintana Roo presentó en la capital española la campaña "Más allá del mar", con la que busca posicionar entre los viajeros europeos las experiencias de naturaleza, cultura maya y gastronomía del Caribe Mexicano, más allá de sus playas.

Ante 300 agentes de viajes, touroperadores y representantes de aerolíneas, el director de mercados internacionales del organismo, Fernando Novelo Aké, destacó que España es el segundo mercado europeo del destino, con más de 290 mil visitantes en 2023, y que la conectividad aérea suma ya 54 frecuencias semanales directas.

Presentación de la campaña en Madrid / Campaign launch in Madrid. Foto / Photo: CPTQ

La campaña incluye videos en los que aparecen cenotes de la zona de Puerto Morelos, la laguna de Bacalar, comunidades mayas de Felipe Carrillo Puerto y las islas de Holbox y Cozumel. "European travellers are looking for authenticity and sustainability, and the Mexican Caribbean has both", dijo Elena Marchetti, directora de un touroperador con sede en Milán, quien participó en el panel.

Durante la gira, que también incluyó reuniones en Barcelona y Lisboa, el organismo firmó acuerdos de promoción conjunta con dos aerolíneas y tres mayoristas, que contemplan paquetes para la temporada de otoño e invierno.

Novelo Aké señaló que la estrategia pone énfasis en el turismo responsable, con información sobre la temporada de sargazo, las áreas naturales protegidas y el respeto a las comunidades locales.

###

Acerca del CPTQ / About CPTQ: El Consejo de Promoción Turística de Quintana Roo es el organismo encargado de la promoción de los destinos del Caribe Mexicano en los mercados nacional e internacional.

Contacto de prensa: Mariela Góngora · 998 555 0181 · prensa@cptq-comunicados.example.mx

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo de su destinatario y pueden contener información confidencial.
'''
write_source('bf23.txt', bf23)
write_gold('bf23', family='press_release',
           title='Caribe Mexicano presenta en Madrid su campaña "Más allá del mar" ante 300 agentes de viajes europeos',
           date='2024-05-14', source='CONSEJO DE PROMOCIÓN TURÍSTICA DE QUINTANA ROO', bulletin_number='071/2024',
           issuer='CONSEJO DE PROMOCIÓN TURÍSTICA DE QUINTANA ROO', dateline_city='Madrid',
           body_first_words='El Consejo de Promoción Turística de Quintana Roo presentó en la capital española',
           body_last_words='el respeto a las comunidades locales.',
           boilerplate=['De: Prensa CPTQ <prensa@cptq-comunicados.example.mx>',
                        'Enviado: miércoles, 15 de mayo de 2024 09:03 a. m.',
                        'Asunto: COMUNICADO 071 - Caribe Mexicano presenta campaña en Madrid',
                        '[cid:logo_cptq.png]', 'Comunicado 071/2024', 'Madrid, España; a 14 de mayo de 2024.-',
                        'Presentación de la campaña en Madrid / Campaign launch in Madrid. Foto / Photo: CPTQ', '###',
                        'Acerca del CPTQ / About CPTQ:', 'Contacto de prensa: Mariela Góngora · 998 555 0181 · prensa@cptq-comunicados.example.mx',
                        'AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo de su destinatario y pueden contener información confidencial.'],
           must_keep=['"European travellers are looking for authenticity and sustainability, and the Mexican Caribbean has both", dijo Elena Marchetti',
                      'España es el segundo mercado europeo del destino, con más de 290 mil visitantes en 2023',
                      'el organismo firmó acuerdos de promoción conjunta con dos aerolíneas y tres mayoristas'],
           photo_credit='CPTQ')

# ---------------------------------------------------------------- bf24 jekyll (day-first date, borrador, escaped quotes)
bf24 = '''---
title: "Los \\"gremios\\" de San Román vuelven a salir a la calle"
date: 12/09/2010
borrador: si
autor:
  - Miguel Ángel Uc Ortegón
permalink: /2010/09/12/gremios-san-roman/
last_modified_at: 2010-09-15
tags: gremios campeche tradiciones
periodico_escolar: "Voces del Instituto"
---

Con voladores, música de charanga y estandartes bordados a mano, los primeros gremios de la fiesta del Cristo Negro de San Román recorrieron este domingo las calles del barrio, en el inicio de las celebraciones que cada septiembre reúnen a miles de campechanos y visitantes.

Los gremios son agrupaciones de familias, oficios o colonias que se turnan para organizar un día de la fiesta. Cada uno sale de la casa de su "socio mayor" y camina hasta la iglesia con su estandarte, en una procesión que puede durar más de una hora. Este año participan 28 gremios, entre ellos el de pescadores, el de mercaderes y el de choferes.

Para muchas familias, la tradición se hereda. "Mi abuela bordó este estandarte en 1962 y todavía lo sacamos cada año, nada más le cambiamos los listones", contó Rosa María Canché, del gremio de señoras y señoritas del barrio.

Además de las procesiones, la feria incluye juegos mecánicos, venta de antojitos y la tradicional vaquería, en la que jóvenes del barrio bailan jarana hasta la madrugada. La fiesta concluye el 14 de septiembre con la misa principal y la bajada del Cristo.

Alumnos de nuestra escuela participarán este año en el gremio de estudiantes, que sale el próximo jueves a las 6 de la tarde del parque de San Román.
'''
write_source('bf24.markdown', bf24)
write_gold('bf24', family='jekyll',
           title='Los "gremios" de San Román vuelven a salir a la calle',
           date='2010-09-12', published=False, bylines=['Miguel Ángel Uc Ortegón'], source='Voces del Instituto',
           body_first_words='Con voladores, música de charanga y estandartes bordados a mano',
           body_last_words='del parque de San Román.',
           must_keep=['Este año participan 28 gremios, entre ellos el de pescadores, el de mercaderes y el de choferes.',
                      '"Mi abuela bordó este estandarte en 1962 y todavía lo sacamos cada año, nada más le cambiamos los listones", contó Rosa María Canché'])

# ---------------------------------------------------------------- bf25 generic (OCR text, no metadata, page number)
q = [
    'La noche del 3 de octubre, cuando el huracán ya había pasado sobre la isla, el faro de la '
    'punta dejó de girar por primera vez en cuarenta años. Los pescadores que regresaban tarde '
    'al puerto se dieron cuenta antes que nadie: la costa estaba completamente a oscuras.',
    'El farero, un hombre callado que vivía con su esposa en la casita al pie de la torre, subió '
    'los escalones con una lámpara de petróleo y pasó el resto de la noche haciendo señales a '
    'mano, según contaron después los mismos pescadores.',
    'Nadie sabe con certeza cuántas lanchas encontraron el camino gracias a él. Algunos hablan '
    'de seis, otros de una docena. Lo cierto es que al amanecer no faltaba ninguna embarcación '
    'del puerto y que el farero bajó con las manos quemadas.',
    'Años más tarde, cuando el faro fue automatizado y la casita quedó vacía, los vecinos pusieron '
    'una placa de latón con su nombre junto a la puerta. La sal ya se comió casi todas las letras, '
    'pero los viejos todavía la señalan cuando alguien pregunta por aquella noche.',
    'Esta historia no aparece en ningún archivo oficial. Vive en la memoria de quienes estuvieron '
    'ahí y en la de sus hijos, que la repiten cada temporada de huracanes.',
]
bf25 = ('\f\n\n\n'
        'LA NOCHE QUE SE APAGÓ EL FARO\n\n'
        + '\n\n'.join(wrap(x, 44, True) for x in q[:3]) + '\n\n'
        '- 12 -\n'
        '\f\n'
        + '\n\n'.join(wrap(x, 44, True) for x in q[3:]) + '\n\n'
        '- 13 -\n')
write_source('bf25.text', bf25, eol='crlf')
write_gold('bf25', family='generic', title='LA NOCHE QUE SE APAGÓ EL FARO',
           body_first_words='La noche del 3 de octubre, cuando el huracán',
           body_last_words='que la repiten cada temporada de huracanes.',
           boilerplate=['- 12 -', '- 13 -'],
           must_keep=['Lo cierto es que al amanecer no faltaba ninguna embarcación del puerto y que el farero bajó con las manos quemadas.',
                      'los vecinos pusieron una placa de latón con su nombre junto a la puerta.'])

# ---------------------------------------------------------------- bf26 wire (agency, UTF-8 BOM, "Redacción:" + person, footer with full name)
bf26 = '''[AGP] ENERGÍA :: 19 agosto 2014 :: 16:05

Pescadores de Carmen exigen indemnización por mancha de hidrocarburo en la Sonda

Redacción: Fabiola Sansores Mex

Ciudad del Carmen, Campeche, 19 agosto 2014 (AGP).— Unos 200 pescadores ribereños de Ciudad del Carmen bloquearon durante cinco horas el acceso a la terminal marítima de una empresa contratista para exigir una indemnización por la mancha de hidrocarburo que, aseguran, apareció hace dos semanas frente a las playas de Isla Aguada.

Los inconformes, integrantes de once cooperativas, mostraron a los medios redes y trampas manchadas de chapopote y afirmaron que desde el hallazgo la captura de camarón y jaiba ha caído a menos de la mitad. &quot;No pedimos limosna, pedimos que paguen lo que ya nos quitaron&quot;, dijo el líder de la cooperativa Mar de Dzilam, Abelardo Kantún Cach.

Los pescadores recordaron que ya se habían reportado manchas similares en años anteriores y se quejaron de que nunca recibieron una respuesta clara sobre quién debía pagar los daños. Ahora exigen que la Procuraduría Federal de Protección al Ambiente tome muestras del agua en presencia de sus representantes.

Personal de la empresa contratista acudió al lugar y ofreció instalar una mesa de diálogo el próximo jueves, con la participación de autoridades municipales y federales, por lo que los pescadores levantaron el bloqueo alrededor de las 14:00 horas.

Los cooperativistas advirtieron que, si no hay acuerdos, volverán a manifestarse en la entrada de la terminal y en el puente Zacatal, el principal acceso a la isla.

*** Nota en desarrollo ***

© Agencia Golfo Press (AGP). Prohibida su reproducción total o parcial sin autorización.
'''
write_source('bf26.text', bf26, bom=True)
write_gold('bf26', family='wire',
           title='Pescadores de Carmen exigen indemnización por mancha de hidrocarburo en la Sonda',
           date='2014-08-19', bylines=['Fabiola Sansores Mex'], source='Agencia Golfo Press', section='Energía',
           body_first_words='Unos 200 pescadores ribereños de Ciudad del Carmen',
           body_last_words='el principal acceso a la isla.',
           boilerplate=['[AGP] ENERGÍA :: 19 agosto 2014 :: 16:05', 'Redacción: Fabiola Sansores Mex',
                        'Ciudad del Carmen, Campeche, 19 agosto 2014 (AGP).—', '*** Nota en desarrollo ***',
                        '© Agencia Golfo Press (AGP). Prohibida su reproducción total o parcial sin autorización.'],
           must_keep=['Los inconformes, integrantes de once cooperativas, mostraron a los medios redes y trampas manchadas de chapopote',
                      'por lo que los pescadores levantaron el bloqueo alrededor de las 14:00 horas.'])

# ---------------------------------------------------------------- bf27 press (state health services, cp1252, umbrella + indented number)
bf27 = '''GOBIERNO DEL ESTADO DE VERACRUZ
Servicios de Salud de Veracruz
Coordinación de Comunicación Social
                                              Boletín Núm. 0312/09

INSTALA SESVER 40 FILTROS SANITARIOS ANTE BROTE DE INFLUENZA; PIDE NO AUTOMEDICARSE

Xalapa-Enríquez, Ver., 28 de abril de 2009.- Los Servicios de Salud de Veracruz (SESVER) instalaron 40 filtros sanitarios en terminales de autobuses, el aeropuerto y el puerto de Veracruz, así como en los accesos de hospitales y centros de salud, como parte de las medidas preventivas ante el brote de influenza que se registra en el país.

El director de Epidemiología del organismo, Horacio Cházaro Montiel, informó que hasta el momento se han atendido en la entidad 63 casos sospechosos de enfermedad respiratoria, de los cuales se tomaron muestras que fueron enviadas al laboratorio de referencia para su análisis.

El funcionario pidió a la población no automedicarse y acudir a la unidad de salud más cercana si presenta fiebre mayor a 38 grados, tos, dolor de cabeza y malestar general. Recordó que las medidas más eficaces son lavarse las manos con frecuencia, cubrirse nariz y boca al toser o estornudar con el ángulo interno del brazo y evitar saludar de beso o de mano.

Las clases en todos los niveles educativos permanecen suspendidas por disposición federal, por lo que SESVER recomendó a los padres de familia que los niños permanezcan en casa y evitar lugares concurridos como centros comerciales, cines y estadios.

Para informes y orientación, la dependencia habilitó la línea gratuita 800 555 0119, que funcionará las 24 horas.

- o -

Coordinación de Comunicación Social SESVER
Tel. 228 555 0147 Ext. 2210
'''
write_source('bf27.txt', bf27, enc='cp1252')
write_gold('bf27', family='press_release',
           title='INSTALA SESVER 40 FILTROS SANITARIOS ANTE BROTE DE INFLUENZA; PIDE NO AUTOMEDICARSE',
           date='2009-04-28', source='Servicios de Salud de Veracruz', bulletin_number='0312/09',
           issuer='Servicios de Salud de Veracruz', dateline_city='Xalapa-Enríquez',
           body_first_words='Los Servicios de Salud de Veracruz (SESVER) instalaron 40 filtros sanitarios',
           body_last_words='que funcionará las 24 horas.',
           boilerplate=['GOBIERNO DEL ESTADO DE VERACRUZ', 'Coordinación de Comunicación Social',
                        'Boletín Núm. 0312/09', 'Xalapa-Enríquez, Ver., 28 de abril de 2009.-', '- o -',
                        'Tel. 228 555 0147 Ext. 2210'],
           must_keep=['se han atendido en la entidad 63 casos sospechosos de enfermedad respiratoria',
                      'Para informes y orientación, la dependencia habilitó la línea gratuita 800 555 0119, que funcionará las 24 horas.'])

# ---------------------------------------------------------------- bf28 jekyll (month-first Spanish date, tags as a string, YAML 1.1 sexagesimal)
bf28 = '''---
titulo: Vaquería de la Santa Cruz reúne a 40 parejas de jaraneros en Tekit
date: "Mayo 7, 2014"
hora: 19:40
author: Redacción La Ceiba
category: cultura
tags: "[vaquería, jarana, Tekit]"
medio: La Ceiba
---
Con la tradicional *Cabeza de cochino* y una orquesta jaranera llegada de Mérida, la vaquería de la fiesta de la Santa Cruz reunió el martes por la noche a cuarenta parejas de bailadores en el parque principal de Tekit, en una de las celebraciones más concurridas del año.

Las mujeres lucieron ternos bordados en punto de cruz y los hombres guayabera blanca y sombrero de jipi. Durante el baile de *El torito*, dos jóvenes de la comunidad sostuvieron charolas con botellas en la cabeza sin derramar una gota, entre los aplausos del público.

Como manda la costumbre, las bombas no faltaron. Don Wilberth Ucán, de 71 años, detuvo la música para lanzar una:

> Desde que te vi bailando  
> con tu terno de colores,  
> ando yo por los rincones  
> tus pasitos recordando.

La vaquería fue organizada por el gremio de agricultores, que este año cumplió 65 años de participar en la fiesta. Su presidente, Felipe Mex Chan, agradeció a las familias que cooperaron para pagar la orquesta y la pólvora.

Los festejos concluyen este fin de semana con la corrida en el ruedo de palos, la procesión de la Santa Cruz y un baile popular. Los organizadores pidieron a los asistentes llegar temprano y no dejar basura en el parque.
'''
write_source('bf28.md', bf28)
write_gold('bf28', family='jekyll', title='Vaquería de la Santa Cruz reúne a 40 parejas de jaraneros en Tekit',
           date='2014-05-07', source='La Ceiba', section='cultura',
           body_first_words='Con la tradicional *Cabeza de cochino* y una orquesta jaranera',
           body_last_words='no dejar basura en el parque.',
           must_keep=['Don Wilberth Ucán, de 71 años, detuvo la música para lanzar una:',
                      'La vaquería fue organizada por el gremio de agricultores, que este año cumplió 65 años de participar en la fiesta.'])

# ---------------------------------------------------------------- bf29 generic (closed ATX heading, table, blockquote)
bf29 = '''# El manglar que sembraron los niños de Isla Aguada #

Hace doce años, un grupo de alumnos de la primaria de Isla Aguada salió con su maestra a sembrar plántulas de mangle rojo en una franja de playa que había quedado desnuda después de un huracán. Nadie esperaba mucho: la mayoría de las plantas, decían los pescadores, se las iba a llevar la primera marea alta.

Hoy aquella franja es un pequeño bosque de árboles de más de tres metros, donde se refugian garzas, cangrejos y crías de peces. Los niños de entonces ya son adultos y algunos de ellos regresan cada año para sembrar nuevas plántulas con los alumnos actuales.

| Año | Plántulas sembradas | Sobrevivientes |
|-----|--------------------:|---------------:|
| 2012 | 300 | 110 |
| 2016 | 450 | 290 |
| 2022 | 600 | 480 |

La maestra, ya jubilada, guarda en una libreta el registro de cada siembra. Ahí anotó los errores de los primeros años, como plantar demasiado cerca de la orilla o en temporada de nortes, y los aciertos que vinieron después.

> "Aprendimos más del manglar que de cualquier libro", dice una de sus antiguas alumnas, que ahora estudia biología marina.

El proyecto nunca tuvo financiamiento formal. Las plántulas se obtienen de un vivero comunitario y las herramientas las prestan los padres de familia. Aun así, el pequeño bosque se ha convertido en un ejemplo para otras escuelas de la Laguna de Términos, que ya preguntan cómo empezar.
'''
write_source('bf29.md', bf29)
write_gold('bf29', family='generic', title='El manglar que sembraron los niños de Isla Aguada',
           body_first_words='Hace doce años, un grupo de alumnos de la primaria de Isla Aguada',
           body_last_words='que ya preguntan cómo empezar.',
           must_keep=['Hoy aquella franja es un pequeño bosque de árboles de más de tres metros',
                      'El proyecto nunca tuvo financiamiento formal.'])

# ---------------------------------------------------------------- bf30 bad (a file of NUL bytes, left by a crashed copy)
write_source('bf30.txt', raw=b'\x00' * 8192)
write_gold('bf30', family='bad',
           refusal_reason='Archivo dañado: sólo contiene bytes nulos (0x00), no hay texto que importar.')
print('part3 written')
