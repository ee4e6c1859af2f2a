#!/usr/bin/env python3
"""importer-cj, files 01-10."""
import re
import textwrap
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- cj01 wire (agency teletype dispatch)
cj01 = """AGENCIA NACIONAL DE INFORMACIÓN (ANI) -- DESPACHO 0457
PRIORIDAD: ORDINARIA   CLAVE: /SENADO-BOSQUES/
30-10-2012 18:47

Aprueba Senado exhorto para frenar la tala en el Ajusco y el Desierto de los Leones

Por Marcela Rivadeneyra Gil

México, 30 Oct (ANI).- El pleno del Senado de la República aprobó este martes por unanimidad un punto de acuerdo que exhorta a la Procuraduría Federal de Protección al Ambiente y al gobierno capitalino a reforzar la vigilancia en los bosques del Ajusco y del Desierto de los Leones, donde organizaciones vecinales han documentado tala clandestina durante los últimos tres años.

El documento, presentado por senadores de cuatro grupos parlamentarios, pide también a la Comisión Nacional Forestal informar en un plazo de 30 días cuántas hectáreas de suelo de conservación se han perdido en el Distrito Federal desde 2009.

Durante la discusión, la senadora Irene Castañón Vidrio sostuvo que el suelo de conservación produce buena parte del agua que se infiltra al acuífero del Valle de México. "Si perdemos el bosque, perdemos el agua que bebe la ciudad", dijo desde la tribuna.

Comuneros de San Miguel Topilejo y de San Bernabé Ocotepec que asistieron a la sesión denunciaron que los taladores trabajan de noche y sacan la madera por caminos de terracería hacia el Estado de México. Pidieron que los recorridos de vigilancia incluyan a las brigadas comunitarias, que conocen el terreno.

El punto de acuerdo no es obligatorio para las dependencias, pero los legisladores anunciaron que citarán a los titulares de la Profepa y de la Secretaría del Medio Ambiente local para que expliquen las acciones en curso.

ANI/MRG/JCM/hgs
-FIN DE NOTA-
"""
write_source('cj01.txt', cj01)
write_gold('cj01', family='wire',
           title='Aprueba Senado exhorto para frenar la tala en el Ajusco y el Desierto de los Leones',
           date='2012-10-30', bylines=['Marcela Rivadeneyra Gil'],
           source='Agencia Nacional de Información',
           body_first_words='El pleno del Senado de la República aprobó este martes por unanimidad',
           body_last_words='para que expliquen las acciones en curso.',
           boilerplate=['AGENCIA NACIONAL DE INFORMACIÓN (ANI) -- DESPACHO 0457',
                        'PRIORIDAD: ORDINARIA   CLAVE: /SENADO-BOSQUES/',
                        'México, 30 Oct (ANI).-', 'ANI/MRG/JCM/hgs', '-FIN DE NOTA-'],
           must_keep=['"Si perdemos el bosque, perdemos el agua que bebe la ciudad", dijo desde la tribuna.',
                      'Pidieron que los recorridos de vigilancia incluyan a las brigadas comunitarias, que conocen el terreno.',
                      'El documento, presentado por senadores de cuatro grupos parlamentarios, pide también a la Comisión Nacional Forestal informar en un plazo de 30 días cuántas hectáreas de suelo de conservación se han perdido en el Distrito Federal desde 2009.'])

# ---------------------------------------------------------------- cj02 wire (translated international wire)
cj02 = """Mundo

# Ciudades del suroeste de Estados Unidos prueban "refugios de calor" para trabajadores al aire libre

Por Rebecca Holloway | Global Press Wire
Traducción: Ximena Arroyo Santillán
Publicado: 22/07/2023

*(Título original: "Southwest cities test heat shelters for outdoor workers")*

PHOENIX, Arizona, 21 jul (GPW) — Con temperaturas que superaron los 43 grados Celsius (110 grados Fahrenheit) durante 22 días seguidos, las autoridades de Phoenix y de otras tres ciudades del suroeste de Estados Unidos comenzaron a instalar refugios con sombra, agua y ventiladores para las personas que trabajan a la intemperie.

Los refugios, montados en contenedores de carga adaptados, se colocaron cerca de obras de construcción, paradas de autobús y zonas de reparto. Cada uno puede recibir a unas 20 personas al mismo tiempo y cuenta con personal capacitado para detectar golpes de calor.

Organizaciones de trabajadores agrícolas y de la construcción, muchas de ellas integradas por migrantes mexicanos y centroamericanos, llevaban años pidiendo pausas obligatorias durante las horas de más calor. "No pedimos dejar de trabajar, pedimos regresar vivos a la casa", dijo Esteban Luján, albañil originario de Sonora.

El condado de Maricopa registró el año pasado más de 400 muertes relacionadas con el calor, la cifra más alta desde que se lleva registro. Los médicos forenses advierten que la cuenta de este verano podría ser mayor.

Las cámaras de la construcción se oponen a una norma estatal que obligue a detener las obras por la tarde, pero varias empresas aceptaron por su cuenta adelantar los turnos a las cuatro de la madrugada.

Esta nota fue publicada originalmente en inglés y traducida por el servicio en español de Global Press Wire.
"""
write_source('cj02.md', cj02, bom=True)
write_gold('cj02', family='wire',
           title='Ciudades del suroeste de Estados Unidos prueban "refugios de calor" para trabajadores al aire libre',
           date='2023-07-22', bylines=['Rebecca Holloway'], source='Global Press Wire', section='Mundo',
           body_first_words='Con temperaturas que superaron los 43 grados Celsius',
           body_last_words='adelantar los turnos a las cuatro de la madrugada.',
           boilerplate=['Traducción: Ximena Arroyo Santillán',
                        '(Título original: "Southwest cities test heat shelters for outdoor workers")',
                        'PHOENIX, Arizona, 21 jul (GPW) —',
                        'Esta nota fue publicada originalmente en inglés y traducida por el servicio en español de Global Press Wire.'],
           must_keep=['Cada uno puede recibir a unas 20 personas al mismo tiempo y cuenta con personal capacitado para detectar golpes de calor.',
                      '"No pedimos dejar de trabajar, pedimos regresar vivos a la casa", dijo Esteban Luján, albañil originario de Sonora.',
                      'Los médicos forenses advierten que la cuenta de este verano podría ser mayor.'])

# ---------------------------------------------------------------- cj03 wire (live blog export)
cj03 = """EN VIVO | Granizada en la Ciudad de México: encharcamientos, árboles caídos y cierres en el Metro

El Faro Capitalino · Redacción Web · Publicado: 27 de junio de 2024, 16:40 · Última actualización: 28 de junio de 2024, 00:15

Una tormenta con granizo cayó la tarde de este jueves sobre el sur y el oriente de la Ciudad de México. Aquí seguimos minuto a minuto los reportes de Protección Civil, del Sistema de Transporte Colectivo Metro y de nuestros reporteros en las alcaldías afectadas.

**23:58** — La Secretaría de Gestión Integral de Riesgos y Protección Civil dio por concluida la alerta naranja. Quedan 14 puntos con encharcamientos en Iztapalapa y Tláhuac, donde trabajan cuadrillas con equipos de bombeo.

**21:30** — El Metro reabrió las estaciones Periférico Oriente, Tezonco y Olivos de la Línea 12, que permanecieron cerradas casi tres horas por acumulación de agua en los accesos.

**19:10** — Vecinos de la colonia Santa Úrsula Coapa reportan que el granizo cubrió las calles con una capa de hasta 20 centímetros. El Heroico Cuerpo de Bomberos atendió la caída de 23 árboles, dos de ellos sobre automóviles estacionados; no hay personas lesionadas.

**17:05** — Protección Civil activó la alerta naranja por lluvia fuerte y granizo en Tlalpan, Coyoacán, Xochimilco, Iztapalapa y Tláhuac. Se recomienda no cruzar calles inundadas y evitar refugiarse bajo árboles o anuncios espectaculares.

**16:40** — Comienza a caer granizo en el sur de la ciudad. Usuarios de redes sociales comparten imágenes del Periférico a la altura de Perisur cubierto de hielo.

La cobertura en vivo ha terminado. Consulta aquí nuestras notas más recientes.
"""
write_source('cj03.md', cj03)
write_gold('cj03', family='wire',
           title='Granizada en la Ciudad de México: encharcamientos, árboles caídos y cierres en el Metro',
           date='2024-06-27', bylines=[], source='El Faro Capitalino', placement=['EN VIVO'],
           body_first_words='Una tormenta con granizo cayó la tarde de este jueves',
           body_last_words='la altura de Perisur cubierto de hielo.',
           boilerplate=['Última actualización: 28 de junio de 2024, 00:15',
                        'La cobertura en vivo ha terminado. Consulta aquí nuestras notas más recientes.'],
           must_keep=['Quedan 14 puntos con encharcamientos en Iztapalapa y Tláhuac, donde trabajan cuadrillas con equipos de bombeo.',
                      'El Heroico Cuerpo de Bomberos atendió la caída de 23 árboles, dos de ellos sobre automóviles estacionados; no hay personas lesionadas.',
                      'Se recomienda no cruzar calles inundadas y evitar refugiarse bajo árboles o anuncios espectaculares.'])

# ---------------------------------------------------------------- cj04 wire (agency dispatch forwarded by e-mail)
cj04 = """Checar cifras con la corresponsal antes de subirla a Estados. -L.

---------- Mensaje reenviado ---------
De: Despacho SNS <despacho@sns-sureste.example.mx>
Fecha: mié, 9 mar 2011 a las 21:14
Asunto: SNS | Pescadores del Istmo denuncian mortandad de peces en la Laguna Superior
Para: <mesa.estados@diario-ejemplo.example.mx>


Pescadores del Istmo denuncian mortandad de peces en la Laguna Superior

Por Tania Robles Cuevas
Servicio de Noticias del Sureste

Juchitán, Oax., 9 de marzo de 2011 (SNS).- Cooperativas pesqueras de San Mateo del Mar y de Santa María del Mar denunciaron la muerte de toneladas de peces en la Laguna Superior, en el Istmo de Tehuantepec, y exigieron a las autoridades ambientales que analicen la calidad del agua.

Desde el fin de semana, los pescadores encontraron en la orilla lisas, mojarras y bagres muertos a lo largo de unos seis kilómetros. Según sus cálculos, han retirado más de dos toneladas de pescado en descomposición, que enterraron lejos de las casas para evitar enfermedades.

Los pescadores atribuyen la mortandad a descargas de aguas residuales que llegan por los arroyos, aunque no descartan que la falta de lluvias haya reducido el oxígeno de la laguna. "Nunca habíamos visto tanto pescado muerto junto; estamos sacando puro animal podrido", dijo Marcelino Gutiérrez, presidente de una de las cooperativas.

Personal de la delegación de la Procuraduría Federal de Protección al Ambiente tomó muestras de agua el martes, pero los resultados tardarán al menos dos semanas. Mientras tanto, las autoridades municipales recomendaron no consumir pescado de la zona afectada.

Unas 600 familias de la comunidad ikoots viven de la pesca en el sistema lagunar. Sus representantes pidieron apoyo económico temporal mientras se conocen las causas del problema.

SNS/TRC/ama

--
Servicio de Noticias del Sureste
Este mensaje y sus anexos son para uso exclusivo de los suscriptores del servicio. Prohibida su reproducción sin crédito.
"""
write_source('cj04.txt', cj04, enc='cp1252', eol='crlf')
write_gold('cj04', family='wire',
           title='Pescadores del Istmo denuncian mortandad de peces en la Laguna Superior',
           date='2011-03-09', bylines=['Tania Robles Cuevas'], source='Servicio de Noticias del Sureste',
           body_first_words='Cooperativas pesqueras de San Mateo del Mar y de Santa María del Mar',
           body_last_words='mientras se conocen las causas del problema.',
           boilerplate=['Checar cifras con la corresponsal antes de subirla a Estados. -L.',
                        '---------- Mensaje reenviado ---------',
                        'De: Despacho SNS <despacho@sns-sureste.example.mx>',
                        'Para: <mesa.estados@diario-ejemplo.example.mx>',
                        'Juchitán, Oax., 9 de marzo de 2011 (SNS).-', 'SNS/TRC/ama',
                        'Este mensaje y sus anexos son para uso exclusivo de los suscriptores del servicio.',
                        'Prohibida su reproducción sin crédito.'],
           must_keep=['Según sus cálculos, han retirado más de dos toneladas de pescado en descomposición, que enterraron lejos de las casas para evitar enfermedades.',
                      'Mientras tanto, las autoridades municipales recomendaron no consumir pescado de la zona afectada.',
                      'Unas 600 familias de la comunidad ikoots viven de la pesca en el sistema lagunar.'])

# ---------------------------------------------------------------- cj05 wire (fact-checker)
cj05 = """# ¿El Metro subirá su tarifa a 10 pesos en enero? Es falso

**Lupa Cívica** | Por Natalia Ugarte Ferrer | 4 de diciembre de 2019

![Calificación: FALSO](/img/sellos/falso.png)

Circula en Facebook y en cadenas de WhatsApp una imagen con el logotipo del Sistema de Transporte Colectivo Metro que asegura que a partir del 1 de enero de 2020 el boleto costará 10 pesos. La imagen es falsa: el Metro no ha anunciado ningún aumento y la tarifa de 5 pesos sigue vigente.

La imagen comenzó a difundirse el 28 de noviembre y hasta este miércoles se había compartido más de 35 mil veces. Imita el diseño de los avisos que el Metro coloca en los andenes, pero contiene errores de ortografía y cita un "Acuerdo de la Junta de Tarifas" que no existe.

Consultamos a la Gerencia de Atención al Usuario del Metro, que confirmó que no hay ningún cambio previsto. Además, cualquier modificación de la tarifa tendría que publicarse en la Gaceta Oficial de la Ciudad de México, y en los números de noviembre y diciembre no aparece ningún acuerdo al respecto.

La última vez que cambió el precio del boleto fue en diciembre de 2013, cuando pasó de 3 a 5 pesos. Aquella vez el gobierno capitalino hizo una consulta pública previa y anunció el aumento con varias semanas de anticipación.

Por lo tanto, calificamos como falsa la afirmación de que el boleto del Metro costará 10 pesos en enero.

---

¿Recibiste un mensaje que te parece sospechoso? Envíalo a nuestro WhatsApp 55 5550 7788 y lo verificamos.
"""
write_source('cj05.md', cj05)
write_gold('cj05', family='wire',
           title='¿El Metro subirá su tarifa a 10 pesos en enero? Es falso',
           date='2019-12-04', bylines=['Natalia Ugarte Ferrer'], source='Lupa Cívica',
           body_first_words='Circula en Facebook y en cadenas de WhatsApp una imagen',
           body_last_words='el boleto del Metro costará 10 pesos en enero.',
           boilerplate=['¿Recibiste un mensaje que te parece sospechoso? Envíalo a nuestro WhatsApp 55 5550 7788 y lo verificamos.'],
           must_keep=['La imagen es falsa: el Metro no ha anunciado ningún aumento y la tarifa de 5 pesos sigue vigente.',
                      'La última vez que cambió el precio del boleto fue en diciembre de 2013, cuando pasó de 3 a 5 pesos.',
                      'Por lo tanto, calificamos como falsa la afirmación de que el boleto del Metro costará 10 pesos en enero.'])

# ---------------------------------------------------------------- cj06 wire (opinion column)
cj06 = """Opinión

## La ciudad que se hunde, centímetro a centímetro

**Columna «Subsuelo»** · Por Adriana Villaseñor Tapia · La Gaceta del Valle · 17 de agosto de 2015

Cada vez que alguien me pregunta por qué se inclinan las torres de las iglesias del Centro, respondo con otra pregunta: ¿cuánta agua tomó usted hoy? La respuesta corta al hundimiento de la Ciudad de México está en el vaso que tenemos en la mano.

Desde hace más de un siglo extraemos del acuífero mucha más agua de la que regresa a él. Las arcillas sobre las que se levantó Tenochtitlan se comportan como una esponja: cuando se les saca el agua, se compactan y no vuelven a su forma. En algunas zonas del oriente el terreno baja hasta 40 centímetros al año.

El daño no se ve de un día para otro, pero se acumula. Se rompen tuberías, se agrietan las casas, se desnivelan las vías del Metro y el drenaje pierde la pendiente que necesita para funcionar. Cada temporada de lluvias pagamos una parte de esa cuenta.

No hay una solución única. Necesitamos reparar las fugas que desperdician cerca de 40 por ciento del agua que entra a la red, recargar el acuífero con agua de lluvia tratada y dejar de autorizar desarrollos donde el suelo ya no aguanta más.

Nada de eso luce en una inauguración. Por eso conviene recordarlo ahora que se discute el presupuesto de la ciudad: lo que no se invierte bajo el suelo termina por cobrarse en la superficie.

*Adriana Villaseñor Tapia es ingeniera geotecnista y profesora universitaria. Escríbele a avillasenor@gacetadelvalle.example.mx o síguela en Twitter: @AdriVillaTapiaEj*

*Las opiniones expresadas en esta columna son responsabilidad exclusiva de su autora y no reflejan necesariamente la línea editorial de La Gaceta del Valle.*
"""
write_source('cj06.md', cj06, eol='crlf')
write_gold('cj06', family='wire',
           title='La ciudad que se hunde, centímetro a centímetro',
           date='2015-08-17', bylines=['Adriana Villaseñor Tapia'], source='La Gaceta del Valle',
           section='Opinión',
           body_first_words='Cada vez que alguien me pregunta por qué se inclinan las torres',
           body_last_words='termina por cobrarse en la superficie.',
           boilerplate=['Adriana Villaseñor Tapia es ingeniera geotecnista y profesora universitaria.',
                        'Escríbele a avillasenor@gacetadelvalle.example.mx o síguela en Twitter: @AdriVillaTapiaEj',
                        'Las opiniones expresadas en esta columna son responsabilidad exclusiva de su autora y no reflejan necesariamente la línea editorial de La Gaceta del Valle.'],
           must_keep=['La respuesta corta al hundimiento de la Ciudad de México está en el vaso que tenemos en la mano.',
                      'En algunas zonas del oriente el terreno baja hasta 40 centímetros al año.',
                      'Cada temporada de lluvias pagamos una parte de esa cuenta.'])

# ---------------------------------------------------------------- cj07 wire (print archive, pdftotext with form feed)
def wrap(paras, width=66):
    return '\n'.join(textwrap.fill(p, width, initial_indent='   ') for p in paras)

p1 = ["A las cinco de la mañana, antes de que pase la primera pipa, ya hay una fila de cubetas, tambos y garrafones sobre la banqueta de la calle Ermita, en la colonia San Lorenzo Tezonco. Los vecinos de esta parte de Iztapalapa cumplen hoy dos semanas sin que salga una gota de agua de la llave.",
      "El Sistema de Aguas de la Ciudad de México atribuye la falta de suministro a los trabajos de mantenimiento en el Sistema Cutzamala y a una falla en el pozo que abastece a la zona. Según el organismo, el servicio se normalizará a más tardar el próximo fin de semana."]
p2 = ["Mientras tanto, el gobierno del Distrito Federal envía cada día 40 pipas a las colonias afectadas, pero los vecinos aseguran que no alcanzan. Doña Guadalupe Rentería, que vive con sus tres nietos, cuenta que lleva cuatro días sin poder lavar ropa. Ya ni para los trastes alcanza, dice.",
      "Los comerciantes del mercado de la zona también resienten la falta de agua. Varias fondas cerraron porque no pueden preparar comida sin garantizar la higiene, y las tortillerías compran garrafones para mantener la producción.",
      "La delegación Iztapalapa instaló cuatro tanques provisionales en plazas públicas y pidió a la población reportar a los piperos que condicionen el servicio a cambio de dinero, una práctica que, según los vecinos, se ha vuelto común."]
body07 = wrap(p1) + '\n' + "PASA A LA PÁGINA 15A" + '\n\f' + \
    "EL HERALDO METROPOLITANO • MARTES 8 DE JUNIO DE 2010                    CIUDAD 15A\n\n" + \
    "VIENE DE LA PÁGINA 14A" + '\n' + wrap(p2)
body07 = body07.replace('provisionales', 'provisio-\nnales', 1)
body07 = re.sub(r'provisio-\nnales\s+', 'provisio-\nnales ', body07, count=1)
cj07 = ("EL HERALDO METROPOLITANO                          MARTES 8 DE JUNIO DE 2010\n"
        "CIUDAD 14A\n\n"
        "Vecinos de Iztapalapa llevan dos\nsemanas sin agua; Sacmex promete pipas\n\n"
        "Por Gilberto Anaya Rendón\nReportero\n\n" + body07 + "\n\f")
write_source('cj07.txt', cj07)
write_gold('cj07', family='wire',
           title='Vecinos de Iztapalapa llevan dos semanas sin agua; Sacmex promete pipas',
           date='2010-06-08', bylines=['Gilberto Anaya Rendón'], source='El Heraldo Metropolitano',
           section='CIUDAD',
           body_first_words='A las cinco de la mañana, antes de que pase la primera pipa',
           body_last_words='una práctica que, según los vecinos, se ha vuelto común.',
           boilerplate=['PASA A LA PÁGINA 15A',
                        'EL HERALDO METROPOLITANO • MARTES 8 DE JUNIO DE 2010 CIUDAD 15A',
                        'VIENE DE LA PÁGINA 14A'],
           must_keep=['Los vecinos de esta parte de Iztapalapa cumplen hoy dos semanas sin que salga una gota de agua de la llave.',
                      'Según el organismo, el servicio se normalizará a más tardar el próximo fin de semana.',
                      'Varias fondas cerraron porque no pueden preparar comida sin garantizar la higiene, y las tortillerías compran garrafones para mantener la producción.'])

# ---------------------------------------------------------------- cj08 wire (national daily web, many teasers)
cj08 = """Crece 18% el fraude telefónico con falsos familiares detenidos en la capital
Crónica Federal | Seguridad
Por Samuel Benítez Oropeza y Lucía Garduño Paz
03/05/2022 - 11:38 hrs | Actualizado: 04/05/2022 - 08:02 hrs
Foto: Crónica Federal / Iván Lara Ponce

Las denuncias por extorsión telefónica en la Ciudad de México aumentaron 18 por ciento en el primer trimestre del año, impulsadas por una modalidad en la que los delincuentes se hacen pasar por un familiar detenido que necesita dinero para salir del Ministerio Público.

Lee también: Así operan los call centers de extorsión desde penales del Estado de México De acuerdo con el reporte del Consejo Ciudadano para la Seguridad y Justicia de la Ciudad de México, entre enero y marzo se recibieron 4 mil 210 reportes de intentos de fraude, de los cuales 12 por ciento terminaron en un pago.

Las víctimas más frecuentes son personas mayores de 60 años. Los extorsionadores llaman de madrugada, fingen llorar y piden que nadie cuelgue el teléfono para evitar que la víctima se comunique con el supuesto detenido. Te puede interesar | Detienen en Tlalpan a dos hombres por cobro de piso a comerciantes En la mayoría de los casos el dinero se deposita en tiendas de conveniencia.

Los especialistas del Consejo recomiendan acordar con la familia una palabra clave para emergencias y colgar ante cualquier llamada que exija dinero con urgencia. "Ninguna autoridad pide depósitos por teléfono para liberar a una persona", explicó la coordinadora de la línea de atención, Rocío Valdelamar Pineda.

Las alcaldías con más reportes fueron Iztapalapa, Gustavo A. Madero y Coyoacán. El organismo pidió a los bancos y a las cadenas comerciales capacitar a sus cajeros para detectar a clientes que depositan bajo presión.

Con información de ANI

Síguenos en Telegram y recibe las noticias más importantes del día.

MÁS NOTICIAS
Inauguran nuevo cuartel de la Guardia Nacional en Milpa Alta
Vinculan a proceso a exfuncionario de la alcaldía Cuauhtémoc
"""
write_source('cj08.txt', cj08, enc='cp1252', eol=('mixed', 6))
write_gold('cj08', family='wire',
           title='Crece 18% el fraude telefónico con falsos familiares detenidos en la capital',
           date='2022-05-03', bylines=['Samuel Benítez Oropeza', 'Lucía Garduño Paz'],
           source='Crónica Federal', section='Seguridad',
           body_first_words='Las denuncias por extorsión telefónica en la Ciudad de México aumentaron',
           body_last_words='detectar a clientes que depositan bajo presión.',
           boilerplate=['Foto: Crónica Federal / Iván Lara Ponce',
                        'Lee también: Así operan los call centers de extorsión desde penales del Estado de México',
                        'Te puede interesar | Detienen en Tlalpan a dos hombres por cobro de piso a comerciantes',
                        'Con información de ANI',
                        'Síguenos en Telegram y recibe las noticias más importantes del día.',
                        'MÁS NOTICIAS',
                        'Inauguran nuevo cuartel de la Guardia Nacional en Milpa Alta',
                        'Vinculan a proceso a exfuncionario de la alcaldía Cuauhtémoc'],
           must_keep=['De acuerdo con el reporte del Consejo Ciudadano para la Seguridad y Justicia de la Ciudad de México, entre enero y marzo se recibieron 4 mil 210 reportes de intentos de fraude, de los cuales 12 por ciento terminaron en un pago.',
                      'Los extorsionadores llaman de madrugada, fingen llorar y piden que nadie cuelgue el teléfono para evitar que la víctima se comunique con el supuesto detenido.',
                      'En la mayoría de los casos el dinero se deposita en tiendas de conveniencia.'],
           photo_credit='Crónica Federal / Iván Lara Ponce')

# ---------------------------------------------------------------- cj09 press (Secretaría de Salud, deck bullets)
cj09 = """SECRETARÍA DE SALUD
Comunicado 217
Ciudad de México, 3 de mayo de 2021

Salud amplía a 24 horas la atención de su línea de orientación en salud mental

• La línea atenderá llamadas sobre consumo de sustancias, crisis emocionales y prevención del suicidio
• Entre enero y abril recibió 41 mil 300 llamadas, 18 por ciento más que en el mismo periodo de 2020

La Secretaría de Salud informó que a partir de este lunes su línea nacional de orientación en salud mental atenderá las 24 horas, los siete días de la semana, con un equipo de 120 psicólogas y psicólogos capacitados en intervención en crisis.

Durante la conferencia de prensa vespertina, la directora de la Comisión Nacional contra las Adicciones, Lorena Caballero Ibarra, explicó que la demanda creció durante la emergencia sanitaria por COVID-19, sobre todo entre jóvenes de 15 a 29 años y en horario nocturno.

Precisó que la mayoría de las llamadas se relacionan con ansiedad, depresión y consumo de alcohol, y que en uno de cada diez casos el personal canalizó a la persona a una unidad de atención presencial. El servicio es gratuito y confidencial.

Caballero Ibarra señaló que la línea también orienta a familiares que buscan apoyo para una persona con consumo problemático de sustancias. "Pedir ayuda no es un signo de debilidad; es el primer paso", afirmó.

La dependencia recordó que en todas las entidades federativas funcionan centros comunitarios de salud mental y adicciones, donde se brinda atención sin costo.

---o0o---
"""
write_source('cj09.txt', cj09, eol='crlf')
write_gold('cj09', family='press_release',
           title='Salud amplía a 24 horas la atención de su línea de orientación en salud mental',
           date='2021-05-03', source='SECRETARÍA DE SALUD',
           bulletin_number='217', issuer='SECRETARÍA DE SALUD', dateline_city='Ciudad de México',
           body_first_words='La Secretaría de Salud informó que a partir de este lunes',
           body_last_words='donde se brinda atención sin costo.',
           boilerplate=['Comunicado 217', 'Ciudad de México, 3 de mayo de 2021', '---o0o---'],
           must_keep=['El servicio es gratuito y confidencial.',
                      '"Pedir ayuda no es un signo de debilidad; es el primer paso", afirmó.',
                      'Precisó que la mayoría de las llamadas se relacionan con ansiedad, depresión y consumo de alcohol, y que en uno de cada diez casos el personal canalizó a la persona a una unidad de atención presencial.'])

# ---------------------------------------------------------------- cj10 press (INEGI, pdftotext with repeated page header)
hdr = ("{pad}COMUNICADO DE PRENSA NÚM. 412/24\n"
       "{pad}       7 DE AGOSTO DE 2024\n"
       "{pad}             PÁGINA {p}/2\n")
pad = ' ' * 38
cj10 = ("INSTITUTO NACIONAL DE ESTADÍSTICA Y GEOGRAFÍA\n" + hdr.format(pad=pad, p=1) + "\n\n"
        "         RESULTADOS DE LA ENCUESTA NACIONAL DE MOVILIDAD COTIDIANA (ENMOC) 2023\n\n"
        "     • En las 32 ciudades de la muestra, 58.4 % de las personas ocupadas usó transporte\n"
        "       público para llegar a su trabajo.\n"
        "     • El tiempo promedio de traslado fue de 52 minutos por sentido.\n\n"
        "Aguascalientes, Ags., 7 de agosto de 2024.- El Instituto Nacional de Estadística y Geografía\n"
        "(INEGI) da a conocer los resultados de la Encuesta Nacional de Movilidad Cotidiana (ENMOC)\n"
        "2023, que recaba información sobre los desplazamientos que realizan las personas de 12 años\n"
        "y más para ir a trabajar, estudiar o realizar compras en las principales zonas urbanas del país.\n\n"
        "La encuesta se levantó entre septiembre y noviembre de 2023 en 41 mil viviendas de 32\n"
        "ciudades. En el conjunto de ellas, 58.4 % de las personas ocupadas usó algún medio de\n"
        "transporte público para llegar a su centro de trabajo, 27.1 % utilizó automóvil o motocicleta\n"
        "y 14.5 % caminó o usó bicicleta.\n\n"
        "El tiempo promedio de traslado al trabajo fue de 52 minutos por sentido. Los valores más\n"
        "altos se registraron en la Zona Metropolitana del Valle de México, con 78 minutos, y en las\n"
        "de Guadalajara y Monterrey, con 61 y 58 minutos, respectivamente.\n"
        "\f" + hdr.format(pad=pad, p=2) + "\n"
        "Por sexo, las mujeres realizaron en promedio más viajes diarios que los hombres, debido a que\n"
        "combinan los traslados al trabajo con los relacionados con el cuidado de otras personas y las\n"
        "compras del hogar. El 38.2 % de sus viajes tuvo como propósito acompañar o recoger a alguien.\n\n"
        "Entre quienes usaron transporte público, 46.9 % declaró sentirse inseguro durante el trayecto.\n"
        "La percepción de inseguridad fue mayor en el microbús y la combi que en los sistemas de\n"
        "transporte masivo.\n\n"
        "Los resultados completos, los tabulados y la metodología pueden consultarse en el sitio del\n"
        "Instituto.\n\n"
        "                                        * * *\n\n"
        "Para consultas de medios y periodistas, contactar a: comunicacionsocial@inegi-ej.example.mx\n"
        "o llamar al teléfono (55) 5550 1100, exts. 1134, 1260 y 1241.\n\n"
        "Dirección General Adjunta de Comunicación\n")
write_source('cj10.txt', cj10)
write_gold('cj10', family='press_release',
           title='RESULTADOS DE LA ENCUESTA NACIONAL DE MOVILIDAD COTIDIANA (ENMOC) 2023',
           date='2024-08-07', source='INSTITUTO NACIONAL DE ESTADÍSTICA Y GEOGRAFÍA',
           bulletin_number='412/24', issuer='INSTITUTO NACIONAL DE ESTADÍSTICA Y GEOGRAFÍA',
           dateline_city='Aguascalientes',
           body_first_words='El Instituto Nacional de Estadística y Geografía (INEGI) da a conocer',
           body_last_words='pueden consultarse en el sitio del Instituto.',
           boilerplate=['COMUNICADO DE PRENSA NÚM. 412/24', 'PÁGINA 2/2',
                        'Aguascalientes, Ags., 7 de agosto de 2024.-', '* * *',
                        'Para consultas de medios y periodistas, contactar a: comunicacionsocial@inegi-ej.example.mx o llamar al teléfono (55) 5550 1100, exts. 1134, 1260 y 1241.',
                        'Dirección General Adjunta de Comunicación'],
           must_keep=['El tiempo promedio de traslado al trabajo fue de 52 minutos por sentido.',
                      'Entre quienes usaron transporte público, 46.9 % declaró sentirse inseguro durante el trayecto.',
                      'La encuesta se levantó entre septiembre y noviembre de 2023 en 41 mil viviendas de 32 ciudades.'])
