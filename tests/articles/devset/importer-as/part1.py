"""Files as01-as10."""
from common import write_source, write_gold, NBSP


def fx(t):
    # '¤' -> NBSP, '<TS>' -> trailing spaces
    return t.replace('¤', NBSP).replace('<TS>', '   ')


# ---------------------------------------------------------------- as01 wire
t01 = fx('''Campo
## Piñeros de Isla exigen precio de garantía ante caída de 40 por ciento en la venta<TS>

Por Rosalía Méndez Ortiz | La Voz del Papaloapan | 12 de marzo de 2019<TS>

Foto: Rosalía Méndez / La Voz del Papaloapan

Alrededor de 300 productores de piña de Isla y Juan Rodríguez Clara bloquearon durante cuatro horas la carretera federal 145 para exigir a los compradores un precio mínimo de tres pesos por kilo.<TS>

Los manifestantes aseguraron que los intermediarios que llegan desde Puebla y la Ciudad de México pagan hasta 1.80 pesos por kilo, cuando el costo de producción ronda los 2.50 pesos. "Estamos trabajando para perder", dijo Anselmo Gutiérrez Cruz, presidente de la Unión de Productores del Sotavento, quien calculó que la venta cayó 40 por ciento respecto a la temporada anterior. Lee también: Cierran paso en la Costera del Golfo por obras de drenaje El dirigente explicó que el exceso de fruta se debe a que la floración se adelantó por las altas temperaturas de febrero.

Al mediodía, funcionarios de la Secretaría de Desarrollo Agropecuario llegaron al punto del bloqueo y ofrecieron instalar una mesa de diálogo el próximo lunes en Xalapa, con la participación de empacadoras y de la industria juguera. Los productores aceptaron liberar la vía, pero advirtieron que si no hay acuerdo volverán a cerrar la carretera y llevarán camiones con fruta a la capital del estado.<TS>

De acuerdo con el Comité Estatal de la Piña, en la región se cultivan cerca de 18 mil hectáreas y la actividad da empleo temporal a unas 12 mil personas durante la cosecha, que concluye a finales de mayo. Los comerciantes de Isla reportaron que las ventas en el centro del municipio también bajaron, porque los jornaleros han recibido menos pagos en las últimas semanas.

Doña Petra Hernández, quien vende jugos en el parque central, dijo que en años buenos vendía hasta 200 vasos diarios y ahora apenas llega a 60.

Síguenos en Facebook e Instagram como @VozPapaloapan y recibe las noticias de la Cuenca en tu celular.
''')
write_source('as01.md', t01)
write_gold('as01', family='wire',
    title='Piñeros de Isla exigen precio de garantía ante caída de 40 por ciento en la venta',
    date='2019-03-12', bylines=['Rosalía Méndez Ortiz'], source='La Voz del Papaloapan',
    section='Campo',
    body_first_words='Alrededor de 300 productores de piña de Isla y Juan Rodríguez Clara',
    body_last_words='vendía hasta 200 vasos diarios y ahora apenas llega a 60.',
    boilerplate=['Lee también: Cierran paso en la Costera del Golfo por obras de drenaje',
                 'Foto: Rosalía Méndez / La Voz del Papaloapan',
                 'Síguenos en Facebook e Instagram como @VozPapaloapan'],
    must_keep=['"Estamos trabajando para perder", dijo Anselmo Gutiérrez Cruz, presidente de la Unión de Productores del Sotavento, quien calculó que la venta cayó 40 por ciento respecto a la temporada anterior.',
               'El dirigente explicó que el exceso de fruta se debe a que la floración se adelantó por las altas temperaturas de febrero.',
               'Los productores aceptaron liberar la vía, pero advirtieron que si no hay acuerdo volverán a cerrar la carretera y llevarán camiones con fruta a la capital del estado.'],
    photo_credit='Rosalía Méndez / La Voz del Papaloapan')

# ---------------------------------------------------------------- as02 wire
t02 = '''DESALOJAN A 14 FAMILIAS POR CRECIDA DEL RÍO EN LA RANCHERÍA GONZÁLEZ
Tabasco al Minuto · Redacción · 04/09/2020 14:32 hrs

Catorce familias de la ranchería González, primera sección, en el municipio de Centro, fueron trasladadas la madrugada de este viernes a un albergue temporal luego de que el agua del río Carrizal alcanzara el interior de sus viviendas.

Personal de Protección Civil municipal informó que el nivel del río subió casi 60 centímetros en menos de 12 horas por las lluvias que dejó el frente frío número 2 en la parte alta de la cuenca. Las familias, que suman 51 personas, entre ellas 19 menores de edad, fueron llevadas a la escuela primaria Gregorio Méndez, donde se habilitaron dormitorios y una cocina comunitaria.

El coordinador de la brigada, Julián Ocaña Priego, explicó que el desalojo fue preventivo y que se revisarán los bordos de costales instalados el año pasado en la margen derecha del río. "Hay dos puntos donde el agua ya pasó por debajo de los costales, por eso pedimos a la gente que no regrese hasta que baje el nivel", señaló.

Vecinos de la zona denunciaron que desde julio solicitaron maquinaria para reforzar el bordo y que nunca recibieron respuesta. Marcelina Torres, habitante de la ranchería desde hace 30 años, comentó que perdió dos colchones, un refrigerador y las gallinas que criaba en el patio.

La Comisión Nacional del Agua pronosticó que las lluvias continuarán durante el fin de semana, con acumulados de hasta 75 milímetros en la región de la Sierra, por lo que no se descarta que otras comunidades ribereñas sean evacuadas.

Con información de Guadalupe Ferrer

También te recomendamos: Suspenden clases en 40 escuelas de Centro por inundaciones

MÁS NOTICIAS
- Reabren el puente Grijalva II tras revisión estructural
- Aumentan casos de dengue en Cárdenas y Huimanguillo
- Comerciantes del mercado Pino Suárez piden apoyo por lluvias
'''
write_source('as02.txt', t02, eol='crlf')
write_gold('as02', family='wire',
    title='DESALOJAN A 14 FAMILIAS POR CRECIDA DEL RÍO EN LA RANCHERÍA GONZÁLEZ',
    date='2020-09-04', bylines=[], source='Tabasco al Minuto',
    body_first_words='Catorce familias de la ranchería González, primera sección, en el municipio',
    body_last_words='no se descarta que otras comunidades ribereñas sean evacuadas.',
    boilerplate=['Con información de Guadalupe Ferrer',
                 'También te recomendamos: Suspenden clases en 40 escuelas de Centro por inundaciones',
                 'MÁS NOTICIAS',
                 'Reabren el puente Grijalva II tras revisión estructural',
                 'Comerciantes del mercado Pino Suárez piden apoyo por lluvias'],
    must_keep=['Marcelina Torres, habitante de la ranchería desde hace 30 años, comentó que perdió dos colchones, un refrigerador y las gallinas que criaba en el patio.',
               'La Comisión Nacional del Agua pronosticó que las lluvias continuarán durante el fin de semana, con acumulados de hasta 75 milímetros en la región de la Sierra, por lo que no se descarta que otras comunidades ribereñas sean evacuadas.'])

# ---------------------------------------------------------------- as03 wire (cp1252)
t03 = '''Economía

**Pescadores de Carmen reportan la peor temporada de camarón en una década**

Escrito por: Héctor Canul Pech y Lucía Ek Chan
_El Mirador Peninsular_ | 17 de octubre de 2017

La captura de camarón en la Sonda de Campeche cayó a menos de la mitad de lo registrado hace diez años, de acuerdo con cooperativas pesqueras de Ciudad del Carmen, que atribuyen la baja a la contaminación, la pesca ilegal y el aumento en el precio del diésel.

Relacionado: Entregan apoyos a 300 pescadores ribereños de Champotón La cooperativa Camaroneros Unidos del Golfo informó que sus 22 embarcaciones regresaron de la primera salida de la temporada con un promedio de 800 kilos por barco, cuando en 2007 superaban las dos toneladas.

El presidente de la cooperativa, Ramiro Zavala Ortegón, dijo que cada viaje de 20 días cuesta alrededor de 180 mil pesos entre combustible, hielo, víveres y salarios, y que con los volúmenes actuales apenas alcanzan a cubrir los gastos. &quot;Ya hay compañeros que vendieron sus barcos como chatarra&quot;, lamentó.

Los pescadores señalaron que la flota de altura de Carmen pasó de 400 barcos en los años noventa a menos de 90 en la actualidad, y que muchos de los que siguen trabajando tienen más de 30 años de antigüedad. También denunciaron que embarcaciones sin permiso capturan camarón juvenil en la zona de la laguna de Términos durante la veda.

Autoridades de Pesca &amp; Acuacultura del estado informaron que en noviembre se realizará un censo de la flota para definir a quiénes se entregará el subsidio al diésel marino el próximo año. Mientras tanto, los precios del camarón grande en el mercado municipal subieron hasta 320 pesos el kilo.

Únete a nuestro canal de WhatsApp y recibe las noticias de Carmen antes que nadie: whatsapp.example.mx/canal/miradorpeninsular
'''
write_source('as03.markdown', t03, enc='cp1252')
write_gold('as03', family='wire',
    title='Pescadores de Carmen reportan la peor temporada de camarón en una década',
    date='2017-10-17', bylines=['Héctor Canul Pech', 'Lucía Ek Chan'],
    source='El Mirador Peninsular', section='Economía',
    body_first_words='La captura de camarón en la Sonda de Campeche cayó a',
    body_last_words='del camarón grande en el mercado municipal subieron hasta 320 pesos el kilo.',
    boilerplate=['Relacionado: Entregan apoyos a 300 pescadores ribereños de Champotón',
                 'Únete a nuestro canal de WhatsApp',
                 'whatsapp.example.mx/canal/miradorpeninsular'],
    must_keep=['La cooperativa Camaroneros Unidos del Golfo informó que sus 22 embarcaciones regresaron de la primera salida de la temporada con un promedio de 800 kilos por barco, cuando en 2007 superaban las dos toneladas.',
               'También denunciaron que embarcaciones sin permiso capturan camarón juvenil en la zona de la laguna de Términos durante la veda.',
               'Mientras tanto, los precios del camarón grande en el mercado municipal subieron hasta 320 pesos el kilo.'])

# ---------------------------------------------------------------- as04 press (CRLF)
t04 = fx('''GOBIERNO DEL ESTADO DE TABASCO
Secretaría de Salud
Boletín 1102

Arranca Jornada de Vacunación contra Influenza en los 17 municipios de Tabasco

Villahermosa, Tabasco, 3 de octubre de 2023

Con la meta de aplicar 620¤mil dosis antes de que concluya marzo de 2024, la Secretaría de Salud inició este martes la Campaña de Vacunación Invernal contra influenza estacional y COVID-19 en los 17 municipios del estado.

El titular de la dependencia, Dr. Armando Lezama Priego, encabezó el arranque en el Centro de Salud de Tamulté de las Barrancas, donde explicó que la vacuna está dirigida principalmente a niñas y niños de seis meses a cinco años, personas mayores de 60 años, mujeres embarazadas y personas con enfermedades crónicas como diabetes, hipertensión u obesidad.

Detalló que se instalarán 540 puestos de vacunación en unidades de salud, mercados, parques y terminales de autobuses, además de brigadas casa por casa en comunidades de la Sierra y los Ríos. El biológico es gratuito y no es necesario presentar la Cartilla Nacional de Salud, aunque se recomienda llevarla para el registro.

Lezama Priego recordó que durante la temporada anterior Tabasco registró 312 casos confirmados de influenza y 14 defunciones, la mayoría en personas que no se habían vacunado. Por ello, pidió a la población no esperar a que aumenten los casos de enfermedades respiratorias en diciembre y enero.

En el evento estuvieron presentes la directora de Salud Pública, Mtra. Karina Ovando Jiménez, y el presidente del Comité Estatal de Vacunación, Dr. Felipe Arias Cámara, quienes informaron que la entidad ya recibió el primer lote de 180¤mil dosis.

-oOo-

Unidad de Comunicación Social
Secretaría de Salud de Tabasco
Tel. 993 310 0000 ext. 81234
comunicacion.salud@tabasco.example.mx
Facebook: /SaludTabascoOficial   X: @SaludTab_Ofic
''')
write_source('as04.txt', t04, eol='crlf')
write_gold('as04', family='press_release',
    title='Arranca Jornada de Vacunación contra Influenza en los 17 municipios de Tabasco',
    date='2023-10-03', bylines=[], source='Secretaría de Salud',
    bulletin_number='1102', issuer='Secretaría de Salud', dateline_city='Villahermosa',
    body_first_words='Con la meta de aplicar 620 mil dosis antes de que',
    body_last_words='informaron que la entidad ya recibió el primer lote de 180 mil dosis.',
    boilerplate=['-oOo-', 'Unidad de Comunicación Social', 'Tel. 993 310 0000 ext. 81234',
                 'comunicacion.salud@tabasco.example.mx', '@SaludTab_Ofic', 'GOBIERNO DEL ESTADO DE TABASCO'],
    must_keep=['Con la meta de aplicar 620 mil dosis antes de que concluya marzo de 2024, la Secretaría de Salud inició este martes la Campaña de Vacunación Invernal contra influenza estacional y COVID-19 en los 17 municipios del estado.',
               'El biológico es gratuito y no es necesario presentar la Cartilla Nacional de Salud, aunque se recomienda llevarla para el registro.',
               'Lezama Priego recordó que durante la temporada anterior Tabasco registró 312 casos confirmados de influenza y 14 defunciones, la mayoría en personas que no se habían vacunado.'])

# ---------------------------------------------------------------- as05 press (cp1252, ^Z)
t05 = '''H. Ayuntamiento de Coatzacoalcos
Comunicado 071/2024

Rehabilitan 2.3 kilómetros del malecón costero; la obra concluirá en junio

Coatzacoalcos, Ver., 14 de febrero de 2024.- El Ayuntamiento de Coatzacoalcos inició los trabajos de rehabilitación de 2.3 kilómetros del malecón costero, entre la avenida Constituyentes y el monumento a los Niños Héroes, con una inversión de 38.6 millones de pesos del Fondo de Infraestructura Social Municipal.

Los trabajos incluyen la sustitución de 4 mil 800 metros cuadrados de banqueta, la instalación de 140 luminarias con tecnología LED, la reparación del muro de contención dañado por los nortes de diciembre y la construcción de dos módulos de sanitarios públicos con acceso para personas con discapacidad.

La directora de Obras Públicas, ingeniera Sofía Landa Cruz, explicó que la obra se realizará por tramos para no cerrar por completo el paseo, que cada fin de semana recibe a miles de familias. El primer tramo, de 700 metros, permanecerá cerrado del 19 de febrero al 15 de marzo; durante ese periodo se habilitará un andador provisional del lado de la playa.

Asimismo, se informó que los comerciantes semifijos que operan en la zona serán reubicados temporalmente en la explanada del faro, en acuerdo con sus tres organizaciones. El Ayuntamiento se comprometió a que ninguno perderá su permiso y a que, al concluir las obras, regresarán a espacios con toma eléctrica y drenaje.

Se prevé que la rehabilitación concluya en la primera semana de junio, antes del inicio de la temporada vacacional de verano.

-30-

Síguenos: Facebook /CoatzaGobierno · X @CoatzaGob · Instagram @coatza.gob
\x1a'''
write_source('as05.txt', t05, enc='cp1252')
write_gold('as05', family='press_release',
    title='Rehabilitan 2.3 kilómetros del malecón costero; la obra concluirá en junio',
    date='2024-02-14', bylines=[], source='H. Ayuntamiento de Coatzacoalcos',
    bulletin_number='071/2024', issuer='H. Ayuntamiento de Coatzacoalcos',
    dateline_city='Coatzacoalcos',
    body_first_words='El Ayuntamiento de Coatzacoalcos inició los trabajos de rehabilitación de 2.3',
    body_last_words='antes del inicio de la temporada vacacional de verano.',
    boilerplate=['-30-', 'Síguenos: Facebook /CoatzaGobierno', 'X @CoatzaGob', 'Instagram @coatza.gob'],
    must_keep=['El primer tramo, de 700 metros, permanecerá cerrado del 19 de febrero al 15 de marzo; durante ese periodo se habilitará un andador provisional del lado de la playa.',
               'El Ayuntamiento se comprometió a que ninguno perderá su permiso y a que, al concluir las obras, regresarán a espacios con toma eléctrica y drenaje.',
               'Se prevé que la rehabilitación concluya en la primera semana de junio, antes del inicio de la temporada vacacional de verano.'])

# ---------------------------------------------------------------- as06 press (BOM, mixed EOL)
t06 = '''FISCALÍA GENERAL DEL ESTADO DE CAMPECHE
No. 318/2023

VINCULAN A PROCESO A EXTESORERO MUNICIPAL DE ESCÁRCEGA POR PECULADO

San Francisco de Campeche, Campeche; a 9 de agosto de 2023.

Un juez de control del Sistema de Justicia Penal Acusatorio con sede en Escárcega vinculó a proceso a Jorge Alberto "N", extesorero del Ayuntamiento de ese municipio, por su probable participación en el delito de peculado por un monto superior a 4.2 millones de pesos.

De acuerdo con la carpeta de investigación, entre enero y septiembre de 2021 el imputado autorizó 37 transferencias a cuentas de dos empresas proveedoras de material de construcción que no entregaron los productos contratados. La auditoría practicada por el Órgano Interno de Control detectó que ambas empresas tenían el mismo domicilio fiscal, ubicado en una vivienda de la colonia Centro.

El Ministerio Público presentó como pruebas los estados de cuenta, las facturas, los contratos y la declaración de tres trabajadores del área de Tesorería, quienes señalaron que recibían instrucciones directas del entonces servidor público para agilizar los pagos.

El juez impuso como medida cautelar la prisión preventiva justificada y fijó un plazo de cuatro meses para el cierre de la investigación complementaria. La Fiscalía informó que continúa la indagatoria para determinar la posible participación de otras personas.

La Fiscalía General del Estado reitera su compromiso de combatir la corrupción y hace un llamado a la ciudadanía a denunciar cualquier acto irregular en el uso de recursos públicos.

###

Unidad de Comunicación Social
Fiscalía General del Estado de Campeche
Tel. 981 811 0000
prensa@fiscaliacampeche.example.mx
'''
write_source('as06.md', t06, eol=('mixed', 7), bom=True)
write_gold('as06', family='press_release',
    title='VINCULAN A PROCESO A EXTESORERO MUNICIPAL DE ESCÁRCEGA POR PECULADO',
    date='2023-08-09', bylines=[], source='FISCALÍA GENERAL DEL ESTADO DE CAMPECHE',
    bulletin_number='318/2023', issuer='FISCALÍA GENERAL DEL ESTADO DE CAMPECHE',
    dateline_city='San Francisco de Campeche',
    body_first_words='Un juez de control del Sistema de Justicia Penal Acusatorio',
    body_last_words='a denunciar cualquier acto irregular en el uso de recursos públicos.',
    boilerplate=['###', 'Unidad de Comunicación Social', 'Tel. 981 811 0000',
                 'prensa@fiscaliacampeche.example.mx'],
    must_keep=['Un juez de control del Sistema de Justicia Penal Acusatorio con sede en Escárcega vinculó a proceso a Jorge Alberto "N", extesorero del Ayuntamiento de ese municipio, por su probable participación en el delito de peculado por un monto superior a 4.2 millones de pesos.',
               'El juez impuso como medida cautelar la prisión preventiva justificada y fijó un plazo de cuatro meses para el cierre de la investigación complementaria.',
               'La Fiscalía General del Estado reitera su compromiso de combatir la corrupción y hace un llamado a la ciudadanía a denunciar cualquier acto irregular en el uso de recursos públicos.'])

# ---------------------------------------------------------------- as07 jekyll
t07 = fx('''---
layout: post
title: "Ganaderos de Tenosique pierden 800 cabezas por la sequía"
date: "23/04/2019"
author: Mariana Cruz Aguilar
categories: [Portada, Campo]
site_name: Voz de los Ríos
---

La sequía que afecta a la región de los Ríos desde enero ha causado la muerte de al menos 800 cabezas de ganado bovino en Tenosique, según la Asociación Ganadera Local, que pidió al gobierno estatal declarar zona de emergencia.<TS>

El presidente de la asociación, Rodolfo Jasso Pérez, explicó que los jagüeyes de 60 ranchos se secaron por completo y que los productores tienen que acarrear agua en pipas desde el río Usumacinta, a un costo de hasta 900 pesos por viaje. "Un animal toma entre 40 y 60 litros diarios; con estos precios no hay forma de aguantar", dijo. Te puede interesar | Sube a 41 grados la temperatura en Balancán

Los ganaderos también reportaron que el precio de la paca de forraje subió de 45 a 85 pesos en tres meses, por lo que muchos han optado por vender animales flacos a precios de remate. En la subasta del jueves, el kilo de becerro en pie se pagó a 34 pesos, diez menos que en diciembre.<TS>

La Secretaría de Desarrollo Agropecuario informó que gestiona ante la federación un programa emergente de suplemento alimenticio y que en los próximos días enviará brigadas para hacer un censo de las pérdidas en Tenosique, Balancán y Emiliano Zapata.

Los productores advirtieron que si no llueve antes de finales de mayo, la mortandad podría duplicarse.
''')
write_source('as07.md', t07)
write_gold('as07', family='jekyll',
    title='Ganaderos de Tenosique pierden 800 cabezas por la sequía',
    date='2019-04-23', bylines=['Mariana Cruz Aguilar'], source='Voz de los Ríos',
    section='Campo', placement=['Portada'],
    body_first_words='La sequía que afecta a la región de los Ríos desde',
    body_last_words='si no llueve antes de finales de mayo, la mortandad podría duplicarse.',
    boilerplate=['Te puede interesar | Sube a 41 grados la temperatura en Balancán'],
    must_keep=['"Un animal toma entre 40 y 60 litros diarios; con estos precios no hay forma de aguantar", dijo.',
               'En la subasta del jueves, el kilo de becerro en pie se pagó a 34 pesos, diez menos que en diciembre.',
               'Los productores advirtieron que si no llueve antes de finales de mayo, la mortandad podría duplicarse.'])

# ---------------------------------------------------------------- as08 jekyll (draft, offset)
t08 = '''---
layout: post
title: 'Tapachula: confirman 27 casos de dengue grave en noviembre'
date: 2022-11-30 22:15:00 -0600
published: false
authors: [Iván Gordillo Ruiz, Paola Nucamendi Solís]
categories:
  - Destacadas
  - Salud
---
La Jurisdicción Sanitaria VII con sede en Tapachula confirmó 27 casos de dengue grave durante noviembre, la cifra mensual más alta desde 2019, y reforzó las jornadas de fumigación en 34 colonias de la ciudad.

El epidemiólogo Ernesto Velázquez Ruiz explicó que las lluvias de octubre y la acumulación de basura en lotes baldíos favorecieron la reproducción del mosquito <em>Aedes aegypti</em>. Las colonias con más casos son Los Laureles, Framboyanes y Solidaridad 2000, donde las brigadas encontraron larvas en siete de cada diez viviendas revisadas.

En el Hospital General de Tapachula permanecen internados nueve pacientes, dos de ellos menores de edad, mientras que el resto ha sido dado de alta. Hasta el momento no se han registrado defunciones, informó la institución.

Las autoridades pidieron a la población eliminar recipientes que acumulen agua, lavar tinacos y pilas con cloro y acudir de inmediato al médico si presenta fiebre alta, dolor detrás de los ojos, vómito o sangrado de encías. También recordaron que no deben automedicarse con antiinflamatorios, porque pueden agravar el cuadro.

Durante la última semana, las brigadas de vectores recolectaron 14 toneladas de cacharros en el oriente de la ciudad y aplicaron larvicida en 5 mil 200 casas.

Síguenos en X como @ChiapasSurDigital y en Facebook para más noticias de la Costa.
'''
write_source('as08.md', t08)
write_gold('as08', family='jekyll',
    title='Tapachula: confirman 27 casos de dengue grave en noviembre',
    date='2022-11-30', published=False,
    bylines=['Iván Gordillo Ruiz', 'Paola Nucamendi Solís'], source=None,
    section='Salud', placement=['Destacadas'],
    body_first_words='La Jurisdicción Sanitaria VII con sede en Tapachula confirmó 27 casos',
    body_last_words='en el oriente de la ciudad y aplicaron larvicida en 5 mil 200 casas.',
    boilerplate=['Síguenos en X como @ChiapasSurDigital'],
    must_keep=['Hasta el momento no se han registrado defunciones, informó la institución.',
               'También recordaron que no deben automedicarse con antiinflamatorios, porque pueden agravar el cuadro.',
               'Durante la última semana, las brigadas de vectores recolectaron 14 toneladas de cacharros en el oriente de la ciudad y aplicaron larvicida en 5 mil 200 casas.'])

# ---------------------------------------------------------------- as09 generic
t09 = fx('''La cocina del pejelagarto en Tabasco: de la orilla del río a la mesa<TS>

En los mercados de Villahermosa, Nacajuca y Jalpa de Méndez el pejelagarto asado sigue siendo uno de los platillos más buscados, aunque los pescadores aseguran que cada año es más difícil encontrar ejemplares grandes en las lagunas.

El pejelagarto se captura con anzuelo o con redes de mano, se asa entero sobre leña de guayabo y se vende ensartado en varas, con la piel ennegrecida. Quien lo compra lo abre con las manos, retira la carne blanca y la acompaña con limón, sal y chile amashito.<TS>
\x0c
Doña Candelaria Hernández, que desde hace 35¤años atiende un puesto en la entrada del mercado de Nacajuca, recuerda que antes asaba hasta 80 pejes cada sábado. Hoy consigue la mitad, y a veces menos cuando sube el nivel de los ríos.

Además del asado, la carne se usa para tortitas, empanadas y el tradicional pejelagarto en chirmol, una salsa espesa de chile ancho, tortilla quemada y pepita de calabaza. En algunas comunidades chontales también se prepara en caldo con chaya y hoja de momo.

Investigadores de acuicultura han logrado reproducir la especie en estanques, lo que podría reducir la presión sobre las poblaciones silvestres. Sin embargo, los consumidores dicen que el sabor no es el mismo y siguen prefiriendo el peje de laguna, aunque cueste hasta 150¤pesos la pieza.
''')
write_source('as09.text', t09)
write_gold('as09', family='generic',
    title='La cocina del pejelagarto en Tabasco: de la orilla del río a la mesa',
    date=None, bylines=[], source=None,
    body_first_words='En los mercados de Villahermosa, Nacajuca y Jalpa de Méndez el',
    body_last_words='siguen prefiriendo el peje de laguna, aunque cueste hasta 150 pesos la pieza.',
    boilerplate=[],
    must_keep=['Doña Candelaria Hernández, que desde hace 35 años atiende un puesto en la entrada del mercado de Nacajuca, recuerda que antes asaba hasta 80 pejes cada sábado.',
               'Quien lo compra lo abre con las manos, retira la carne blanca y la acompaña con limón, sal y chile amashito.',
               'En algunas comunidades chontales también se prepara en caldo con chaya y hoja de momo.'])

# ---------------------------------------------------------------- as10 bad: front matter only
t10 = '''---
layout: post
title: "Inauguran la Feria de la Yuca en Tenosique"
date: 2021-05-10 09:00:00 -0500
author: Mariana Cruz Aguilar
categories: [Municipios]
site_name: Voz de los Ríos
---

   

'''
write_source('as10.md', t10)
write_gold('as10', family='bad',
    refusal_reason='Solo contiene el encabezado YAML; no hay cuerpo de texto')
print('part1 ok')
