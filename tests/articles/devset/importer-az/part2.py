#!/usr/bin/env python3
"""importer-az, files az11-az20."""
from common import write_source, write_gold, NBSP, SHY, RLO, ZWSP

# ---------------------------------------------------------------- az11 wire
T11 = 'Pescadores de Ciudad del Carmen denuncian mancha de hidrocarburo frente a Isla Aguada'
DL11 = 'CIUDAD DEL CARMEN, Camp. (ASI).—'
TR11 = 'Te recomendamos: Capturan 40 toneladas de camarón en el arranque de temporada'
S11a = 'Según los pescadores, la mancha se extiende por al menos seis kilómetros y ha dejado restos de chapopote en las redes y en los cascos de las embarcaciones.'
S11b = 'La Agencia de Seguridad, Energía y Ambiente informó que enviará inspectores a la zona para tomar muestras del agua y de los sedimentos.'
src11 = f"""ASI · Agencia Sureste Informa
{T11}
Por Eduardo Canul Pech
Jueves 03/11/2011

Fotografía: ASI/Archivo

{DL11} Integrantes de cuatro cooperativas pesqueras de Ciudad del Carmen denunciaron la presencia de una mancha de hidrocarburo a unas doce millas náuticas frente a Isla Aguada, en una zona donde habitualmente capturan robalo, sierra y camarón.

{S11a} {TR11} Los trabajadores del mar aseguraron que desde el fin de semana dejaron de salir a pescar por temor a perder sus artes de pesca.

“No es la primera vez; cada año pasa lo mismo y nadie nos dice de dónde sale el aceite”, afirmó Wilberth Chablé Uc, presidente de una de las cooperativas, quien estimó que cerca de 300 pescadores resultarán afectados si la mancha no se contiene en los próximos días.

Los pescadores entregaron fotografías y muestras de chapopote a la delegación local de la Procuraduría Federal de Protección al Ambiente, y pidieron que se investigue si el derrame proviene de alguna de las plataformas de la Sonda de Campeche o de un buque.

{S11b} Petróleos Mexicanos no había emitido ninguna postura hasta el cierre de esta edición.

Las cooperativas anunciaron que, de no recibir respuesta antes del lunes, realizarán una protesta con lanchas frente a las instalaciones portuarias de la isla.

ASI/ECP/lrm
"""
write_source('az11.txt', src11, enc='cp1252', eol='crlf')
write_gold('az11', family='wire', title=T11, date='2011-11-03',
           bylines=['Eduardo Canul Pech'], source='Agencia Sureste Informa', section=None,
           body_first_words='Integrantes de cuatro cooperativas pesqueras',
           body_last_words='frente a las instalaciones portuarias de la isla.',
           boilerplate=['Fotografía: ASI/Archivo', DL11, TR11, 'ASI/ECP/lrm'],
           must_keep=[S11a, 'Los trabajadores del mar aseguraron que desde el fin de semana dejaron de salir a pescar por temor a perder sus artes de pesca.', S11b],
           photo_credit='ASI/Archivo')

# ---------------------------------------------------------------- az12 press
T12 = 'Abre TSJ primer juzgado especializado en justicia para adolescentes en la Mixteca'
DL12 = 'Acatlán de Osorio, Pue., 27 de mayo de 2019.-'
S12a = 'Hasta ahora, las causas penales de adolescentes de los 17 municipios de la región se tramitaban en la capital del estado, lo que obligaba a las familias a recorrer más de 200 kilómetros para asistir a cada audiencia.'
S12b = 'El juzgado atenderá de lunes a viernes en horario de 8:00 a 15:00 horas y contará con una guardia los fines de semana para las audiencias de control de detención.'
src12 = f"""![Logotipo del Tribunal](https://pjpuebla.example.mx/img/logo-tsj.png)

**H. TRIBUNAL SUPERIOR DE JUSTICIA DEL ESTADO DE PUEBLA**
Dirección de Comunicación Social

COMUNICADO CS-TSJ/087/2019

---

## {T12}

{DL12} El Tribunal Superior de Justicia del Estado inauguró este lunes el Juzgado Especializado en Justicia Penal para Adolescentes con sede en Acatlán de Osorio, el primero de su tipo fuera de la zona metropolitana de la capital.

{S12a}

El magistrado presidente, Arturo Olmos Carranza, explicó que el nuevo órgano jurisdiccional cuenta con una jueza especializada, dos auxiliares, una psicóloga y una trabajadora social, además de una sala de audiencias equipada con sistema de videograbación.

“La justicia para adolescentes no busca castigar, sino reintegrar; para lograrlo, el juez tiene que estar cerca de la comunidad y de la familia”, expresó el magistrado durante la ceremonia, a la que asistieron autoridades municipales y representantes de la Fiscalía General del Estado.

Detalló que la construcción y el equipamiento del inmueble tuvieron un costo de 11.6 millones de pesos, aportados por el Poder Judicial y por el Ayuntamiento, que donó el terreno.

{S12b}

###

Dirección de Comunicación Social
Tel. 222 555 4170 ext. 2203
comunicacion@pjpuebla.example.mx
"""
write_source('az12.md', src12)
write_gold('az12', family='press_release', title=T12, date='2019-05-27',
           bulletin_number='CS-TSJ/087/2019',
           issuer='H. TRIBUNAL SUPERIOR DE JUSTICIA DEL ESTADO DE PUEBLA',
           dateline_city='Acatlán de Osorio',
           body_first_words='El Tribunal Superior de Justicia del Estado inauguró',
           body_last_words='para las audiencias de control de detención.',
           boilerplate=['COMUNICADO CS-TSJ/087/2019', DL12, 'Tel. 222 555 4170 ext. 2203',
                        'comunicacion@pjpuebla.example.mx'],
           must_keep=[S12a, S12b])

# ---------------------------------------------------------------- az13 jekyll
T13 = 'Vecinos de San Cristóbal frenan tala en el cerro Huitepec'
S13a = 'El grupo, formado por habitantes de los barrios de La Garita, Cuxtitali y Mexicanos, asegura que en las últimas dos semanas se derribaron al menos 80 árboles de encino y pino en un predio ubicado dentro del área natural protegida.'
S13b = 'Los vecinos instalaron una guardia permanente en el camino de acceso y aseguraron que no se retirarán hasta que la autoridad clausure el predio.'
src13 = f"""---
title: "{T13}{RLO}"
date: 2024-13-45
last_modified_at: 2024-12-05
author: Mateo Gómez Hernández
site_name: Bitácora Coleta
categories:
  - Destacadas
  - Ambiente
tags: Huitepec, bosque, San Cristóbal
---

Desde el amanecer del sábado, una veintena de vecinos del norte de San Cristóbal de las Casas bloquea el paso de camionetas cargadas de madera por la brecha que sube al cerro Huitepec.

{S13a}

“Nadie nos enseñó un permiso; los trabajadores sólo dicen que el dueño les paga por limpiar el terreno”, contó Juana Pérez López, integrante del comité vecinal, mientras señalaba los tocones recién cortados.

El Huitepec abastece de agua a varios manantiales de los que dependen colonias del norte de la ciudad. Biólogos de la región han advertido que la pérdida de cobertura forestal en sus laderas reduce la recarga del acuífero y aumenta el riesgo de deslaves en temporada de lluvias.

Los vecinos presentaron una denuncia ante la Procuraduría Federal de Protección al Ambiente y pidieron una reunión con el cabildo. Hasta el cierre de esta nota, ninguna autoridad había respondido a la solicitud.

{S13b}
"""
write_source('az13.md', src13)
write_gold('az13', family='jekyll', title=T13, date=None,
           bylines=['Mateo Gómez Hernández'], source='Bitácora Coleta', section='Ambiente',
           placement=['Destacadas'],
           body_first_words='Desde el amanecer del sábado',
           body_last_words='hasta que la autoridad clausure el predio.',
           must_keep=[S13a, S13b])

# ---------------------------------------------------------------- az14 wire
T14 = 'Ciclovía de la 5 de Mayo quedará lista en diciembre, promete el Ayuntamiento de Puebla'
REL14 = 'Relacionado: Ciclistas exigen confinamiento en el bulevar Hermanos Serdán'
S14a = 'El Ayuntamiento de Puebla aseguró que la ciclovía confinada de la avenida 5 de Mayo estará terminada en la segunda quincena de diciembre, pese a los retrasos que ha acumulado la obra desde su arranque en agosto.'
S14b = 'Colectivos de ciclistas señalaron que revisarán que la obra cumpla con el ancho mínimo de dos metros y con los reductores de velocidad prometidos en las intersecciones.'
SIG14 = 'Síguenos en Facebook, X e Instagram como @pueblaalinstante'
POD14 = '🎧 Escucha «Al Instante», nuestro pódcast diario, en tu plataforma favorita.'
src14 = f"""#Movilidad

{T14}

Puebla al Instante · 19 de noviembre de 2018 · 4 min de lectura
Texto: Sofía Arrieta Luna | Fotos: Daniel Mora Tecuapetla

{REL14} {S14a}

La directora de Movilidad municipal, Gabriela Huerta Sosa, explicó que el retraso se debió a la reubicación de tuberías de agua potable que no aparecían en los planos originales. La obra tiene una longitud de 3.2 kilómetros, entre el bulevar 5 de Mayo y la calle 46 Poniente, y un costo de 18 millones de pesos.

Comerciantes de la zona se han quejado de la pérdida de lugares de estacionamiento y de la baja en sus ventas durante los trabajos. “Llevamos tres meses con la calle abierta; la gente ya no viene”, dijo el dueño de una papelería cercana al mercado.

La funcionaria aseguró que, una vez terminada, la vía contará con semáforos ciclistas, iluminación y señalamiento horizontal, y que se conectará con la red de ciclovías del centro histórico. Estimó que cada día la utilizarán alrededor de 1,500 personas.

{S14b} También pidieron que se instalen biciestacionamientos en los accesos al mercado.

{SIG14}

{POD14}
"""
write_source('az14.md', src14, eol='crlf')
write_gold('az14', family='wire', title=T14, date='2018-11-19',
           bylines=['Sofía Arrieta Luna'], source='Puebla al Instante', section='Movilidad',
           body_first_words='El Ayuntamiento de Puebla aseguró que la ciclovía',
           body_last_words='en los accesos al mercado.',
           boilerplate=[REL14, 'Fotos: Daniel Mora Tecuapetla', SIG14, POD14],
           must_keep=[S14a, S14b], photo_credit='Daniel Mora Tecuapetla')

# ---------------------------------------------------------------- az15 press
T15 = 'CFE RESTABLECE EL SUMINISTRO AL 100% TRAS LA NEVADA EN LA SIERRA'
DL15 = 'Victoria de Durango, Dgo.; 2 de febrero de 2016 —'
S15a = 'La Comisión Federal de Electricidad informó que quedó restablecido el servicio de energía eléctrica al cien por ciento de los usuarios afectados por la nevada del fin de semana en los municipios de la sierra de Durango.'
S15b = 'La empresa recordó que los reportes de fallas pueden hacerse las 24 horas del día al número 071.'
src15 = f"""COMISIÓN FEDERAL DE ELECTRICIDAD
Zona de Distribución Durango
\tBoletín de prensa No. DGO-019/2016

\t{T15}

\t{DL15} {S15a}

\tEl fenómeno meteorológico provocó la caída de 46 postes y de más de 18 kilómetros de línea de media tensión, principalmente en los municipios de Pueblo Nuevo, San Dimas, Tepehuanes y Guanaceví, lo que dejó sin luz a 21 mil 300 usuarios en el momento de mayor afectación.

\tPara atender la contingencia se desplegaron 62 cuadrillas con 190 trabajadores electricistas, apoyados por 35 grúas y vehículos especiales, así como por personal de las zonas Torreón y Mazatlán. En algunos tramos fue necesario abrir paso con maquinaria pesada y trasladar material a pie debido a la acumulación de hielo en los caminos.

\tEl superintendente de la zona, Ignacio Bustamante Ríos, agradeció la paciencia de los usuarios y la colaboración de las autoridades municipales y de Protección Civil, que apoyaron con la limpieza de los accesos.

\tAsimismo, pidió a la población no acercarse a cables caídos ni intentar retirar ramas que estén en contacto con las líneas, y reportar de inmediato cualquier situación de riesgo.

\t{S15b}

o-0-o

Departamento de Comunicación Social
Tel. 618 555 3300 · @CFEZonaDgo_ej
"""
write_source('az15.txt', src15)
write_gold('az15', family='press_release', title=T15, date='2016-02-02',
           bulletin_number='DGO-019/2016', issuer='COMISIÓN FEDERAL DE ELECTRICIDAD',
           dateline_city='Victoria de Durango',
           body_first_words='La Comisión Federal de Electricidad informó que quedó',
           body_last_words='las 24 horas del día al número 071.',
           boilerplate=['Boletín de prensa No. DGO-019/2016', DL15, 'o-0-o',
                        'Departamento de Comunicación Social', 'Tel. 618 555 3300 · @CFEZonaDgo_ej'],
           must_keep=[S15a, S15b])

# ---------------------------------------------------------------- az16 generic
T16 = 'La última función del cine Variedades'
S16a = 'El cine Variedades abrió sus puertas en 1948, cuando el mineral de Parral todavía daba trabajo a miles de familias y las películas llegaban en tren desde Chihuahua.'
S16b = 'Cuando se encendieron las luces, nadie se levantó de inmediato.'
src16 = f"""{T16}

El domingo, a las siete de la tarde, un centenar de personas hizo fila por última vez frente a la taquilla del cine Variedades, en el centro de Hidalgo del Parral. Algunos llevaban a sus nietos; otros llegaron solos, con el boleto de la primera función que vieron ahí guardado en la cartera.

{S16a} Llegó a tener mil doscientas butacas, un telón de terciopelo rojo y una dulcería famosa por sus palomitas con chile.

Don Refugio Armendáriz, de 81 años, fue proyeccionista durante casi cuatro décadas. Recuerda las funciones dobles de los sábados, las películas de Pedro Infante que se repetían durante semanas y la noche en que una tormenta dejó a oscuras la sala a la mitad de una película de vaqueros. "La gente no se fue; esperó dos horas a que volviera la luz", cuenta.

La llegada de la televisión, primero, y de los complejos de cine en los centros comerciales, después, fue vaciando la sala. En los últimos años sólo abría los fines de semana y apenas vendía unos cuantos boletos por función.

Para la despedida, los dueños eligieron una película mexicana de los años cincuenta. Hubo aplausos al aparecer el primer cuadro en la pantalla y silencio al final. {S16b} Algunos se quedaron mirando la pantalla en blanco, como esperando otra función.
"""
write_source('az16.txt', src16, enc='latin-1', eol='cr')
write_gold('az16', family='generic', title=T16, date=None,
           body_first_words='El domingo, a las siete de la tarde',
           body_last_words='como esperando otra función.',
           must_keep=[S16a, S16b])

# ---------------------------------------------------------------- az17 press
T17 = 'Profeco verifica gasolineras de Tuxtla y Tapachula; inmoviliza 23 mangueras'
DL17 = 'TUXTLA GUTIÉRREZ, CHIS., 8 DE FEBRERO DE 2022.-'
S17a = 'Durante el operativo, el personal verificador revisó 412 mangueras de despacho y detectó que 23 de ellas entregaban menos litros de los que marcaba la bomba, por lo que fueron inmovilizadas hasta que los establecimientos corrijan la falla.'
S17b = 'Las personas consumidoras pueden presentar sus quejas en la Oficina de Defensa del Consumidor, ubicada en la 1a. Poniente Norte de Tuxtla Gutiérrez, o a través del Teléfono del Consumidor.'
SIG17 = 'Síguenos: @Profeco_Chiapas_ej (X) | facebook.com/ProfecoChiapasEj'
src17 = f"""GOBIERNO DE MÉXICO
Procuraduría Federal del Consumidor en Chiapas
Nota informativa 07/2022

{T17}

{DL17} La Procuraduría Federal del Consumidor llevó a cabo, del 31 de enero al 6 de febrero, un programa de verificación en 38 estaciones de servicio de Tuxtla Gutiérrez, Tapachula y Chiapa de Corzo, con el fin de comprobar que los consumidores reciban litros de a litro.

{S17a}

Además, se colocaron sellos de suspensión en dos estaciones de Tapachula que impidieron la verificación o que no exhibían los precios de los combustibles en un lugar visible, como lo establece la Norma Oficial Mexicana correspondiente.

La titular de la Oficina de Defensa del Consumidor en Tuxtla Gutiérrez, Rocío Castellanos Zenteno, informó que las estaciones con irregularidades se harán acreedoras a multas que pueden superar los 500 mil pesos, de acuerdo con la Ley Federal de Protección al Consumidor.

Recomendó a la población verificar que la bomba esté en ceros antes de iniciar la carga, solicitar su comprobante y, en caso de duda, pedir que se realice una prueba con la jarra de 20 litros que cada estación debe tener a la vista.

{S17b}

— 30 —

{SIG17}
Teléfono del Consumidor en Chiapas: 961 555 0177
"""
write_source('az17.md', src17, eol='crlf', bom=True)
write_gold('az17', family='press_release', title=T17, date='2022-02-08',
           bulletin_number='07/2022', issuer='Procuraduría Federal del Consumidor en Chiapas',
           dateline_city='TUXTLA GUTIÉRREZ',
           body_first_words='La Procuraduría Federal del Consumidor llevó a cabo',
           body_last_words='o a través del Teléfono del Consumidor.',
           boilerplate=['GOBIERNO DE MÉXICO', 'Nota informativa 07/2022', DL17, '— 30 —', SIG17,
                        'Teléfono del Consumidor en Chiapas: 961 555 0177'],
           must_keep=[S17a, S17b])

# ---------------------------------------------------------------- az18 jekyll
T18 = 'Pescadoras de Champotón venden su producto por redes sociales durante la pandemia'
S18a = 'Desde abril, cuando cerraron los restaurantes del malecón, un grupo de once mujeres de la colonia Pueblo Nuevo comenzó a ofrecer pescado fileteado, camarón y pulpo a domicilio a través de un grupo de Facebook y de mensajes de WhatsApp.'
S18b = 'El grupo ya tramita su registro como sociedad cooperativa para poder acceder a créditos y comprar un congelador más grande.'
src18 = f"""---
layout: post
title: '{T18}'
date: "12 de agosto de 2020"
autor: Ximena Poot Ek
medio: La Parota Informativa
categories: Sociedad Portada
tags:
- pesca
- Champotón
- mujeres
published: "pendiente"
---

La pandemia dejó sin compradores a muchas familias pescadoras de Champotón. Pero en la orilla del río, donde atracan las lanchas, algunas mujeres encontraron otra forma de sacar adelante la venta.

{S18a}

“Al principio nos daba pena publicar fotos, pero la gente empezó a pedir y ya no paramos”, cuenta Leticia Canché Huchín, quien coordina los pedidos desde su cocina. Cada mañana reciben el producto de los pescadores, lo limpian, lo empacan en bolsas con hielo y lo reparten en mototaxi por la ciudad.

El kilo de filete de robalo lo venden en 160 pesos y el de camarón mediano en 220. Aseguran que sus precios son más bajos que los de las pescaderías porque no hay intermediarios, y que el dinero se reparte entre todas según las horas que trabajó cada una.

No todo ha sido fácil. En junio, el paso de la tormenta tropical Cristóbal impidió salir a pescar durante casi dos semanas, y las ventas se desplomaron. Algunas de ellas tuvieron que pedir prestado para pagar la luz del congelador.

{S18b} “Queremos que esto dure aunque se acabe la pandemia”, dice Canché.
"""
write_source('az18.md', src18)
write_gold('az18', family='jekyll', title=T18, date='2020-08-12', published=False,
           bylines=['Ximena Poot Ek'], source='La Parota Informativa', section='Sociedad',
           placement=['Portada'],
           body_first_words='La pandemia dejó sin compradores',
           body_last_words='aunque se acabe la pandemia”, dice Canché.',
           must_keep=[S18a, S18b])

# ---------------------------------------------------------------- az19 wire
T19 = 'Declaran contingencia por incendios en el Nevado de Toluca; prohíben quemas en 12 municipios'
LEE19 = 'Lee también: Suman 80 incendios forestales en el Valle de Toluca en lo que va de abril'
S19a = 'La Protectora de Bosques del Estado de México declaró contingencia ambiental por incendios forestales en 12 municipios de las faldas del Nevado de Toluca y prohibió hasta nuevo aviso las quemas agrícolas y de basura.'
S19b = 'Las brigadas trabajan desde el viernes en el paraje conocido como Las Cruces, donde el fuego ha consumido unas 150 hectáreas de pastizal y arbolado joven.'
APP19 = 'Descarga la app de Voz Mexiquense en Google Play y App Store y recibe alertas de lo que pasa en tu municipio.'
src19 = f"""VOZ MEXIQUENSE
Medio Ambiente | Valle de Toluca

{T19}

Redacción Voz Mexiquense
2023-04-17 14:20

{S19a}

La medida aplica en Toluca, Zinacantepec, Calimaya, Tenango del Valle, Villa Guerrero, Coatepec Harinas, Temascaltepec, Texcaltitlán, Almoloya de Juárez, Tenancingo, San Antonio la Isla y Amanalco. De acuerdo con el organismo, el 90 por ciento de los incendios registrados este año fue provocado por actividades humanas, principalmente quemas{NBSP}que se salieron de control. {S19b}

En el combate participan 230 brigadistas de la dependencia, de la Comisión Nacional Forestal y de los ayuntamientos, así como voluntarios de ejidos y comunidades. El organismo informó que {LEE19} también se solicitó el apoyo de un helicóptero del gobierno estatal para las zonas de difícil acceso.

Las autoridades advirtieron que quien provoque un incendio forestal podrá ser sancionado con multas y, en su caso, con penas de prisión de acuerdo con el Código Penal del estado. Pidieron a la población reportar cualquier columna de humo al número de emergencias 911.

ÚLTIMAS NOTICIAS
- Cierran temporalmente el acceso al cráter del Nevado
- Metepec alista programa de reforestación para el temporal de lluvias
- Tren Interurbano suma nuevas pruebas en Zinacantepec

{APP19}
"""
write_source('az19.txt', src19, eol=('mixed', 9), bom=True)
write_gold('az19', family='wire', title=T19, date='2023-04-17',
           bylines=[], source='Voz Mexiquense', section='Medio Ambiente',
           body_first_words='La Protectora de Bosques del Estado de México declaró',
           body_last_words='al número de emergencias 911.',
           boilerplate=[LEE19, 'ÚLTIMAS NOTICIAS', '- Cierran temporalmente el acceso al cráter del Nevado', APP19],
           must_keep=[S19a, S19b, 'En el combate participan 230 brigadistas de la dependencia, de la Comisión Nacional Forestal y de los ayuntamientos, así como voluntarios de ejidos y comunidades.'])

# ---------------------------------------------------------------- az20 bad
import random
rng = random.Random(2020)
jpeg = (b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00'
        b'\xff\xe1\x00\x40Exif\x00\x00MM\x00*\x00\x00\x00\x08'
        + 'Foto: Especial / Nación Digital'.encode('utf-8') + b'\x00' * 8
        + b'\xff\xdb\x00C\x00' + bytes(rng.randrange(256) for _ in range(3000)) + b'\xff\xd9')
write_source('az20.txt', raw=jpeg)
write_gold('az20', family='bad',
           refusal_reason='El archivo es binario (una imagen JPEG con extensión .txt), no un texto que se pueda importar.')
