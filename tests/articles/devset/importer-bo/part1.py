#!/usr/bin/env python3
"""importer-bo, files 01-10 (wire 01-08, press 09-10)."""
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- bo01 wire (port daily, web page pasted; date only in URL)
bo01 = """Diario del Puerto — El periódico de Coatzacoalcos

Puerto

Dragado del canal de Coatzacoalcos se retrasa por falta de draga

Por Samuel Cruz Ventura
Hace 12 años · 4 min de lectura

Foto: Archivo / Diario del Puerto

Los trabajos de dragado del canal de navegación del puerto de Coatzacoalcos, que debían comenzar a principios de marzo, siguen detenidos porque la draga contratada no ha llegado desde Tampico, donde cumple otro contrato, informaron este jueves agentes navieros y pilotos de puerto.

Según los pilotos, en algunos tramos del canal la profundidad ha bajado hasta 11 metros, cuando el calado oficial es de 14. Esto obliga a los buques de mayor tamaño a esperar la pleamar para entrar o a zarpar con menos carga de la que podrían llevar. Lee también: Pescadores de Allende denuncian mancha de aceite en el río Los agentes navieros calculan que cada día de espera cuesta a las navieras entre 20 y 30 mil dólares.

El problema se agrava por los azolves que arrastra el río Coatzacoalcos después de la temporada de nortes. Cada año, el sedimento que baja de la cuenca reduce la profundidad en la bocana y en la dársena de Pajaritos, donde atracan los buques que cargan productos petroquímicos.

Rosendo Mortera Aguirre, representante de una de las agencias consignatarias del puerto, dijo que la espera ya provocó que dos buques de amoniaco se desviaran a Altamira. "Si no se draga antes de mayo, vamos a perder clientes que tardamos años en traer", advirtió.

La administración portuaria no respondió a las preguntas de este diario. En su página de internet, el programa de mantenimiento contempla retirar cerca de 1.2 millones de metros cúbicos de sedimento durante este año.

Comparte esta nota: Facebook | X | WhatsApp

URL: https://www.diariodelpuertocoatza.example.mx/2014/03/27/dragado-canal-coatzacoalcos-retraso/
"""
write_source('bo01.txt', bo01)
write_gold('bo01', family='wire',
           title='Dragado del canal de Coatzacoalcos se retrasa por falta de draga',
           date='2014-03-27', bylines=['Samuel Cruz Ventura'], source='Diario del Puerto',
           section='Puerto',
           body_first_words='Los trabajos de dragado del canal de navegación del puerto de Coatzacoalcos',
           body_last_words='cerca de 1.2 millones de metros cúbicos de sedimento durante este año.',
           boilerplate=['Hace 12 años · 4 min de lectura',
                        'Foto: Archivo / Diario del Puerto',
                        'Lee también: Pescadores de Allende denuncian mancha de aceite en el río',
                        'Comparte esta nota: Facebook | X | WhatsApp',
                        'URL: https://www.diariodelpuertocoatza.example.mx/2014/03/27/dragado-canal-coatzacoalcos-retraso/'],
           must_keep=['Esto obliga a los buques de mayor tamaño a esperar la pleamar para entrar o a zarpar con menos carga de la que podrían llevar.',
                      'Los agentes navieros calculan que cada día de espera cuesta a las navieras entre 20 y 30 mil dólares.',
                      'La administración portuaria no respondió a las preguntas de este diario.'],
           photo_credit='Archivo / Diario del Puerto')

# ---------------------------------------------------------------- bo02 wire (agency teletype, ASCII; date only in the slug)
bo02 = """ZCZC AGI0347 4 ECO 0412
AGENCIA GOLFO INFORMATIVA - SERVICIO ESTATAL
SLUG: MINATITLAN-REFINERIA-TRANSITORIOS-20030812
PRIORIDAD: NORMAL
SECCION: ECONOMIA
PALABRAS: 265

PARAN LABORES 800 TRABAJADORES TRANSITORIOS EN REFINERIA DE MINATITLAN

MINATITLAN, Ver., 12 ago (AGI).- Unos 800 trabajadores transitorios de la refineria General Lazaro Cardenas suspendieron labores desde las seis de la manana para exigir el pago de tres semanas de salario que, segun dijeron, les adeudan dos empresas contratistas.

Los inconformes se concentraron frente a la puerta principal de la planta, sobre la avenida Instituto Tecnologico, y colocaron mantas en las que acusan a las companias de desaparecer cada vez que termina un contrato. La mayoria trabaja como soldadores, paileros y ayudantes generales en la reconfiguracion de la refineria.

Eliseo Cruz Hernandez, uno de los voceros, dijo que las empresas les pagan por semana y en efectivo, sin recibo y sin inscripcion al Seguro Social. "Aqui nadie tiene contrato firmado, nada mas la palabra del encargado", afirmo.

Personal de la gerencia de la refineria informo que los trabajos de mantenimiento no se detuvieron, porque el personal sindicalizado continuo en sus puestos. Explico que Petroleos Mexicanos retendra los pagos pendientes a las contratistas hasta que demuestren que cubrieron los salarios.

Por la tarde, representantes de la Secretaria del Trabajo y Prevision Social y de la Junta Local de Conciliacion y Arbitraje se reunieron con una comision de los trabajadores en un hotel del centro de la ciudad. Al cierre de esta edicion no se habia informado de ningun acuerdo.

Los transitorios advirtieron que manana bloquearan la carretera Transistmica si no reciben respuesta.

Texto: Rodolfo Chazaro Vela, corresponsal
AGI/rcv/mlp
NNNN
"""
write_source('bo02.txt', bo02, enc='ascii', eol='crlf')
write_gold('bo02', family='wire',
           title='PARAN LABORES 800 TRABAJADORES TRANSITORIOS EN REFINERIA DE MINATITLAN',
           date='2003-08-12', bylines=['Rodolfo Chazaro Vela'], source='Agencia Golfo Informativa',
           section='ECONOMIA',
           body_first_words='Unos 800 trabajadores transitorios de la refineria General Lazaro Cardenas',
           body_last_words='bloquearan la carretera Transistmica si no reciben respuesta.',
           boilerplate=['ZCZC AGI0347 4 ECO 0412', 'SLUG: MINATITLAN-REFINERIA-TRANSITORIOS-20030812',
                        'PRIORIDAD: NORMAL', 'PALABRAS: 265',
                        'MINATITLAN, Ver., 12 ago (AGI).-',
                        'Texto: Rodolfo Chazaro Vela, corresponsal', 'AGI/rcv/mlp', 'NNNN'],
           must_keep=['"Aqui nadie tiene contrato firmado, nada mas la palabra del encargado", afirmo.',
                      'Al cierre de esta edicion no se habia informado de ningun acuerdo.',
                      'La mayoria trabaja como soldadores, paileros y ayudantes generales en la reconfiguracion de la refineria.'])

# ---------------------------------------------------------------- bo03 wire (print archive, QuarkXPress tags, Mac Roman, CR; "ayer" + folio date)
bo03 = """@Seccion:Local
@Cabeza:Se desborda el río Carrizal; evacuan a 300 familias en Villahermosa
@Balazo:Protección Civil habilita seis albergues en escuelas
@Autor:Por Lucía Hernández de la Cruz
@Texto:Ayer por la tarde, el río Carrizal rebasó su nivel de alerta a la altura de la colonia Gaviotas Sur y del fraccionamiento Las Mercedes, lo que obligó a evacuar a unas 300 familias que viven en las márgenes, informó la Unidad Estatal de Protección Civil.
@Texto:Desde la mañana, los vecinos colocaron costales de arena frente a sus casas y subieron muebles y electrodomésticos a tapancos improvisados. Cuando el agua comenzó a entrar a las calles, cerca de las cinco de la tarde, elementos del Ejército y de la policía estatal ayudaron a trasladar a las familias en lanchas y camiones.
@Pie:Vecinos de Gaviotas Sur sacan sus pertenencias en lancha. (Foto: Germán Lastra Pérez)
@Texto:Las autoridades habilitaron seis albergues en escuelas primarias y en un gimnasio municipal, donde hasta la noche se habían registrado 840 personas. En cada albergue hay personal médico y cocinas comunitarias atendidas por voluntarios.
@Texto:La Comisión Nacional del Agua explicó que el aumento del caudal se debe a las lluvias intensas de los últimos cuatro días en la sierra de Chiapas y a los desfogues de las presas del sistema Grijalva. Los especialistas prevén que el nivel del río se mantenga alto al menos hasta el fin de semana.
@Texto:Doña Herminia Jiménez, vecina de la calle Laguna de las Ilusiones, pasó la noche en uno de los albergues con sus tres nietos. "Ya es la segunda vez este año; ahora sí no alcanzamos a sacar el refrigerador", contó.
@Texto:Protección Civil pidió a la población no cruzar calles inundadas y atender las indicaciones de las brigadas.
@Folio:El Centinela de Tabasco · Villahermosa, Tab., miércoles 30 de octubre de 2002 · Página 4A
"""
write_source('bo03.txt', bo03, enc='mac_roman', eol='cr')
write_gold('bo03', family='wire',
           title='Se desborda el río Carrizal; evacuan a 300 familias en Villahermosa',
           date='2002-10-30', bylines=['Lucía Hernández de la Cruz'], source='El Centinela de Tabasco',
           section='Local',
           body_first_words='Ayer por la tarde, el río Carrizal rebasó su nivel de alerta',
           body_last_words='atender las indicaciones de las brigadas.',
           boilerplate=['@Pie:Vecinos de Gaviotas Sur sacan sus pertenencias en lancha. (Foto: Germán Lastra Pérez)',
                        '@Folio:El Centinela de Tabasco · Villahermosa, Tab., miércoles 30 de octubre de 2002 · Página 4A'],
           must_keep=['En cada albergue hay personal médico y cocinas comunitarias atendidas por voluntarios.',
                      'Los especialistas prevén que el nivel del río se mantenga alto al menos hasta el fin de semana.',
                      '"Ya es la segunda vez este año; ahora sí no alcanzamos a sacar el refrigerador", contó.'],
           photo_credit='Germán Lastra Pérez')

# ---------------------------------------------------------------- bo04 wire (national web, Carmen correspondent; "Actualizado" before "Publicado", ALL-CAPS byline)
bo04 = """Inicio › Estados

Pescadores de Isla Aguada exigen a Pemex indemnización por mancha de hidrocarburo

ROGELIO CHABLÉ PECH | CORRESPONSAL
Crónica Nacional Digital
Actualizado el 16 de julio de 2019 a las 10:05 | Publicado el 14 de julio de 2019 a las 23:40

CIUDAD DEL CARMEN, Camp.- Un centenar de pescadores ribereños de Isla Aguada, en el municipio de Carmen, se manifestaron frente a las oficinas de Petróleos Mexicanos en la avenida Periférica Norte para exigir una indemnización por la mancha de hidrocarburo que, aseguran, llegó la semana pasada a la boca de la Laguna de Términos.

Los pescadores afirman que desde el martes encontraron restos de aceite en sus redes y en las playas cercanas al puente de La Unidad, y que desde entonces casi no han podido capturar camarón ni robalo. Llevaron a la protesta frascos con agua y arena manchadas y fotografías de aves cubiertas de chapopote.

Te puede interesar: Carmen, la isla que vive del petróleo y teme a la marea

Eusebio Kantún Chí, presidente de una cooperativa de Isla Aguada, dijo que las autoridades ambientales tomaron muestras pero no han dado a conocer resultados. "Nosotros no sabemos de dónde vino, pero sí sabemos que el que está trabajando en el mar es Pemex", señaló.

La empresa informó en un comunicado que sus sistemas de monitoreo no detectaron fugas en las instalaciones de la Sonda de Campeche durante los días señalados, y que colabora con la Agencia de Seguridad, Energía y Ambiente para identificar el origen del material.

Los manifestantes se retiraron después de que un funcionario de la empresa les ofreció una reunión el próximo miércoles con representantes de la Secretaría de Medio Ambiente y Recursos Naturales. Advirtieron que, de no haber respuesta, bloquearán el acceso al muelle de embarque de personal.

MÁS LEÍDAS
Suspenden clases en Tabasco por frente frío
Habitantes de Palizada piden dragado del río
"""
write_source('bo04.txt', bo04, eol='crlf', bom=True)
write_gold('bo04', family='wire',
           title='Pescadores de Isla Aguada exigen a Pemex indemnización por mancha de hidrocarburo',
           date='2019-07-14', bylines=['ROGELIO CHABLÉ PECH'], source='Crónica Nacional Digital',
           section='Estados',
           body_first_words='Un centenar de pescadores ribereños de Isla Aguada',
           body_last_words='bloquearán el acceso al muelle de embarque de personal.',
           boilerplate=['CIUDAD DEL CARMEN, Camp.-',
                        'Te puede interesar: Carmen, la isla que vive del petróleo y teme a la marea',
                        'MÁS LEÍDAS', 'Suspenden clases en Tabasco por frente frío',
                        'Habitantes de Palizada piden dragado del río'],
           must_keep=['Llevaron a la protesta frascos con agua y arena manchadas y fotografías de aves cubiertas de chapopote.',
                      '"Nosotros no sabemos de dónde vino, pero sí sabemos que el que está trabajando en el mar es Pemex", señaló.',
                      'Advirtieron que, de no haber respuesta, bloquearán el acceso al muelle de embarque de personal.'])

# ---------------------------------------------------------------- bo05 wire (reporter's phone e-mail to the web desk; "Cabeza:"; byline at end)
bo05 = """De: Yesenia Toledo <ytoledo@surdelistmo.example.mx>
Enviado: miércoles, 9 de febrero de 2022 07:52
Para: Mesa Web <mesaweb@surdelistmo.example.mx>
Asunto: NOTA bloqueo pescadores refineria SC 🚨

Va para web y pag 3, fotos x whats 🙏

Cabeza: Pescadores bloquean accesos a la refinería de Salina Cruz
Balazo: Exigen pago por daños del derrame de 2021

Salina Cruz, Oax.- Desde las 5 de la mañana de este miercoles, unos 200 pescadores de las colonias Cantarranas, Espinal y Salinas del Marqués bloquean los tres accesos a la refinería Antonio Dovalí Jaime, para exigir el pago de los daños que les dejó el derrame de crudo de diciembre de 2021.

Los pescadores llegaron en camionetas y colocaron lanchas atravesadas sobre la carretera, lo que impidió la entrada del personal del primer turno. Mas de un centenar de trabajadores esperaban desde temprano sobre la banqueta sin poder entrar 😡

Según los inconformes, el hidrocarburo llegó a las playas de Salinas del Marqués y a la laguna Superior y desde entonces la pesca de camarón y mojarra bajó a la mitad. Denuncian que la empresa levantó un censo en enero pero no ha dicho cuanto ni cuando va a pagar.

Gaudencio Martínez Ruiz, de la cooperativa Bahía la Ventosa, dijo que no se retirarán hasta que llegue un funcionario con capacidad de decisión. "Nos dicen que esperemos, pero las lanchas no comen promesas", afirmó.

Hasta las 7:30 de la mañana no había presencia de la policía ni de la capitana de puerto. La gerencia de la refineria informó por mensaje que las operaciones no se detuvieron porque el turno de noche permaneció en la planta.

Pescadores de Santa María del Mar y San Mateo del Mar anunciaron que se sumarán al bloqueo al mediodía.

Yesenia Toledo Martinez / El Sur del Istmo

Enviado desde mi iPhone
"""
write_source('bo05.txt', bo05, eol=('mixed', 6))
write_gold('bo05', family='wire',
           title='Pescadores bloquean accesos a la refinería de Salina Cruz',
           date='2022-02-09', bylines=['Yesenia Toledo Martinez'], source='El Sur del Istmo',
           body_first_words='Desde las 5 de la mañana de este miercoles, unos 200 pescadores',
           body_last_words='anunciaron que se sumarán al bloqueo al mediodía.',
           boilerplate=['Va para web y pag 3, fotos x whats', 'Salina Cruz, Oax.-',
                        'Yesenia Toledo Martinez / El Sur del Istmo', 'Enviado desde mi iPhone'],
           must_keep=['Denuncian que la empresa levantó un censo en enero pero no ha dicho cuanto ni cuando va a pagar.',
                      '"Nos dicen que esperemos, pero las lanchas no comen promesas", afirmó.',
                      'Hasta las 7:30 de la mañana no había presencia de la policía ni de la capitana de puerto.'])

# ---------------------------------------------------------------- bo06 wire (fact-checking desk; shared byline with roles)
bo06 = """# ¿Pemex regalará gasolina en Poza Rica por su aniversario? Es falso

**Calificación: FALSO**

Texto: Ana Karen Solís Bautista y Joel Arano Zamora | Edición: Marisa Landa Cruz
*Sotavento Verifica* · 21 de marzo de 2024 (actualizado el 22 de marzo)

Desde el martes circula en grupos de WhatsApp y en páginas de Facebook de Poza Rica y Tuxpan un mensaje que asegura que Petróleos Mexicanos regalará 40 litros de gasolina a quien llene un formulario, con motivo del aniversario de la expropiación petrolera. El mensaje es falso.

El texto incluye un enlace a una página que imita los colores y el logotipo de la empresa, pero cuyo dominio no pertenece a Pemex. Al abrirlo, la página pide nombre completo, número de teléfono, correo electrónico y los datos de una tarjeta bancaria para "cubrir el costo de envío del vale".

Consultamos a la Gerencia de Comunicación de Pemex, que respondió por escrito que la empresa no tiene ninguna promoción de ese tipo y que nunca solicita datos bancarios por mensajería. También revisamos sus cuentas oficiales en redes sociales, donde no hay ningún anuncio relacionado.

Un análisis del dominio mostró que fue registrado hace apenas nueve días desde el extranjero. La misma plantilla se usó en 2023 para ofrecer supuestas despensas del gobierno federal, según reportes de otras unidades de verificación.

La Policía Cibernética de Veracruz recomienda no abrir enlaces de promociones que lleguen por mensajería, no compartir datos bancarios y reportar las páginas falsas. Quienes ya hayan capturado su información deben comunicarse de inmediato con su banco.

En conclusión, es falso que Pemex regale gasolina por el aniversario de la expropiación: se trata de un intento de fraude.

¿Recibiste un mensaje dudoso? Envíalo a nuestro WhatsApp 555 301 7788 y lo verificamos.
"""
write_source('bo06.md', bo06)
write_gold('bo06', family='wire',
           title='¿Pemex regalará gasolina en Poza Rica por su aniversario? Es falso',
           date='2024-03-21', bylines=['Ana Karen Solís Bautista', 'Joel Arano Zamora'],
           source='Sotavento Verifica',
           body_first_words='Desde el martes circula en grupos de WhatsApp y en páginas de Facebook',
           body_last_words='se trata de un intento de fraude.',
           boilerplate=['Calificación: FALSO',
                        '¿Recibiste un mensaje dudoso? Envíalo a nuestro WhatsApp 555 301 7788 y lo verificamos.'],
           must_keep=['El mensaje es falso.',
                      'Un análisis del dominio mostró que fue registrado hace apenas nueve días desde el extranjero.',
                      'Quienes ya hayan capturado su información deben comunicarse de inmediato con su banco.'])

# ---------------------------------------------------------------- bo07 wire (Pemex-area business weekly, PDF-to-text; byline only in the photo caption)
bo07 = """Energía del Sureste · Semanario de negocios · Año XI · Núm. 412 · Lunes 7 de marzo de 2011

Proveeduría

Proveedores tabasqueños piden a Pemex reglas claras para el contenido nacional

Soldadores de un taller de Ciudad Industrial, en Villahermosa. Texto y foto: Humberto Ovando Rivera

Las pequeñas y medianas empresas de Tabasco que dan servicio a Petróleos Mexicanos pidieron que las nuevas reglas de contenido nacional en los contratos de exploración y producción les den acceso directo a los concursos, y no sólo como subcontratistas de las grandes compañías.

Según la cámara empresarial que agrupa a los proveedores de la región, en el estado hay alrededor de 600 talleres, transportistas y empresas de servicios que dependen de los contratos de la paraestatal. La mayoría trabaja para contratistas extranjeros que les pagan a 90 o 120 días.

Leonel Zurita Magaña, dueño de un taller de pailería en Ciudad Industrial, explicó que hace dos años tuvo que despedir a la mitad de su personal porque una empresa le dejó de pagar tres facturas. "Uno hace el trabajo, Pemex le paga al contratista, y al proveedor local le toca esperar", dijo.
\f
12 | Energía del Sureste | Lunes 7 de marzo de 2011
Proveeduría

Los empresarios proponen que una parte de cada contrato se reserve para proveedores con domicilio fiscal en los estados productores, como ocurre en otros países petroleros. También piden un registro único de proveedores que evite repetir trámites en cada licitación.

Funcionarios de la subsidiaria de exploración y producción han dicho en foros con empresarios que las reglas buscan precisamente fortalecer la cadena local, aunque reconocen que muchas empresas de la región todavía no cuentan con las certificaciones de calidad que exigen los contratos.

La cámara anunció que en abril organizará, junto con universidades de Villahermosa, cursos para que los talleres obtengan esas certificaciones.
"""
write_source('bo07.txt', bo07)
write_gold('bo07', family='wire',
           title='Proveedores tabasqueños piden a Pemex reglas claras para el contenido nacional',
           date='2011-03-07', bylines=['Humberto Ovando Rivera'], source='Energía del Sureste',
           section='Proveeduría',
           body_first_words='Las pequeñas y medianas empresas de Tabasco que dan servicio',
           body_last_words='cursos para que los talleres obtengan esas certificaciones.',
           boilerplate=['Soldadores de un taller de Ciudad Industrial, en Villahermosa. Texto y foto: Humberto Ovando Rivera',
                        '12 | Energía del Sureste | Lunes 7 de marzo de 2011', 'Proveeduría'],
           must_keep=['La mayoría trabaja para contratistas extranjeros que les pagan a 90 o 120 días.',
                      '"Uno hace el trabajo, Pemex le paga al contratista, y al proveedor local le toca esperar", dijo.',
                      'También piden un registro único de proveedores que evite repetir trámites en cada licitación.'],
           photo_credit='Humberto Ovando Rivera')

# ---------------------------------------------------------------- bo08 wire (Catholic diocese weekly; liturgical date line; byline with outlet at the end)
bo08 = """LUZ DEL ISTMO
Semanario de la Diócesis de Tehuantepec
Domingo XXVI del Tiempo Ordinario · 29 de septiembre de 2013 · Año XVIII · No. 912

Vida diocesana

Cáritas diocesana reúne 40 toneladas de víveres para las familias damnificadas de la costa

Las parroquias de la Diócesis de Tehuantepec reunieron en diez días cerca de 40 toneladas de víveres, agua embotellada, ropa y medicamentos para las familias de la costa y de la zona chontal que perdieron sus casas y sus cosechas con las lluvias de mediados de septiembre.

Los centros de acopio funcionaron en los templos de Juchitán, Salina Cruz, Tehuantepec, Ixtepec y Matías Romero. Jóvenes de los grupos parroquiales clasificaron los donativos y armaron paquetes familiares con arroz, frijol, aceite, azúcar, sardina y artículos de limpieza.

La hermana Consolación Ríos, coordinadora de Cáritas en la diócesis, explicó que los primeros camiones salieron el martes hacia San Pedro Huamelula y Santiago Astata, donde varias comunidades quedaron incomunicadas por los deslaves. "La gente no pide mucho: pide que no la olvidemos cuando baje el agua", dijo.

En las comunidades, los catequistas y los comités de cada capilla se encargaron de levantar el censo de familias afectadas para que la ayuda llegue a quien más la necesita. Los sacerdotes de la zona pidieron que las colectas de los próximos domingos se destinen a la reconstrucción de viviendas.

El obispo agradeció en su mensaje dominical la generosidad de las parroquias y recordó que la caridad no termina con la emergencia. Cáritas mantendrá abiertos los centros de acopio hasta el 15 de octubre.

Guadalupe Orozco Santiago / Luz del Istmo

Suscríbete a Luz del Istmo en tu parroquia: 12 números por 60 pesos.
"""
write_source('bo08.txt', bo08, enc='cp1252', eol='crlf')
write_gold('bo08', family='wire',
           title='Cáritas diocesana reúne 40 toneladas de víveres para las familias damnificadas de la costa',
           date='2013-09-29', bylines=['Guadalupe Orozco Santiago'], source='Luz del Istmo',
           section='Vida diocesana',
           body_first_words='Las parroquias de la Diócesis de Tehuantepec reunieron en diez días',
           body_last_words='Cáritas mantendrá abiertos los centros de acopio hasta el 15 de octubre.',
           boilerplate=['Guadalupe Orozco Santiago / Luz del Istmo',
                        'Suscríbete a Luz del Istmo en tu parroquia: 12 números por 60 pesos.'],
           must_keep=['"La gente no pide mucho: pide que no la olvidemos cuando baje el agua", dijo.',
                      'Los sacerdotes de la zona pidieron que las colectas de los próximos domingos se destinen a la reconstrucción de viviendas.',
                      'Cáritas mantendrá abiertos los centros de acopio hasta el 15 de octubre.'])

# ---------------------------------------------------------------- bo09 press (state civil protection, Veracruz; umbrella + sumario bullets)
bo09 = """GOBIERNO DEL ESTADO DE VERACRUZ
Secretaría de Protección Civil
Comunicado: SPC/2187/2016

Emite SPC alerta gris por el frente frío número 5 en el sur del estado

▪ Se esperan rachas de hasta 90 km/h en Coatzacoalcos y Los Tuxtlas
▪ La Capitanía de Puerto suspende la navegación de embarcaciones menores

Xalapa-Enríquez, Ver., 30 de octubre de 2016.- La Secretaría de Protección Civil (SPC) emitió alerta gris por la entrada del frente frío número 5, que provocará a partir de la noche de este domingo evento de norte con rachas de 70 a 90 kilómetros por hora en la zona sur del estado, principalmente en Coatzacoalcos, Minatitlán, Cosoleacaque y Los Tuxtlas.

El sistema también ocasionará descenso de temperatura de hasta ocho grados, oleaje de dos a tres metros en la costa y lluvias de 50 a 70 milímetros en la Sierra de Santa Marta y en la cuenca baja del río Coatzacoalcos.

La Capitanía de Puerto de Coatzacoalcos suspendió la navegación de embarcaciones menores y recomendó a los pescadores ribereños asegurar sus lanchas y artes de pesca. En Alvarado y Tlacotalpan se pidió a los prestadores de servicios turísticos suspender los recorridos por el río Papaloapan.

La dependencia exhortó a la población a asegurar techos de lámina, anuncios y tinacos, a no transitar por zonas arboladas y a evitar tirar basura en la calle para que no se tapen las coladeras. Las personas que viven en zonas bajas deberán estar atentas a los avisos de sus unidades municipales de protección civil.

Los municipios del sur cuentan con albergues listos para abrir en caso necesario. La SPC mantiene comunicación permanente con el Servicio Meteorológico Nacional y dará seguimiento al sistema durante las próximas 48 horas.

-o0o-

@PCVeracruzEj  |  Tel. 228 555 0100  |  prensa.spc@veracruz-gob.example.mx
"""
write_source('bo09.md', bo09)
write_gold('bo09', family='press_release',
           title='Emite SPC alerta gris por el frente frío número 5 en el sur del estado',
           date='2016-10-30', source='Secretaría de Protección Civil',
           bulletin_number='SPC/2187/2016', issuer='Secretaría de Protección Civil',
           dateline_city='Xalapa-Enríquez',
           body_first_words='La Secretaría de Protección Civil (SPC) emitió alerta gris',
           body_last_words='dará seguimiento al sistema durante las próximas 48 horas.',
           boilerplate=['GOBIERNO DEL ESTADO DE VERACRUZ', 'Comunicado: SPC/2187/2016',
                        'Xalapa-Enríquez, Ver., 30 de octubre de 2016.-', '-o0o-',
                        '@PCVeracruzEj  |  Tel. 228 555 0100  |  prensa.spc@veracruz-gob.example.mx'],
           must_keep=['La Capitanía de Puerto de Coatzacoalcos suspendió la navegación de embarcaciones menores y recomendó a los pescadores ribereños asegurar sus lanchas y artes de pesca.',
                      'Los municipios del sur cuentan con albergues listos para abrir en caso necesario.',
                      'En Alvarado y Tlacotalpan se pidió a los prestadores de servicios turísticos suspender los recorridos por el río Papaloapan.'])

# ---------------------------------------------------------------- bo10 press (municipality, social-media house style; emoji, pipe dateline, hashtags, no end marker)
bo10 = """H. AYUNTAMIENTO DE COATZACOALCOS
Administración 2022-2025
Dirección de Comunicación Social
Boletín 0457

📍Coatzacoalcos, Ver. | 04/05/2023

¡REHABILITAN EL MALECÓN COSTERO CON NUEVA ILUMINACIÓN LED! 💡

Con una inversión de 18.6 millones de pesos de recursos municipales, el Ayuntamiento de Coatzacoalcos concluyó la rehabilitación de 2.3 kilómetros del malecón costero, entre el monumento a la Madre y el acceso a la playa de Villas del Mar, informó la Dirección de Obras Públicas.

Los trabajos incluyeron la sustitución de 214 luminarias por lámparas LED de bajo consumo, la reparación de banquetas y barandales dañados por el salitre, y la instalación de bebederos, bancas y señalización para personas con discapacidad visual.

El director de Obras Públicas, ingeniero Baltazar Domínguez Prieto, explicó que el nuevo alumbrado reducirá en casi 60 por ciento el consumo de energía de ese tramo. "El malecón es el paseo de las familias de Coatza; queremos que se pueda caminar seguro también de noche", dijo.

Durante la obra se sembraron 150 palmeras y se recuperaron las jardineras del camellón. El Ayuntamiento también habilitó una ciclovía confinada de 1.5 kilómetros que conectará con el bulevar Manuel Ávila Camacho.

Las autoridades pidieron a la ciudadanía cuidar el mobiliario y reportar cualquier daño al número de atención ciudadana 921 555 0170. La inauguración oficial será el próximo sábado a las 18:00 horas.

#CoatzaAvanza #JuntosPorCoatza
🌐 coatzacoalcos-gob.example.mx | FB: /AyuntamientoCoatzaEj
"""
write_source('bo10.txt', bo10, eol='crlf')
write_gold('bo10', family='press_release',
           title='¡REHABILITAN EL MALECÓN COSTERO CON NUEVA ILUMINACIÓN LED!',
           date='2023-05-04', source='H. AYUNTAMIENTO DE COATZACOALCOS',
           bulletin_number='0457', issuer='H. AYUNTAMIENTO DE COATZACOALCOS',
           dateline_city='Coatzacoalcos',
           body_first_words='Con una inversión de 18.6 millones de pesos de recursos municipales',
           body_last_words='La inauguración oficial será el próximo sábado a las 18:00 horas.',
           boilerplate=['Administración 2022-2025', 'Dirección de Comunicación Social', 'Boletín 0457',
                        'Coatzacoalcos, Ver. | 04/05/2023', '#CoatzaAvanza #JuntosPorCoatza',
                        'coatzacoalcos-gob.example.mx | FB: /AyuntamientoCoatzaEj'],
           must_keep=['Los trabajos incluyeron la sustitución de 214 luminarias por lámparas LED de bajo consumo, la reparación de banquetas y barandales dañados por el salitre, y la instalación de bebederos, bancas y señalización para personas con discapacidad visual.',
                      'Las autoridades pidieron a la ciudadanía cuidar el mobiliario y reportar cualquier daño al número de atención ciudadana 921 555 0170.',
                      '"El malecón es el paseo de las familias de Coatza; queremos que se pueda caminar seguro también de noche", dijo.'])
