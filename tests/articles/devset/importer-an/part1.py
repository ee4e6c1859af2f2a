"""Files an01-an10."""
from common import write_src, write_raw, gold, bad_gold, NBSP

# ---------------------------------------------------------------- an01 wire
t = """## Reabren el puente Reynosa-Pharr tras tres días de cierre por revisión estructural

Por Mariana Treviño Garza y Julio César Leal | El Norte Fronterizo | 14 de marzo de 2023

El puente internacional Reynosa-Pharr reabrió la circulación de carga a las 6:00 horas de este martes, luego de que ingenieros de ambos países concluyeron la revisión de las juntas de dilatación dañadas por el paso de un tractocamión con sobrepeso el pasado sábado.

Durante los tres días de cierre, la fila de unidades que esperaban cruzar hacia Texas llegó a once kilómetros sobre la carretera a Monterrey.Lee también: Detienen a 14 migrantes en brecha de Río BravoLos transportistas calcularon pérdidas superiores a 40 millones de pesos por mercancía perecedera que no llegó a tiempo a las bodegas de McAllen.

Arturo Salinas Peña, administrador de la aduana de Reynosa, explicó que el cruce operará con horario extendido hasta el domingo para desahogar el rezago. "Vamos a recibir alrededor de 2 mil 300 unidades diarias, casi el doble de lo normal", dijo.

Foto: Especial

La delegación fronteriza de la Cámara Nacional del Autotransporte de Carga pidió a las autoridades federales un programa permanente de mantenimiento, pues recordó que en 2021 el mismo puente cerró dos días por una falla similar.

Productores de aguacate y berries de Michoacán y Jalisco, que usan este cruce como principal salida hacia el mercado estadounidense, reportaron que al menos 60 cajas refrigeradas tuvieron que regresar a centros de acopio en Guadalupe, Nuevo León.

La Secretaría de Desarrollo Económico de Tamaulipas informó que instalará una mesa con agentes aduanales y transportistas para definir rutas alternas por los puentes Anzaldúas y Progreso en caso de un nuevo cierre.

Mientras tanto, el tráfico de vehículos ligeros se mantiene sin cambios, con tiempos de espera de entre 40 y 70 minutos en el carril general.

¡Suscríbete a nuestro boletín! Recibe cada mañana las noticias de la frontera en tu correo.
"""
write_src('an01.md', t, eol='\r\n')
gold('an01', readable=True, family='wire',
     title='Reabren el puente Reynosa-Pharr tras tres días de cierre por revisión estructural',
     date='2023-03-14', published=True,
     bylines=['Mariana Treviño Garza', 'Julio César Leal'],
     source='El Norte Fronterizo', section=None, placement=[],
     bulletin_number=None, issuer=None, dateline_city=None,
     body_first_words='El puente internacional Reynosa-Pharr reabrió la circulación de carga a las',
     body_last_words='tiempos de espera de entre 40 y 70 minutos en el carril general.',
     boilerplate=['Lee también: Detienen a 14 migrantes en brecha de Río Bravo',
                  'Foto: Especial', '¡Suscríbete a nuestro boletín!',
                  'Recibe cada mañana las noticias de la frontera en tu correo.'],
     must_keep=['la fila de unidades que esperaban cruzar hacia Texas llegó a once kilómetros sobre la carretera a Monterrey.',
                'Los transportistas calcularon pérdidas superiores a 40 millones de pesos por mercancía perecedera que no llegó a tiempo a las bodegas de McAllen.',
                'Arturo Salinas Peña, administrador de la aduana de Reynosa, explicó que el cruce operará con horario extendido hasta el domingo para desahogar el rezago.'],
     photo_credit='Especial', refusal_reason=None)

# ---------------------------------------------------------------- an02 press (municipal, Coahuila)
t = """R. AYUNTAMIENTO DE SALTILLO   
Boletín 0457

Arranca programa de bacheo nocturno en 42 colonias del oriente de Saltillo

Saltillo, Coahuila, 12 de febrero de 2018.- Con una inversión de 18.6 millones de pesos, el Ayuntamiento de Saltillo puso en marcha el programa de bacheo nocturno que durante las próximas diez semanas atenderá 42 colonias del oriente de la ciudad, entre ellas Bellavista, Guayulera, Morelos y Valle de las Flores.  

El alcalde Héctor Manuel Durán Sepúlveda explicó que las cuadrillas trabajarán de las 22:00 a las 5:00 horas para no afectar la circulación en bulevares de alto tránsito como Venustiano Carranza, Fundadores y el Periférico.

“Recibimos más de mil 900 reportes ciudadanos de baches durante enero, la mayoría después de las heladas de la segunda semana del mes; con este esquema vamos a cubrir cerca de 38 mil metros cuadrados de carpeta asfáltica”, detalló el edil durante el arranque de los trabajos en el cruce de avenida Juárez y calle Xicoténcatl.   

La Dirección de Obras Públicas informó que se utilizará mezcla asfáltica en caliente producida en la planta municipal de Derramadero, lo que permitirá reducir el costo por metro cuadrado en comparación con el año anterior.

Los vecinos podrán reportar baches a través de la línea 072 o de la aplicación Saltillo Responde, donde también podrán consultar el calendario de trabajos por sector.

El programa contempla además la reparación de 120 rejillas pluviales y la reposición de señalamiento horizontal en cruces escolares, con el fin de prepararse para la temporada de lluvias que inicia en mayo.

Al evento asistieron regidores de la Comisión de Obras y representantes de las juntas vecinales de los sectores beneficiados.

---o0o---

Unidad de Comunicación Social   
Tel. (844) 555 0192 ext. 117
comunicacion@saltillo.example.mx
Facebook: /SaltilloMunicipioEjemplo | X: @SaltilloMuniEj
"""
write_src('an02.txt', t, bom=True)
gold('an02', readable=True, family='press_release',
     title='Arranca programa de bacheo nocturno en 42 colonias del oriente de Saltillo',
     date='2018-02-12', published=True, bylines=[],
     source='R. AYUNTAMIENTO DE SALTILLO', section=None, placement=[],
     bulletin_number='0457', issuer='R. AYUNTAMIENTO DE SALTILLO', dateline_city='Saltillo',
     body_first_words='Con una inversión de 18.6 millones de pesos, el Ayuntamiento de Saltillo',
     body_last_words='representantes de las juntas vecinales de los sectores beneficiados.',
     boilerplate=['---o0o---', 'Unidad de Comunicación Social', 'Tel. (844) 555 0192 ext. 117',
                  'comunicacion@saltillo.example.mx', '@SaltilloMuniEj', 'Boletín 0457'],
     must_keep=['El alcalde Héctor Manuel Durán Sepúlveda explicó que las cuadrillas trabajarán de las 22:00 a las 5:00 horas',
                'Los vecinos podrán reportar baches a través de la línea 072 o de la aplicación Saltillo Responde, donde también podrán consultar el calendario de trabajos por sector.',
                'Al evento asistieron regidores de la Comisión de Obras y representantes de las juntas vecinales de los sectores beneficiados.'],
     photo_credit=None, refusal_reason=None)

# ---------------------------------------------------------------- an03 jekyll (offset date, Portada)
t = """---
layout: post
title: "Cabildo de Nuevo Laredo aprueba reglamento para vendedores ambulantes en el primer cuadro"
date: 2021-03-14 21:40:00 -0600
author: Paola Garza Elizondo
categories: [Portada, Política]
tags: [Nuevo Laredo, cabildo, comercio informal]
site_name: Frontera Noreste
image: /assets/img/2021/03/ambulantes-centro.jpg
---

El Cabildo de Nuevo Laredo aprobó por mayoría, con 17 votos a favor y cuatro en contra, el nuevo Reglamento de Comercio en Vía Pública, que prohibirá la instalación de puestos semifijos en las calles Guerrero, Ocampo y Victoria a partir del 1 de junio.

La medida afectará a cerca de 340 comerciantes que hoy ocupan banquetas entre la avenida Reforma y el puente internacional, según el padrón de la Dirección de Mercados.

La síndica Verónica Elizondo Cárdenas explicó que el municipio habilitará un predio de 4 mil metros cuadrados en el Sector Centro para reubicar a quienes cuenten con permiso vigente, y que se otorgarán tres meses de exención en el pago de derechos.

Regidores de oposición votaron en contra al considerar que no se consultó a las uniones de comerciantes. &quot;Se aprobó al vapor, sin mesas de trabajo y sin un censo actualizado&quot;, señaló el regidor Ramiro Galván Tijerina.

Líderes de la Unión de Comerciantes Ambulantes del Centro anunciaron que presentarán un amparo y que mantendrán sus puestos mientras no se les garantice un espacio con la misma afluencia de clientes.

El reglamento también establece multas de entre 20 y 100 Unidades de Medida y Actualización para quien invada rampas para personas con discapacidad o accesos a comercios establecidos.

La administración municipal informó que publicará el documento en el Periódico Oficial del Estado durante la próxima semana.

Síguenos en Facebook, Instagram y X como @FronteraNoresteEj
"""
write_src('an03.md', t)
gold('an03', readable=True, family='jekyll',
     title='Cabildo de Nuevo Laredo aprueba reglamento para vendedores ambulantes en el primer cuadro',
     date='2021-03-14', published=True, bylines=['Paola Garza Elizondo'],
     source='Frontera Noreste', section='Política', placement=['Portada'],
     bulletin_number=None, issuer=None, dateline_city=None,
     body_first_words='El Cabildo de Nuevo Laredo aprobó por mayoría, con 17 votos',
     body_last_words='en el Periódico Oficial del Estado durante la próxima semana.',
     boilerplate=['Síguenos en Facebook, Instagram y X como @FronteraNoresteEj'],
     must_keep=['La medida afectará a cerca de 340 comerciantes que hoy ocupan banquetas entre la avenida Reforma y el puente internacional, según el padrón de la Dirección de Mercados.',
                'Regidores de oposición votaron en contra al considerar que no se consultó a las uniones de comerciantes.',
                'La administración municipal informó que publicará el documento en el Periódico Oficial del Estado durante la próxima semana.'],
     photo_credit=None, refusal_reason=None)

# ---------------------------------------------------------------- an04 wire (CAPS byline / Corresponsal, cp1252)
t = """**Sequía obliga a Torreón a tandear el agua en 65 colonias**

ROBERTO ALANÍS CANTÚ / Corresponsal
La Voz de la Laguna
Torreón, Coah. / 22 de julio de 2024

El sistema municipal de agua potable de Torreón comenzó este lunes a distribuir el líquido por tandeos en 65 colonias del oriente y surponiente de la ciudad, luego de que cinco pozos salieran de operación por el abatimiento del acuífero principal.

El gerente del organismo, Raúl Esparza Villegas, informó que los sectores afectados recibirán el servicio de 5:00 a 11:00 horas en días alternos, y que se enviarán 30 pipas diarias a escuelas, centros de salud y asilos.

De acuerdo con el organismo, el nivel estático de los pozos en la zona de Villa Florida y La Joya descendió casi cuatro metros en los últimos doce meses. Te puede interesar | Alerta Conagua por temperaturas de 44 grados en la Comarca Lagunera

Vecinos de las colonias Valle Oriente, Aviación y Rincón La Merced denunciaron que desde hace dos semanas sólo reciben agua en la madrugada, con baja presión, y que han tenido que comprar garrafones para cocinar.

Esparza Villegas pidió a la población evitar el lavado de banquetas y vehículos con manguera, y anunció que inspectores impondrán multas de hasta 5 mil pesos a quien desperdicie el agua.

El organismo prevé rehabilitar dos pozos antes de que termine agosto, con una inversión de 12 millones de pesos aprobada por el Consejo Directivo la semana pasada.

MÁS NOTICIAS
- Suspenden cursos de verano en Gómez Palacio por ola de calor
- Vinculan a proceso a exfuncionario de Matamoros, Coahuila
- Arranca la Feria del Algodón 2024 con cartel gratuito
"""
write_src('an04.md', t, enc='cp1252', eol='\r\n')
gold('an04', readable=True, family='wire',
     title='Sequía obliga a Torreón a tandear el agua en 65 colonias',
     date='2024-07-22', published=True, bylines=['ROBERTO ALANÍS CANTÚ'],
     source='La Voz de la Laguna', section=None, placement=[],
     bulletin_number=None, issuer=None, dateline_city=None,
     body_first_words='El sistema municipal de agua potable de Torreón comenzó este lunes',
     body_last_words='aprobada por el Consejo Directivo la semana pasada.',
     boilerplate=['Te puede interesar | Alerta Conagua por temperaturas de 44 grados en la Comarca Lagunera',
                  'MÁS NOTICIAS', 'Suspenden cursos de verano en Gómez Palacio por ola de calor',
                  'Arranca la Feria del Algodón 2024 con cartel gratuito', 'Corresponsal'],
     must_keep=['el nivel estático de los pozos en la zona de Villa Florida y La Joya descendió casi cuatro metros en los últimos doce meses.',
                'Vecinos de las colonias Valle Oriente, Aviación y Rincón La Merced denunciaron',
                'El organismo prevé rehabilitar dos pozos antes de que termine agosto'],
     photo_credit=None, refusal_reason=None)

# ---------------------------------------------------------------- an05 press (state secretariat, Tamaulipas)
t = """GOBIERNO DE TAMAULIPAS
Secretaría de Salud
Comunicado 071/2024

Intensifica Salud campaña contra el dengue en 14 municipios antes de la temporada de lluvias

Ciudad Victoria, Tamaulipas, 3 de mayo de 2024

La Secretaría de Salud de Tamaulipas inició la segunda jornada estatal de descacharrización en 14{n}municipios con mayor incidencia de dengue durante 2023, entre ellos Reynosa, Matamoros, Tampico, Madero, Altamira y Ciudad Victoria.

La titular de la dependencia, doctora Gabriela Lerma Cisneros, informó que participarán 1{n}250 brigadistas, quienes recorrerán viviendas para retirar llantas, cubetas, tambos y cualquier recipiente que acumule agua.

Durante el año pasado se confirmaron en el estado 2{n}114 casos de dengue, de los cuales 38 por ciento correspondieron a la forma grave de la enfermedad, por lo que este año la meta es iniciar las acciones de control antes de las primeras lluvias.

La funcionaria explicó que, además de la recolección de cacharros, se aplicará larvicida en 86 mil depósitos de agua y se realizará nebulización en las colonias donde se detecten casos probables.

Los ayuntamientos participantes pondrán a disposición camiones recolectores y sitios de acopio temporales, mientras que las jurisdicciones sanitarias instalarán módulos informativos en mercados y plazas públicas.

Lerma Cisneros recordó que el dengue se transmite por la picadura del mosquito Aedes aegypti y pidió a la población acudir a la unidad de salud más cercana si presenta fiebre alta, dolor detrás de los ojos, dolor muscular o manchas en la piel.

La campaña concluirá el 31 de mayo y se repetirá en agosto, en el periodo de mayor transmisión.

-oOo-

Síguenos:
Facebook: SaludTamaulipasEjemplo
X: @SaludTamEj
Instagram: @salud.tam.ej
""".replace('{n}', NBSP)
write_src('an05.txt', t)
gold('an05', readable=True, family='press_release',
     title='Intensifica Salud campaña contra el dengue en 14 municipios antes de la temporada de lluvias',
     date='2024-05-03', published=True, bylines=[],
     source='Secretaría de Salud', section=None, placement=[],
     bulletin_number='071/2024', issuer='Secretaría de Salud', dateline_city='Ciudad Victoria',
     body_first_words='La Secretaría de Salud de Tamaulipas inició la segunda jornada estatal',
     body_last_words='se repetirá en agosto, en el periodo de mayor transmisión.',
     boilerplate=['-oOo-', 'Síguenos:', 'SaludTamaulipasEjemplo', '@SaludTamEj', '@salud.tam.ej'],
     must_keep=['La titular de la dependencia, doctora Gabriela Lerma Cisneros, informó que participarán 1 250 brigadistas',
                'Durante el año pasado se confirmaron en el estado 2 114 casos de dengue',
                'La campaña concluirá el 31 de mayo y se repetirá en agosto, en el periodo de mayor transmisión.'],
     photo_credit=None, refusal_reason=None)

# ---------------------------------------------------------------- an06 generic (mixed EOL, NBSP, trailing spaces)
t = """Cronología de la crisis del agua en Monterrey, 2022   

Apuntes de contexto para el especial del primer aniversario. Verificar cada cifra con el organismo operador antes de publicar.   

Febrero. Las tres presas que abastecen al área metropolitana reportan niveles por debajo de lo habitual para la temporada. El organismo operador anuncia reducción de presión nocturna en 11{n}municipios.

Marzo. Comienzan los cortes programados por sectores. En colonias altas de Guadalupe, Escobedo y Santa Catarina los vecinos reportan hasta cuatro días sin servicio. Se instalan los primeros tinacos comunitarios en parques públicos.

Mayo. El gobierno estatal declara emergencia hídrica y anuncia la perforación de pozos en la zona de Mina y la rehabilitación de acueductos. Escuelas de turno vespertino reducen horarios por falta de agua en sanitarios.   

Junio. Bloqueos vecinales en avenidas como Félix U. Gómez, Ruiz Cortines y Lincoln. La Secretaría de Educación adelanta el fin de cursos en 300 planteles. Empresas del parque industrial de Apodaca contratan pipas privadas; el precio por viaje pasa de 800 a 2{n}500 pesos.

Julio. Se firma un convenio con productores agrícolas para ceder volúmenes de agua de una presa del sur del estado. Las pipas municipales llegan a 400 unidades diarias.

Agosto y septiembre. Lluvias de una tormenta tropical recuperan parcialmente el almacenamiento. Los cortes se reducen a horarios nocturnos y después se suspenden en la mayoría de los sectores.

Pendientes para el texto final: entrevistar a dos familias de la colonia Valle de Santa Lucía que vivieron los cortes más largos, pedir al organismo el número total de reportes de falta de agua por mes y contrastar la inversión anunciada con lo ejercido al cierre del año.
""".replace('{n}', NBSP)
write_src('an06.txt', t, eol='mixed')
gold('an06', readable=True, family='generic',
     title='Cronología de la crisis del agua en Monterrey, 2022',
     date=None, published=True, bylines=[], source=None, section=None, placement=[],
     bulletin_number=None, issuer=None, dateline_city=None,
     body_first_words='Apuntes de contexto para el especial del primer aniversario. Verificar cada',
     body_last_words='contrastar la inversión anunciada con lo ejercido al cierre del año.',
     boilerplate=[],
     must_keep=['El organismo operador anuncia reducción de presión nocturna en 11 municipios.',
                'el precio por viaje pasa de 800 a 2 500 pesos.',
                'Las pipas municipales llegan a 400 unidades diarias.'],
     photo_credit=None, refusal_reason=None)

# ---------------------------------------------------------------- an07 wire (Texto: | Fotos:, entities, WhatsApp)
t = """# Siderúrgica de Monclova paga adeudos a 180 proveedores locales tras cinco meses de atraso

Texto: Alejandra Cepeda Ramos | Fotos: Óscar Villarreal
El Observador de Coahuila — Monclova, Coah., 5 de noviembre de 2019

La Siderúrgica del Norte comenzó a liquidar los adeudos que mantenía con 180 proveedores de la Región Centro, algunos de ellos con facturas pendientes desde junio, informó la Cámara Nacional de Comercio de Monclova.

El presidente del organismo, Efraín Zertuche Garza, detalló que en la primera semana se pagaron alrededor de 96 millones de pesos, principalmente a talleres de maquinado, empresas de transporte de personal y comercios de refacciones.

&quot;Hay talleres que ya habían despedido a la mitad de su plantilla; este pago les da aire, pero falta casi el doble&quot;, dijo el dirigente, quien estimó que el adeudo total con empresas locales rebasaba los 250 millones de pesos.

Proveedores consultados por este medio señalaron que recibieron transferencias parciales, de entre 30 y 50 por ciento de lo facturado, y que la empresa se comprometió a cubrir el resto antes del 20 de diciembre.

En los talleres de la colonia Guadalupe y del parque industrial Frontera, varios dueños dijeron que usarán los recursos para pagar aguinaldos y cuotas atrasadas del Seguro Social.

La empresa no respondió a la solicitud de entrevista, aunque en un comunicado interno, difundido entre trabajadores sindicalizados, aseguró que la recuperación de sus ventas de lámina en el mercado nacional le permitirá regularizar pagos.

El alcalde de Monclova pidió a la compañía dar prioridad a las empresas familiares y anunció una mesa de trabajo con la Secretaría de Economía estatal para ofrecer créditos puente a los talleres más afectados.

También te recomendamos:
- Cierran carril de la carretera 57 por obras en Castaños
- Frontera celebra 70 años de su fundación con desfile

Únete a nuestro canal de WhatsApp y recibe las noticias de la Región Centro al momento.
"""
write_src('an07.md', t)
gold('an07', readable=True, family='wire',
     title='Siderúrgica de Monclova paga adeudos a 180 proveedores locales tras cinco meses de atraso',
     date='2019-11-05', published=True, bylines=['Alejandra Cepeda Ramos'],
     source='El Observador de Coahuila', section=None, placement=[],
     bulletin_number=None, issuer=None, dateline_city=None,
     body_first_words='La Siderúrgica del Norte comenzó a liquidar los adeudos que mantenía con',
     body_last_words='para ofrecer créditos puente a los talleres más afectados.',
     boilerplate=['Texto: Alejandra Cepeda Ramos | Fotos: Óscar Villarreal', 'También te recomendamos:',
                  'Cierran carril de la carretera 57 por obras en Castaños',
                  'Únete a nuestro canal de WhatsApp y recibe las noticias de la Región Centro al momento.'],
     must_keep=['El presidente del organismo, Efraín Zertuche Garza, detalló que en la primera semana se pagaron alrededor de 96 millones de pesos',
                'Proveedores consultados por este medio señalaron que recibieron transferencias parciales',
                'El alcalde de Monclova pidió a la compañía dar prioridad a las empresas familiares'],
     photo_credit='Óscar Villarreal', refusal_reason=None)

# ---------------------------------------------------------------- an08 jekyll (author list incl. Redacción, day-first date, draft)
t = """---
layout: nota
title: 'Halcones de Santa Catarina cierran la serie ante Acereros con jonrón en la novena'
date: '23/04/2019'
author:
  - Arturo Cavazos Ríos
  - Redacción
categories:
  - Destacadas
  - Deportes
tags:
  - béisbol
  - Liga del Noreste
draft: true
medio: Marcador Regio
---

Con un cuadrangular de dos carreras de Emilio Sáenz en la parte baja de la novena entrada, los Halcones de Santa Catarina vencieron 5-4 a los Acereros de Monclova y se llevaron la serie de tres juegos en el estadio municipal.

Los visitantes habían tomado ventaja de 4-3 en la octava con un doble de Rogelio Fuentes que remolcó a dos corredores, y parecían encaminados a la victoria con su cerrador en la loma.

Sin embargo, con un out y corredor en primera, Sáenz conectó una recta alta y la mandó por encima de la barda del jardín izquierdo, ante unos 3 mil aficionados que llenaron las gradas pese al calor.

"Sabía que me iba a buscar adentro, nada más esperé mi lanzamiento", dijo el jardinero de 23 años, quien suma cinco jonrones en la temporada.

El abridor de los Halcones, el zurdo Mauricio Leal, lanzó seis entradas de tres carreras y ocho ponches, aunque se quedó sin decisión.

Con este resultado, Santa Catarina mejora su marca a 12 victorias y siete derrotas y se coloca a medio juego del liderato de la Zona Norte, que ocupan los Tecolotes de Linares.

El manager Julián Ortegón adelantó que para la próxima serie, ante Linares, abrirá el veterano Francisco Tamez, recuperado de una molestia en el hombro.

La serie comenzará el viernes a las 19:30 horas y el club anunció boletos de 2x1 para estudiantes con credencial vigente.
"""
write_src('an08.md', t)
gold('an08', readable=True, family='jekyll',
     title='Halcones de Santa Catarina cierran la serie ante Acereros con jonrón en la novena',
     date='2019-04-23', published=False, bylines=['Arturo Cavazos Ríos'],
     source='Marcador Regio', section='Deportes', placement=['Destacadas'],
     bulletin_number=None, issuer=None, dateline_city=None,
     body_first_words='Con un cuadrangular de dos carreras de Emilio Sáenz en la',
     body_last_words='el club anunció boletos de 2x1 para estudiantes con credencial vigente.',
     boilerplate=[],
     must_keep=['Los visitantes habían tomado ventaja de 4-3 en la octava con un doble de Rogelio Fuentes que remolcó a dos corredores',
                'El abridor de los Halcones, el zurdo Mauricio Leal, lanzó seis entradas de tres carreras y ocho ponches, aunque se quedó sin decisión.',
                'El manager Julián Ortegón adelantó que para la próxima serie, ante Linares, abrirá el veterano Francisco Tamez'],
     photo_credit=None, refusal_reason=None)

# ---------------------------------------------------------------- an09 press (state congress, cp1252, CRLF, CAPS title)
t = """H. CONGRESO DEL ESTADO DE NUEVO LEÓN
LXXVI LEGISLATURA
COMUNICADO No. 318/2023

APRUEBA CONGRESO REFORMA PARA SANCIONAR EL MALTRATO ANIMAL CON HASTA CUATRO AÑOS DE PRISIÓN

Monterrey, Nuevo León; a 7 de septiembre de 2023.- El Pleno del Congreso del Estado aprobó con 38 votos a favor, dos en contra y una abstención la reforma al Código Penal que eleva las sanciones por maltrato y crueldad animal, que ahora podrán alcanzar hasta cuatro años de prisión cuando el animal muera a consecuencia de las lesiones.

La iniciativa, presentada por la Comisión de Justicia y Seguridad Pública, también establece multas de hasta 500 cuotas para quienes abandonen animales de compañía en la vía pública o en inmuebles deshabitados.

La diputada Claudia Esthela Villarreal Tovar, presidenta de la comisión, explicó que la reforma atiende más de 1,200 denuncias ciudadanas recibidas durante el último año en los municipios del área metropolitana.

“No se trata sólo de castigar, sino de que las fiscalías tengan herramientas claras para integrar las carpetas y de que los municipios cuenten con refugios certificados”, expuso en tribuna.

El dictamen obliga además a los ayuntamientos a contar con un padrón de criaderos y establecimientos de venta de mascotas, así como a realizar inspecciones por lo menos dos veces al año.

Los legisladores que votaron en contra argumentaron que las sanciones económicas podrían afectar a familias de zonas rurales que crían animales para el autoconsumo.

La reforma entrará en vigor al día siguiente de su publicación en el Periódico Oficial del Estado.

###

Coordinación de Comunicación Social
Tel. 81 5550 2233 | prensa@congreso-nl.example.mx
"""
write_src('an09.txt', t, enc='cp1252', eol='\r\n')
gold('an09', readable=True, family='press_release',
     title='APRUEBA CONGRESO REFORMA PARA SANCIONAR EL MALTRATO ANIMAL CON HASTA CUATRO AÑOS DE PRISIÓN',
     date='2023-09-07', published=True, bylines=[],
     source='H. CONGRESO DEL ESTADO DE NUEVO LEÓN', section=None, placement=[],
     bulletin_number='318/2023', issuer='H. CONGRESO DEL ESTADO DE NUEVO LEÓN', dateline_city='Monterrey',
     body_first_words='El Pleno del Congreso del Estado aprobó con 38 votos a favor',
     body_last_words='al día siguiente de su publicación en el Periódico Oficial del Estado.',
     boilerplate=['###', 'Coordinación de Comunicación Social', 'prensa@congreso-nl.example.mx',
                  'Tel. 81 5550 2233', 'LXXVI LEGISLATURA'],
     must_keep=['La iniciativa, presentada por la Comisión de Justicia y Seguridad Pública, también establece multas de hasta 500 cuotas',
                'La diputada Claudia Esthela Villarreal Tovar, presidenta de la comisión, explicó que la reforma atiende más de 1,200 denuncias ciudadanas',
                'La reforma entrará en vigor al día siguiente de su publicación en el Periódico Oficial del Estado.'],
     photo_credit=None, refusal_reason=None)

# ---------------------------------------------------------------- an10 bad (front matter, no body)
t = """---
layout: post
title: "Inauguran ciclovía en el malecón de Ciudad Madero"
date: 2017-06-02
author: Staff
categories: [Local]
site_name: Frontera Noreste
---


"""
write_src('an10.md', t)
bad_gold('an10', 'solo tiene encabezado YAML, sin cuerpo de nota')
print('part1 ok')
