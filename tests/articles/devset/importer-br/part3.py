#!/usr/bin/env python3
"""importer-br, files 21-30."""
import io
import zipfile
from common import write_source, write_gold, wrap, to_bytes, NBSP

# ---------------------------------------------------------------- br21 press (municipal water board, Chih.)
br21 = """JUNTA MUNICIPAL DE AGUA Y SANEAMIENTO DE CHIHUAHUA
Departamento de Comunicación Social

PARA SU PUBLICACIÓN INMEDIATA

Boletín 1102

Inicia JMAS programa de tandeos en 43 colonias por bajo nivel de pozos

Chihuahua, Chih.; a 3 de mayo de 2016.- La Junta Municipal de Agua y Saneamiento (JMAS) de Chihuahua inició este martes un programa de distribución por tandeo en 43 colonias del sur y del poniente de la ciudad, debido a la baja en el nivel de los pozos que las abastecen y al aumento del consumo por las altas temperaturas.

Con el nuevo esquema, las colonias recibirán el servicio en horarios alternados: unas por la mañana, de las cinco a las 13 horas, y otras por la tarde, de las 14 a las 22 horas. Los horarios de cada sector pueden consultarse en las oficinas de la JMAS y en su página de internet.

El presidente del consejo directivo explicó que en los últimos cinco años el nivel estático de los acuíferos Chihuahua-Sacramento y El Sauz-Encinillas ha descendido en promedio un metro y medio por año, por lo que la dependencia trabaja en la perforación de tres nuevos pozos y en la reparación de fugas en la red.

La JMAS recomendó a las familias de los sectores con tandeo almacenar agua en recipientes tapados, revisar que los tinacos no tengan fugas y reportar cualquier falla al teléfono de atención, que funciona las 24 horas. Las pipas del organismo darán prioridad a hospitales, escuelas y asilos.

El organismo recordó que regar jardines y lavar banquetas con manguera entre las diez de la mañana y las seis de la tarde está prohibido durante el verano, y que quienes desperdicien agua podrán ser sancionados conforme al reglamento municipal.

---000---

Atentamente
Lic. Araceli Holguín Terrazas
Jefa del Departamento de Comunicación Social
Tel. (614) 555 0098   comunicacion@jmas-chih.example.mx
"""
write_source('br21.txt', br21, enc='cp1252')
write_gold('br21', family='press_release',
           title='Inicia JMAS programa de tandeos en 43 colonias por bajo nivel de pozos',
           date='2016-05-03', source='JUNTA MUNICIPAL DE AGUA Y SANEAMIENTO DE CHIHUAHUA',
           bulletin_number='1102', issuer='JUNTA MUNICIPAL DE AGUA Y SANEAMIENTO DE CHIHUAHUA',
           dateline_city='Chihuahua',
           body_first_words='La Junta Municipal de Agua y Saneamiento (JMAS) de Chihuahua inició este martes',
           body_last_words='podrán ser sancionados conforme al reglamento municipal.',
           boilerplate=['Departamento de Comunicación Social', 'PARA SU PUBLICACIÓN INMEDIATA',
                        'Boletín 1102', 'Chihuahua, Chih.; a 3 de mayo de 2016.-', '---000---',
                        'Atentamente', 'Lic. Araceli Holguín Terrazas',
                        'Tel. (614) 555 0098   comunicacion@jmas-chih.example.mx'],
           must_keep=['Los horarios de cada sector pueden consultarse en las oficinas de la JMAS y en su página de internet.',
                      'Las pipas del organismo darán prioridad a hospitales, escuelas y asilos.',
                      'Con el nuevo esquema, las colonias recibirán el servicio en horarios alternados: unas por la mañana, de las cinco a las 13 horas, y otras por la tarde, de las 14 a las 22 horas.'])

# ---------------------------------------------------------------- br22 generic (columnist's text, Hgo.) UTF-16 BE
br22 = """EL PASTE, UNA HERENCIA CÓRNICA EN LA SIERRA DE HIDALGO

Por Gilberto Hernández Islas

En Real del Monte, a media hora de Pachuca, el olor a masa horneada se mezcla desde temprano con la neblina que baja por las calles empinadas. Ahí, en pequeños expendios con hornos de piso, se prepara el paste, una empanada que llegó a la sierra de Hidalgo con los mineros de Cornualles en el siglo XIX.

Los ingleses, como todavía se les llama en el pueblo, fueron contratados por la compañía que explotaba las minas de plata de Real del Monte y Pachuca a partir de 1824. Con ellos llegaron las máquinas de vapor, el futbol y una costumbre de mesa que resolvía un problema práctico: el minero bajaba al socavón con su comida envuelta en una masa gruesa que la conservaba caliente durante horas.

El paste original llevaba papa, carne de res picada, cebolla y pimienta. Los cocineros mexicanos, con el tiempo, le agregaron chile, mole, frijoles, tinga de pollo y hasta rellenos dulces de arroz con leche, piña o manzana. Hoy hay quien vende más de treinta variedades.

En el panteón inglés del pueblo, orientado hacia Cornualles según la tradición, descansan varios de aquellos mineros. Las lápidas, con nombres como Trelawny, Pascoe o Rowe, recuerdan que la historia de la comida también es la historia de los trabajadores que cruzaron el océano para ganarse la vida bajo tierra.

Cada octubre se celebra en Real del Monte el Festival Internacional del Paste, y cada año llegan visitantes de Cornualles que prueban, con curiosidad y algo de asombro, lo que los mexicanos hicieron con su receta.

ghernandez.columna@correo.example.mx
"""
write_source('br22.txt', br22, enc='utf-16-be', eol='crlf', bom=True)
write_gold('br22', family='generic',
           title='EL PASTE, UNA HERENCIA CÓRNICA EN LA SIERRA DE HIDALGO',
           bylines=['Gilberto Hernández Islas'],
           body_first_words='En Real del Monte, a media hora de Pachuca',
           body_last_words='lo que los mexicanos hicieron con su receta.',
           boilerplate=['ghernandez.columna@correo.example.mx'],
           must_keep=['El paste original llevaba papa, carne de res picada, cebolla y pimienta.',
                      'Hoy hay quien vende más de treinta variedades.',
                      'En el panteón inglés del pueblo, orientado hacia Cornualles según la tradición, descansan varios de aquellos mineros.'])

# ---------------------------------------------------------------- br23 wire (print-archive export, Zac., 1996) Mac Roman, CR
br23 = """Páramo Zacatecano · Edición impresa
Sección: Local     Página: 4-A
Fecha: martes 19 de noviembre de 1996
Balazo: PATRIMONIO EN RIESGO
Cabeza: Grietas en el acueducto de El Cubo preocupan a vecinos del centro
Sumario: El INAH revisará los arcos más dañados; piden desviar el tránsito pesado
Crédito: Texto y foto: Ramiro Escobedo Félix
Texto:

ZACATECAS, Zac.- Vecinos de las calles cercanas al antiguo acueducto de El Cubo pidieron a las autoridades municipales y al Instituto Nacional de Antropología e Historia revisar las grietas que aparecieron en al menos cuatro de sus arcos, y que según ellos se han ensanchado en las últimas semanas.

El acueducto, construido en la época colonial para llevar agua al centro de la ciudad, es uno de los monumentos más fotografiados por los turistas que visitan la capital del estado, cuyo centro histórico fue declarado Patrimonio de la Humanidad por la UNESCO en 1993.

Los habitantes atribuyen el daño a la vibración que provocan los camiones de carga y los autobuses foráneos que circulan por la avenida que pasa junto a la arquería. “Cada vez que pasa un tráiler se siente cómo tiembla la casa; imagínese lo que le pasa a una construcción de doscientos años”, dijo Jovita Acuña, quien vive frente al monumento desde hace cuatro décadas.

Personal de la delegación del INAH en Zacatecas confirmó que realizará esta semana una inspección de los arcos más dañados. Un arquitecto del instituto, que pidió no ser identificado, explicó que las grietas no ponen en riesgo inmediato la estructura, pero que es necesario colocar testigos para medir si siguen creciendo.

El Ayuntamiento informó que analiza la posibilidad de desviar el tránsito pesado hacia el bulevar López Mateos mientras se realizan los estudios, una medida que los transportistas ya rechazaron porque, afirman, alargaría sus recorridos.
"""
write_source('br23.txt', br23, enc='mac_roman', eol='cr')
write_gold('br23', family='wire',
           title='Grietas en el acueducto de El Cubo preocupan a vecinos del centro',
           date='1996-11-19', bylines=['Ramiro Escobedo Félix'], source='Páramo Zacatecano',
           section='Local',
           body_first_words='Vecinos de las calles cercanas al antiguo acueducto de El Cubo',
           body_last_words='porque, afirman, alargaría sus recorridos.',
           boilerplate=['Balazo: PATRIMONIO EN RIESGO',
                        'Sumario: El INAH revisará los arcos más dañados; piden desviar el tránsito pesado',
                        'Crédito: Texto y foto: Ramiro Escobedo Félix', 'ZACATECAS, Zac.-'],
           must_keep=['Personal de la delegación del INAH en Zacatecas confirmó que realizará esta semana una inspección de los arcos más dañados.',
                      '“Cada vez que pasa un tráiler se siente cómo tiembla la casa; imagínese lo que le pasa a una construcción de doscientos años”, dijo Jovita Acuña, quien vive frente al monumento desde hace cuatro décadas.',
                      'Los habitantes atribuyen el daño a la vibración que provocan los camiones de carga y los autobuses foráneos que circulan por la avenida que pasa junto a la arquería.'],
           photo_credit='Ramiro Escobedo Félix')

# ---------------------------------------------------------------- br24 jekyll (plain Jekyll, Tlax.) space-separated categories, Liquid
br24 = """---
layout: post
title:  "Huehues de Tlaxcala ensayan para el Carnaval 2025 con más de 90 camadas"
date:   2025-02-10 23:45:00 -0600
categories: Portada Cultura
author: Lucía Xochitiotzi Pérez
image: /assets/img/2025/02/huehues-ensayo.jpg
---

A tres semanas del inicio del Carnaval de Tlaxcala, más de 90 camadas de huehues de los 60 municipios del estado ensayan cada noche en patios, canchas y calles de sus comunidades, con la música de los violines y los tambores que acompañan la danza desde hace más de un siglo.

Las camadas son los grupos de danzantes que visten capa bordada, sombrero con plumas y máscara de madera tallada con ojos de vidrio y pestañas postizas, con la que se representaba en burla a los hacendados españoles y franceses. Cada camada tiene su propio estilo, y en muchas familias el traje se hereda de padres a hijos.

{% include figura.html src="/assets/img/2025/02/mascara-huehue.jpg" pie="Máscara de madera tallada en San Juan Totolac." %}

En San Juan Totolac, el artesano Fidencio Netzahualcóyotl Cuapio trabaja desde noviembre para terminar los encargos. Dice que una máscara fina puede tardar hasta dos semanas y cuesta más de cinco mil pesos. “La gente ahorra todo el año para estrenar en el carnaval; la máscara es lo más importante del traje”, explica.

Este año, el Instituto Tlaxcalteca de la Cultura prevé que el desfile inaugural recorra el centro de la capital el sábado 1 de marzo, y que las camadas se presenten después en la plaza de toros y en los municipios durante los cuatro días de fiesta. Los horarios completos se publicarán [en la cartelera oficial]({{ site.baseurl }}/carnaval-2025/).

Los organizadores pidieron a los visitantes no subir a los escenarios ni tocar las máscaras y los penachos, que son piezas frágiles y en muchos casos tienen décadas de antigüedad.
"""
write_source('br24.markdown', br24)
write_gold('br24', family='jekyll',
           title='Huehues de Tlaxcala ensayan para el Carnaval 2025 con más de 90 camadas',
           date='2025-02-10', bylines=['Lucía Xochitiotzi Pérez'], section='Cultura',
           placement=['Portada'],
           body_first_words='A tres semanas del inicio del Carnaval de Tlaxcala',
           body_last_words='en muchos casos tienen décadas de antigüedad.',
           boilerplate=['{% include figura.html src="/assets/img/2025/02/mascara-huehue.jpg" pie="Máscara de madera tallada en San Juan Totolac." %}'],
           must_keep=['Cada camada tiene su propio estilo, y en muchas familias el traje se hereda de padres a hijos.',
                      'Dice que una máscara fina puede tardar hasta dos semanas y cuesta más de cinco mil pesos.',
                      '“La gente ahorra todo el año para estrenar en el carnaval; la máscara es lo más importante del traje”, explica.'])

# ---------------------------------------------------------------- br25 press (CDMX public security) "tarjeta informativa"
br25 = """SECRETARÍA DE SEGURIDAD PÚBLICA DE LA CIUDAD DE MÉXICO
\tDirección General de Comunicación Social
\tTARJETA INFORMATIVA No. 412

DETIENEN A DOS HOMBRES POR ROBO A CUENTAHABIENTE EN LA ALCALDÍA BENITO JUÁREZ
Ciudad de México, 5 de noviembre de 2018.
\tEfectivos de la Secretaría de Seguridad Pública de la Ciudad de México (SSP-CDMX) detuvieron en la colonia Del Valle, alcaldía Benito Juárez, a dos hombres que presuntamente despojaron de 85 mil pesos a un cuentahabiente que acababa de retirar el dinero de una sucursal bancaria.
\tLos hechos ocurrieron alrededor de las 12:30 horas, cuando la víctima, un hombre de 52 años, caminaba sobre la avenida Insurgentes Sur y fue interceptada por dos sujetos a bordo de una motocicleta, quienes lo amagaron con un arma de fuego y le quitaron un sobre con el efectivo.
\tMediante el monitoreo de las cámaras del Centro de Comando y Control C2 Poniente, se dio seguimiento a la motocicleta, que fue localizada minutos después en el cruce de las calles Pilares y Adolfo Prieto, donde los policías marcaron el alto a sus tripulantes.
\tEn la revisión preventiva, realizada conforme al protocolo de actuación policial, se les aseguró un arma de fuego tipo escuadra, un sobre con 85 mil pesos en efectivo y dos cascos de motociclista. El afectado reconoció a los dos hombres, de 24 y 31 años, como quienes lo asaltaron.
\tLos detenidos, la motocicleta y los objetos asegurados fueron presentados ante el agente del Ministerio Público de la Coordinación Territorial BJ-2, quien determinará su situación jurídica.
\tLa SSP-CDMX recomienda a las personas que retiren cantidades importantes de dinero solicitar el servicio gratuito de acompañamiento bancario al teléfono 55 5550 0120.
\t\t\t\t\toOo
@SSP_CDMX_ej
"""
write_source('br25.txt', br25, enc='cp1252', eol='crlf')
write_gold('br25', family='press_release',
           title='DETIENEN A DOS HOMBRES POR ROBO A CUENTAHABIENTE EN LA ALCALDÍA BENITO JUÁREZ',
           date='2018-11-05', source='SECRETARÍA DE SEGURIDAD PÚBLICA DE LA CIUDAD DE MÉXICO',
           bulletin_number='412', issuer='SECRETARÍA DE SEGURIDAD PÚBLICA DE LA CIUDAD DE MÉXICO',
           dateline_city='Ciudad de México',
           body_first_words='Efectivos de la Secretaría de Seguridad Pública de la Ciudad de México (SSP-CDMX)',
           body_last_words='acompañamiento bancario al teléfono 55 5550 0120.',
           boilerplate=['Dirección General de Comunicación Social', 'TARJETA INFORMATIVA No. 412',
                        'Ciudad de México, 5 de noviembre de 2018.', 'oOo', '@SSP_CDMX_ej'],
           must_keep=['El afectado reconoció a los dos hombres, de 24 y 31 años, como quienes lo asaltaron.',
                      'Los detenidos, la motocicleta y los objetos asegurados fueron presentados ante el agente del Ministerio Público de la Coordinación Territorial BJ-2, quien determinará su situación jurídica.',
                      'Los hechos ocurrieron alrededor de las 12:30 horas, cuando la víctima, un hombre de 52 años, caminaba sobre la avenida Insurgentes Sur'])

# ---------------------------------------------------------------- br26 wire (whole web page copied, Gro.)
br26 = """BAHÍA INFORMA | Noticias de Acapulco y Guerrero
Usamos cookies para mejorar tu experiencia. Al continuar navegando aceptas nuestro aviso de privacidad. Aceptar
Inicio   Acapulco   Guerrero   Deportes   Opinión   Videos
Acapulco
Reabren La Quebrada a los clavadistas tras obras de reforzamiento del acantilado
Por Daniela Nava Galeana
26 enero, 2026 · Lectura de 4{n}min

Los clavadistas de La Quebrada volvieron este fin de semana a lanzarse desde los 35{n}metros del acantilado, después de casi cuatro meses sin espectáculos por los trabajos de reforzamiento de la roca y de las escalinatas que utilizan para subir a la plataforma.

Las obras incluyeron la colocación de anclajes y mallas en las zonas donde se habían desprendido fragmentos tras las lluvias del otoño, así como la rehabilitación del mirador desde donde los turistas observan los saltos.

Lee también
Acapulco espera 60 mil visitantes en el puente del 2 de febrero

Rodolfo Castrejón Bello, integrante de la asociación de clavadistas, dijo que la pausa fue difícil para las 40 familias que dependen del espectáculo. “Aquí se gana con cada turista que llega; cuatro meses sin saltar son cuatro meses sin ingreso”, explicó antes del primer clavado de la tarde.

Durante la reapertura, los clavadistas ofrecieron cinco funciones diarias, la primera a la una de la tarde y las demás por la noche, con antorchas. El boleto para adultos cuesta 100{n}pesos y los niños menores de ocho años no pagan.

Los prestadores de servicios turísticos del barrio esperan que la reapertura ayude a recuperar el flujo de visitantes en el centro del puerto, que todavía resiente los efectos de los huracanes de los últimos años.

Sobre la autora: Daniela Nava Galeana es reportera de Bahía Informa desde 2014 y cubre turismo y medio ambiente en la Costa Grande y Acapulco.

MÁS LEÍDAS
1. Cierran la Costera por desfile del aniversario de la Nao de China
2. Pescadores de Pie de la Cuesta reportan buena captura de huachinango
3. Suspenden clases en Coyuca de Benítez por lluvias

© 2026 Bahía Informa. Todos los derechos reservados.
""".replace('{n}', NBSP)
write_source('br26.text', br26, eol=('mixed', 10))
write_gold('br26', family='wire',
           title='Reabren La Quebrada a los clavadistas tras obras de reforzamiento del acantilado',
           date='2026-01-26', bylines=['Daniela Nava Galeana'], source='Bahía Informa',
           section='Acapulco',
           body_first_words='Los clavadistas de La Quebrada volvieron este fin de semana',
           body_last_words='resiente los efectos de los huracanes de los últimos años.',
           boilerplate=['Usamos cookies para mejorar tu experiencia. Al continuar navegando aceptas nuestro aviso de privacidad. Aceptar',
                        'Inicio   Acapulco   Guerrero   Deportes   Opinión   Videos',
                        'Lee también',
                        'Acapulco espera 60 mil visitantes en el puente del 2 de febrero',
                        'Sobre la autora: Daniela Nava Galeana es reportera de Bahía Informa desde 2014 y cubre turismo y medio ambiente en la Costa Grande y Acapulco.',
                        'MÁS LEÍDAS',
                        'Cierran la Costera por desfile del aniversario de la Nao de China',
                        'Pescadores de Pie de la Cuesta reportan buena captura de huachinango',
                        'Suspenden clases en Coyuca de Benítez por lluvias',
                        '© 2026 Bahía Informa. Todos los derechos reservados.'],
           must_keep=['“Aquí se gana con cada turista que llega; cuatro meses sin saltar son cuatro meses sin ingreso”, explicó antes del primer clavado de la tarde.',
                      'El boleto para adultos cuesta 100 pesos y los niños menores de ocho años no pagan.',
                      'Las obras incluyeron la colocación de anclajes y mallas en las zonas donde se habían desprendido fragmentos tras las lluvias del otoño, así como la rehabilitación del mirador desde donde los turistas observan los saltos.'])

# ---------------------------------------------------------------- br27 jekyll (Blogger via jekyll-import, Dgo., 2006) Pacific offset
br27 = """---
layout: post
title: Chupaderos, el pueblo del viejo oeste que se niega a desaparecer
date: '2006-10-31T18:05:00.000-07:00'
author: Efraín Soto Ibarra
tags:
- cine
- Durango
- Chupaderos
modified_time: '2006-11-02T09:41:12.330-07:00'
blogger_id: tag:blogger.com,1999:blog-2209917733.post-5528810046631907719
blogger_orig_url: http://cronicasdelguadiana.blogspot.example.mx/2006/10/chupaderos-el-pueblo-del-viejo-oeste.html
---
<span style="font-family:georgia;">A unos 15 kilómetros de la ciudad de Durango, sobre la carretera a Torreón, las fachadas de madera de un pueblo del viejo oeste aparecen de pronto entre los mezquites. Es Chupaderos, el escenario donde durante los años sesenta y setenta se filmaron decenas de películas de vaqueros con estrellas de Hollywood.<br /><br />
Cuando los estudios se fueron, la gente del ejido se quedó a vivir en las casas de utilería. Las cantinas, la oficina del sheriff y la iglesia de madera se convirtieron en viviendas, tiendas y corrales. Hoy viven ahí unas 200 personas, y muchas de ellas trabajaron alguna vez como extras en las filmaciones.<br /><br />
Don Cipriano Reyes, de 71 años, recuerda que le pagaban 50 pesos al día por caer del caballo en las escenas de balacera. &quot;Me morí como veinte veces en el cine&quot;, dice entre risas, sentado en el portal de lo que fue el banco del pueblo.<br /><br />
El problema es que los sets nunca se construyeron para durar. La madera se pudre, los techos se caen y cada temporada de lluvias se lleva un pedazo de la calle principal. Los vecinos han pedido al gobierno del estado apoyo para restaurar las fachadas y atraer a los turistas que llegan a Durango buscando los escenarios de las películas.<br /><br />
Mientras tanto, los domingos algunos jóvenes del pueblo montan una pequeña función de duelos a caballo para los visitantes, y cobran diez pesos por tomarse una foto con sombrero y pistola de juguete.</span>
"""
write_source('br27.md', br27)
write_gold('br27', family='jekyll',
           title='Chupaderos, el pueblo del viejo oeste que se niega a desaparecer',
           date='2006-10-31', bylines=['Efraín Soto Ibarra'], section=None,
           body_first_words='A unos 15 kilómetros de la ciudad de Durango',
           body_last_words='por tomarse una foto con sombrero y pistola de juguete.',
           must_keep=['Es Chupaderos, el escenario donde durante los años sesenta y setenta se filmaron decenas de películas de vaqueros con estrellas de Hollywood.',
                      'Hoy viven ahí unas 200 personas, y muchas de ellas trabajaron alguna vez como extras en las filmaciones.',
                      'El problema es que los sets nunca se construyeron para durar.'])

# ---------------------------------------------------------------- br28 press (municipality, B.C.S.) web page exported to Markdown
br28 = """![Escudo del H. XIII Ayuntamiento de Los Cabos](https://loscabos-gob.example.mx/wp-content/uploads/escudo.png)

**H. XIII AYUNTAMIENTO DE LOS CABOS**
**Dirección Municipal de Comunicación Social**

Boletín DMCS/0876/2019

## Sesiona Consejo Municipal de Protección Civil ante la etapa más activa de la temporada de huracanes

San José del Cabo, B.C.S., 22 de agosto de 2019.- El Consejo Municipal de Protección Civil de Los Cabos sesionó este jueves de manera extraordinaria para revisar los protocolos de atención ante la etapa más activa de la temporada de huracanes, que en el Pacífico mexicano se concentra entre finales de agosto y principios de octubre.

Durante la sesión, la [Dirección Municipal de Protección Civil](https://loscabos-gob.example.mx/proteccion-civil) presentó el inventario de 74 refugios temporales distribuidos en Cabo San Lucas, San José del Cabo, La Ribera, Miraflores y la zona de Santiago, con capacidad para atender a más de 18 mil personas.

Se acordó también reforzar la limpieza de arroyos y canales pluviales en las colonias que se inundaron durante el paso del huracán Odile en 2014, así como mantener comunicación permanente con el sector hotelero para la atención de turistas en caso de emergencia.

El director de Protección Civil municipal, Eduardo Ceseña Amador, pidió a la población preparar un plan familiar, tener a la mano documentos importantes en bolsas de plástico y atender únicamente la información de fuentes oficiales. “La mejor forma de enfrentar un huracán es prepararse antes de que llegue el primer aviso”, señaló.

El Consejo permanecerá en sesión permanente en caso de que se emita un aviso de tormenta tropical o de huracán para el sur de Baja California Sur.

[Descarga aquí las fotografías de la sesión](https://loscabos-gob.example.mx/galeria/0876)

###

*Síguenos en Facebook e Instagram: @GobLosCabosEj*
"""
write_source('br28.md', br28)
write_gold('br28', family='press_release',
           title='Sesiona Consejo Municipal de Protección Civil ante la etapa más activa de la temporada de huracanes',
           date='2019-08-22', source='H. XIII AYUNTAMIENTO DE LOS CABOS',
           bulletin_number='DMCS/0876/2019', issuer='H. XIII AYUNTAMIENTO DE LOS CABOS',
           dateline_city='San José del Cabo',
           body_first_words='El Consejo Municipal de Protección Civil de Los Cabos sesionó este jueves',
           body_last_words='de tormenta tropical o de huracán para el sur de Baja California Sur.',
           boilerplate=['![Escudo del H. XIII Ayuntamiento de Los Cabos](https://loscabos-gob.example.mx/wp-content/uploads/escudo.png)',
                        'Dirección Municipal de Comunicación Social', 'Boletín DMCS/0876/2019',
                        'San José del Cabo, B.C.S., 22 de agosto de 2019.-',
                        'Descarga aquí las fotografías de la sesión', '###',
                        'Síguenos en Facebook e Instagram: @GobLosCabosEj'],
           must_keep=['Se acordó también reforzar la limpieza de arroyos y canales pluviales en las colonias que se inundaron durante el paso del huracán Odile en 2014',
                      '“La mejor forma de enfrentar un huracán es prepararse antes de que llegue el primer aviso”, señaló.',
                      'con capacidad para atender a más de 18 mil personas.'])

# ---------------------------------------------------------------- br29 generic (lynx -dump of a tourism page, Tamps.)
p29 = [
    'La playa Miramar, en Ciudad Madero, es una de las más extensas del Golfo de México. Sus cerca de diez kilómetros de arena van desde las escolleras de la desembocadura del río Pánuco hasta los límites con el municipio de Altamira, y cada verano reciben a visitantes de Tamaulipas, Nuevo León, San Luis Potosí y Veracruz.',
    'La mejor hora para llegar es temprano, antes de las diez de la mañana, cuando el estacionamiento del bulevar costero todavía tiene lugares y el sol no calienta tanto. En temporada alta, los fines de semana el tráfico en la avenida Álvaro Obregón puede tardar más de una hora desde el centro de Tampico.',
    'A lo largo de la playa hay [8]palapas que se rentan por día, regaderas públicas y módulos de salvavidas. Conviene nadar sólo en las zonas marcadas con banderas y atender las indicaciones de los salvavidas, porque las corrientes de retorno son frecuentes cerca de las escolleras. Las banderas rojas significan que está prohibido meterse al mar.',
    'Para comer, los restaurantes del malecón ofrecen jaiba rellena, camarones y cocteles de mariscos. Quienes prefieran algo más sencillo pueden comprar elotes, raspados y cocos en los puestos ambulantes.',
    'Por la tarde vale la pena caminar por las escolleras para ver la entrada de los barcos al puerto de Tampico. Al atardecer llegan los pelícanos.',
]
br29 = ('   #[1]alternate\n'
        '\n'
        '   [2]Saltar al contenido principal\n'
        '   [3]Inicio | [4]Qué hacer | [5]Dónde comer | [6]Eventos | [7]Contacto\n'
        '\n'
        '             Playa Miramar: guía para una visita sin contratiempos\n'
        '\n'
        + '\n\n'.join(wrap(p, 78, '   ', '   ') for p in p29) + '\n'
        '\n'
        '   [9]Volver arriba\n'
        '\n'
        '   © 2021 Todos los derechos reservados.\n'
        '\n'
        'Referencias\n'
        '\n'
        '   1. https://turismomadero.example.mx/feed/\n'
        '   2. https://turismomadero.example.mx/playa-miramar/#contenido\n'
        '   3. https://turismomadero.example.mx/\n'
        '   4. https://turismomadero.example.mx/que-hacer/\n'
        '   5. https://turismomadero.example.mx/donde-comer/\n'
        '   6. https://turismomadero.example.mx/eventos/\n'
        '   7. https://turismomadero.example.mx/contacto/\n'
        '   8. https://turismomadero.example.mx/palapas-miramar/\n'
        '   9. https://turismomadero.example.mx/playa-miramar/#top\n')
write_source('br29.text', br29)
write_gold('br29', family='generic',
           title='Playa Miramar: guía para una visita sin contratiempos',
           body_first_words='La playa Miramar, en Ciudad Madero, es una de las más extensas',
           body_last_words='los barcos al puerto de Tampico. Al atardecer llegan los pelícanos.',
           boilerplate=['[2]Saltar al contenido principal',
                        '[3]Inicio | [4]Qué hacer | [5]Dónde comer | [6]Eventos | [7]Contacto',
                        '[9]Volver arriba', '© 2021 Todos los derechos reservados.', 'Referencias'],
           must_keep=['corrientes de retorno son frecuentes cerca de las escolleras.',
                      'La mejor hora para llegar es temprano, antes de las diez de la mañana,',
                      'Por la tarde vale la pena caminar por las escolleras para ver la entrada'])

# ---------------------------------------------------------------- br30 bad (a .docx, i.e. a ZIP archive, saved as .txt)
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    def add(name, data):
        zi = zipfile.ZipInfo(name, date_time=(2020, 3, 9, 10, 15, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)
    add('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    add('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    add('word/document.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Boletín 0331 - Jornada de vacunación antirrábica en Tepic</w:t></w:r></w:p><w:p><w:r><w:t>Tepic, Nayarit, 9 de marzo de 2020.- Los Servicios de Salud instalarán 140 puestos de vacunación.</w:t></w:r></w:p></w:body></w:document>')
write_source('br30.txt', raw=buf.getvalue())
write_gold('br30', family='bad',
           refusal_reason='El archivo es un documento de Word (.docx, un ZIP binario) guardado con extensión .txt; no es texto legible.')
