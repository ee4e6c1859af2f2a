#!/usr/bin/env python3
"""importer-ca, files 01-10."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- ca01 wire (national agency teletype, cp850, 2006)
ca01 = """ZCZC INA0417 2 EST 0405
INA-CHIH-SEQUIA 12-03-06 14:22
PRIORIDAD: URGENTE
Informativo Nacional de Agencias (INA) - Servicio a los Estados

Sequía mata a 40 mil cabezas de ganado en el noroeste de Chihuahua

Por Rodolfo Saucedo Meraz
Corresponsal

   CHIHUAHUA, Chih., 12 de marzo (INA).- La sequía que afecta al noroeste de Chihuahua desde el verano pasado ha causado la muerte de alrededor de 40 mil cabezas de ganado bovino, informó este domingo la Unión Ganadera Regional, que pidió al gobierno federal declarar zona de desastre a once municipios.

   Los más afectados son Ascensión, Janos, Nuevo Casas Grandes y Buenaventura, donde los agostaderos no han recibido lluvia suficiente en dos temporadas y los bordos de abrevadero están secos desde diciembre.

   El presidente de la organización, Eleazar Chaparro Olivas, dijo que muchos productores venden sus vacas a la mitad del precio para no verlas morir en el potrero. "El que tiene cien animales ya no sabe si vender cincuenta o quedarse con ninguno", afirmó.

(SIGUE)
NNNN
ZCZC INA0418 2 EST 0405
INA-CHIH-SEQUIA 2A. PARTE 12-03-06 14:31

   De acuerdo con los ganaderos, el precio de la paca de alfalfa pasó de 35 a 70 pesos en seis meses, y el transporte de agua en pipas cuesta hasta 1,200 pesos por viaje a los ranchos más alejados de la sierra.

   La delegación estatal de la Secretaría de Agricultura informó que ya envió a la ciudad de México el expediente técnico para solicitar recursos del fondo de contingencias climatológicas, y que la respuesta podría llegar antes de que termine el mes.

   Mientras tanto, el gobierno del estado repartirá suplemento alimenticio y semilla de avena forrajera en los municipios de la región, con prioridad para los pequeños productores que tienen menos de 50 vientres.

   Los ganaderos advirtieron que, si no llueve antes de junio, la mortandad podría duplicarse y muchas familias abandonarán la actividad.

INA RSM/jlr
NNNN
"""
write_source('ca01.txt', ca01, enc='cp850', eol='crlf')
write_gold('ca01', family='wire',
           title='Sequía mata a 40 mil cabezas de ganado en el noroeste de Chihuahua',
           date='2006-03-12', bylines=['Rodolfo Saucedo Meraz'],
           source='Informativo Nacional de Agencias', section=None,
           body_first_words='La sequía que afecta al noroeste de Chihuahua desde el verano pasado',
           body_last_words='muchas familias abandonarán la actividad.',
           boilerplate=['ZCZC INA0417 2 EST 0405', 'INA-CHIH-SEQUIA 12-03-06 14:22', 'PRIORIDAD: URGENTE',
                        'Informativo Nacional de Agencias (INA) - Servicio a los Estados',
                        'CHIHUAHUA, Chih., 12 de marzo (INA).-', '(SIGUE)', 'NNNN',
                        'ZCZC INA0418 2 EST 0405', 'INA-CHIH-SEQUIA 2A. PARTE 12-03-06 14:31',
                        'INA RSM/jlr'],
           must_keep=['"El que tiene cien animales ya no sabe si vender cincuenta o quedarse con ninguno", afirmó.',
                      'De acuerdo con los ganaderos, el precio de la paca de alfalfa pasó de 35 a 70 pesos en seis meses, y el transporte de agua en pipas cuesta hasta 1,200 pesos por viaje a los ranchos más alejados de la sierra.',
                      'Los más afectados son Ascensión, Janos, Nuevo Casas Grandes y Buenaventura, donde los agostaderos no han recibido lluvia suficiente en dos temporadas y los bordos de abrevadero están secos desde diciembre.'])

# ---------------------------------------------------------------- ca02 press (Gobierno del Estado de Chihuahua, forwarded Gmail)
ca02 = """---------- Forwarded message ---------
De: Comunicación Social Gobierno del Estado <boletines@comsoc-chih.example.mx>
Date: mar, 7 mar 2023 a las 12:15
Subject: Boletín 0412/2023 | Arranca programa de pozos con bombeo solar en la Sierra Tarahumara
To: <mesaweb@centinela-bravo.example.mx>


GOBIERNO DEL ESTADO DE CHIHUAHUA
Coordinación de Comunicación Social

Boletín 0412/2023

Arranca programa de pozos con bombeo solar en la Sierra Tarahumara

Guachochi, Chih., 7 de marzo de 2023.- El Gobierno del Estado puso en marcha el programa de pozos con bombeo solar para comunidades de la Sierra Tarahumara, que en su primera etapa llevará agua entubada a 36 localidades de los municipios de Guachochi, Batopilas, Guadalupe y Calvo y Balleza.

La inversión inicial es de 48 millones de pesos, aportados por el estado y por el fondo federal de infraestructura social. Cada sistema incluye la perforación o rehabilitación de un pozo, paneles solares, un tanque de almacenamiento y una red de tomas comunitarias.

Durante el arranque en la comunidad de Rocheachi, la secretaria de Desarrollo Humano explicó que en muchas rancherías de la sierra las mujeres y las niñas caminan más de dos horas diarias para acarrear agua de ojos y arroyos que se secan en primavera.

Los trabajos se realizarán con mano de obra de las propias comunidades, que recibirán capacitación para dar mantenimiento a las bombas y a los paneles. Las autoridades tradicionales rarámuri participaron en la selección de los sitios, de acuerdo con sus usos y costumbres.

La segunda etapa, prevista para 2024, incluirá otras 40 localidades de los municipios de Carichí, Bocoyna y Urique.

-oOo-

Coordinación de Comunicación Social
Gobierno del Estado de Chihuahua
Tel. 614 555 0120
boletines@comsoc-chih.example.mx

AVISO DE CONFIDENCIALIDAD: Este correo electrónico y sus anexos son para uso exclusivo de su destinatario y pueden contener información reservada.
"""
write_source('ca02.txt', ca02)
write_gold('ca02', family='press_release',
           title='Arranca programa de pozos con bombeo solar en la Sierra Tarahumara',
           date='2023-03-07', source='GOBIERNO DEL ESTADO DE CHIHUAHUA',
           bulletin_number='0412/2023', issuer='GOBIERNO DEL ESTADO DE CHIHUAHUA',
           dateline_city='Guachochi',
           body_first_words='El Gobierno del Estado puso en marcha el programa de pozos con bombeo solar',
           body_last_words='de los municipios de Carichí, Bocoyna y Urique.',
           boilerplate=['---------- Forwarded message ---------',
                        'De: Comunicación Social Gobierno del Estado <boletines@comsoc-chih.example.mx>',
                        'Date: mar, 7 mar 2023 a las 12:15',
                        'Subject: Boletín 0412/2023 | Arranca programa de pozos con bombeo solar en la Sierra Tarahumara',
                        'To: <mesaweb@centinela-bravo.example.mx>',
                        'Coordinación de Comunicación Social', 'Boletín 0412/2023',
                        'Guachochi, Chih., 7 de marzo de 2023.-', '-oOo-', 'Tel. 614 555 0120',
                        'AVISO DE CONFIDENCIALIDAD: Este correo electrónico y sus anexos son para uso exclusivo de su destinatario y pueden contener información reservada.'],
           must_keep=['La inversión inicial es de 48 millones de pesos, aportados por el estado y por el fondo federal de infraestructura social.',
                      'Las autoridades tradicionales rarámuri participaron en la selección de los sitios, de acuerdo con sus usos y costumbres.',
                      'La segunda etapa, prevista para 2024, incluirá otras 40 localidades de los municipios de Carichí, Bocoyna y Urique.'])

# ---------------------------------------------------------------- ca03 wire (sister radio station, newscast script)
ca03 = """RADIO CENTINELA 1390 AM \u2014 NOTICIAS AL MOMENTO
GUION DE NOTICIERO / EMISIÓN: MATUTINA / FECHA: 18-ENE-2010
Sección: Locales
TÍTULO: Cierran albergues temporales en Juárez tras la ola de frío
REPORTERA: Maricela Portillo Anchondo
CONDUCTOR: Efrén Rascón
DURACIÓN TOTAL: 2:40
================================================

(CONDUCTOR)
Después de diez días de funcionamiento, la Dirección de Protección Civil de Ciudad Juárez cerró este lunes los cuatro albergues temporales que abrió por la ola de frío que llevó el termómetro hasta once grados bajo cero.

(CONDUCTOR)
En total, los albergues recibieron a 1,340 personas, la mayoría trabajadores de la maquila que viven en casas sin calefacción y migrantes que esperaban cruzar a El Paso. Los detalles con Maricela Portillo.

(ENTRA NOTA GRABADA \u2014 1:35)

(REPORTERA)
En el gimnasio municipal de la colonia Bellavista, el último de los albergues en cerrar, los voluntarios doblaban desde temprano las cobijas que donaron empresas y vecinos. Protección Civil informó que durante la temporada atendió a 57 personas por hipotermia y a 12 por intoxicación con monóxido de carbono, casi todas por usar anafres dentro de sus viviendas.

(REPORTERA)
El director de la dependencia, ingeniero Octavio Lozoya Pérez, pidió a la población no encender braseros en cuartos cerrados y revisar las conexiones de los calentadores de gas antes de dormir. Advirtió que los albergues podrían reabrir si el Servicio Meteorológico anuncia otro frente frío en las próximas semanas.

Desde la colonia Bellavista, reportó Maricela Portillo para Radio Centinela.

(REGRESA A CABINA)

(CONDUCTOR)
Los reportes de emergencia se reciben las 24 horas en el número 066.

(SALE A CORTE COMERCIAL)
"""
write_source('ca03.txt', ca03, enc='cp1252', eol='crlf')
write_gold('ca03', family='wire',
           title='Cierran albergues temporales en Juárez tras la ola de frío',
           date='2010-01-18', bylines=['Maricela Portillo Anchondo'],
           source='Radio Centinela 1390 AM', section='Locales',
           body_first_words='Después de diez días de funcionamiento, la Dirección de Protección Civil',
           body_last_words='Los reportes de emergencia se reciben las 24 horas en el número 066.',
           boilerplate=['RADIO CENTINELA 1390 AM \u2014 NOTICIAS AL MOMENTO',
                        'GUION DE NOTICIERO / EMISIÓN: MATUTINA / FECHA: 18-ENE-2010',
                        'CONDUCTOR: Efrén Rascón', 'DURACIÓN TOTAL: 2:40',
                        '(CONDUCTOR)', '(ENTRA NOTA GRABADA \u2014 1:35)', '(REPORTERA)',
                        'Desde la colonia Bellavista, reportó Maricela Portillo para Radio Centinela.',
                        '(REGRESA A CABINA)', '(SALE A CORTE COMERCIAL)'],
           must_keep=['En total, los albergues recibieron a 1,340 personas, la mayoría trabajadores de la maquila que viven en casas sin calefacción y migrantes que esperaban cruzar a El Paso.',
                      'Protección Civil informó que durante la temporada atendió a 57 personas por hipotermia y a 12 por intoxicación con monóxido de carbono, casi todas por usar anafres dentro de sus viviendas.',
                      'Advirtió que los albergues podrían reabrir si el Servicio Meteorológico anuncia otro frente frío en las próximas semanas.'])

# ---------------------------------------------------------------- ca04 wire (regional agency via Lotus Notes forward, latin-1)
ca04 = """----- Reenviado por Mesa de Redaccion/Centinela con fecha 11/23/2004 11:20 AM -----

            "ARN Despacho" <despacho@arn-noticias.example.mx>
            11/23/2004 10:47 AM

                    Para:   <mesa@centinela-bravo.example.mx>
                    cc:
                    Asunto: ARN-DGO: Mineros de Tayoltita cumplen un mes en huelga


AGENCIA REGIONAL DEL NORTE (ARN)
Servicio informativo para suscriptores

Mineros de Tayoltita cumplen un mes en huelga

Por Marcela Iturriaga Soto

DURANGO, Dgo., 23 de noviembre de 2004 (ARN).- Los 620 trabajadores de la mina de oro y plata de Tayoltita, en el municipio de San Dimas, cumplieron este martes un mes en huelga sin que la empresa y el sindicato hayan vuelto a sentarse a negociar.

Los mineros exigen un aumento salarial de 12 por ciento y la contratación de un médico de planta en la clínica del poblado, al que sólo se llega por avioneta o por una brecha de casi diez horas desde la capital del estado.

La empresa ofreció un incremento de 5 por ciento y sostiene que la baja en la ley del mineral le impide pagar más. En un comunicado, advirtió que podría cerrar algunas galerías si el paro se prolonga hasta diciembre.

El secretario general de la sección sindical, Baltazar Quiñones Reyes, dijo que las familias sobreviven con los víveres que envían otras secciones del país. "Aquí no hay otro trabajo; si cierran la mina, se muere el pueblo", afirmó.

Comerciantes de Tayoltita reportaron que las ventas cayeron a menos de la mitad y que varios negocios ya cerraron. La Junta Local de Conciliación y Arbitraje citó a las partes a una audiencia el próximo 30 de noviembre en la ciudad de Durango.

ARN/MIS/ap

_______________________________________________
Este mensaje es para uso exclusivo de los suscriptores de ARN. Prohibida su reproduccion total o parcial sin autorizacion.
"""
write_source('ca04.txt', ca04, enc='latin-1', eol='crlf')
write_gold('ca04', family='wire',
           title='Mineros de Tayoltita cumplen un mes en huelga',
           date='2004-11-23', bylines=['Marcela Iturriaga Soto'],
           source='Agencia Regional del Norte', section=None,
           body_first_words='Los 620 trabajadores de la mina de oro y plata de Tayoltita',
           body_last_words='el próximo 30 de noviembre en la ciudad de Durango.',
           boilerplate=['----- Reenviado por Mesa de Redaccion/Centinela con fecha 11/23/2004 11:20 AM -----',
                        '"ARN Despacho" <despacho@arn-noticias.example.mx>',
                        'Para:   <mesa@centinela-bravo.example.mx>',
                        'Asunto: ARN-DGO: Mineros de Tayoltita cumplen un mes en huelga',
                        'AGENCIA REGIONAL DEL NORTE (ARN)', 'Servicio informativo para suscriptores',
                        'DURANGO, Dgo., 23 de noviembre de 2004 (ARN).-', 'ARN/MIS/ap',
                        'Este mensaje es para uso exclusivo de los suscriptores de ARN. Prohibida su reproduccion total o parcial sin autorizacion.'],
           must_keep=['Los mineros exigen un aumento salarial de 12 por ciento y la contratación de un médico de planta en la clínica del poblado, al que sólo se llega por avioneta o por una brecha de casi diez horas desde la capital del estado.',
                      '"Aquí no hay otro trabajo; si cierran la mina, se muere el pueblo", afirmó.',
                      'En un comunicado, advirtió que podría cerrar algunas galerías si el paro se prolonga hasta diciembre.'])

# ---------------------------------------------------------------- ca05 press (H. Congreso de Coahuila, Legislatura line)
ca05 = """H. CONGRESO DEL ESTADO DE COAHUILA DE ZARAGOZA
LXII LEGISLATURA
DIRECCIÓN DE COMUNICACIÓN SOCIAL

BOLETÍN No. 245/2022

Aprueba Congreso reforma para sancionar el maltrato a animales de trabajo

Saltillo, Coahuila de Zaragoza, a 18 de octubre de 2022.- Con 21 votos a favor y ninguno en contra, el Pleno del Congreso del Estado aprobó una reforma a la Ley de Protección y Trato Digno a los Animales que sanciona con multas de hasta 300 unidades de medida a quien haga trabajar a caballos, mulas y burros heridos, enfermos o sin alimento.

La iniciativa fue presentada por la comisión de Medio Ambiente tras las denuncias de organizaciones protectoras de animales de Saltillo, Torreón y Monclova, que documentaron casos de caballos de carretoneros que morían en la vía pública por agotamiento y deshidratación.

La reforma obliga a los municipios a llevar un registro de los animales que se usan para carga y tiro, y a ofrecer revisiones veterinarias gratuitas al menos dos veces al año. Los propietarios que no cuenten con recursos podrán recibir apoyo para alimento y herraduras.

En tribuna, la diputada que presidió la comisión recordó que para muchas familias de las colonias periféricas el carretón es la única fuente de ingreso, por lo que la ley busca acompañarlas y no sólo castigarlas.

Las disposiciones entrarán en vigor al día siguiente de su publicación en el Periódico Oficial del Estado, y los ayuntamientos tendrán 180 días para adecuar sus reglamentos.

--ooOoo--

Dirección de Comunicación Social
Congreso del Estado de Coahuila
Tel. 844 555 0162 | comunicacion@congresocoah.example.mx
"""
write_source('ca05.txt', ca05, enc='cp1252', eol='crlf')
write_gold('ca05', family='press_release',
           title='Aprueba Congreso reforma para sancionar el maltrato a animales de trabajo',
           date='2022-10-18', source='H. CONGRESO DEL ESTADO DE COAHUILA DE ZARAGOZA',
           bulletin_number='245/2022', issuer='H. CONGRESO DEL ESTADO DE COAHUILA DE ZARAGOZA',
           dateline_city='Saltillo',
           body_first_words='Con 21 votos a favor y ninguno en contra, el Pleno del Congreso',
           body_last_words='tendrán 180 días para adecuar sus reglamentos.',
           boilerplate=['LXII LEGISLATURA', 'DIRECCIÓN DE COMUNICACIÓN SOCIAL', 'BOLETÍN No. 245/2022',
                        'Saltillo, Coahuila de Zaragoza, a 18 de octubre de 2022.-', '--ooOoo--',
                        'Tel. 844 555 0162 | comunicacion@congresocoah.example.mx'],
           must_keep=['La reforma obliga a los municipios a llevar un registro de los animales que se usan para carga y tiro, y a ofrecer revisiones veterinarias gratuitas al menos dos veces al año.',
                      'Los propietarios que no cuenten con recursos podrán recibir apoyo para alimento y herraduras.',
                      'Las disposiciones entrarán en vigor al día siguiente de su publicación en el Periódico Oficial del Estado'])

# ---------------------------------------------------------------- ca06 jekyll (WordPress to Jekyll exporter, caption shortcode)
ca06 = """---
id: 4821
title: 'Rescatan a 14 migrantes abandonados en la caja de un tráiler cerca de Villa Ahumada'
date: 2016-05-19T22:10:33-06:00
author: Claudia Elena Mendívil
layout: post
guid: http://desiertoinforma.example.mx/?p=4821
permalink: /2016/05/19/rescatan-migrantes-villa-ahumada/
categories:
  - Portada
  - Seguridad
tags:
  - migrantes
  - Villa Ahumada
  - carretera 45
---
[caption id="attachment_4822" align="aligncenter" width="640"]<img src="http://desiertoinforma.example.mx/wp-content/uploads/2016/05/trailer.jpg" alt="" width="640" height="427" class="size-large wp-image-4822" /> Foto: Especial[/caption]

Elementos de la Policía Federal rescataron la noche de este jueves a 14 personas migrantes que viajaban encerradas en la caja refrigerada de un tractocamión abandonado a un costado de la carretera federal 45, unos 20 kilómetros al sur de Villa Ahumada.

Los agentes llegaron al lugar después de que un automovilista reportó al número de emergencias que escuchaba golpes dentro del remolque. Al abrir la caja encontraron a once hombres y tres mujeres, originarios de Guatemala, Honduras y del estado de Puebla, con síntomas de deshidratación.<!--more-->

De acuerdo con el reporte oficial, el sistema de refrigeración estaba apagado y la temperatura dentro del remolque superaba los 40 grados. Paramédicos de la Cruz Roja de Villa Ahumada atendieron a las personas en el lugar y trasladaron a dos de ellas al hospital de Ciudad Juárez.

Los rescatados dijeron que cada uno pagó alrededor de 3 mil dólares para ser llevado hasta la frontera y que el chofer los dejó ahí desde la madrugada con la promesa de regresar por ellos.

La unidad quedó a disposición del Ministerio Público de la Federación, y las personas extranjeras fueron puestas bajo resguardo del Instituto Nacional de Migración, que iniciará su procedimiento administrativo.
"""
write_source('ca06.md', ca06)
write_gold('ca06', family='jekyll',
           title='Rescatan a 14 migrantes abandonados en la caja de un tráiler cerca de Villa Ahumada',
           date='2016-05-19', bylines=['Claudia Elena Mendívil'], source=None,
           section='Seguridad', placement=['Portada'],
           body_first_words='Elementos de la Policía Federal rescataron la noche de este jueves',
           body_last_words='que iniciará su procedimiento administrativo.',
           boilerplate=['[caption id="attachment_4822" align="aligncenter" width="640"]', 'Foto: Especial[/caption]'],
           must_keep=['Al abrir la caja encontraron a once hombres y tres mujeres, originarios de Guatemala, Honduras y del estado de Puebla, con síntomas de deshidratación.',
                      'De acuerdo con el reporte oficial, el sistema de refrigeración estaba apagado y la temperatura dentro del remolque superaba los 40 grados.',
                      'La unidad quedó a disposición del Ministerio Público de la Federación'],
           photo_credit='Especial')

# ---------------------------------------------------------------- ca07 wire (the daily's print-era tagged export, CR line ends)
ca07 = """@SECCION:Local
@PAGINA:4A
@FECHA:28/08/2007
@BALAZO:Crisis del agua
@CABEZA:Vecinos del suroriente cumplen tres semanas sin agua
@SUMARIO:La JMAS atribuye las fallas a la baja de nivel en los pozos del Valle de Juárez
@AUTOR:Por Gilberto Armendáriz Loya
@MEDIO:El Centinela del Bravo
@TEXTO:
Más de 30 colonias del suroriente de la ciudad cumplieron ayer tres semanas con servicio de agua intermitente, y en algunas calles de las colonias Riberas del Bravo y Parajes del Sur las llaves no han dado una gota desde el 6 de agosto.

Los vecinos compran garrafones y esperan a las pipas, que pasan cada tercer día y no alcanzan para todos. “Nos toca llenar cubetas a las tres de la mañana, que es cuando llega un chorrito”, dijo Esperanza Meléndez, madre de cuatro hijos, mientras hacía fila frente a una pipa en la calle Río Conchos.

La Junta Municipal de Agua y Saneamiento explicó que el problema se debe a la baja de nivel en cuatro pozos que abastecen a la zona y a la demanda récord por las altas temperaturas del verano. El organismo asegura que la perforación de dos pozos nuevos estará terminada a mediados de septiembre.

Mientras tanto, los comités vecinales reunieron más de dos mil firmas para pedir que se les descuente el servicio de los recibos de agosto. Algunos amenazaron con bloquear la avenida Independencia si no hay respuesta esta semana.

Regidores de la comisión de Servicios Públicos anunciaron que citarán al director del organismo para que explique por qué la ampliación de la red en el suroriente no estuvo lista antes del verano, como se había prometido.
@PIE:Vecinos de Riberas del Bravo hacen fila para llenar sus recipientes.
@CREDITO:Foto: Ramiro Olivas / El Centinela
@FIN
"""
write_source('ca07.txt', ca07, enc='cp1252', eol='cr')
write_gold('ca07', family='wire',
           title='Vecinos del suroriente cumplen tres semanas sin agua',
           date='2007-08-28', bylines=['Gilberto Armendáriz Loya'],
           source='El Centinela del Bravo', section='Local',
           body_first_words='Más de 30 colonias del suroriente de la ciudad',
           body_last_words='no estuvo lista antes del verano, como se había prometido.',
           boilerplate=['@SECCION:Local', '@PAGINA:4A', '@FECHA:28/08/2007', '@BALAZO:Crisis del agua',
                        '@TEXTO:', '@PIE:Vecinos de Riberas del Bravo hacen fila para llenar sus recipientes.',
                        '@CREDITO:Foto: Ramiro Olivas / El Centinela', '@FIN'],
           must_keep=['“Nos toca llenar cubetas a las tres de la mañana, que es cuando llega un chorrito”, dijo Esperanza Meléndez, madre de cuatro hijos, mientras hacía fila frente a una pipa en la calle Río Conchos.',
                      'El organismo asegura que la perforación de dos pozos nuevos estará terminada a mediados de septiembre.',
                      'Algunos amenazaron con bloquear la avenida Independencia si no hay respuesta esta semana.'],
           photo_credit='Ramiro Olivas / El Centinela')

# ---------------------------------------------------------------- ca08 press (Fiscalía de Durango via WhatsApp chat export)
ca08 = """03/08/21, 14:02 - Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos.
03/08/21, 14:05 - Prensa FGED: *FISCALÍA GENERAL DEL ESTADO DE DURANGO*
*Comunicado 112/2021*

_Durango, Dgo., 3 de agosto de 2021_

*Detienen a tres personas por robo de ganado en Canatlán*

La Fiscalía General del Estado de Durango, a través de la Unidad Especializada en Abigeato, detuvo a tres hombres que presuntamente participaron en el robo de 23 cabezas de ganado de un rancho ubicado en el ejido Nicolás Bravo, en el municipio de Canatlán.

Los hechos fueron denunciados el pasado 27 de julio por el propietario del predio, quien se percató de que faltaban los animales y de que el cerco había sido cortado en dos puntos.

Con base en los trabajos de investigación, los agentes ubicaron parte del ganado en un corral del poblado de Ciénega de Escobar, donde las reses fueron identificadas por los fierros de herrar registrados a nombre del denunciante. En el lugar se aseguró además un camión de redilas con placas del estado de Zacatecas.

Los detenidos, identificados como Rubén \u201cN\u201d, Joel \u201cN\u201d y Héctor \u201cN\u201d, fueron puestos a disposición del Ministerio Público, que en las próximas horas definirá su situación jurídica.

La Fiscalía exhorta a los productores a mantener actualizado el registro de sus fierros y a denunciar cualquier robo de ganado, ya que la información oportuna permite localizar a los animales antes de que sean trasladados fuera del estado.
03/08/21, 14:06 - Prensa FGED: <Multimedia omitido>
03/08/21, 14:06 - Prensa FGED: <Multimedia omitido>
03/08/21, 14:11 - Mesa Web Centinela: Recibido, gracias 👍
"""
write_source('ca08.txt', ca08)
write_gold('ca08', family='press_release',
           title='Detienen a tres personas por robo de ganado en Canatlán',
           date='2021-08-03', source='FISCALÍA GENERAL DEL ESTADO DE DURANGO',
           bulletin_number='112/2021', issuer='FISCALÍA GENERAL DEL ESTADO DE DURANGO',
           dateline_city='Durango',
           body_first_words='La Fiscalía General del Estado de Durango, a través de la Unidad Especializada en Abigeato',
           body_last_words='antes de que sean trasladados fuera del estado.',
           boilerplate=['03/08/21, 14:02 - Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos.',
                        '03/08/21, 14:05 - Prensa FGED:', 'Comunicado 112/2021',
                        'Durango, Dgo., 3 de agosto de 2021', '03/08/21, 14:06 - Prensa FGED: <Multimedia omitido>',
                        '03/08/21, 14:11 - Mesa Web Centinela: Recibido, gracias'],
           must_keep=['Los hechos fueron denunciados el pasado 27 de julio por el propietario del predio, quien se percató de que faltaban los animales y de que el cerco había sido cortado en dos puntos.',
                      'En el lugar se aseguró además un camión de redilas con placas del estado de Zacatecas.',
                      'fueron puestos a disposición del Ministerio Público, que en las próximas horas definirá su situación jurídica.'])

# ---------------------------------------------------------------- ca09 jekyll (Ghost via Hugo converter: TOML front matter)
ca09 = """+++
title = "Queseros menonitas de Cuauhtémoc buscan una marca colectiva para su queso"
date = 2021-02-11T18:30:00-07:00
lastmod = 2021-02-12T09:12:00-07:00
draft = false
slug = "queseros-menonitas-cuauhtemoc-marca-colectiva"
authors = ["Greta Friesen Wall"]
categories = ["Economía"]
tags = ["Cuauhtémoc", "queso", "menonitas"]
image = "/images/2021/02/queseria-campo-6.jpg"
+++

En los campos menonitas de Cuauhtémoc, al oeste de la capital de Chihuahua, trabajan alrededor de 40 queserías familiares que cada semana convierten la leche de cientos de establos en el queso que en casi todo el país se conoce con el nombre de la comunidad.

Ahora un grupo de 18 productores quiere registrar una marca colectiva que distinga su queso del que se fabrica en otras regiones con leche en polvo y grasa vegetal, y que se vende con el mismo nombre en los supermercados.

Jakob Klassen, quien dirige la quesería de su familia en el Campo 6 1/2, explicó que la receta es la misma desde que sus abuelos llegaron de Canadá en los años veinte: leche entera de vaca, cuajo y sal, y un añejamiento mínimo de dos semanas. “Cuando la gente prueba un queso de imitación piensa que ése es el nuestro, y dejan de comprarlo”, dijo.

Los productores trabajan con investigadores de una universidad estatal para documentar el proceso y definir un reglamento de uso de la marca, que incluiría visitas de verificación a las queserías.

El trámite ante el Instituto Mexicano de la Propiedad Industrial podría tardar un año. Mientras tanto, los queseros planean colocar en sus empaques una etiqueta común con la leyenda “hecho en los campos”, para que los compradores puedan reconocerlo en las tiendas.
"""
write_source('ca09.md', ca09)
write_gold('ca09', family='jekyll',
           title='Queseros menonitas de Cuauhtémoc buscan una marca colectiva para su queso',
           date='2021-02-11', bylines=['Greta Friesen Wall'], source=None, section='Economía',
           body_first_words='En los campos menonitas de Cuauhtémoc, al oeste de la capital de Chihuahua',
           body_last_words='para que los compradores puedan reconocerlo en las tiendas.',
           must_keep=['Ahora un grupo de 18 productores quiere registrar una marca colectiva que distinga su queso del que se fabrica en otras regiones con leche en polvo y grasa vegetal, y que se vende con el mismo nombre en los supermercados.',
                      '“Cuando la gente prueba un queso de imitación piensa que ése es el nuestro, y dejan de comprarlo”, dijo.',
                      'El trámite ante el Instituto Mexicano de la Propiedad Industrial podría tardar un año.'])

# ---------------------------------------------------------------- ca10 wire (Laguna news site, copy-pasted web page)
ca10 = """Inicio › Local

Récord de consumo eléctrico en Torreón por la onda de calor

Comarca Digital Noticias
Por Itzel Berlanga Ríos
14 de agosto de 2019 · 23:40
Tiempo de lectura: 3 min

Compartir
Facebook
X
WhatsApp

Foto: Comarca Digital / Archivo

La demanda de energía eléctrica en la Comarca Lagunera alcanzó este miércoles su máximo histórico, luego de que el termómetro marcó 43 grados en Torreón y 44 en Gómez Palacio y Lerdo, de acuerdo con el reporte de la Comisión Federal de Electricidad.

La empresa informó que entre las cuatro y las seis de la tarde el consumo superó en 6 por ciento el récord de junio pasado, impulsado por el uso de aparatos de aire acondicionado en viviendas, comercios y oficinas. Lee también: Suspenden clases de verano en escuelas sin clima Aunque se registraron apagones en al menos doce colonias, la CFE aseguró que el suministro se restableció en menos de dos horas.

Vecinos de las colonias Valle Oriente y Las Margaritas denunciaron en redes sociales que se quedaron sin luz durante la noche del martes, y que varios transformadores tronaron por la sobrecarga.

Protección Civil municipal recomendó evitar la exposición al sol entre las 11 de la mañana y las 5 de la tarde, mantenerse hidratado y no dejar a niños ni mascotas dentro de los vehículos. En lo que va del verano, la Secretaría de Salud ha confirmado tres muertes por golpe de calor en la región.

El Servicio Meteorológico Nacional prevé que las temperaturas comiencen a bajar a partir del domingo, con la llegada de humedad del Pacífico y la posibilidad de tormentas aisladas.

Etiquetas: Torreón, calor, CFE

0 comentarios
Deja un comentario
"""
write_source('ca10.txt', ca10)
write_gold('ca10', family='wire',
           title='Récord de consumo eléctrico en Torreón por la onda de calor',
           date='2019-08-14', bylines=['Itzel Berlanga Ríos'], source='Comarca Digital Noticias',
           section='Local',
           body_first_words='La demanda de energía eléctrica en la Comarca Lagunera alcanzó',
           body_last_words='y la posibilidad de tormentas aisladas.',
           boilerplate=['Inicio › Local', 'Tiempo de lectura: 3 min', 'Compartir', 'Facebook', 'WhatsApp',
                        'Foto: Comarca Digital / Archivo',
                        'Lee también: Suspenden clases de verano en escuelas sin clima',
                        'Etiquetas: Torreón, calor, CFE', '0 comentarios', 'Deja un comentario'],
           must_keep=['Aunque se registraron apagones en al menos doce colonias, la CFE aseguró que el suministro se restableció en menos de dos horas.',
                      'La empresa informó que entre las cuatro y las seis de la tarde el consumo superó en 6 por ciento el récord de junio pasado, impulsado por el uso de aparatos de aire acondicionado en viviendas, comercios y oficinas.',
                      'En lo que va del verano, la Secretaría de Salud ha confirmado tres muertes por golpe de calor en la región.'],
           photo_credit='Comarca Digital / Archivo')
