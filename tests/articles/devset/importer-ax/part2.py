#!/usr/bin/env python3
"""importer-ax part 2: files ax11..ax20."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- ax11 wire (heavy social boilerplate)
write_source('ax11.md', """Sargazo

# Semáforo de sargazo pasa a rojo en Playa del Carmen y Tulum; hoteleros contratan barreras

Por: Rodrigo Ek Chablé y Fernanda Solís Aké
Cancún Express · Cancún, Q. Roo · 2 de julio de 2022, 10:15

📷 Foto: Rodrigo Ek Chablé / Cancún Express

📲 ¡Únete a nuestro canal de WhatsApp y recibe las noticias de Cancún antes que nadie!

El semáforo de sargazo pasó a rojo en Playa del Carmen, Tulum y Puerto Morelos, lo que significa que el arribo de la macroalga es excesivo y que las playas pueden presentar mal olor y agua turbia durante buena parte del día.

En Playa del Carmen, trabajadores de la zona federal marítimo terrestre retiraron desde temprano el alga acumulada frente a la Quinta Avenida con rastrillos y carretillas. "Llevamos tres semanas sin descanso y cada mañana amanece igual", dijo uno de ellos, que pidió no publicar su nombre.

Varios hoteles de Tulum contrataron barreras flotantes para desviar el sargazo antes de que llegue a la orilla. Un gerente de operaciones explicó que el costo de instalación supera el medio millón de pesos por cada kilómetro de barrera, sin contar el mantenimiento semanal. Relacionado: ¿Es seguro nadar con sargazo? Esto dicen los dermatólogos

Investigadores del puerto de Morelos advirtieron que el alga en descomposición libera ácido sulfhídrico y amoniaco, y que además cambia la temperatura y la luz del agua cerca de la costa, lo que afecta a los pastos marinos y a los corales más cercanos a la playa.

Prestadores de servicios náuticos reportan que varios turistas han cambiado sus excursiones hacia Isla Mujeres y Holbox, donde el arribo ha sido menor en las últimas semanas.

🔔 Activa las notificaciones y no te pierdas nada.
Síguenos en TikTok: @cancunexpress_ex
Descarga la app de Cancún Express en Google Play y App Store.
Suscríbete a nuestro newsletter: boletin@cancunexpress.example.mx
""")
write_gold('ax11', family='wire',
           title='Semáforo de sargazo pasa a rojo en Playa del Carmen y Tulum; hoteleros contratan barreras',
           date='2022-07-02', bylines=['Rodrigo Ek Chablé', 'Fernanda Solís Aké'], source='Cancún Express',
           section='Sargazo',
           body_first_words='El semáforo de sargazo pasó a rojo en Playa del Carmen',
           body_last_words='donde el arribo ha sido menor en las últimas semanas.',
           boilerplate=['📷 Foto: Rodrigo Ek Chablé / Cancún Express',
                        '📲 ¡Únete a nuestro canal de WhatsApp y recibe las noticias de Cancún antes que nadie!',
                        'Relacionado: ¿Es seguro nadar con sargazo? Esto dicen los dermatólogos',
                        '🔔 Activa las notificaciones y no te pierdas nada.',
                        'Síguenos en TikTok: @cancunexpress_ex',
                        'Descarga la app de Cancún Express en Google Play y App Store.',
                        'Suscríbete a nuestro newsletter: boletin@cancunexpress.example.mx'],
           must_keep=['Un gerente de operaciones explicó que el costo de instalación supera el medio millón de pesos por cada kilómetro de barrera, sin contar el mantenimiento semanal.',
                      '"Llevamos tres semanas sin descanso y cada mañana amanece igual", dijo uno de ellos, que pidió no publicar su nombre.',
                      'Prestadores de servicios náuticos reportan que varios turistas han cambiado sus excursiones hacia Isla Mujeres y Holbox, donde el arribo ha sido menor en las últimas semanas.'],
           photo_credit='Rodrigo Ek Chablé / Cancún Express')

# ---------------------------------------------------------------- ax12 wire (cp1252, CRLF)
write_source('ax12.txt', """El Grijalva Informa  |  Estado

Evacúan a 300 familias de rancherías de Nacajuca por crecida del río

Staff / El Grijalva Informa
Publicado: 15/09/2014 - 18:40

VILLAHERMOSA, Tab.- Unas 300 familias de las rancherías Guatacalca, Tapotzingo y Oxiacaque, en el municipio de Nacajuca, fueron trasladadas a albergues luego de que el río Samaria se desbordara durante la madrugada de este lunes.

Los habitantes relataron que el agua comenzó a entrar a las casas alrededor de las tres de la mañana y que en menos de dos horas alcanzó el nivel de las camas. “Sacamos primero a los niños y a los abuelos; los animales se quedaron en los tapancos”, contó Isidra de la Cruz Hernández, vecina de Tapotzingo.

Las familias fueron llevadas en lanchas de la Marina y en camiones de volteo a tres escuelas habilitadas como refugio, donde reciben colchonetas, alimentos y atención médica. Personal de salud aplicó vacunas contra el tétanos y repartió suero oral entre los menores.

Te puede interesar | Así quedó el bordo de Gaviotas tras la creciente
Autoridades estatales informaron que las presas del Alto Grijalva mantienen un desfogue controlado y que el nivel del río Samaria podría bajar a partir del miércoles si no se presentan nuevas lluvias en la sierra.

Productores de la zona estiman pérdidas en cultivos de maíz y plátano que estaban a punto de cosecharse, y pidieron que se levante un censo de daños en cuanto baje el agua.

Con información de Protección Civil de Tabasco

Síguenos en Facebook: El Grijalva Informa | Twitter: @grijalva_inf_ex
""", enc='cp1252', eol='crlf')
write_gold('ax12', family='wire',
           title='Evacúan a 300 familias de rancherías de Nacajuca por crecida del río',
           date='2014-09-15', bylines=[], source='El Grijalva Informa', section='Estado',
           body_first_words='Unas 300 familias de las rancherías Guatacalca',
           body_last_words='se levante un censo de daños en cuanto baje el agua.',
           boilerplate=['VILLAHERMOSA, Tab.-',
                        'Te puede interesar | Así quedó el bordo de Gaviotas tras la creciente',
                        'Con información de Protección Civil de Tabasco',
                        'Síguenos en Facebook: El Grijalva Informa | Twitter: @grijalva_inf_ex'],
           must_keep=['“Sacamos primero a los niños y a los abuelos; los animales se quedaron en los tapancos”, contó Isidra de la Cruz Hernández, vecina de Tapotzingo.',
                      'Personal de salud aplicó vacunas contra el tétanos y repartió suero oral entre los menores.',
                      'Autoridades estatales informaron que las presas del Alto Grijalva mantienen un desfogue controlado y que el nivel del río Samaria podría bajar a partir del miércoles si no se presentan nuevas lluvias en la sierra.'])

# ---------------------------------------------------------------- ax13 wire (republished national agency copy)
write_source('ax13.md', """ÚLTIMA HORA
Sismos

## Sismo de magnitud 5.8 sacude la costa de Chiapas; no se reportan daños mayores

*Por Ana Sofía Villarreal / Enlace Informativo Nacional (EIN) / 20.01.2023*

Un sismo de magnitud 5.8 se registró la noche de este viernes frente a las costas de Chiapas, con epicentro a unos 90 kilómetros al suroeste de Pijijiapan, y fue percibido en Tapachula, Tuxtla Gutiérrez y algunas zonas de Oaxaca.

**Relacionado:** Qué hacer antes, durante y después de un sismo. Las autoridades de protección civil del estado informaron que realizaron recorridos en los municipios de la costa y que, hasta el momento, solo se reportan bardas caídas y algunos vidrios rotos en comercios de Tapachula.

En Pijijiapan, vecinos salieron a las calles en cuanto sintieron el movimiento. "Fue largo, como de medio minuto, y se oía cómo tronaban los techos de lámina", relató Candelaria Ruiz Toledo, comerciante del mercado municipal.

Las escuelas de la región costera revisarán sus instalaciones antes de reanudar clases el lunes. Personal de la Comisión Federal de Electricidad restableció el servicio en colonias de Tonalá que se quedaron sin luz durante unos minutos.

Especialistas recordaron que la costa de Chiapas se encuentra frente a la zona donde la placa de Cocos se hunde bajo la placa de Norteamérica, una de las regiones con mayor actividad sísmica del país, por lo que pidieron mantener mochilas de emergencia y practicar simulacros.

Hasta el cierre de esta edición se habían registrado 14 réplicas, la mayor de magnitud 4.1.

_Este contenido se publicó originalmente en Enlace Informativo Nacional y se reproduce con autorización._
""", eol=('alternate',))
write_gold('ax13', family='wire',
           title='Sismo de magnitud 5.8 sacude la costa de Chiapas; no se reportan daños mayores',
           date='2023-01-20', bylines=['Ana Sofía Villarreal'], source='Enlace Informativo Nacional',
           section='Sismos',
           body_first_words='Un sismo de magnitud 5.8 se registró la noche de este viernes',
           body_last_words='la mayor de magnitud 4.1.',
           boilerplate=['ÚLTIMA HORA', 'Relacionado:', 'Qué hacer antes, durante y después de un sismo.',
                        'Este contenido se publicó originalmente en Enlace Informativo Nacional y se reproduce con autorización.'],
           must_keep=['Las autoridades de protección civil del estado informaron que realizaron recorridos en los municipios de la costa y que, hasta el momento, solo se reportan bardas caídas y algunos vidrios rotos en comercios de Tapachula.',
                      '"Fue largo, como de medio minuto, y se oía cómo tronaban los techos de lámina", relató Candelaria Ruiz Toledo, comerciante del mercado municipal.',
                      'Hasta el cierre de esta edición se habían registrado 14 réplicas, la mayor de magnitud 4.1.'])

# ---------------------------------------------------------------- ax14 press (state congress, BOM, CRLF)
write_source('ax14.txt', """PODER LEGISLATIVO
H. CONGRESO DEL ESTADO DE YUCATÁN
LXIII LEGISLATURA
Boletín No. LXIII/0412

Aprueban reforma para proteger el anillo de cenotes ante obras y descargas

Mérida, Yucatán, 30 de noviembre de 2022

El Pleno del Congreso del Estado aprobó por unanimidad una reforma a la ley estatal de protección al ambiente que obliga a presentar un estudio hidrogeológico antes de autorizar granjas, bancos de material o fraccionamientos dentro de la zona del anillo de cenotes.

La diputada Rosa Elena Pech Cauich, presidenta de la comisión dictaminadora, explicó que el anillo abastece de agua a buena parte del estado y que hasta ahora bastaba un permiso municipal para abrir obras en zonas de recarga. "Lo que se contamina en Cuzamá hoy, se lo toma una familia de Mérida mañana", expresó en tribuna.

La reforma también establece que las descargas de aguas residuales de granjas porcícolas deberán contar con tratamiento certificado y monitoreo trimestral, cuyos resultados serán públicos en el portal de la secretaría estatal del ramo.

Durante la discusión, legisladoras y legisladores de distintos grupos parlamentarios coincidieron en que las comunidades mayas de la zona deben ser consultadas antes de autorizar nuevos proyectos, por lo que se incluyó un artículo transitorio para elaborar el reglamento de consulta en un plazo de 180 días.

El dictamen será enviado al Poder Ejecutivo para su publicación en el Diario Oficial del Estado y entrará en vigor al día siguiente.

- - -

Coordinación de Comunicación Social
Tel. (999) 555 2040, ext. 3120
comunicacion@congresoyuc.example.mx
""", eol='crlf', bom=True)
write_gold('ax14', family='press_release',
           title='Aprueban reforma para proteger el anillo de cenotes ante obras y descargas',
           date='2022-11-30', source='H. CONGRESO DEL ESTADO DE YUCATÁN',
           bulletin_number='LXIII/0412', issuer='H. CONGRESO DEL ESTADO DE YUCATÁN', dateline_city='Mérida',
           body_first_words='El Pleno del Congreso del Estado aprobó por unanimidad',
           body_last_words='y entrará en vigor al día siguiente.',
           boilerplate=['PODER LEGISLATIVO', 'LXIII LEGISLATURA', 'Boletín No. LXIII/0412',
                        'Mérida, Yucatán, 30 de noviembre de 2022', '- - -',
                        'Coordinación de Comunicación Social', 'Tel. (999) 555 2040, ext. 3120',
                        'comunicacion@congresoyuc.example.mx'],
           must_keep=['"Lo que se contamina en Cuzamá hoy, se lo toma una familia de Mérida mañana", expresó en tribuna.',
                      'La reforma también establece que las descargas de aguas residuales de granjas porcícolas deberán contar con tratamiento certificado y monitoreo trimestral, cuyos resultados serán públicos en el portal de la secretaría estatal del ramo.',
                      'El dictamen será enviado al Poder Ejecutivo para su publicación en el Diario Oficial del Estado y entrará en vigor al día siguiente.'])

# ---------------------------------------------------------------- ax15 press (port authority)
write_source('ax15.md', """GOBIERNO DE MÉXICO | MARINA | SECRETARÍA DE MARINA

Administración del Sistema Portuario Nacional Progreso, S.A. de C.V.

Progreso, Yucatán, 6 de junio de 2023.

Comunicado No. ASIPONA-PRO/027/2023

**Llega a Puerto Progreso el primer crucero de la temporada de verano con 3,200 pasajeros**

El crucero Caribbean Horizon atracó este martes en la terminal remota del puerto de Altura de Progreso con 3,200 pasajeros y 1,150 tripulantes, con lo que arrancó la temporada de verano de cruceros en Yucatán.

La Administración del Sistema Portuario Nacional Progreso informó que para esta temporada están programados 42 arribos entre junio y septiembre, cifra superior a la del año anterior, cuando se recibieron 35 embarcaciones en el mismo periodo.

El gerente de operaciones, capitán de altura Felipe Ávila Quijano, explicó que la terminal cuenta con dos posiciones de atraque para cruceros y que el viaducto de más de seis kilómetros permite trasladar a los visitantes a tierra en autobuses en menos de quince minutos.

Los pasajeros pudieron elegir entre recorridos a Mérida, a la zona arqueológica de Dzibilchaltún, a la ciénaga de Progreso para observar flamencos o permanecer en el malecón, donde prestadores locales instalaron módulos de información turística.

Comerciantes del malecón señalaron que cada arribo representa ventas de artesanías, alimentos y bebidas, por lo que pidieron mantener la señalización bilingüe y la vigilancia en la zona de playa.

La siguiente llegada está programada para el 13 de junio.

###

**Contacto de prensa**
Gerencia de Comercialización | comunicacion@asipona-progreso.example.mx | (969) 555 1840
""")
write_gold('ax15', family='press_release',
           title='Llega a Puerto Progreso el primer crucero de la temporada de verano con 3,200 pasajeros',
           date='2023-06-06', source='Administración del Sistema Portuario Nacional Progreso, S.A. de C.V.',
           bulletin_number='ASIPONA-PRO/027/2023',
           issuer='Administración del Sistema Portuario Nacional Progreso, S.A. de C.V.',
           dateline_city='Progreso',
           body_first_words='El crucero Caribbean Horizon atracó este martes',
           body_last_words='La siguiente llegada está programada para el 13 de junio.',
           boilerplate=['GOBIERNO DE MÉXICO | MARINA | SECRETARÍA DE MARINA',
                        'Progreso, Yucatán, 6 de junio de 2023.', 'Comunicado No. ASIPONA-PRO/027/2023',
                        '###', 'Contacto de prensa',
                        'Gerencia de Comercialización | comunicacion@asipona-progreso.example.mx | (969) 555 1840'],
           must_keep=['La Administración del Sistema Portuario Nacional Progreso informó que para esta temporada están programados 42 arribos entre junio y septiembre, cifra superior a la del año anterior, cuando se recibieron 35 embarcaciones en el mismo periodo.',
                      'Comerciantes del malecón señalaron que cada arribo representa ventas de artesanías, alimentos y bebidas, por lo que pidieron mantener la señalización bilingüe y la vigilancia en la zona de playa.',
                      'La siguiente llegada está programada para el 13 de junio.'])

# ---------------------------------------------------------------- ax16 press (Campeche, cp1252, inline dateline with en dash)
write_source('ax16.txt', """GOBIERNO DEL ESTADO DE CAMPECHE
SECRETARÍA DE MEDIO AMBIENTE, BIODIVERSIDAD, CAMBIO CLIMÁTICO Y ENERGÍA
BOLETÍN SEMABICCE/BOL/088/2024

LIBERAN 1,200 CRÍAS DE TORTUGA CAREY EN LA PLAYA DE SABANCUY

San Francisco de Campeche, Campeche; a 11 de julio de 2024.– La Secretaría de Medio Ambiente, Biodiversidad, Cambio Climático y Energía liberó 1,200 crías de tortuga carey en la playa de Sabancuy, como parte del programa estatal de conservación de tortugas marinas que se realiza con voluntarios de la comunidad.

El responsable del campamento tortuguero, biólogo Ernesto Uc Dzul, informó que en lo que va de la temporada se han protegido 214 nidos de carey y 96 de tortuga blanca, trasladados a corrales de incubación para evitar que sean saqueados o arrastrados por la marea.

Explicó que la tortuga carey se encuentra en peligro crítico de extinción y que las playas de Campeche, junto con las de Yucatán, concentran la mayor parte de su anidación en el Golfo de México.

La liberación se realizó al atardecer, cuando la arena está más fresca y hay menos aves que puedan depredar a las crías en su camino al mar. Participaron familias, estudiantes de la universidad local y pescadores que apoyan en los recorridos nocturnos.

La dependencia pidió a quienes visiten las playas del estado no encender fogatas ni usar luces blancas por la noche, retirar sillas y sombrillas al terminar el día y reportar cualquier nido o tortuga varada al número de atención ciudadana de la Secretaría.

FIN

Departamento de Comunicación Social SEMABICCE
Tels. (981) 555 6620 y 555 6621
""", enc='cp1252', eol='lf')
write_gold('ax16', family='press_release',
           title='LIBERAN 1,200 CRÍAS DE TORTUGA CAREY EN LA PLAYA DE SABANCUY',
           date='2024-07-11',
           source='SECRETARÍA DE MEDIO AMBIENTE, BIODIVERSIDAD, CAMBIO CLIMÁTICO Y ENERGÍA',
           bulletin_number='SEMABICCE/BOL/088/2024',
           issuer='SECRETARÍA DE MEDIO AMBIENTE, BIODIVERSIDAD, CAMBIO CLIMÁTICO Y ENERGÍA',
           dateline_city='San Francisco de Campeche',
           body_first_words='La Secretaría de Medio Ambiente, Biodiversidad, Cambio Climático y Energía liberó',
           body_last_words='al número de atención ciudadana de la Secretaría.',
           boilerplate=['GOBIERNO DEL ESTADO DE CAMPECHE', 'BOLETÍN SEMABICCE/BOL/088/2024',
                        'San Francisco de Campeche, Campeche; a 11 de julio de 2024.–', 'FIN',
                        'Departamento de Comunicación Social SEMABICCE', 'Tels. (981) 555 6620 y 555 6621'],
           must_keep=['Explicó que la tortuga carey se encuentra en peligro crítico de extinción y que las playas de Campeche, junto con las de Yucatán, concentran la mayor parte de su anidación en el Golfo de México.',
                      'Participaron familias, estudiantes de la universidad local y pescadores que apoyan en los recorridos nocturnos.'])

# ---------------------------------------------------------------- ax17 jekyll (site C, hand-written)
write_source('ax17.markdown', """---
title: Apicultores de Calakmul venden su primera cosecha de miel certificada
date: "viernes 3 de julio de 2015, 7:40 pm"
author: Humberto Chi Uc
categories: Portada, Selva, Calakmul
medio: La Libreta de Calakmul
---

Una cooperativa de apicultores de Xpujil vendió esta semana su primera cosecha de miel con certificación orgánica: cinco toneladas que saldrán hacia Alemania en el próximo embarque desde el puerto de Progreso.

Los 38 socios, la mayoría de ejidos cercanos a la reserva, tardaron tres años en cumplir los requisitos. Tuvieron que alejar sus apiarios de los cultivos fumigados, llevar registros de cada colmena y demostrar que no usan antibióticos. "Nos costó, pero ahora nos pagan casi el doble por kilo", dijo el presidente de la cooperativa, Efraín May Canché.

La miel de la región se produce sobre todo con la floración del tajonal y del ts'iits'ilche', dos plantas de la selva que dan un sabor claro y suave, muy apreciado en el mercado europeo.

Los apicultores advirtieron que la certificación depende de que la selva siga en pie alrededor de sus colmenas. Por eso piden que los programas de gobierno que apoyan la siembra de pastizales para ganado tomen en cuenta a la apicultura antes de autorizar nuevos desmontes.

La cooperativa planea usar parte de las ganancias para comprar un extractor y una bodega propia en Xpujil, y así dejar de rentar el equipo a intermediarios.

_Si tienes una historia de tu comunidad, escríbenos a libreta@calakmul.example.mx_
""")
write_gold('ax17', family='jekyll',
           title='Apicultores de Calakmul venden su primera cosecha de miel certificada',
           date='2015-07-03', bylines=['Humberto Chi Uc'], source='La Libreta de Calakmul',
           section='Selva', placement=['Portada'],
           body_first_words='Una cooperativa de apicultores de Xpujil vendió esta semana',
           body_last_words='y así dejar de rentar el equipo a intermediarios.',
           boilerplate=['Si tienes una historia de tu comunidad, escríbenos a libreta@calakmul.example.mx'],
           must_keep=['"Nos costó, pero ahora nos pagan casi el doble por kilo", dijo el presidente de la cooperativa, Efraín May Canché.',
                      'Los apicultores advirtieron que la certificación depende de que la selva siga en pie alrededor de sus colmenas.',
                      "La miel de la región se produce sobre todo con la floración del tajonal y del ts'iits'ilche', dos plantas de la selva que dan un sabor claro y suave, muy apreciado en el mercado europeo."])

# ---------------------------------------------------------------- ax18 jekyll (site A, Spanish keys, offset -05:00)
write_source('ax18.md', """---
titulo: "Bacalar limita a 1,500 visitantes diarios el acceso al Canal de los Piratas"
fecha: 2025-10-19T21:10:00-05:00
autor: Redacción
categoria: Turismo
etiquetas:
  - Bacalar
  - laguna de los siete colores
  - estromatolitos
resumen: "El municipio y los prestadores acordaron horarios y un tope diario."
sitio: Sureste Verde
---

El municipio de Bacalar y las cooperativas de lancheros acordaron limitar a 1,500 visitantes por día el acceso al Canal de los Piratas, uno de los puntos más concurridos de la laguna, para reducir el daño a los estromatolitos que crecen en sus orillas.

La medida comenzará a aplicarse el 1 de noviembre. Los recorridos solo podrán hacerse entre las 8:00 y las 17:00 horas y ninguna embarcación podrá detenerse sobre los bancos de estromatolitos, que serán señalizados con boyas.

Los estromatolitos son estructuras formadas por microorganismos que figuran entre las formas de vida más antiguas del planeta. En Bacalar crecen apenas unos milímetros por siglo, y los investigadores han documentado que las pisadas, los bloqueadores solares y el oleaje de las lanchas los han fracturado en los últimos años.

"No se trata de cerrar la laguna, sino de que nuestros hijos la encuentren viva", dijo Leticia Arceo Cahum, representante de una de las cooperativas. Lee también: Qué son los estromatolitos y por qué son tan frágiles Los prestadores también se comprometieron a capacitar a sus guías para explicar a los turistas por qué no deben pararse sobre las rocas.

El acuerdo contempla revisar cada seis meses el número de visitantes permitidos, con base en el monitoreo de la calidad del agua que realizan universidades de la región.
""", eol='crlf')
write_gold('ax18', family='jekyll',
           title='Bacalar limita a 1,500 visitantes diarios el acceso al Canal de los Piratas',
           date='2025-10-19', bylines=[], source='Sureste Verde', section='Turismo',
           body_first_words='El municipio de Bacalar y las cooperativas de lancheros acordaron',
           body_last_words='que realizan universidades de la región.',
           boilerplate=['Lee también: Qué son los estromatolitos y por qué son tan frágiles',
                        'El municipio y los prestadores acordaron horarios y un tope diario.'],
           must_keep=['"No se trata de cerrar la laguna, sino de que nuestros hijos la encuentren viva", dijo Leticia Arceo Cahum, representante de una de las cooperativas.',
                      'Los prestadores también se comprometieron a capacitar a sus guías para explicar a los turistas por qué no deben pararse sobre las rocas.',
                      'La medida comenzará a aplicarse el 1 de noviembre.'])

# ---------------------------------------------------------------- ax19 generic (cp1252, bold first line)
write_source('ax19.md', """**Notas para la cobertura de la veda del pulpo**

Guía interna de la mesa de Yucatán. Revisar antes de cada temporada y actualizar las cifras con las fuentes oficiales del año.

La pesca del pulpo en la costa yucateca abre el 1 de agosto y cierra el 15 de diciembre. Durante la veda, que va del 16 de diciembre al 31 de julio, no se puede capturar ni vender pulpo fresco, y es común que aparezcan reportes de pesca furtiva en Progreso, Sisal y Dzilam de Bravo.

Puntos que conviene cuidar en las notas:

1. No llamar "pulperos" a todos los pescadores: muchos combinan el pulpo con mero, langosta o pepino de mar según la temporada.
2. Preguntar siempre en qué puerto se hizo la entrevista, porque los precios de playa cambian de un lugar a otro.
3. Distinguir entre el pulpo maya, que solo vive en la península, y el pulpo patón, que se captura más lejos de la costa.

La técnica tradicional es el gareteo: la lancha deriva con el viento y arrastra varias líneas con cangrejos como carnada, sin anzuelo. Es una de las pesquerías más artesanales del país y conviene explicarla en las notas de apertura de temporada.

Sobre las cifras de captura, usar solo las que publiquen las autoridades pesqueras o las que den las cooperativas con nombre y cargo de quien habla. Las cifras de redes sociales no se publican.

Dudas sobre esta guía: con la editora de la mesa, Karla Ortegón.
""", enc='cp1252', eol='lf')
write_gold('ax19', family='generic',
           title='Notas para la cobertura de la veda del pulpo',
           body_first_words='Guía interna de la mesa de Yucatán.',
           body_last_words='con la editora de la mesa, Karla Ortegón.',
           must_keep=['La técnica tradicional es el gareteo: la lancha deriva con el viento y arrastra varias líneas con cangrejos como carnada, sin anzuelo.',
                      'Las cifras de redes sociales no se publican.',
                      'La pesca del pulpo en la costa yucateca abre el 1 de agosto y cierra el 15 de diciembre.'])

# ---------------------------------------------------------------- ax20 bad (BOM and whitespace only)
write_source('ax20.txt', raw=b'\xef\xbb\xbf\r\n   \r\n\t\r\n\r\n')
write_gold('ax20', family='bad',
           refusal_reason='El archivo está vacío: solo contiene una marca BOM, espacios y saltos de línea.')
