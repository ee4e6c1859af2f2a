#!/usr/bin/env python3
"""importer-bj, files 21-30."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- bj21 jekyll (Jekyll 3/4 site, SLP; offset date on New Year's Eve)
bj21 = """---
layout: post
title: "Xilitla: el jardín surrealista de Edward James cierra el año con 30% más visitantes"
date: 2019-12-31T23:30:00-06:00
last_modified_at: 2020-01-02T10:00:00-06:00
categories: "Turismo"
author: [Ernesto Zapata Loredo]
site_name: Huasteca en Línea
---

El jardín escultórico de Las Pozas, en Xilitla, cerrará 2019 con alrededor de 190 mil visitantes, 30 por ciento más que el año anterior, de acuerdo con el conteo de boletos que lleva la fundación que administra el sitio desde 2007.

El crecimiento se concentró en los puentes y en las vacaciones de verano y de invierno, cuando la fila para entrar llegó a extenderse por más de un kilómetro sobre el camino de terracería. Para controlar la afluencia, desde octubre el recorrido se hace en grupos de máximo 30 personas y con horario asignado.

Los hoteleros del municipio aseguran que la ocupación de fin de semana ya no baja del 80 por ciento. En el pueblo abrieron en los últimos dos años una docena de hostales y casas de huéspedes, y varios cafetaleros convirtieron parte de sus fincas en cabañas.

No todos ven con buenos ojos el crecimiento. Vecinos de la cabecera municipal se quejan de que el agua potable no alcanza en temporada alta y de que el tránsito en las calles empinadas del centro se vuelve imposible. El Ayuntamiento estudia habilitar un estacionamiento en la entrada del pueblo con transporte hacia Las Pozas.

La fundación, por su parte, advirtió que las estructuras de concreto que construyó el excéntrico coleccionista inglés entre 1949 y 1984 requieren mantenimiento constante por la humedad de la sierra. Parte de lo que se recauda en taquilla, explicó, se destina a restaurar columnas y escaleras dañadas por el musgo y las raíces.
"""
write_source('bj21.md', bj21)
write_gold('bj21', family='jekyll',
           title='Xilitla: el jardín surrealista de Edward James cierra el año con 30% más visitantes',
           date='2019-12-31', bylines=['Ernesto Zapata Loredo'], source='Huasteca en Línea',
           section='Turismo',
           body_first_words='El jardín escultórico de Las Pozas, en Xilitla, cerrará 2019',
           body_last_words='a restaurar columnas y escaleras dañadas por el musgo y las raíces.',
           must_keep=['Para controlar la afluencia, desde octubre el recorrido se hace en grupos de máximo 30 personas y con horario asignado.',
                      'No todos ven con buenos ojos el crecimiento.',
                      'El Ayuntamiento estudia habilitar un estacionamiento en la entrada del pueblo con transporte hacia Las Pozas.'])

# ---------------------------------------------------------------- bj22 wire (digital native, Qro.; donation pitch, republication note)
bj22 = """TERRITORIO

# En Santa Rosa Jáuregui, el agua llega en pipa dos veces por semana

Texto: Daniela Arteaga Ruelas · Fotos: Iván Lugo Prado
Plaza Abierta — 7 de junio de 2021

> **Apoya el periodismo independiente.** Plaza Abierta se sostiene con las aportaciones de sus lectores. [Dona aquí](https://plazaabierta.example.mx/dona)

En la colonia Loma Bonita, en la delegación Santa Rosa Jáuregui, al norte de la capital queretana, la pipa pasa los martes y los viernes. Cuando se escucha el claxon en la calle principal, las familias sacan cubetas, tambos y garrafones, y en media hora el camión se queda vacío.

Las casas de esta parte de la loma no tienen conexión a la red de agua potable. Hace once años, cuando llegaron las primeras familias, los lotes se vendieron con la promesa de que los servicios llegarían pronto. Hoy viven ahí cerca de 300 familias, la mayoría de trabajadores de los parques industriales de la carretera a San Luis Potosí.

Rocío Balderas, madre de tres hijos, calcula que su familia gasta alrededor de 600 pesos al mes en agua de pipa y de garrafón, casi una décima parte de lo que gana su esposo. “Aquí uno aprende a bañarse con una cubeta y a lavar la ropa con la misma agua dos veces”, cuenta.

📩 Suscríbete a La Plaza, nuestro boletín semanal con lo más importante de Querétaro.

El organismo operador del agua del estado informó que la colonia no está regularizada y que por ley no puede introducir la red mientras no se resuelva la situación de los predios. Los vecinos, por su parte, aseguran que llevan años tramitando la regularización sin respuesta de las autoridades agrarias.

Mientras tanto, el municipio mantiene el servicio de pipas gratuitas, que los habitantes complementan con agua comprada. En temporada de calor, dicen, los tinacos se vacían antes de que vuelva a pasar el camión.

---

*Este reportaje fue publicado originalmente en Plaza Abierta. Si quieres republicarlo, escribe a redaccion@plazaabierta.example.mx*
"""
write_source('bj22.md', bj22)
write_gold('bj22', family='wire',
           title='En Santa Rosa Jáuregui, el agua llega en pipa dos veces por semana',
           date='2021-06-07', bylines=['Daniela Arteaga Ruelas'], source='Plaza Abierta',
           section='TERRITORIO',
           body_first_words='En la colonia Loma Bonita, en la delegación Santa Rosa Jáuregui',
           body_last_words='los tinacos se vacían antes de que vuelva a pasar el camión.',
           boilerplate=['Fotos: Iván Lugo Prado', 'Apoya el periodismo independiente.',
                        'Plaza Abierta se sostiene con las aportaciones de sus lectores.', 'Dona aquí',
                        'Suscríbete a La Plaza, nuestro boletín semanal con lo más importante de Querétaro.',
                        'Este reportaje fue publicado originalmente en Plaza Abierta.',
                        'redaccion@plazaabierta.example.mx'],
           must_keep=['Hoy viven ahí cerca de 300 familias, la mayoría de trabajadores de los parques industriales de la carretera a San Luis Potosí.',
                      '“Aquí uno aprende a bañarse con una cubeta y a lavar la ropa con la misma agua dos veces”, cuenta.',
                      'Mientras tanto, el municipio mantiene el servicio de pipas gratuitas, que los habitantes complementan con agua comprada.'],
           photo_credit='Iván Lugo Prado')

# ---------------------------------------------------------------- bj23 press (municipality, Ags., 2004; year only in the bulletin number)
bj23 = """H. AYUNTAMIENTO DE AGUASCALIENTES
COORDINACIÓN GENERAL DE COMUNICACIÓN SOCIAL
COMUNICADO No. 318/2004

ARRANCA PROGRAMA DE BACHEO NOCTURNO EN 40 COLONIAS DE LA CIUDAD

Aguascalientes, Ags., 10 de noviembre.- La Secretaría de Servicios Públicos municipal puso en marcha este miércoles un programa de bacheo nocturno que atenderá las calles de 40 colonias de la ciudad, con el fin de reparar el daño que dejaron en el pavimento las lluvias de la temporada sin afectar el tránsito durante el día.

Las cuadrillas trabajarán de las 22:00 a las 5:00 horas, de domingo a jueves, y comenzarán por las avenidas de mayor circulación de los fraccionamientos Jardines de la Asunción, Las Américas, Ojocaliente y Villas de Nuestra Señora de la Asunción. Se estima reparar alrededor de 12 mil metros cuadrados de carpeta asfáltica antes de que termine el año.

El secretario de Servicios Públicos, Everardo Dávila Esparza, explicó que trabajar de noche permite que la mezcla asfáltica se asiente sin el paso de los vehículos y reduce las molestias a los automovilistas. "En el día tardábamos el doble porque teníamos que abrir y cerrar la circulación a cada rato", comentó.

Para el programa se destinaron 6.8 millones de pesos del presupuesto municipal. Además de las cuadrillas del Ayuntamiento, participarán dos empresas contratadas mediante licitación pública.

La autoridad municipal pidió a los vecinos de las colonias incluidas retirar sus vehículos de la calle en los horarios señalados y respetar los señalamientos de obra. Los reportes de baches pueden hacerse en el teléfono de atención ciudadana o en las oficinas de la presidencia municipal.

FIN
"""
write_source('bj23.txt', bj23, enc='cp1252', eol='crlf')
write_gold('bj23', family='press_release',
           title='ARRANCA PROGRAMA DE BACHEO NOCTURNO EN 40 COLONIAS DE LA CIUDAD',
           date='2004-11-10', source='H. AYUNTAMIENTO DE AGUASCALIENTES',
           bulletin_number='318/2004', issuer='H. AYUNTAMIENTO DE AGUASCALIENTES',
           dateline_city='Aguascalientes',
           body_first_words='La Secretaría de Servicios Públicos municipal puso en marcha este miércoles',
           body_last_words='o en las oficinas de la presidencia municipal.',
           boilerplate=['COORDINACIÓN GENERAL DE COMUNICACIÓN SOCIAL', 'COMUNICADO No. 318/2004',
                        'Aguascalientes, Ags., 10 de noviembre.-'],
           must_keep=['Se estima reparar alrededor de 12 mil metros cuadrados de carpeta asfáltica antes de que termine el año.',
                      '"En el día tardábamos el doble porque teníamos que abrir y cerrar la circulación a cada rato", comentó.',
                      'Además de las cuadrillas del Ayuntamiento, participarán dos empresas contratadas mediante licitación pública.'])

# ---------------------------------------------------------------- bj24 generic (plain notes, cp1252, setext level-1 title, SLP)
bj24 = """Los jardines del Centro Histórico de San Luis Potosí, un paseo de siete plazas
==============================================================================

Quien llega por primera vez al centro de San Luis Potosí se sorprende de la cantidad de plazas que caben en unas cuantas cuadras. Entre el Jardín Hidalgo y la Alameda se puede caminar de una sombra a otra sin pasar más de cinco minutos al sol.

Estas son las siete que conviene recorrer, en orden, de poniente a oriente:

1. Plaza de los Fundadores, frente al edificio central de la universidad.
2. Plaza de Armas, o Jardín Hidalgo, con su kiosco de cantera rosa.
3. Plaza del Carmen, la más animada por las tardes.
4. Jardín de San Francisco, con sus fuentes y sus cafés.
5. Jardín de San Juan de Dios.
6. Plaza de Aranzazú, detrás del templo de San Francisco.
7. Alameda Juan Sarabia, junto a la antigua estación del tren.

La mayoría de estas plazas se trazaron en el siglo XVII, cuando la ciudad era un real de minas que crecía alrededor de los conventos. Con el tiempo se les agregaron kioscos, fuentes y bancas de hierro, y en el siglo XX se convirtieron en el lugar de paseo de las familias los domingos.

El recorrido completo toma alrededor de una hora y media si se camina con calma. Conviene hacerlo por la tarde, cuando cierran las oficinas del centro y las plazas se llenan de vendedores de elotes, globeros y organilleros.

Los vecinos más antiguos recuerdan que en la Plaza del Carmen había serenatas cada jueves, y que los jóvenes daban vueltas alrededor del jardín en sentidos contrarios para poder verse. La costumbre se perdió hace décadas, pero todavía hay parejas que se citan bajo los laureles.
"""
write_source('bj24.text', bj24, enc='cp1252')
write_gold('bj24', family='generic',
           title='Los jardines del Centro Histórico de San Luis Potosí, un paseo de siete plazas',
           body_first_words='Quien llega por primera vez al centro de San Luis Potosí',
           body_last_words='todavía hay parejas que se citan bajo los laureles.',
           must_keep=['Entre el Jardín Hidalgo y la Alameda se puede caminar de una sombra a otra sin pasar más de cinco minutos al sol.',
                      'Plaza de Armas, o Jardín Hidalgo, con su kiosco de cantera rosa.',
                      'El recorrido completo toma alrededor de una hora y media si se camina con calma.'])

# ---------------------------------------------------------------- bj25 jekyll (WordPress export via jekyll-import, Torreón, Coah.)
bj25 = """---
layout: post
title: Torreón estrena ciclovía de cuatro kilómetros en la calzada Colón
date: 2013-07-08 10:15:33.000000000 -05:00
type: post
published: true
status: publish
categories:
- Ciudad
tags:
- bicicletas
- movilidad
- Torreón
meta:
  _edit_last: '3'
  _thumbnail_id: '4471'
  _wp_old_slug: ciclovia-colon
author:
  login: mgaribay
  email: mgaribay@lagunahoy.example.mx
  display_name: Manuel Garibay Rentería
  first_name: Manuel
  last_name: Garibay Rentería
---
<p>[caption id="attachment_4471" align="aligncenter" width="640"]<img class="size-large wp-image-4471" src="http://lagunahoy.example.mx/wp-content/uploads/2013/07/ciclovia.jpg" alt="ciclovia" width="640" height="426" /> Foto: Manuel Garibay[/caption]</p>
<p>Desde este lunes, quienes se mueven en bicicleta por el centro de Torreón cuentan con una ciclovía confinada de cuatro kilómetros sobre el camellón central de la calzada Colón, entre el bulevar Revolución y la avenida Juárez.</p>
<p>La obra, que costó 18 millones de pesos, incluye carriles de dos sentidos separados del tránsito vehicular por bolardos y jardineras, 16 cruces con semáforo para ciclistas y un sistema de iluminación con lámparas de bajo consumo. Los árboles del camellón se conservaron y se sembraron otros 200.</p>
<p>Los colectivos ciclistas de la ciudad celebraron la apertura, aunque advirtieron que una sola ruta no basta. "Es un buen comienzo, pero la gente necesita llegar en bici a su trabajo, no sólo pasear el domingo", dijo Lorena Chávez, integrante de uno de los grupos que durante años organizaron paseos nocturnos para pedir infraestructura.</p>
<p>El Ayuntamiento informó que el próximo año se construirá una segunda etapa que conectará la calzada Colón con el Bosque Venustiano Carranza y con la zona universitaria. También se instalarán estacionamientos para bicicletas en los edificios públicos del centro.</p>
<p>Comerciantes de la calzada, por su parte, se quejaron de que durante las obras perdieron clientes por el cierre de carriles, y pidieron que los trabajos de la segunda etapa se hagan por las noches.</p>
"""
write_source('bj25.markdown', bj25)
write_gold('bj25', family='jekyll',
           title='Torreón estrena ciclovía de cuatro kilómetros en la calzada Colón',
           date='2013-07-08', bylines=['Manuel Garibay Rentería'], section='Ciudad',
           body_first_words='Desde este lunes, quienes se mueven en bicicleta por el centro de Torreón',
           body_last_words='pidieron que los trabajos de la segunda etapa se hagan por las noches.',
           boilerplate=['[caption id="attachment_4471"', '[/caption]', 'Foto: Manuel Garibay',
                        'mgaribay@lagunahoy.example.mx', '_thumbnail_id'],
           must_keep=['Los árboles del camellón se conservaron y se sembraron otros 200.',
                      '"Es un buen comienzo, pero la gente necesita llegar en bici a su trabajo, no sólo pasear el domingo", dijo Lorena Chávez',
                      'También se instalarán estacionamientos para bicicletas en los edificios públicos del centro.'],
           photo_credit='Manuel Garibay')

# ---------------------------------------------------------------- bj26 wire (agency, Dgo., 2005; classic-Mac CR line ends, cp1252)
bj26 = """Agencia de Noticias del Norte (ANN) - Servicio Regional
ANN-0417
17/10/2005 18:22
DURANGO-CAMPO-SEQUIA

Sequía daña 40 mil hectáreas de frijol en el norte de Durango

Por Elías Bustamante Quiñones

DURANGO, Dgo., 17 de octubre de 2005 (ANN).- La falta de lluvias durante agosto y septiembre dañó alrededor de 40 mil hectáreas de frijol de temporal en los municipios de Santiago Papasquiaro, Guatimapé, Canatlán y Nuevo Ideal, informaron organizaciones de productores, que pidieron al gobierno federal declarar la zona de desastre.

Según los productores, en algunas parcelas la planta ni siquiera llegó a florear, y en otras el rendimiento no pasará de 200 kilos por hectárea, cuando en un año normal se cosechan entre 600 y 800 kilos.

Durango es el segundo productor de frijol del país, sólo después de Zacatecas, y la mayor parte de la superficie se siembra sin riego, por lo que la cosecha depende por completo del temporal.

El dirigente de una de las uniones de ejidos de la región, Ramón Salazar Ontiveros, dijo que muchas familias ya gastaron sus ahorros en la siembra y ahora no tienen con qué pagar los créditos. "Si no llega el apoyo, en enero se van a ir los muchachos al otro lado", advirtió.

La Secretaría de Agricultura del gobierno estatal informó que hará un recorrido por las zonas afectadas para cuantificar los daños y que, en su caso, solicitará los recursos del fondo federal para contingencias climatológicas. El apoyo, según las reglas actuales, sería de 450 pesos por hectárea siniestrada.

Los productores consideran que ese monto no alcanza ni para cubrir la mitad del costo de la siembra, y anunciaron que el próximo lunes se manifestarán frente al Palacio de Gobierno.

(ANN) EB/lmc
FIN DE NOTA
"""
write_source('bj26.txt', bj26, enc='cp1252', eol='cr')
write_gold('bj26', family='wire',
           title='Sequía daña 40 mil hectáreas de frijol en el norte de Durango',
           date='2005-10-17', bylines=['Elías Bustamante Quiñones'],
           source='Agencia de Noticias del Norte',
           body_first_words='La falta de lluvias durante agosto y septiembre dañó alrededor de 40 mil hectáreas',
           body_last_words='se manifestarán frente al Palacio de Gobierno.',
           boilerplate=['Servicio Regional', 'ANN-0417', '17/10/2005 18:22', 'DURANGO-CAMPO-SEQUIA',
                        'DURANGO, Dgo., 17 de octubre de 2005 (ANN).-', '(ANN) EB/lmc', 'FIN DE NOTA'],
           must_keep=['Durango es el segundo productor de frijol del país, sólo después de Zacatecas, y la mayor parte de la superficie se siembra sin riego, por lo que la cosecha depende por completo del temporal.',
                      '"Si no llega el apoyo, en enero se van a ir los muchachos al otro lado", advirtió.',
                      'El apoyo, según las reglas actuales, sería de 450 pesos por hectárea siniestrada.'])

# ---------------------------------------------------------------- bj27 press (state secretariat, Qro., 2026; pin-emoji dateline, hashtags, no end marker)
bj27 = """Secretaría de Desarrollo Agropecuario del Estado de Querétaro | Poder Ejecutivo
Comunicado SEDEA/014/2026

# Entrega SEDEA 1,200 tinacos y sistemas de captación de lluvia a productores del semidesierto

📍 Cadereyta de Montes, Qro., 20 de enero de 2026.

La Secretaría de Desarrollo Agropecuario (SEDEA) entregó 1,200 tinacos de 2,500 litros y 350 sistemas de captación de agua de lluvia a familias productoras de los municipios de Cadereyta de Montes, Peñamiller, Tolimán y San Joaquín, como parte del programa estatal de resiliencia hídrica para el semidesierto queretano.

Cada sistema incluye canaletas, filtros y una cisterna de ferrocemento con capacidad de 10 mil litros, suficiente para abastecer a una familia y a su ganado de traspatio durante los meses de estiaje. La inversión total fue de 23.4 millones de pesos, con recursos estatales y aportaciones de los propios beneficiarios.

Durante la entrega, realizada en la comunidad de El Palmar, la titular de la dependencia, Adriana Montes Ugalde, explicó que en esta región llueve en promedio menos de 400 milímetros al año. “Cada gota que cae en el techo de una casa es agua que ya no tiene que comprarse en pipa”, dijo ante productoras y productores de cabras y de nopal.

La SEDEA informó que el personal técnico de la dependencia capacitará a las familias en el mantenimiento de los filtros y en el uso del agua almacenada para riego por goteo de hortalizas. En los próximos meses se evaluará el programa para ampliarlo a los municipios de Pinal de Amoles y Arroyo Seco.

Las personas interesadas en el programa pueden acudir a las oficinas regionales de la Secretaría o consultar los requisitos en su página de internet.

#SEDEA #QuerétaroEnMarcha #CampoQueretano

Para más información:
Comunicación Social SEDEA
Tel. 442 555 0388
comunicacion@sedea-qro.example.mx
"""
write_source('bj27.md', bj27, bom=True)
write_gold('bj27', family='press_release',
           title='Entrega SEDEA 1,200 tinacos y sistemas de captación de lluvia a productores del semidesierto',
           date='2026-01-20', source='Secretaría de Desarrollo Agropecuario del Estado de Querétaro',
           bulletin_number='SEDEA/014/2026',
           issuer='Secretaría de Desarrollo Agropecuario del Estado de Querétaro',
           dateline_city='Cadereyta de Montes',
           body_first_words='La Secretaría de Desarrollo Agropecuario (SEDEA) entregó 1,200 tinacos',
           body_last_words='consultar los requisitos en su página de internet.',
           boilerplate=['Poder Ejecutivo', 'Comunicado SEDEA/014/2026',
                        'Cadereyta de Montes, Qro., 20 de enero de 2026.',
                        '#SEDEA #QuerétaroEnMarcha #CampoQueretano', 'Para más información:',
                        'Comunicación Social SEDEA', 'Tel. 442 555 0388',
                        'comunicacion@sedea-qro.example.mx'],
           must_keep=['La inversión total fue de 23.4 millones de pesos, con recursos estatales y aportaciones de los propios beneficiarios.',
                      '“Cada gota que cae en el techo de una casa es agua que ya no tiene que comprarse en pipa”, dijo ante productoras y productores de cabras y de nopal.',
                      'En los próximos meses se evaluará el programa para ampliarlo a los municipios de Pinal de Amoles y Arroyo Seco.'])

# ---------------------------------------------------------------- bj28 jekyll (modern site, Qro.; BOM, CRLF, folded title, credit in front matter)
bj28 = """---
layout: articulo
title: >-
  Querétaro suma doce rutas de transporte
  con unidades eléctricas en la zona metropolitana
date: 2025-03-08 09:00:00 -0600
categories: [Movilidad]
author: Paulina Rangel Olvera
image:
  path: /assets/2025/03/rutas-electricas.jpg
  credito: "Foto: Archivo / Qro Hoy"
site_title: Qro Hoy
---

A partir del lunes, doce rutas del transporte público de la zona metropolitana de Querétaro operarán con autobuses eléctricos, con lo que la flota de unidades de cero emisiones llegará a 96 vehículos, informó la Agencia de Movilidad del Estado.

Las nuevas rutas recorren principalmente el norte y el oriente de la capital, además de los municipios de Corregidora y El Marqués, donde en los últimos años crecieron los fraccionamientos y los parques industriales. Cada autobús tiene capacidad para 70 pasajeros, aire acondicionado, cámaras de vigilancia y rampa para sillas de ruedas.

La tarifa no cambia. Quienes paguen con la tarjeta del sistema seguirán teniendo transbordo sin costo dentro de la primera hora, y estudiantes y personas adultas mayores conservarán su descuento.

Usuarios consultados en la parada de Bernardo Quintana dijeron que lo que más les importa no es el tipo de motor, sino la frecuencia. “Puede ser eléctrico o de gasolina, pero si pasa cada 40 minutos uno sigue llegando tarde al trabajo”, dijo Mariana, empleada de una maquiladora.

La Agencia de Movilidad aseguró que con las nuevas unidades la frecuencia en horas pico bajará a 12 minutos en las rutas troncales. Los autobuses se recargan por las noches en dos patios de encierro equipados con cargadores de alta potencia, uno en el norte de la ciudad y otro en Corregidora.
"""
write_source('bj28.md', bj28, eol='crlf', bom=True)
write_gold('bj28', family='jekyll',
           title='Querétaro suma doce rutas de transporte con unidades eléctricas en la zona metropolitana',
           date='2025-03-08', bylines=['Paulina Rangel Olvera'], source='Qro Hoy', section='Movilidad',
           body_first_words='A partir del lunes, doce rutas del transporte público',
           body_last_words='uno en el norte de la ciudad y otro en Corregidora.',
           boilerplate=['Foto: Archivo / Qro Hoy'],
           must_keep=['La tarifa no cambia.',
                      'Cada autobús tiene capacidad para 70 pasajeros, aire acondicionado, cámaras de vigilancia y rampa para sillas de ruedas.',
                      '“Puede ser eléctrico o de gasolina, pero si pasa cada 40 minutos uno sigue llegando tarde al trabajo”, dijo Mariana, empleada de una maquiladora.'],
           photo_credit='Archivo / Qro Hoy')

# ---------------------------------------------------------------- bj29 generic (reporter's notes, Ags.; leading blank lines, blockquote, list)
bj29 = """

Los talleres del ferrocarril de Aguascalientes, contados por quienes trabajaron en ellos   

Durante casi un siglo, los talleres del ferrocarril fueron el corazón de Aguascalientes. Llegaron a emplear a más de 5 mil trabajadores y alrededor de ellos crecieron barrios enteros, como La Estación, El Encino y La Purísima. Hoy el terreno es un complejo de museos, oficinas y jardines, pero todavía hay quien recuerda el silbato que marcaba el cambio de turno.

> "Mi papá entró de aprendiz a los catorce años y se jubiló de maestro calderero. Yo entré a los dieciséis. En mi casa todo se medía por el silbato: la comida, la misa, la hora de dormir." — Ignacio, 81 años

Los antiguos trabajadores coinciden en que la vida de los talleres tenía reglas propias:

- el aprendiz cargaba la herramienta del maestro durante el primer año;
- los apodos se heredaban de padres a hijos;
- la caja de ahorro del sindicato prestaba para construir casas.

El cierre llegó a finales de los años noventa, con la privatización de los ferrocarriles. Muchos trabajadores fueron liquidados y otros se jubilaron antes de tiempo. Algunos abrieron talleres mecánicos en sus casas y siguieron trabajando con las mismas herramientas que se llevaron de la nave.

Las naves que quedaron en pie se restauraron y ahora albergan un museo, una biblioteca y espacios para eventos. Los jubilados se reúnen cada mes en la explanada y, cuando pueden, llevan a sus nietos a ver las locomotoras que se conservan en los patios.
"""
write_source('bj29.md', bj29, eol='crlf')
write_gold('bj29', family='generic',
           title='Los talleres del ferrocarril de Aguascalientes, contados por quienes trabajaron en ellos',
           body_first_words='Durante casi un siglo, los talleres del ferrocarril fueron el corazón de Aguascalientes.',
           body_last_words='las locomotoras que se conservan en los patios.',
           must_keep=['Hoy el terreno es un complejo de museos, oficinas y jardines, pero todavía hay quien recuerda el silbato que marcaba el cambio de turno.',
                      'En mi casa todo se medía por el silbato: la comida, la misa, la hora de dormir.',
                      'El cierre llegó a finales de los años noventa, con la privatización de los ferrocarriles.'])

# ---------------------------------------------------------------- bj30 bad (zero-byte file)
write_source('bj30.text', raw=b'')
write_gold('bj30', family='bad', refusal_reason='El archivo está vacío (0 bytes).')
