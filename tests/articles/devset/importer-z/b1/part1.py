# Files z01-z10
from common import enc, G, BAD

FILES = []

# ---------------------------------------------------------------- z01 wire
t01 = """## Cierran 12 kilómetros de la carretera a Laredo por obras en el puente de Ciénega de Flores

**El Vigía Regiomontano** · Metrópoli · 18/03/2024 · Por Alejandro Treviño Garza   

![Maquinaria trabaja en el puente sobre el río Salinas](/img/2024/03/puente-cienega.jpg)
Foto: El Vigía / Alejandro Treviño

La Secretaría de Movilidad y Planeación Urbana de Nuevo León cerró desde este lunes 12 kilómetros de la carretera federal 85 a Nuevo Laredo, a la altura de Ciénega de Flores, para reforzar el puente que cruza el río Salinas.   

El cierre durará al menos seis semanas y afectará a unos 28 mil vehículos que circulan cada día por el tramo, de acuerdo con el aforo de la dependencia. Los automovilistas deberán desviarse por la autopista de cuota o por la carretera a Colombia. Lee también: Suben a 14 los municipios con restricciones de agua en Nuevo León

El titular de la dependencia, Rogelio Cantú Villarreal, explicó que una revisión hecha en enero detectó grietas en dos de las pilas centrales del puente, construido en 1978. "No podíamos esperar a la temporada de lluvias; el riesgo era demasiado alto", dijo en conferencia de prensa.  

Los transportistas de carga pesada serán los más afectados. La Cámara Nacional del Autotransporte de Carga estimó que cada viaje hacia la frontera se alargará entre 40 minutos y una hora, lo que elevará los costos de operación de las empresas más pequeñas.

La obra tiene un costo de 96 millones de pesos y la realizará una constructora elegida por licitación pública. El Gobierno estatal instalará señalamientos y habrá elementos de Fuerza Civil en los entronques para ordenar la circulación durante las horas pico.

Vecinos de Ciénega de Flores pidieron que se permita el paso de vehículos locales en horario nocturno. Cantú Villarreal respondió que la petición será analizada con el Ayuntamiento esta misma semana.

---

📲 Recibe las noticias más importantes de Monterrey en tu celular. Únete a nuestro canal de WhatsApp.
Síguenos en X como @vigia_regio
"""
FILES.append(('z01.md', enc(t01), G(
    family='wire',
    title='Cierran 12 kilómetros de la carretera a Laredo por obras en el puente de Ciénega de Flores',
    date='2024-03-18', bylines=['Alejandro Treviño Garza'], source='El Vigía Regiomontano',
    section='Metrópoli',
    body_first_words='La Secretaría de Movilidad y Planeación Urbana de Nuevo León cerró desde este lunes',
    body_last_words='la petición será analizada con el Ayuntamiento esta misma semana.',
    boilerplate=['Lee también: Suben a 14 los municipios con restricciones de agua en Nuevo León',
                 'Recibe las noticias más importantes de Monterrey en tu celular',
                 'Únete a nuestro canal de WhatsApp', 'Síguenos en X como @vigia_regio',
                 '@vigia_regio'],
    must_keep=['Los automovilistas deberán desviarse por la autopista de cuota o por la carretera a Colombia.',
               'El titular de la dependencia, Rogelio Cantú Villarreal, explicó que una revisión hecha en enero detectó grietas en dos de las pilas centrales del puente, construido en 1978.'],
    photo_credit='El Vigía / Alejandro Treviño')))

# ---------------------------------------------------------------- z02 press (Chihuahua), cp1252 CRLF
t02 = """Gobierno del Estado de Chihuahua
Coordinación de Comunicación Social

Boletín 1102

Chihuahua, Chih., 22 de agosto de 2023

ENTREGAN 3 MIL 400 PAQUETES DE SEMILLA DE AVENA A PRODUCTORES DE LA SIERRA TARAHUMARA

La Secretaría de Desarrollo Rural entregó este martes 3 mil 400 paquetes de semilla de avena forrajera a productores de temporal de 11 municipios serranos, como parte del programa de apoyo al ciclo otoño–invierno.

El secretario del ramo, Efraín Loya Chacón, encabezó la entrega en la cabecera municipal de Guachochi, donde explicó que cada paquete alcanza para sembrar una hectárea y que los beneficiarios fueron seleccionados a partir del padrón de pequeños productores actualizado en junio.

“La sequía de los últimos tres años dejó a muchas familias sin forraje para su ganado; esta semilla les permitirá sembrar antes de las primeras heladas”, señaló el funcionario.

Además de la semilla, el programa incluye 1.2 millones de pesos en vales para fertilizante, que podrán cambiarse en las tiendas rurales de Guachochi, Guadalupe y Calvo, Bocoyna y Urique hasta el 30 de septiembre.

Loya Chacón informó que técnicos de la dependencia visitarán las parcelas durante el ciclo para dar asesoría sobre el manejo del cultivo y el almacenamiento del forraje. Los productores que no alcanzaron a registrarse podrán acudir a las oficinas regionales de la Secretaría en Creel y Parral, donde se abrirá una lista de espera.

En la entrega estuvieron presentes la presidenta municipal de Guachochi, Rosa Isela Batista Loera, y representantes de las comunidades rarámuri de la región.

---o0o---

Contacto para medios:
Unidad de Comunicación Social
Tel. (614) 000 1122 ext. 305
prensa.chihuahua@gobierno.example
"""
FILES.append(('z02.txt', enc(t02, 'cp1252', '\r\n'), G(
    family='press_release',
    title='ENTREGAN 3 MIL 400 PAQUETES DE SEMILLA DE AVENA A PRODUCTORES DE LA SIERRA TARAHUMARA',
    date='2023-08-22', source='Gobierno del Estado de Chihuahua',
    bulletin_number='1102', issuer='Gobierno del Estado de Chihuahua', dateline_city='Chihuahua',
    body_first_words='La Secretaría de Desarrollo Rural entregó este martes 3 mil 400 paquetes',
    body_last_words='y representantes de las comunidades rarámuri de la región.',
    boilerplate=['Coordinación de Comunicación Social', 'Boletín 1102', '---o0o---',
                 'Contacto para medios:', 'Unidad de Comunicación Social',
                 'Tel. (614) 000 1122 ext. 305', 'prensa.chihuahua@gobierno.example'],
    must_keep=['Además de la semilla, el programa incluye 1.2 millones de pesos en vales para fertilizante, que podrán cambiarse en las tiendas rurales de Guachochi, Guadalupe y Calvo, Bocoyna y Urique hasta el 30 de septiembre.',
               '“La sequía de los últimos tres años dejó a muchas familias sin forraje para su ganado; esta semilla les permitirá sembrar antes de las primeras heladas”, señaló el funcionario.'])))

# ---------------------------------------------------------------- z03 jekyll, date with offset late evening
t03 = """---
layout: post
title: "Saltillo abre registro para 500 becas de transporte universitario"
date: 2022-09-05 22:45:00 -0600
categories: [Educación, Portada]
author: Lucía Ramos Aguirre
source: Crónica Saltillense
image: /assets/img/2022/becas-transporte.jpg
---

![Estudiantes esperan el transporte en el bulevar Venustiano Carranza](/assets/img/2022/becas-transporte.jpg)
*Foto: Crónica Saltillense / Archivo*

El Ayuntamiento de Saltillo abrió el registro para 500 becas de transporte dirigidas a estudiantes universitarios que viven en colonias alejadas de los campus, informó la Dirección de Educación Municipal.

El apoyo consiste en una tarjeta precargada con 600 pesos mensuales para usar en las rutas urbanas durante el semestre de agosto a diciembre. Podrán solicitarla alumnos de licenciatura de universidades públicas y privadas que tengan un promedio mínimo de 8 y cuyo hogar se encuentre a más de cinco kilómetros de su escuela.

La directora de Educación, Maribel Zertuche Flores, explicó que el año pasado se entregaron 320 becas y que la demanda superó en más del doble la oferta. “Muchos jóvenes dejan la carrera porque el pasaje se come el gasto de la semana”, comentó.

El registro se hará en línea hasta el 23 de septiembre. Los interesados deberán subir una constancia de estudios, un comprobante de domicilio y la identificación oficial de la madre, padre o tutor. La lista de beneficiarios se publicará el 3 de octubre.

Las colonias con mayor número de solicitudes en la convocatoria anterior fueron Mirasierra, Lomas de Lourdes y Valle de las Aves, en el sur y el oriente de la ciudad. La Dirección de Educación instalará módulos de apoyo en las bibliotecas públicas de esas zonas para quienes no tengan acceso a internet.
"""
FILES.append(('z03.md', enc(t03), G(
    family='jekyll',
    title='Saltillo abre registro para 500 becas de transporte universitario',
    date='2022-09-05', bylines=['Lucía Ramos Aguirre'], source='Crónica Saltillense',
    section='Educación', placement=['Portada'],
    body_first_words='El Ayuntamiento de Saltillo abrió el registro para 500 becas de transporte',
    body_last_words='módulos de apoyo en las bibliotecas públicas de esas zonas para quienes no tengan acceso a internet.',
    boilerplate=['layout: post', 'image: /assets/img/2022/becas-transporte.jpg'],
    must_keep=['El registro se hará en línea hasta el 23 de septiembre.',
               'La lista de beneficiarios se publicará el 3 de octubre.'],
    photo_credit='Crónica Saltillense / Archivo')))

# ---------------------------------------------------------------- z04 generic, word-processor paste: BOM, CRLF, NBSP, curly quotes, tabs
t04 = """Los últimos talabarteros de Jerez resisten con pedidos de charros y turistas\u00a0

Por Fernanda Gallegos Ríos

\tEn un local de tres por cuatro metros, a media cuadra del jardín Páez, Eusebio Llamas Dávila corta una pieza de cuero de res con la misma navaja que usaba su padre. Tiene 71 años y es uno de los cuatro talabarteros que quedan en Jerez, Zacatecas, un oficio que hace medio siglo daba trabajo a más de treinta familias del municipio.

\tSus principales clientes son charros de la región y de Aguascalientes, que le encargan sillas de montar, cinturones piteados y fundas para machete. Una silla completa le lleva cerca de dos meses y puede costar hasta 38\u00a0mil pesos. “El cuero bueno está cada vez más caro y los muchachos ya no quieren aprender, porque es un trabajo de mucha paciencia”, dice sin levantar la vista.

\tDesde que Jerez recibió el nombramiento de Pueblo Mágico, los turistas que recorren el centro histórico se detienen en su taller a comprar llaveros, carteras y bolsas pequeñas. Esas ventas, asegura, son las que le permiten pagar la renta en los meses en que no hay encargos grandes.

\tSu nieta, Abril Llamas, de 19 años, estudia diseño en la capital del estado y pasa los fines de semana en el taller. Ella abrió una cuenta en redes sociales para mostrar las piezas y recibir pedidos de otras ciudades. “Ya nos han escrito de Monterrey y hasta de Chicago”, cuenta con orgullo.

\tEusebio no sabe si el oficio sobrevivirá otra generación, pero tiene claro que seguirá cortando cuero mientras le den las manos.
"""
FILES.append(('z04.txt', enc(t04, 'utf-8', '\r\n', bom=True), G(
    family='generic',
    title='Los últimos talabarteros de Jerez resisten con pedidos de charros y turistas',
    date=None, bylines=['Fernanda Gallegos Ríos'], source=None,
    body_first_words='En un local de tres por cuatro metros, a media cuadra del jardín Páez,',
    body_last_words='seguirá cortando cuero mientras le den las manos.',
    boilerplate=[],
    must_keep=['Sus principales clientes son charros de la región y de Aguascalientes, que le encargan sillas de montar, cinturones piteados y fundas para machete.',
               'Esas ventas, asegura, son las que le permiten pagar la renta en los meses en que no hay encargos grandes.'])))

# ---------------------------------------------------------------- z05 wire, e-mail newsletter export
t05 = """Ver este correo en tu navegador | Reenviar a un amigo

NOTICIAS ALTIPLANO · Boletín matutino · miércoles 14 de febrero de 2024
======================================================================

**Heladas dañan 60 % de la cosecha de tuna en Villa de Arista**

Por Gerardo Zavala Medina | Campo

SAN LUIS POTOSÍ, S.L.P. (Noticias Altiplano).— Las heladas registradas la semana pasada en el altiplano potosino dañaron alrededor del 60 por ciento de la tuna que estaba por cosecharse en Villa de Arista, informó la asociación local de productores.

El presidente de la agrupación, Bonifacio Rangel Loredo, explicó que las temperaturas bajaron hasta siete grados bajo cero durante tres madrugadas seguidas y quemaron las pencas jóvenes y la fruta que aún estaba verde. Unas 450 hectáreas resultaron afectadas.

Los productores calculan pérdidas por 22 millones de pesos y pidieron a la Secretaría de Desarrollo Agropecuario que active el seguro catastrófico. La dependencia envió a dos brigadas de técnicos para levantar el censo de daños, que deberá estar listo a finales de mes.

En Villa de Arista viven de la tuna cerca de 900 familias, muchas de las cuales también trabajan como jornaleros en los invernaderos de jitomate de la región. “Si no llega el apoyo, muchos se van a tener que ir al norte a buscar trabajo”, advirtió Rangel Loredo.

El Servicio Meteorológico Nacional pronosticó nuevas heladas para los próximos días en el altiplano, por lo que Protección Civil estatal recomendó a la población abrigarse y no usar anafres dentro de las viviendas.

Foto: Noticias Altiplano / Gerardo Zavala

----------------------------------------------------------------------
¿Te reenviaron este boletín? Suscríbete gratis en altiplano.example/boletin
Recibiste este correo porque estás suscrito a Noticias Altiplano. Si ya no deseas recibirlo, da clic aquí para darte de baja.
Noticias Altiplano · Av. Carranza 000, Centro, San Luis Potosí · contacto@altiplano.example
"""
FILES.append(('z05.markdown', enc(t05), G(
    family='wire',
    title='Heladas dañan 60 % de la cosecha de tuna en Villa de Arista',
    date='2024-02-14', bylines=['Gerardo Zavala Medina'], source='Noticias Altiplano',
    section='Campo',
    body_first_words='Las heladas registradas la semana pasada en el altiplano potosino dañaron',
    body_last_words='recomendó a la población abrigarse y no usar anafres dentro de las viviendas.',
    boilerplate=['Ver este correo en tu navegador | Reenviar a un amigo', 'Boletín matutino',
                 'SAN LUIS POTOSÍ, S.L.P. (Noticias Altiplano).—',
                 '¿Te reenviaron este boletín? Suscríbete gratis en altiplano.example/boletin',
                 'Si ya no deseas recibirlo, da clic aquí para darte de baja.',
                 'contacto@altiplano.example'],
    must_keep=['Unas 450 hectáreas resultaron afectadas.',
               'La dependencia envió a dos brigadas de técnicos para levantar el censo de daños, que deberá estar listo a finales de mes.'],
    photo_credit='Noticias Altiplano / Gerardo Zavala')))

# ---------------------------------------------------------------- z06 press (Querétaro), dateline opens paragraph, -oOo-, CRLF
t06 = """COMUNICADO

No. SESEQ/214/2024

Secretaría de Salud del Estado de Querétaro

Arranca campaña de vacunación contra sarampión en 18 municipios de Querétaro

Santiago de Querétaro, Qro., 9 de abril de 2024.- La Secretaría de Salud del Estado de Querétaro (SESEQ) inició este martes una campaña de vacunación contra el sarampión y la rubéola dirigida a niñas y niños de uno a nueve años, así como a personal de salud y trabajadores del sector turístico.

La titular de la dependencia, Patricia Olvera Mendoza, informó que se aplicarán 120 mil dosis en los 18 municipios del estado, a través de 640 brigadas que recorrerán escuelas, mercados, centrales de autobuses y comunidades rurales de la Sierra Gorda.

Olvera Mendoza explicó que la campaña responde a la alerta emitida por las autoridades federales tras la confirmación de casos importados en otras entidades del país. Hasta el momento, Querétaro no registra contagios, pero la cercanía con corredores industriales y turísticos obliga a reforzar la cobertura.

Las madres, padres y tutores deberán presentar la Cartilla Nacional de Salud de sus hijos; en caso de no tenerla, el personal de salud les entregará una nueva. La vacuna es gratuita y segura, y puede aplicarse aunque la niña o el niño haya recibido dosis anteriores.

La campaña se extenderá hasta el 31 de mayo. Los centros de salud de la entidad también aplicarán la vacuna de lunes a viernes, de 8:00 a 14:00 horas. La SESEQ pidió a la población consultar la ubicación de los puestos de vacunación en sus canales oficiales.

-oOo-

Síguenos:
Facebook: /SaludQueretaro.example
X: @SESEQ_example
Dirección de Comunicación Social · comunicacion@seseq.example · (442) 000 5050
"""
FILES.append(('z06.text', enc(t06, 'utf-8', '\r\n'), G(
    family='press_release',
    title='Arranca campaña de vacunación contra sarampión en 18 municipios de Querétaro',
    date='2024-04-09', source='Secretaría de Salud del Estado de Querétaro',
    bulletin_number='SESEQ/214/2024', issuer='Secretaría de Salud del Estado de Querétaro',
    dateline_city='Santiago de Querétaro',
    body_first_words='La Secretaría de Salud del Estado de Querétaro (SESEQ) inició este martes',
    body_last_words='consultar la ubicación de los puestos de vacunación en sus canales oficiales.',
    boilerplate=['COMUNICADO', 'No. SESEQ/214/2024', 'Santiago de Querétaro, Qro., 9 de abril de 2024.-',
                 '-oOo-', 'Síguenos:', 'Facebook: /SaludQueretaro.example', '@SESEQ_example',
                 'comunicacion@seseq.example', '(442) 000 5050'],
    must_keep=['Hasta el momento, Querétaro no registra contagios, pero la cercanía con corredores industriales y turísticos obliga a reforzar la cobertura.',
               'La campaña se extenderá hasta el 31 de mayo.'])))

# ---------------------------------------------------------------- z07 bad: front matter without body
t07 = """---
layout: post
title: "Cabildo de Durango aprueba presupuesto 2023"
date: 2022-12-15 13:00:00 -0600
categories: [Política]
author: Redacción
tags:
  - cabildo
  - presupuesto
---

"""
FILES.append(('z07.md', enc(t07), BAD('El archivo solo tiene encabezado (front matter) y no tiene cuerpo de nota.')))

# ---------------------------------------------------------------- z08 jekyll, day-first string date, published: false, CRLF, block tags
t08 = """---\r
title: Pescadores de Altamira piden veda escalonada de camarón\r
date: 23/04/2019\r
autor: "Ramiro Castillo Zúñiga"\r
published: false\r
categoria: Costa\r
tags:\r
  - pesca\r
  - Altamira\r
  - camarón\r
sitio: El Faro del Golfo\r
---\r
\r
Cooperativas pesqueras de Altamira, Tamaulipas, solicitaron a la Comisión Nacional de Acuacultura y Pesca que la veda de camarón en la laguna de Champayán se aplique de forma escalonada y no en un solo periodo, como ocurre desde hace una década.\r
\r
El representante de la federación de cooperativas, Herminio Ortiz Lara, explicó que el cierre total de tres meses deja sin ingresos a cerca de 1,300 pescadores, que durante ese tiempo dependen de préstamos o de trabajos temporales en el puerto industrial.\r
\r
La propuesta consiste en dividir la laguna en tres zonas y cerrar cada una durante seis semanas, de manera que siempre haya un área abierta a la captura. Según los pescadores, el esquema permitiría proteger la reproducción de la especie sin interrumpir por completo la actividad.\r
\r
“No estamos en contra de la veda, sabemos que sin ella no hay camarón; lo que pedimos es que nos dejen trabajar una parte del año”, dijo Ortiz Lara durante una reunión con diputados locales.\r
\r
Investigadores de la universidad estatal que asesoran a las cooperativas advirtieron que cualquier cambio debe acompañarse de monitoreo constante de tallas y de la calidad del agua, pues la laguna ha resentido en los últimos años descargas de aguas residuales.\r
\r
La Comisión respondió que analizará el planteamiento junto con el Instituto Nacional de Pesca y que dará una respuesta antes de la temporada de veda, que comienza en mayo.\r
"""
FILES.append(('z08.md', t08.encode('utf-8'), G(
    family='jekyll',
    title='Pescadores de Altamira piden veda escalonada de camarón',
    date='2019-04-23', published=False, bylines=['Ramiro Castillo Zúñiga'],
    source='El Faro del Golfo', section='Costa',
    body_first_words='Cooperativas pesqueras de Altamira, Tamaulipas, solicitaron a la Comisión Nacional',
    body_last_words='dará una respuesta antes de la temporada de veda, que comienza en mayo.',
    boilerplate=['sitio: El Faro del Golfo', 'published: false'],
    must_keep=['La propuesta consiste en dividir la laguna en tres zonas y cerrar cada una durante seis semanas, de manera que siempre haya un área abierta a la captura.',
               '“No estamos en contra de la veda, sabemos que sin ella no hay camarón; lo que pedimos es que nos dejen trabajar una parte del año”, dijo Ortiz Lara durante una reunión con diputados locales.'])))

# ---------------------------------------------------------------- z09 wire, old CMS export, cp1252 CRLF, Redacción
t09 = """SEMANARIO HIDROCÁLIDO  >  Local  >  Movilidad

Aguascalientes estrena ciclovía de 7 kilómetros sobre avenida Aguascalientes Poniente

Publicado el 02/11/2021 a las 17:40 | Por Redacción

Foto: Especial

El Municipio de Aguascalientes inauguró este martes una ciclovía confinada de 7 kilómetros sobre la avenida Aguascalientes Poniente, que conecta el fraccionamiento Villas de Nuestra Señora de la Asunción con la zona de la Feria.

La obra costó 41 millones de pesos e incluye 18 cruces seguros con semáforo para ciclistas, señalización horizontal y vertical, así como bolardos de concreto para separar el carril de los automóviles.

Relacionado: Aguascalientes registra récord de visitantes en la Feria de San Marcos El director de Movilidad municipal, Jorge Luévano Esparza, señaló que se estima que unas 3 mil personas usarán la ciclovía cada día, en su mayoría trabajadores de la zona industrial y estudiantes de preparatoria.

Colectivos ciclistas celebraron la obra, aunque pidieron que se conecte con la red existente en el centro de la ciudad. “Una ciclovía aislada se queda a la mitad; lo que necesitamos es una red”, comentó Alma Delia Romo, integrante del colectivo Bici Hidrocálida.

El Ayuntamiento informó que en 2022 se construirán otros 5 kilómetros sobre la avenida Siglo XXI y que el proyecto ejecutivo para unir ambos tramos con el primer cuadro ya está en elaboración.

Durante las primeras dos semanas habrá personal de Tránsito municipal en los cruces principales para orientar a conductores y ciclistas sobre el uso del nuevo carril.

Con información de Karla Medina.

Comparte esta nota:  Facebook | Twitter | WhatsApp
© Semanario Hidrocálido. Todos los derechos reservados.
"""
FILES.append(('z09.txt', enc(t09, 'cp1252', '\r\n'), G(
    family='wire',
    title='Aguascalientes estrena ciclovía de 7 kilómetros sobre avenida Aguascalientes Poniente',
    date='2021-11-02', bylines=[], source='Semanario Hidrocálido', section='Movilidad',
    body_first_words='El Municipio de Aguascalientes inauguró este martes una ciclovía confinada de 7 kilómetros',
    body_last_words='para orientar a conductores y ciclistas sobre el uso del nuevo carril.',
    boilerplate=['SEMANARIO HIDROCÁLIDO  >  Local  >  Movilidad',
                 'Relacionado: Aguascalientes registra récord de visitantes en la Feria de San Marcos',
                 'Con información de Karla Medina.', 'Comparte esta nota:',
                 '© Semanario Hidrocálido. Todos los derechos reservados.'],
    must_keep=['El director de Movilidad municipal, Jorge Luévano Esparza, señaló que se estima que unas 3 mil personas usarán la ciclovía cada día, en su mayoría trabajadores de la zona industrial y estudiantes de preparatoria.',
               'La obra costó 41 millones de pesos e incluye 18 cruces seguros con semáforo para ciclistas, señalización horizontal y vertical, así como bolardos de concreto para separar el carril de los automóviles.'],
    photo_credit='Especial')))

# ---------------------------------------------------------------- z10 press (Sonora), "; a" dateline, ### end, trailing spaces
t10 = """**H. AYUNTAMIENTO DE HERMOSILLO**  
**Dirección General de Comunicación Social**  

Comunicado 071/2024  

Hermosillo, Sonora; a 3 de mayo de 2024  

**Instalan 26 hidratadores públicos en parques y paradas de camión de Hermosillo ante ola de calor**

Ante las temperaturas superiores a 45 grados que se esperan en las próximas semanas, el Ayuntamiento de Hermosillo instaló 26 hidratadores públicos de agua purificada en parques, plazas y paradas de transporte con mayor afluencia de la ciudad.  

El presidente municipal, Saúl Encinas Robles, explicó que cada equipo tiene capacidad para surtir hasta 800 litros diarios y cuenta con un filtro de carbón activado y lámpara ultravioleta, cuyo mantenimiento estará a cargo de Agua de Hermosillo.

Los hidratadores se ubicaron en sitios como el parque Madero, la plaza Zaragoza, el Centro de Gobierno y los cruceros de los bulevares Kino, Solidaridad y Colosio, donde cientos de personas esperan el camión a pleno sol.

"Queremos que nadie tenga que comprar una botella de agua para aguantar el calor mientras espera el transporte o camina por el centro", señaló el alcalde.

El Ayuntamiento recordó que durante la temporada de calor permanecen abiertos 12 refugios climatizados en centros comunitarios, de 11:00 a 19:00 horas, y pidió a la población evitar actividades al aire libre entre el mediodía y las cinco de la tarde, así como revisar a personas adultas mayores que vivan solas.

###

Dirección General de Comunicación Social  
Tel. (662) 000 4455 · prensa@hermosillo.example  
Facebook / Instagram: @HermosilloGobMx.example
"""
FILES.append(('z10.md', enc(t10), G(
    family='press_release',
    title='Instalan 26 hidratadores públicos en parques y paradas de camión de Hermosillo ante ola de calor',
    date='2024-05-03', source='H. AYUNTAMIENTO DE HERMOSILLO',
    bulletin_number='071/2024', issuer='H. AYUNTAMIENTO DE HERMOSILLO', dateline_city='Hermosillo',
    body_first_words='Ante las temperaturas superiores a 45 grados que se esperan en las próximas semanas,',
    body_last_words='así como revisar a personas adultas mayores que vivan solas.',
    boilerplate=['Comunicado 071/2024', 'Hermosillo, Sonora; a 3 de mayo de 2024', '###',
                 'Tel. (662) 000 4455', 'prensa@hermosillo.example', '@HermosilloGobMx.example'],
    must_keep=['Los hidratadores se ubicaron en sitios como el parque Madero, la plaza Zaragoza, el Centro de Gobierno y los cruceros de los bulevares Kino, Solidaridad y Colosio, donde cientos de personas esperan el camión a pleno sol.',
               'El Ayuntamiento recordó que durante la temporada de calor permanecen abiertos 12 refugios climatizados en centros comunitarios, de 11:00 a 19:00 horas,'])))
