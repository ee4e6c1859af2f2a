#!/usr/bin/env python3
"""importer-az, files az01-az10."""
from common import write_source, write_gold, NBSP, SHY

# ---------------------------------------------------------------- az01 wire
T01 = 'Ganaderos de Chihuahua venden hasta la mitad de sus hatos por falta de pastos'
LEE01 = 'Lee además: Presas de Chihuahua, por debajo del 20 por ciento de su capacidad'
S01a = 'En la región de Cuauhtémoc, el ganadero Anselmo Quiñónez Rascón contó que tuvo que deshacerse de 60 de sus 140 vacas.'
S01b = 'La Secretaría de Desarrollo Rural estatal anunció que destinará 35 millones de pesos a la compra de pacas de forraje y a la rehabilitación de 120 pozos y papalotes, aunque los productores consideran que el apoyo llega tarde.'
NEWS01 = 'Recibe las noticias más importantes de Chihuahua en tu correo: suscríbete gratis a nuestro boletín matutino.'
src01 = f"""Sequía

## {T01}

Por **Ramiro Ochoa Villalobos** | Nación Digital · Corresponsalía Chihuahua
Martes 14 de marzo de 2017 · 18:40 h

![Ganado en un corral de Cuauhtémoc](https://img.naciondigital.example.mx/2017/03/ganado-sequia.jpg)
Foto: Especial

Productores de la región centro-occidente de Chihuahua han comenzado a vender entre el 30 y el 50 por ciento de sus hatos ante la falta de pastos y el bajo nivel de los aguajes, que en algunos ranchos ya están completamente secos, informó la Unión Ganadera Regional.

De acuerdo con el organismo, en lo que va del año se han movilizado más de 42 mil cabezas de ganado hacia corrales de engorda y rastros, una cifra que duplica la registrada en el mismo periodo de 2016. El precio por kilo en pie ha caído hasta ocho pesos debido a la sobreoferta.

{LEE01} {S01a} "Prefiero vender ahora que verlas morir en el potrero; el año pasado perdimos once", dijo mientras revisaba un bebedero vacío.

{S01b} El dirigente regional, Joaquín Almeida Terrazas, pidió que se declare zona de desastre para acceder a recursos federales.

Según el Monitor de Sequía de la Comisión Nacional del Agua, 58 de los 67 municipios del estado presentan algún grado de sequía, y 19 de ellos se encuentran en la categoría de sequía severa. Las lluvias de verano, advirtieron los meteorólogos, no se esperan antes de finales de junio.

---

*{NEWS01}*
"""
write_source('az01.md', src01)
write_gold('az01', family='wire', title=T01, date='2017-03-14',
           bylines=['Ramiro Ochoa Villalobos'], source='Nación Digital', section='Sequía',
           body_first_words='Productores de la región centro-occidente de Chihuahua',
           body_last_words='no se esperan antes de finales de junio.',
           boilerplate=['Foto: Especial', LEE01, NEWS01],
           must_keep=[S01a, S01b], photo_credit='Especial')

# ---------------------------------------------------------------- az02 press
T02 = 'Arranca en Juárez jornada de escrituración para 4 mil familias del surponiente'
DL02 = 'Ciudad Juárez, Chih., martes 9 de abril de 2019.–'
S02a = 'Los interesados deberán presentar identificación oficial, CURP, comprobante de domicilio y el documento que acredite la posesión del predio, ya sea un contrato de compraventa, una constancia de la colonia o un recibo de pago de predial.'
S02b = 'La meta es entregar las primeras mil escrituras antes de que concluya el mes de julio.'
src02 = f"""GOBIERNO DEL ESTADO DE CHIHUAHUA
Coordinación de Comunicación Social
Comunicado núm. 2291/2019

{T02}

• Habrá módulos en seis colonias; el trámite costará 350 pesos
• Participan la Comisión Estatal de Vivienda y el Registro Público de la Propiedad

{DL02} La Comisión Estatal de Vivienda, Suelo e Infraestructura arrancó este martes una jornada de escrituración con la que se busca dar certeza jurídica a cerca de 4 mil familias que habitan en colonias del surponiente de la ciudad, algunas de ellas desde hace más de 20 años.

El titular de la dependencia, Gustavo Almanza Rentería, explicó que los módulos estarán instalados de lunes a sábado en las colonias Anapra, Lomas de Poleo, Puerto de Anapra, Felipe Ángeles, Díaz Ordaz y Granjas Unidas, con horario de 9:00 a 15:00 horas.

{S02a} El costo del trámite será de 350 pesos, que incluye la inscripción en el Registro Público de la Propiedad.

“Hay familias que han construido su casa con mucho esfuerzo y no tienen un papel que les asegure el patrimonio de sus hijos; esta jornada es para ellas”, señaló Almanza Rentería durante el arranque en la colonia Anapra.

Precisó que en los casos de predios con adeudos o en litigio se brindará asesoría jurídica gratuita y se canalizará a las personas con la instancia correspondiente. {S02b}

-o0o-

Para mayor información:
Coordinación de Comunicación Social
Tel. (656) 555 0122, ext. 140
comunicacion@chihuahua.example.mx
"""
write_source('az02.txt', src02, enc='cp1252', eol='crlf')
write_gold('az02', family='press_release', title=T02, date='2019-04-09',
           bulletin_number='2291/2019', issuer='GOBIERNO DEL ESTADO DE CHIHUAHUA',
           dateline_city='Ciudad Juárez',
           body_first_words='Habrá módulos en seis colonias',
           body_last_words='antes de que concluya el mes de julio.',
           boilerplate=['Comunicado núm. 2291/2019', DL02, '-o0o-', 'Para mayor información:',
                        'Tel. (656) 555 0122, ext. 140', 'comunicacion@chihuahua.example.mx'],
           must_keep=[S02a, S02b])

# ---------------------------------------------------------------- az03 jekyll
T03 = 'Brigadistas comunitarios contienen incendio en la sierra de Pueblo Nuevo'
S03a = 'La Comisión Nacional Forestal envió el miércoles un helicóptero con helibalde que realizó 38 descargas de agua sobre el frente más activo, cerca de la cañada.'
S03b = 'Los vecinos mantendrán guardias nocturnas durante la próxima semana para vigilar que no se reavive ningún punto de calor.'
src03 = f"""---
layout: post
title: "{T03}"
date: 2015-05-22 21:10:00 -0500
categories: [Portada, Medio Ambiente]
tags: [incendios, Pueblo Nuevo, brigadas]
author:
  name: Irene Salcido Bermúdez
  twitter: irene_salcido_ej
image: /assets/2015/05/brigada-pueblo-nuevo.jpg
comments: true
---

Después de cuatro días de trabajo, brigadas comunitarias del ejido El Brillante, en el municipio de Pueblo Nuevo, lograron contener el incendio forestal que desde el lunes consumía pastizales y arbolado de pino y encino en las inmediaciones del paraje conocido como Los Bajíos.

<!--more-->

![Brigadistas en la brecha cortafuego](/assets/2015/05/brigada-pueblo-nuevo.jpg)
*Foto: Irene Salcido Bermúdez*

Según el comisariado ejidal, Fortino Aguirre Quiñones, el fuego afectó alrededor de 340 hectáreas, en su mayoría de pastizal y renuevo. "Subimos con palas, machetes y bombas de mochila; la brecha la abrimos a mano porque la maquinaria no entra hasta allá", contó a este blog.

Los brigadistas, 46 hombres y 9 mujeres del ejido, trabajaron en turnos de doce horas y durmieron en el monte. {S03a}

En la comunidad se sospecha que el incendio comenzó por una quema agrícola que se salió de control, aunque las autoridades no lo han confirmado. El año pasado, en la misma zona, se perdieron más de 600 hectáreas de bosque.

Aguirre Quiñones pidió que el gobierno estatal pague el jornal a los brigadistas voluntarios y que se entreguen equipos de protección antes de que comience la temporada más seca. "Aquí nadie cobra por apagar el monte, pero la gente deja de trabajar su parcela", dijo.

{S03b}
"""
write_source('az03.md', src03)
write_gold('az03', family='jekyll', title=T03, date='2015-05-22',
           bylines=['Irene Salcido Bermúdez'], source=None, section='Medio Ambiente',
           placement=['Portada'],
           body_first_words='Después de cuatro días de trabajo',
           body_last_words='que no se reavive ningún punto de calor.',
           boilerplate=['Foto: Irene Salcido Bermúdez'],
           must_keep=[S03a, S03b], photo_credit='Irene Salcido Bermúdez')

# ---------------------------------------------------------------- az04 wire
T04 = 'Detienen a exdirector del DIF de Lerdo por presunto desvío de 4.2 millones de pesos'
DL04 = 'LERDO, Dgo. (ANN).—'
S04a = 'La Entidad de Auditoría Superior del Estado detectó las irregularidades al revisar la cuenta pública de 2015 y presentó la denuncia en febrero pasado.'
TPI04 = 'Te puede interesar | Vinculan a proceso a extesorero de Gómez Palacio'
S04b = 'La audiencia inicial quedó programada para el martes.'
DEN04 = '¿Tienes una denuncia? Escríbenos a denuncias@ann.example.mx o al WhatsApp 871 555 2040.'
src04 = f"""{T04}   
Agencia Noticiosa del Norte (ANN) | Seguridad
Staff ANN — 05/06/2016 13:45 

{DL04} Agentes de la Fiscalía General del Estado detuvieron la mañana de este domingo a Rogelio Castañeda Ibarra, exdirector del Sistema DIF municipal de Lerdo, señalado por el presunto desvío de 4.2 millones de pesos destinados a la compra de despensas y aparatos ortopédicos entre 2013 y 2015.  

La detención se realizó en un domicilio de la colonia Villa de Guadalupe, en cumplimiento de una orden de aprehensión girada por un juez de control por el delito de peculado. El exfuncionario fue trasladado al Centro de Readaptación Social número 2, en Gómez Palacio, donde quedó a disposición de la autoridad judicial.

De acuerdo con la carpeta de investigación, durante su gestión se simularon compras a tres proveedores que no contaban con domicilio fiscal ni registro en el padrón municipal. {S04a} {TPI04}

{S04b} La defensa del exfuncionario informó a medios locales que su cliente se presentará voluntariamente a declarar y que demostrará que las compras se hicieron conforme a la ley.

El actual alcalde de Lerdo dijo que el municipio se constituirá como coadyuvante en el proceso y que buscará la reparación del daño. "Lo que se pide es que el dinero regrese a las familias que lo necesitaban", declaró.

Con información de Contacto Laguna

ANN/GLS/rmt

{DEN04}

+ NOTICIAS DE DURANGO
» Suspenden clases en 14 escuelas de Santiago Papasquiaro por lluvias
» Reportan robo de ganado en ejidos de Mapimí
» Anuncian cartelera de la Feria Nacional Francisco Villa
"""
write_source('az04.txt', src04, eol='crlf')
write_gold('az04', family='wire', title=T04, date='2016-06-05',
           bylines=[], source='Agencia Noticiosa del Norte', section='Seguridad',
           body_first_words='Agentes de la Fiscalía General del Estado detuvieron',
           body_last_words='las familias que lo necesitaban", declaró.',
           boilerplate=[DL04, TPI04, 'Con información de Contacto Laguna', 'ANN/GLS/rmt', DEN04,
                        '+ NOTICIAS DE DURANGO',
                        '» Suspenden clases en 14 escuelas de Santiago Papasquiaro por lluvias'],
           must_keep=[S04a, S04b])

# ---------------------------------------------------------------- az05 generic
T05 = 'Recomendaciones para la temporada de frío en la Sierra Tarahumara'
S05a = 'En las comunidades de Guachochi, Bocoyna y Urique las temperaturas pueden bajar a menos de quince grados bajo cero durante las madrugadas de enero.'
S05b = 'Nunca encienda un anafre o un brasero dentro de una habitación cerrada: el monóxido de carbono no tiene olor y puede causar la muerte mientras se duerme.'
src05 = f"""{T05}
{'=' * len(T05)}

La temporada invernal en la sierra comienza a finales de octubre y se prolonga, en los años más fríos, hasta bien entrado marzo. {S05a} Estas son algunas recomendaciones reunidas a partir de la experiencia de médicos rurales, maestros y familias de la región.

### Antes de que baje la temperatura

1. Revise el techo y las ventanas de la vivienda; una rendija pequeña deja escapar buena parte del calor.
2. Reúna leña seca con anticipación y guárdela bajo techo, lejos de la humedad.
3. Tenga a la mano cobijas, gorros y guantes para cada integrante de la familia, en especial para niñas, niños y personas mayores.
4. Ubique el centro de salud o el albergue más cercano y anote cómo llegar si el camino se cierra por nieve.

### Durante las heladas

{S05b} Si utiliza calentador de gas, deje siempre una ventilación abierta y apáguelo antes de acostarse.

Beba líquidos calientes, coma a sus horas y evite salir de la casa en las horas más frías, entre las cuatro y las ocho de la mañana. Si tiene que viajar por la sierra, avise a alguien de su ruta y lleve agua, alimentos y una manta adicional.

### Señales de alarma

La piel pálida o azulada, los temblores intensos, la confusión y la somnolencia pueden indicar hipotermia. En ese caso hay que abrigar a la persona con ropa seca, darle bebidas tibias sin alcohol y buscar atención médica cuanto antes.
"""
write_source('az05.md', src05)
write_gold('az05', family='generic', title=T05, date=None,
           body_first_words='La temporada invernal en la sierra comienza',
           body_last_words='buscar atención médica cuanto antes.',
           must_keep=[S05a, S05b])

# ---------------------------------------------------------------- az06 press
T06 = 'Entregan aparatos auditivos a 85 adultos mayores de tenencias de Morelia'
DL06 = 'Morelia, Michoacán, a 12 de septiembre de 2013'
S06a = 'La presidenta del patronato del DIF municipal, María Elena Cortés Villaseñor, explicó que los beneficiarios fueron seleccionados tras una jornada de estudios audiométricos realizada en agosto en coordinación con el Centro de Rehabilitación Integral.'
S06b = 'Las personas interesadas en recibir un aparato en la siguiente entrega pueden acudir a las oficinas del DIF, ubicadas en la avenida Acueducto, de lunes a viernes de 9:00 a 14:00 horas.'
src06 = f"""SISTEMA DIF MUNICIPAL DE MORELIA
Dirección de Comunicación Social
Boletín Informativo Núm. 0412

# {T06}

{DL06}

Con el propósito de mejorar la calidad de vida de las personas adultas mayores, el Sistema para el Desarrollo Integral de la Familia de Morelia entregó 85 aparatos auditivos a habitantes de las tenencias de Capula, Teremendo, Santiago Undameo y Tacícuaro.

{S06a}

“Escuchar de nuevo a sus nietos, poder platicar con sus vecinos o atender una consulta médica sin depender de otra persona les devuelve independencia”, señaló Cortés Villaseñor durante la ceremonia, que se llevó a cabo en el auditorio de la tenencia de Capula.

Cada aparato tiene un valor aproximado de 6 mil 500 pesos y se entrega con un paquete de baterías para seis meses, así como con una cita de seguimiento para ajustar el volumen y revisar su funcionamiento. Los beneficiarios recibieron además una plática sobre el cuidado del equipo.

Doña Petra Ayala Zamudio, de 78 años y vecina de Teremendo, agradeció el apoyo y contó que desde hace cuatro años casi no podía escuchar. “Ya no iba a misa ni a las reuniones porque no entendía nada; ahora sí voy a poder”, dijo.

El DIF municipal informó que en noviembre se realizará una segunda entrega, con la que se prevé beneficiar a otras 60 personas de las tenencias del sur del municipio. {S06b}

—oOo—

Dirección de Comunicación Social DIF Morelia
Tel. 443 555 3410 | comunicacion@difmorelia.example.mx
Facebook: /DIFMoreliaOficial
"""
write_source('az06.md', src06, bom=True)
write_gold('az06', family='press_release', title=T06, date='2013-09-12',
           bulletin_number='0412', issuer='SISTEMA DIF MUNICIPAL DE MORELIA',
           dateline_city='Morelia',
           body_first_words='Con el propósito de mejorar la calidad de vida',
           body_last_words='de lunes a viernes de 9:00 a 14:00 horas.',
           boilerplate=['Dirección de Comunicación Social', 'Boletín Informativo Núm. 0412', DL06,
                        '—oOo—', 'Tel. 443 555 3410 | comunicacion@difmorelia.example.mx',
                        'Facebook: /DIFMoreliaOficial'],
           must_keep=[S06a, S06b])

# ---------------------------------------------------------------- az07 wire
T07 = 'Huertas de aguacate en Tancítaro pierden certificación por cambio de uso de suelo'
TPI07 = 'Te puede interesar: Exportaciones de aguacate michoacano rompen récord en el Super Bowl'
S07a = 'De acuerdo con la asociación de productores, las 37 huertas suman alrededor de 410 hectáreas y se ubican en predios que hasta 2015 tenían cobertura de bosque de pino y oyamel.'
S07b = 'El Ayuntamiento de Tancítaro informó que en los próximos días presentará denuncias ante la Procuraduría Federal de Protección al Ambiente por los predios que fueron desmontados sin permiso.'
WA07 = '📲 Únete a nuestro canal de WhatsApp y recibe lo más relevante de Michoacán: https://wa.example.mx/correopurepecha'
src07 = f"""Inicio › Michoacán › Campo

# {T07}

Por Marisol Tapia Anguiano y Héctor Villaseñor Pulido | El Correo Purépecha
Actualizado: 01/03/2021 08:02 | Publicado: 28/02/2021 21:15

![Huerta de aguacate en la meseta purépecha](/uploads/2021/02/huerta-tancitaro.jpg)
Foto: El Correo Purépecha / Archivo

Treinta y siete huertas de aguacate del municipio de Tancítaro perdieron la certificación que les permitía exportar a Estados Unidos, luego de que una revisión de imágenes satelitales mostró que fueron plantadas en terrenos forestales desmontados en los últimos cinco años.

{S07a} Sus propietarios tendrán que vender la fruta en el mercado nacional, donde el precio por kilo es hasta 40 por ciento menor.

La medida forma parte de un acuerdo firmado en 2020 entre empacadoras, autoridades estatales y organismos de sanidad vegetal para frenar la deforestación asociada al cultivo. Ambientalistas de la región celebraron la decisión, aunque consideran que es insuficiente frente a la magnitud del problema. {TPI07}

Un productor afectado, que pidió no ser identificado, aseguró que compró el terreno ya desmontado y que no sabía de la restricción. "Nos están castigando a los chicos; las grandes huertas siguen igual", dijo.

{S07b} La autoridad municipal estimó que en la última década el municipio perdió cerca de 2 mil hectáreas de bosque.

{WA07}
"""
write_source('az07.md', src07)
write_gold('az07', family='wire', title=T07, date='2021-02-28',
           bylines=['Marisol Tapia Anguiano', 'Héctor Villaseñor Pulido'],
           source='El Correo Purépecha', section='Campo',
           body_first_words='Treinta y siete huertas de aguacate',
           body_last_words='cerca de 2 mil hectáreas de bosque.',
           boilerplate=['Foto: El Correo Purépecha / Archivo', TPI07, WA07],
           must_keep=[S07a, S07b], photo_credit='El Correo Purépecha / Archivo')

# ---------------------------------------------------------------- az08 bad
src08 = """---
layout: post
title: "Pendiente: nota sobre la feria de Hidalgo del Parral"
date: 2018-10-02
author: Redacción
categories: [Regiones]
tags: []
---
   

\t
"""
write_source('az08.md', src08, eol='crlf')
write_gold('az08', family='bad',
           refusal_reason='El archivo tiene encabezado (front matter) pero no tiene cuerpo: no hay texto que importar.')

# ---------------------------------------------------------------- az09 jekyll
T09 = 'Cafeticultores de Cuetzalan apuestan por la venta directa tras la caída del precio'
S09a = 'La cooperativa Xiuhtonal Kafen, que reúne a 64 familias de las juntas auxiliares de San Miguel Tzinacapan y Yohualichan, comenzó a tostar y empacar su propio café para venderlo en la plaza del pueblo y por pedidos en línea.'
S09b = 'Por ahora, la cooperativa vende alrededor de 300 kilos de café tostado al mes, una fracción de lo que cosecha, pero sus integrantes esperan duplicar la cifra antes de fin de año.'
src09 = f"""---
layout: entrada
titulo: "{T09}"
fecha: 05-10-2022
autora: Berenice Lobato Cruz
sitio: Sierra Norte Viva
categoria: Economía
etiquetas:
  - café
  - Cuetzalan
  - cooperativas
imagen_destacada: /img/2022/cafe-cuetzalan.jpg
---

El precio que pagan los intermediarios por el café cereza en la Sierra Nororiental de Puebla cayó este año a menos de ocho pesos por kilo, una cantidad que, según los productores, no alcanza siquiera para pagar a los cortadores. Ante ello, varias familias de Cuetzalan decidieron dejar de vender su grano en cereza.

{S09a}

“El coyote nos pagaba lo que quería; ahora nosotros ponemos el precio”, dice Evaristo Tepetla Nava, uno de los socios fundadores, mientras revisa los costales de pergamino que se secan en el patio. El kilo de café tostado y molido se vende en 180 pesos.

El cambio no ha sido sencillo. La cooperativa tuvo que pedir un préstamo para comprar una tostadora de segunda mano y capacitar a jóvenes de la comunidad en el control de la tostión. También aprendieron a tomar fotografías de sus productos y a responder mensajes de clientes de Puebla capital y de la Ciudad de México.

Las productoras, que son mayoría en la cooperativa, se encargan del empaque y de las ventas. “Antes sólo cortábamos; ahora llevamos las cuentas”, cuenta Rosalía Cuanenemi, de 34 años.

{S09b}
"""
write_source('az09.markdown', src09)
write_gold('az09', family='jekyll', title=T09, date='2022-10-05',
           bylines=['Berenice Lobato Cruz'], source='Sierra Norte Viva', section='Economía',
           body_first_words='El precio que pagan los intermediarios',
           body_last_words='duplicar la cifra antes de fin de año.',
           must_keep=[S09a, S09b])

# ---------------------------------------------------------------- az10 press
T10 = 'CONCLUYEN CÓMPUTOS DISTRITALES; PARTICIPACIÓN EN TLAXCALA FUE DE 58.3 POR CIENTO'
DL10 = 'Tlaxcala de Xicohténcatl, Tlax.; 10 de junio de 2021.'
S10a = 'Los consejos distritales del Instituto Tlaxcalteca de Elecciones concluyeron este jueves los cómputos de la elección de diputaciones locales, con una participación ciudadana de 58.3 por ciento de la lista nominal, la más alta registrada en una elección intermedia en la entidad.'
S10b = 'Las constancias de mayoría se entregaron al término de cada sesión a las fórmulas ganadoras en los 15 distritos electorales locales.'
src10 = f"""INSTITUTO TLAXCALTECA DE ELECCIONES
Comunicado de prensa ITE-CS-112/2021

{T10}

{DL10}

{S10a}

En total se computaron 689 mil 412 votos. De acuerdo con la consejera presidenta, Aurora Meneses Cuapio, en 11 de los 15 consejos fue necesario abrir paquetes electorales para realizar un nuevo escrutinio, debido a inconsistencias en las actas o a que la diferencia entre el primero y el segundo lugar era menor a un punto porcentual.

{S10b} En los distritos de Huamantla y Calpulalpan las sesiones se prolongaron por más de 30 horas.

La consejera presidenta reconoció el trabajo de las y los integrantes de los consejos, así como de las representaciones de los partidos políticos, que dieron seguimiento puntual a cada paquete. “Las tlaxcaltecas y los tlaxcaltecas salieron a votar en paz; los resultados son los que ellos decidieron en las urnas”, afirmó.

El próximo domingo, el Consejo General realizará el cómputo de la circunscripción plurinominal y la asignación de diputaciones por el principio de representación proporcional. Los partidos políticos cuentan con cuatro días para impugnar los resultados ante el Tribunal Electoral de Tlaxcala.

Los resultados de cada casilla pueden consultarse en la página electrónica del Instituto.

* * * * *
Coordinación de Comunicación Social del ITE
comunicacion@ite-tlax.example.mx · Tel. 246 555 0199
"""
write_source('az10.txt', src10, enc='utf-16-be', eol='crlf', bom=True)
write_gold('az10', family='press_release', title=T10, date='2021-06-10',
           bulletin_number='ITE-CS-112/2021', issuer='INSTITUTO TLAXCALTECA DE ELECCIONES',
           dateline_city='Tlaxcala de Xicohténcatl',
           body_first_words='Los consejos distritales del Instituto Tlaxcalteca',
           body_last_words='en la página electrónica del Instituto.',
           boilerplate=['Comunicado de prensa ITE-CS-112/2021', DL10, '* * * * *',
                        'Coordinación de Comunicación Social del ITE',
                        'comunicacion@ite-tlax.example.mx · Tel. 246 555 0199'],
           must_keep=[S10a, S10b])
