"""Files an11-an20."""
from common import write_src, write_raw, gold, bad_gold, NBSP

# ---------------------------------------------------------------- an11 wire (Reportera:, cp1252, teaser glued at start)
t = """Crece 18% el movimiento de contenedores en el puerto de Altamira durante 2015

Reportera: Daniela Quintanilla Ochoa
Diario Tamaulipeco del Golfo | Tampico, Tamps., 9 de enero de 2016

Foto: Diario Tamaulipeco del Golfo / Archivo

El puerto de Altamira cerró 2015 con un movimiento de 712 mil contenedores, 18 por ciento más que el año anterior, impulsado por la llegada de nuevas líneas navieras con servicio directo a puertos del norte de Europa y de la costa este de Estados Unidos.

Te puede interesar | Pescadores de La Pesca exigen apoyo por veda de camarón El director de la administración portuaria, Gerardo Lomelí Barrón, informó que la terminal especializada operó al 82 por ciento de su capacidad y que en el segundo semestre se registraron jornadas con más de 20 buques en espera de atraque.

Entre las mercancías con mayor crecimiento destacaron las resinas plásticas producidas en el corredor industrial de Altamira, las autopartes con destino a plantas de Guanajuato y Aguascalientes, y los granos importados desde Luisiana.

Lomelí Barrón adelantó que este año se licitará la ampliación del muelle de usos múltiples, con una inversión estimada de 1,400 millones de pesos, lo que permitirá recibir embarcaciones de mayor calado.

Transportistas de la zona conurbada advirtieron, sin embargo, que el acceso carretero al puerto sigue siendo insuficiente. La fila de camiones sobre el bulevar de los Ríos llega a alcanzar tres kilómetros en horas pico, señaló Benito Olvera, líder de una asociación de fleteros.

La Secretaría de Comunicaciones y Transportes tiene programado para este año el inicio del libramiento de acceso, aunque no ha dado a conocer fechas.

Descarga nuestra app y activa las notificaciones para no perderte ninguna noticia del sur de Tamaulipas.
"""
write_src('an11.txt', t, enc='cp1252')
gold('an11', readable=True, family='wire',
     title='Crece 18% el movimiento de contenedores en el puerto de Altamira durante 2015',
     date='2016-01-09', published=True, bylines=['Daniela Quintanilla Ochoa'],
     source='Diario Tamaulipeco del Golfo', section=None, placement=[],
     bulletin_number=None, issuer=None, dateline_city=None,
     body_first_words='El puerto de Altamira cerró 2015 con un movimiento de 712',
     body_last_words='el inicio del libramiento de acceso, aunque no ha dado a conocer fechas.',
     boilerplate=['Foto: Diario Tamaulipeco del Golfo / Archivo',
                  'Te puede interesar | Pescadores de La Pesca exigen apoyo por veda de camarón',
                  'Descarga nuestra app y activa las notificaciones', 'Reportera: Daniela Quintanilla Ochoa'],
     must_keep=['El director de la administración portuaria, Gerardo Lomelí Barrón, informó que la terminal especializada operó al 82 por ciento de su capacidad',
                'Transportistas de la zona conurbada advirtieron, sin embargo, que el acceso carretero al puerto sigue siendo insuficiente.',
                'Lomelí Barrón adelantó que este año se licitará la ampliación del muelle de usos múltiples'],
     photo_credit='Diario Tamaulipeco del Golfo / Archivo', refusal_reason=None)

# ---------------------------------------------------------------- an12 press (university, SLP; mixed EOL, control byte, photo)
t = """UNIVERSIDAD AUTÓNOMA DEL ALTIPLANO POTOSINO
Boletín 112

Desarrollan investigadores filtro de bajo costo para retirar arsénico del agua de pozos rurales

San Luis Potosí, S.L.P., 20 de octubre de 2025.- Un equipo de la Facultad de Ciencias Químicas de la Universidad Autónoma del Altiplano Potosino desarrolló un filtro elaborado con óxido de hierro y cáscara de nuez que reduce hasta en 92 por ciento la concentración de arsénico en el agua de pozos rurales.\x1a

Foto: Comunicación Universitaria

La doctora Itzel Maldonado Ruelas, responsable del proyecto, explicó que el dispositivo tiene un costo aproximado de 350 pesos y puede fabricarse con materiales disponibles en las comunidades del Altiplano, donde el agua subterránea suele rebasar los límites que marca la norma oficial.

Las pruebas se realizaron durante ocho meses en cuatro localidades de los municipios de Matehuala, Cedral y Villa de Guadalupe, con la participación de 60 familias que recibieron el filtro para uso doméstico.

“El arsénico no tiene olor ni sabor; muchas familias llevan generaciones bebiendo esa agua sin saber que puede provocar lesiones en la piel y daños renales”, señaló la investigadora.

El proyecto recibió financiamiento del fondo estatal de ciencia y ahora busca el apoyo de los ayuntamientos para instalar filtros comunitarios en escuelas y centros de salud.

Estudiantes de servicio social capacitarán a promotoras comunitarias para el mantenimiento de los filtros, cuyo material absorbente debe reemplazarse cada tres meses.

La universidad solicitó la patente del proceso ante el instituto de propiedad industrial y prevé publicar los resultados en una revista especializada a inicios del próximo año.

oo0oo

Dirección de Comunicación Universitaria
Tel. 444 555 0871 | comunicacion@uaap.example.mx
"""
write_src('an12.txt', t, eol='mixed')
gold('an12', readable=True, family='press_release',
     title='Desarrollan investigadores filtro de bajo costo para retirar arsénico del agua de pozos rurales',
     date='2025-10-20', published=True, bylines=[],
     source='UNIVERSIDAD AUTÓNOMA DEL ALTIPLANO POTOSINO', section=None, placement=[],
     bulletin_number='112', issuer='UNIVERSIDAD AUTÓNOMA DEL ALTIPLANO POTOSINO', dateline_city='San Luis Potosí',
     body_first_words='Un equipo de la Facultad de Ciencias Químicas de la Universidad',
     body_last_words='prevé publicar los resultados en una revista especializada a inicios del próximo año.',
     boilerplate=['Foto: Comunicación Universitaria', 'oo0oo', 'Dirección de Comunicación Universitaria',
                  'comunicacion@uaap.example.mx', 'Tel. 444 555 0871'],
     must_keep=['La doctora Itzel Maldonado Ruelas, responsable del proyecto, explicó que el dispositivo tiene un costo aproximado de 350 pesos',
                'Las pruebas se realizaron durante ocho meses en cuatro localidades de los municipios de Matehuala, Cedral y Villa de Guadalupe',
                'cuyo material absorbente debe reemplazarse cada tres meses.'],
     photo_credit='Comunicación Universitaria', refusal_reason=None)

# ---------------------------------------------------------------- an13 jekyll (nested author, Spanish date, BOM, Relacionado at end)
t = """---
layout: post
title: "Xilitla recupera su Festival de la Huasteca con 40 grupos de son y danza"
date: "5 de octubre de 2022"
author:
  name: Lucía Rangel Sifuentes
  twitter: "@luciarangel_ej"
  role: Reportera
categories:
  - Cultura
tags: [Xilitla, huapango, festivales]
publicacion: Altiplano Noticias
---

Después de dos años de ediciones virtuales, el Festival de la Huasteca volvió a la plaza principal de Xilitla con 40 agrupaciones de son huasteco, danza de xochitines y música de banda de viento, procedentes de San Luis Potosí, Hidalgo, Veracruz y Tamaulipas.   

La directora de Cultura municipal, Noemí Hernández Bautista, calculó que durante los tres días del encuentro llegaron alrededor de 15 mil visitantes, la mayor afluencia registrada desde 2019, lo que elevó la ocupación hotelera al 95 por ciento.

El tradicional concurso de huapango reunió a 22 tríos; el primer lugar fue para el trío Los Cantores del Tancuilín, de Aquismón, que recibió 30 mil pesos y la grabación de un disco en un estudio de la capital potosina.   

Artesanas de comunidades teenek y nahuas instalaron 60 puestos de bordados, palma tejida y alfarería sobre la calle principal, mientras que cocineras tradicionales ofrecieron zacahuil, bocoles y enchiladas huastecas.

El presidente municipal anunció que para 2023 buscarán que el festival forme parte del calendario turístico estatal y que se amplíe a las comunidades de la sierra, donde viven muchos de los músicos que participan.

Organizadores reconocieron que el principal reto fue el transporte: los caminos de terracería hacia varias comunidades resultaron dañados por las lluvias de septiembre, por lo que algunos grupos llegaron con horas de retraso.

El festival cerró con un fandango que se prolongó hasta la madrugada del lunes frente a la parroquia de San Agustín. Relacionado: Las Pozas de Xilitla reabren con aforo limitado
"""
write_src('an13.md', t, bom=True)
gold('an13', readable=True, family='jekyll',
     title='Xilitla recupera su Festival de la Huasteca con 40 grupos de son y danza',
     date='2022-10-05', published=True, bylines=['Lucía Rangel Sifuentes'],
     source='Altiplano Noticias', section='Cultura', placement=[],
     bulletin_number=None, issuer=None, dateline_city=None,
     body_first_words='Después de dos años de ediciones virtuales, el Festival de la Huasteca',
     body_last_words='hasta la madrugada del lunes frente a la parroquia de San Agustín.',
     boilerplate=['Relacionado: Las Pozas de Xilitla reabren con aforo limitado'],
     must_keep=['La directora de Cultura municipal, Noemí Hernández Bautista, calculó que durante los tres días del encuentro llegaron alrededor de 15 mil visitantes',
                'Artesanas de comunidades teenek y nahuas instalaron 60 puestos de bordados, palma tejida y alfarería sobre la calle principal',
                'El festival cerró con un fandango que se prolongó hasta la madrugada del lunes frente a la parroquia de San Agustín.'],
     photo_credit=None, refusal_reason=None)

# ---------------------------------------------------------------- an14 wire (X, Y y Z without "Por"; teaser at end of paragraph)
t = """# Granizada daña más de mil 500 vehículos y techos de escuelas en San Pedro y Santa Catarina

Ernesto Saucedo, Gabriela Montemayor y Luis Ángel Zúñiga
El Regio Digital
Monterrey, N.L., 18 de abril de 2017

Una granizada de casi 20 minutos dañó la tarde de este martes más de mil 500 vehículos, domos de escuelas y techos de lámina en colonias de San Pedro Garza García y Santa Catarina, informó Protección Civil del estado.

Foto: El Regio Digital / Archivo

El fenómeno comenzó alrededor de las 16:40 horas con piedras de hasta cuatro centímetros de diámetro, que rompieron parabrisas en la avenida Vasconcelos, en el estacionamiento de una plaza comercial de la avenida Gómez Morín y en la zona industrial de Santa Catarina. Lee también: ¿Tu auto fue dañado por granizo? Esto debes hacer con tu aseguradora

El coordinador estatal de Protección Civil, Jorge Aurelio Cantú Leal, detalló que se atendieron 64 reportes, entre ellos la caída de árboles sobre cables de energía y el desprendimiento de anuncios espectaculares.

En la Secundaria 38, en Santa Catarina, el granizo perforó el domo del patio cívico y los alumnos tuvieron que ser resguardados en los salones, sin que se reportaran lesionados.

La Asociación Mexicana de Instituciones de Seguros estimó de manera preliminar que los daños podrían superar los 90 millones de pesos, aunque advirtió que la cifra subirá conforme lleguen los reportes.

Talleres de hojalatería de la zona reportaron desde la noche citas hasta con tres semanas de espera.

El Servicio Meteorológico pronosticó para el miércoles tormentas aisladas en la zona metropolitana, por lo que se recomendó a los automovilistas no estacionarse bajo árboles y resguardar sus vehículos en cocheras techadas.

Para no perderte nada, descarga la app de El Regio Digital en iOS y Android.
"""
write_src('an14.md', t)
gold('an14', readable=True, family='wire',
     title='Granizada daña más de mil 500 vehículos y techos de escuelas en San Pedro y Santa Catarina',
     date='2017-04-18', published=True,
     bylines=['Ernesto Saucedo', 'Gabriela Montemayor', 'Luis Ángel Zúñiga'],
     source='El Regio Digital', section=None, placement=[],
     bulletin_number=None, issuer=None, dateline_city=None,
     body_first_words='Una granizada de casi 20 minutos dañó la tarde de este',
     body_last_words='resguardar sus vehículos en cocheras techadas.',
     boilerplate=['Foto: El Regio Digital / Archivo',
                  'Lee también: ¿Tu auto fue dañado por granizo? Esto debes hacer con tu aseguradora',
                  'descarga la app de El Regio Digital en iOS y Android'],
     must_keep=['en el estacionamiento de una plaza comercial de la avenida Gómez Morín y en la zona industrial de Santa Catarina.',
                'El coordinador estatal de Protección Civil, Jorge Aurelio Cantú Leal, detalló que se atendieron 64 reportes',
                'Talleres de hojalatería de la zona reportaron desde la noche citas hasta con tres semanas de espera.'],
     photo_credit='El Regio Digital / Archivo', refusal_reason=None)

# ---------------------------------------------------------------- an15 press (federal delegation; umbrella; CRLF; entities)
t = """GOBIERNO DE MÉXICO
Delegación de Programas para el Desarrollo en Coahuila
Comunicado No. 044

Inicia pago bimestral de pensiones para adultos mayores en 38 municipios de Coahuila

Torreón, Coahuila, a 17 de agosto de 2020

La Delegación de Programas para el Desarrollo en Coahuila inició este lunes el pago del bimestre septiembre-octubre de la Pensión para el Bienestar de las Personas Adultas Mayores, que beneficia a 196 mil derechohabientes de los 38 municipios del estado.

El delegado, Juan Pablo Reyes Dávila, informó que 142 mil personas reciben el apoyo mediante tarjeta bancaria, mientras que el resto lo cobrará en 210 mesas de atención instaladas en escuelas, plazas y salones ejidales, con horarios escalonados por la letra inicial del primer apellido.

Debido a la contingencia sanitaria, en cada sede se aplicarán filtros con toma de temperatura, gel antibacterial y sana distancia, y se pide a los beneficiarios acudir con un solo acompañante.

En la Región Laguna, los pagos en efectivo se realizarán del 17 al 28 de agosto en ejidos de Torreón, Matamoros, Francisco I. Madero, San Pedro y Viesca. En la Región Desierto, las mesas atenderán en Cuatro Ciénegas y Ocampo.

Reyes Dávila agregó que, en paralelo, se entregarán los apoyos de &quot;Jóvenes Construyendo el Futuro&quot; a 9 mil aprendices registrados en el estado.

Las personas que no puedan acudir por enfermedad podrán registrar a un auxiliar ante los servidores de la nación de su colonia o ejido.

Para consultar sedes y fechas, los beneficiarios pueden llamar a la línea gratuita de la delegación o acudir a las oficinas regionales en Saltillo, Torreón, Monclova, Piedras Negras y Acuña.

---000---

Comunicación Social Delegación Coahuila
comunicacion.coahuila@bienestar.example.mx
X: @BienestarCoahEj | Facebook: BienestarCoahuilaEjemplo
"""
write_src('an15.txt', t, eol='\r\n')
gold('an15', readable=True, family='press_release',
     title='Inicia pago bimestral de pensiones para adultos mayores en 38 municipios de Coahuila',
     date='2020-08-17', published=True, bylines=[],
     source='Delegación de Programas para el Desarrollo en Coahuila', section=None, placement=[],
     bulletin_number='044', issuer='Delegación de Programas para el Desarrollo en Coahuila',
     dateline_city='Torreón',
     body_first_words='La Delegación de Programas para el Desarrollo en Coahuila inició este lunes',
     body_last_words='oficinas regionales en Saltillo, Torreón, Monclova, Piedras Negras y Acuña.',
     boilerplate=['---000---', 'Comunicación Social Delegación Coahuila',
                  'comunicacion.coahuila@bienestar.example.mx', '@BienestarCoahEj', 'GOBIERNO DE MÉXICO'],
     must_keep=['El delegado, Juan Pablo Reyes Dávila, informó que 142 mil personas reciben el apoyo mediante tarjeta bancaria',
                'Debido a la contingencia sanitaria, en cada sede se aplicarán filtros con toma de temperatura',
                'Las personas que no puedan acudir por enfermedad podrán registrar a un auxiliar ante los servidores de la nación de su colonia o ejido.'],
     photo_credit=None, refusal_reason=None)

# ---------------------------------------------------------------- an16 generic (.markdown, cp1252, CRLF, inner headings)
t = """# Lo que debes saber del nuevo reglamento de tránsito de San Luis Potosí

Guía rápida preparada por la mesa de Ciudad para responder las dudas más frecuentes de los lectores sobre las reglas que entran en vigor este mes.

## ¿Cuándo empiezan las multas?

Durante los primeros 30 días naturales los agentes sólo entregarán amonestaciones por escrito. A partir del día 31 se aplicarán las sanciones económicas previstas en el tabulador.

## ¿Qué cambia para los motociclistas?

El casco certificado es obligatorio para conductor y acompañante, y queda prohibido circular entre carriles o sobre el acotamiento. La multa por no usar casco pasa de 5 a 15 veces el valor de la unidad de medida vigente.

## ¿Qué pasa con el celular?

Usar el teléfono con la mano mientras se conduce se sanciona aunque el vehículo esté detenido en un semáforo. Sólo se permite con manos libres o soporte fijo.

## ¿Hay cambios en los límites de velocidad?

Sí. En zonas escolares y frente a hospitales el límite baja a 20 kilómetros por hora. En avenidas como Salvador Nava y Himno Nacional se mantiene en 60, mientras que en la carretera 57 dentro de la mancha urbana será de 80.

## ¿Dónde puedo consultar el documento?

El texto completo está publicado en el Periódico Oficial del Estado y en el portal del ayuntamiento. Las dudas sobre infracciones ya levantadas pueden aclararse en el módulo de atención de la Dirección de Tránsito, de lunes a viernes de 8:00 a 15:00 horas.
"""
write_src('an16.markdown', t, enc='cp1252', eol='\r\n')
gold('an16', readable=True, family='generic',
     title='Lo que debes saber del nuevo reglamento de tránsito de San Luis Potosí',
     date=None, published=True, bylines=[], source=None, section=None, placement=[],
     bulletin_number=None, issuer=None, dateline_city=None,
     body_first_words='Guía rápida preparada por la mesa de Ciudad para responder las',
     body_last_words='de la Dirección de Tránsito, de lunes a viernes de 8:00 a 15:00 horas.',
     boilerplate=[],
     must_keep=['Durante los primeros 30 días naturales los agentes sólo entregarán amonestaciones por escrito.',
                'El casco certificado es obligatorio para conductor y acompañante',
                'En zonas escolares y frente a hospitales el límite baja a 20 kilómetros por hora.'],
     photo_credit=None, refusal_reason=None)

# ---------------------------------------------------------------- an17 jekyll (author Staff + body co-byline, fecha:, Cortesía)
t = """---
layout: post
title: "Rescatan a 23 migrantes abandonados en caja de tráiler en la carretera 57"
fecha: 2017-12-09
author: Staff
categories: [Seguridad]
nombre_sitio: El Centinela Potosino
---

Por Jesús Ibarra Loredo y Marisol Pámanes Rocha

Elementos de la Guardia Civil Estatal rescataron la madrugada de este sábado a 23 personas migrantes que habían sido abandonadas dentro de la caja seca de un tráiler, en un paradero de la carretera 57, a la altura del entronque a Matehuala.

Foto: Cortesía

El reporte fue hecho por un trailero que escuchó golpes en el interior de la caja, que permanecía estacionada desde la noche anterior sin el tractocamión y con las puertas aseguradas con candado.

Entre los rescatados hay 17 hombres, cuatro mujeres y dos menores de edad, originarios de Guatemala, Honduras y El Salvador. Paramédicos de la Cruz Roja atendieron a siete de ellos por deshidratación e hipotermia, ya que la temperatura en la zona descendió a dos grados.

Uno de los migrantes relató que abordaron la caja en Querétaro y que el conductor les prometió llevarlos hasta Nuevo Laredo a cambio de 2 mil 500 dólares por persona.

Las personas fueron trasladadas a las instalaciones del instituto de migración en la capital del estado, donde se determinará su situación, mientras que la Fiscalía inició una carpeta de investigación por tráfico de personas.

Autoridades estatales informaron que la caja tenía placas de Texas y que se revisan las cámaras de las casetas de cobro para identificar al tractocamión que la dejó en el sitio.

En lo que va del año, en el tramo potosino de la carretera 57 se han localizado 11 cajas con personas migrantes en su interior.

Síguenos en nuestras redes: Facebook /CentinelaPotosinoEj · X @CentinelaSLPej
"""
write_src('an17.md', t)
gold('an17', readable=True, family='jekyll',
     title='Rescatan a 23 migrantes abandonados en caja de tráiler en la carretera 57',
     date='2017-12-09', published=True, bylines=['Jesús Ibarra Loredo', 'Marisol Pámanes Rocha'],
     source='El Centinela Potosino', section='Seguridad', placement=[],
     bulletin_number=None, issuer=None, dateline_city=None,
     body_first_words='Elementos de la Guardia Civil Estatal rescataron la madrugada de este sábado',
     body_last_words='se han localizado 11 cajas con personas migrantes en su interior.',
     boilerplate=['Por Jesús Ibarra Loredo y Marisol Pámanes Rocha', 'Foto: Cortesía',
                  'Síguenos en nuestras redes', '@CentinelaSLPej'],
     must_keep=['El reporte fue hecho por un trailero que escuchó golpes en el interior de la caja',
                'Entre los rescatados hay 17 hombres, cuatro mujeres y dos menores de edad, originarios de Guatemala, Honduras y El Salvador.',
                'En lo que va del año, en el tramo potosino de la carretera 57 se han localizado 11 cajas con personas migrantes en su interior.'],
     photo_credit='Cortesía', refusal_reason=None)

# ---------------------------------------------------------------- an18 press (state secretariat NL; * * *; control bytes; trailing spaces)
t = """GOBIERNO DEL ESTADO DE NUEVO LEÓN
SECRETARÍA DE ECONOMÍA
Boletín SE-245/2019

Anuncian planta de componentes eléctricos en Salinas Victoria con 1,800 empleos

Monterrey, N.L., 28 de mayo de 2019.- La Secretaría de Economía estatal anunció la instalación de una planta de componentes eléctricos para electrodomésticos en el municipio de Salinas Victoria, con una inversión de 210 millones de dólares y la creación de mil 800 empleos directos en los próximos tres años.  \x07

El secretario Fernando Ríos Guajardo explicó que la empresa, de capital coreano, eligió Nuevo León por la cercanía con la frontera y por la disponibilidad de proveedores de la industria metalmecánica, y que ocupará una nave de 60 mil metros cuadrados en un parque industrial de la carretera a Colombia.  

La construcción iniciará en julio y la operación está prevista para el segundo semestre de 2020. En la primera etapa se contratarán 600 técnicos y operarios, para lo cual se firmará un convenio con planteles de educación técnica de la zona norte del área metropolitana.
\x0b
Ríos Guajardo señaló que en lo que va del año el estado ha captado 14 proyectos de inversión extranjera en los sectores automotriz, eléctrico y de logística, que en conjunto suman más de mil 100 millones de dólares.

El alcalde de Salinas Victoria pidió que el proyecto incluya obras de agua potable y transporte para los trabajadores, ya que la mayoría de los nuevos fraccionamientos del municipio carecen de rutas directas a los parques industriales.

La dependencia informó que la empresa recibirá incentivos estatales condicionados al cumplimiento de metas de empleo y de contratación de proveedores locales.

* * *

Dirección de Comunicación | Secretaría de Economía
Tel. 81 5550 7710 · economia.prensa@nl.example.mx
"""
write_src('an18.txt', t)
gold('an18', readable=True, family='press_release',
     title='Anuncian planta de componentes eléctricos en Salinas Victoria con 1,800 empleos',
     date='2019-05-28', published=True, bylines=[],
     source='SECRETARÍA DE ECONOMÍA', section=None, placement=[],
     bulletin_number='SE-245/2019', issuer='SECRETARÍA DE ECONOMÍA', dateline_city='Monterrey',
     body_first_words='La Secretaría de Economía estatal anunció la instalación de una planta',
     body_last_words='al cumplimiento de metas de empleo y de contratación de proveedores locales.',
     boilerplate=['* * *', 'Dirección de Comunicación | Secretaría de Economía',
                  'Tel. 81 5550 7710', 'economia.prensa@nl.example.mx'],
     must_keep=['El secretario Fernando Ríos Guajardo explicó que la empresa, de capital coreano, eligió Nuevo León',
                'La construcción iniciará en julio y la operación está prevista para el segundo semestre de 2020.',
                'El alcalde de Salinas Victoria pidió que el proyecto incluya obras de agua potable y transporte para los trabajadores'],
     photo_credit=None, refusal_reason=None)

# ---------------------------------------------------------------- an19 wire (byline at the end, Relacionado glued mid, mixed EOL)
t = """Crónica del Bravo · 30 de septiembre de 2015

# Pescadores de Playa Bagdad reportan la peor temporada de camarón en una década

Los pescadores ribereños de Playa Bagdad concluyeron la temporada de camarón de altamar con capturas 40 por ciento menores que las del año pasado, la peor cifra en al menos diez años, según la federación de cooperativas del municipio.   

El presidente de la federación, Saúl Garza Benavides, explicó que las 140 lanchas registradas en la zona apenas reunieron 310 toneladas, cuando en una temporada regular superan las 500, y atribuyó la baja a la temperatura del agua y a la pesca ilegal con redes de arrastre. Relacionado: Inicia veda de camarón en el Golfo de México La situación afecta a cerca de 900 familias que dependen directamente de la pesca en el poblado.

En los muelles de la laguna Madre, los compradores pagaron el kilo de camarón mediano a 120 pesos, apenas 15 pesos más que el año anterior, lo que no alcanza a compensar el aumento en el precio de la gasolina para los motores fuera de borda.

Los pescadores pidieron a la Secretaría de Pesca estatal adelantar el pago del apoyo por veda y reforzar la vigilancia con la Marina frente a las costas de San Fernando y Matamoros.

La dependencia respondió que el padrón de beneficiarios se revisará en octubre y que se analizará un programa de empleo temporal para limpieza de playas durante el invierno.

Mientras tanto, algunas cooperativas comenzaron a organizar la pesca de lisa y jaiba para sostener los ingresos en los meses sin camarón.

Por Brenda Ríos Salinas / Matamoros

Síguenos en X: @CronicaBravoEj
"""
write_src('an19.md', t, eol='mixed')
gold('an19', readable=True, family='wire',
     title='Pescadores de Playa Bagdad reportan la peor temporada de camarón en una década',
     date='2015-09-30', published=True, bylines=['Brenda Ríos Salinas'],
     source='Crónica del Bravo', section=None, placement=[],
     bulletin_number=None, issuer=None, dateline_city=None,
     body_first_words='Los pescadores ribereños de Playa Bagdad concluyeron la temporada de camarón',
     body_last_words='para sostener los ingresos en los meses sin camarón.',
     boilerplate=['Relacionado: Inicia veda de camarón en el Golfo de México',
                  'Por Brenda Ríos Salinas / Matamoros', 'Síguenos en X: @CronicaBravoEj'],
     must_keep=['atribuyó la baja a la temperatura del agua y a la pesca ilegal con redes de arrastre.',
                'La situación afecta a cerca de 900 familias que dependen directamente de la pesca en el poblado.',
                'Mientras tanto, algunas cooperativas comenzaron a organizar la pesca de lisa y jaiba'],
     photo_credit=None, refusal_reason=None)

# ---------------------------------------------------------------- an20 bad (saved HTML page)
t = """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Reabren mercado Hidalgo de Ciudad Victoria tras remodelación | Frontera Noreste</title>
<link rel="stylesheet" href="/assets/css/main.css">
<script async src="/assets/js/analytics.js"></script>
</head>
<body class="post">
<header><nav><a href="/">Inicio</a> | <a href="/politica/">Política</a> | <a href="/seguridad/">Seguridad</a></nav></header>
<article>
<h1>Reabren mercado Hidalgo de Ciudad Victoria tras remodelación</h1>
<p class="byline">Por <span class="author">Paola Garza Elizondo</span> &middot; 12 de marzo de 2021</p>
<p>Después de ocho meses de obras, los locatarios del mercado Hidalgo volvieron a abrir sus puestos este viernes, con nuevos techos, instalación eléctrica y sanitarios.</p>
<p>El ayuntamiento informó que la remodelación costó 22 millones de pesos.</p>
</article>
<footer><p>&copy; 2021 Frontera Noreste. Todos los derechos reservados.</p></footer>
</body>
</html>
"""
write_src('an20.txt', t)
bad_gold('an20', 'es una página HTML guardada, no el texto de una nota')
print('part2 ok')
