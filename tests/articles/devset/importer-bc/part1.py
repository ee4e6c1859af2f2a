#!/usr/bin/env python3
"""importer-bc, files 01-10."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- bc01 wire
T01 = '''Inicio » Municipios » San Pedro Cholula

Reabren el mercado Cosme del Razo tras ocho meses de obras

Por Rosalba Tecuatl Xicale (ACI) | Cinco Volcanes Noticias | 17 Mar, 2011 | 11:05 am

Compartir: Facebook | Twitter | Correo electrónico

SAN PEDRO CHOLULA, Pue., 17 de marzo (ACI).- Unos 240 locatarios del mercado Cosme del Razo volvieron este jueves a sus puestos después de ocho meses de trabajos de rehabilitación, que incluyeron el cambio total del techo, la instalación eléctrica y el drenaje del inmueble.

Durante la obra, los comerciantes vendieron en una explanada provisional junto al atrio del convento de San Gabriel, donde según sus propias cuentas las ventas cayeron casi a la mitad. "Aguantamos el sol, la lluvia y el polvo; ahora lo que pedimos es que la gente regrese", dijo Genoveva Coyotl, que vende mole y chiles secos desde hace 31 años.

La administración municipal informó que la rehabilitación costó 14.6 millones de pesos, de los cuales una parte provino de un fondo federal para mercados públicos, y aseguró que las cuotas de piso no subirán este año. Lee también » Suben tarifas del transporte en la zona metropolitana Los locatarios, sin embargo, reclamaron que los nuevos puestos son más pequeños que los anteriores y que las cortinas metálicas no cierran bien.

El director de Abasto, Alfonso Tlapa Morales, respondió que los ajustes se harán en las próximas dos semanas y que los puestos se midieron conforme al padrón de 2009. También anunció que el estacionamiento del mercado será gratuito los fines de semana durante marzo y abril.

Vecinos del barrio de San Miguelito pidieron que el mercado mantenga su horario de 7:00 a 19:00 horas y que se ordene el comercio ambulante en las calles aledañas, una petición que el ayuntamiento dijo tener en estudio.

ACI/RTC/fm

Nota publicada originalmente por la Agencia Centro Informativo (ACI). Cinco Volcanes Noticias la reproduce con autorización.

Etiquetas: Cholula, mercados, comercio
Comentarios (0)
'''
write_source('bc01.txt', T01, enc='cp1252', eol='crlf')
write_gold('bc01', family='wire',
           title='Reabren el mercado Cosme del Razo tras ocho meses de obras',
           date='2011-03-17', bylines=['Rosalba Tecuatl Xicale'],
           source='Agencia Centro Informativo', section='Municipios',
           body_first_words='Unos 240 locatarios del mercado Cosme del Razo',
           body_last_words='una petición que el ayuntamiento dijo tener en estudio.',
           boilerplate=['Inicio » Municipios » San Pedro Cholula',
                        'Compartir: Facebook | Twitter | Correo electrónico',
                        'SAN PEDRO CHOLULA, Pue., 17 de marzo (ACI).-',
                        'Lee también » Suben tarifas del transporte en la zona metropolitana',
                        'ACI/RTC/fm',
                        'Nota publicada originalmente por la Agencia Centro Informativo (ACI).',
                        'Etiquetas: Cholula, mercados, comercio', 'Comentarios (0)'],
           must_keep=['y aseguró que las cuotas de piso no subirán este año.',
                      'Los locatarios, sin embargo, reclamaron que los nuevos puestos son más pequeños que los anteriores',
                      'dijo Genoveva Coyotl, que vende mole y chiles secos desde hace 31 años.'])

# ---------------------------------------------------------------- bc02 press
T02 = '''GOBIERNO DEL ESTADO DE PUEBLA
SECRETARÍA DE SALUD
Dirección de Comunicación Social

Boletín 2291

Arranca campaña de vacunación contra la influenza estacional en las diez jurisdicciones sanitarias

• Se aplicarán un millón 320 mil dosis hasta marzo de 2018
• Prioridad a niñas y niños de seis meses a cinco años, personas adultas mayores y embarazadas

Puebla, Pue., 8 de noviembre de 2017

La Secretaría de Salud del estado inició este miércoles la campaña de vacunación contra la influenza estacional 2017-2018, que se extenderá hasta el 31 de marzo en los más de 600 centros de salud y en las unidades móviles de las diez jurisdicciones sanitarias.

El director de Salud Pública, Ernesto Huerta Zamítiz, explicó que la vacuna es gratuita y que no se requiere cita: basta con acudir con la Cartilla Nacional de Salud o una identificación. Recordó que la temporada de frío concentra la mayor parte de los casos graves entre diciembre y febrero, por lo que pidió no esperar a los primeros síntomas para vacunarse.

Las brigadas visitarán además guarderías, estancias de personas adultas mayores, centros penitenciarios y empresas con más de cien trabajadores que lo soliciten. En la Sierra Norte y la Mixteca, donde las distancias son mayores, se instalarán puestos de vacunación en las plazas los días de tianguis.

El funcionario señaló que el biológico llegó desde el almacén federal y que se mantiene la red de frío entre dos y ocho grados en cada jurisdicción. Quienes tengan diabetes, hipertensión, obesidad, asma o VIH también forman parte de la población prioritaria.

Ante cualquier duda, la dependencia puso a disposición la línea de Salud Responde, que atiende de lunes a domingo de 8:00 a 20:00 horas.

--ooOoo--

Contacto para medios:
Dirección de Comunicación Social
Tel. 222 555 0143 ext. 118
prensa.salud@puebla.example.mx
'''
write_source('bc02.txt', T02, enc='utf-8', eol='crlf', bom=True)
write_gold('bc02', family='press_release',
           title='Arranca campaña de vacunación contra la influenza estacional en las diez jurisdicciones sanitarias',
           date='2017-11-08', source='SECRETARÍA DE SALUD',
           bulletin_number='2291', issuer='SECRETARÍA DE SALUD', dateline_city='Puebla',
           body_first_words='La Secretaría de Salud del estado inició este miércoles',
           body_last_words='que atiende de lunes a domingo de 8:00 a 20:00 horas.',
           boilerplate=['GOBIERNO DEL ESTADO DE PUEBLA', 'Dirección de Comunicación Social',
                        'Puebla, Pue., 8 de noviembre de 2017', '--ooOoo--',
                        'Contacto para medios:', 'Tel. 222 555 0143 ext. 118',
                        'prensa.salud@puebla.example.mx'],
           must_keep=['explicó que la vacuna es gratuita y que no se requiere cita',
                      'se instalarán puestos de vacunación en las plazas los días de tianguis.',
                      'Quienes tengan diabetes, hipertensión, obesidad, asma o VIH también forman parte de la población prioritaria.'])

# ---------------------------------------------------------------- bc03 jekyll (team A)
T03 = '''---
layout: post
title: "Tlaxcala estrena ciclovía en el bulevar Revolución"
date: 2010-09-14 20:45:00
categories: municipios portada
author: Hilario Cuapio
tags: [ciclovía, movilidad, Tlaxcala]
---

La capital del estado tiene desde este martes su primera ciclovía confinada: 3.2 kilómetros sobre el bulevar Revolución, entre el monumento a Xicohténcatl y la glorieta de Atempan, separados del arroyo vehicular por bolardos de concreto pintados de amarillo.

<!--more-->

{% include imagen.html archivo="2010/09/ciclovia-revolucion.jpg" %}
*Foto: Hilario Cuapio*

La obra tardó cinco meses y costó 6.8 millones de pesos, según la dirección de Obras Públicas del municipio. Incluye señalamiento horizontal, 14 biciestacionamientos y semáforos con botón para ciclistas en los cruces de Independencia y Guerrero.

Durante la inauguración, un grupo de unos 60 ciclistas recorrió el trayecto completo. Algunos de ellos, integrantes del colectivo Tlaxcala en Bici, celebraron la obra pero advirtieron que el tramo termina de golpe en Atempan, "justo donde empieza lo más peligroso", en palabras de su coordinadora, Mireya Sánchez Papalotzi.

Comerciantes del bulevar se quejaron, en cambio, de que perdieron lugares de estacionamiento frente a sus negocios. La autoridad municipal respondió que se habilitarán dos estacionamientos públicos en calles laterales antes de fin de año.

El ayuntamiento prometió una segunda etapa hacia Ocotlán en 2011, aunque no precisó el monto ni la fecha de inicio. Mientras tanto, pidió a los automovilistas respetar el carril y no usarlo para estacionarse "ni un minuto".
'''
write_source('bc03.md', T03)
write_gold('bc03', family='jekyll',
           title='Tlaxcala estrena ciclovía en el bulevar Revolución',
           date='2010-09-14', bylines=['Hilario Cuapio'], source=None,
           section='municipios', placement=['portada'],
           body_first_words='La capital del estado tiene desde este martes su primera ciclovía confinada',
           body_last_words='no usarlo para estacionarse "ni un minuto".',
           boilerplate=['<!--more-->', '{% include imagen.html archivo="2010/09/ciclovia-revolucion.jpg" %}',
                        'Foto: Hilario Cuapio'],
           must_keep=['La obra tardó cinco meses y costó 6.8 millones de pesos',
                      'advirtieron que el tramo termina de golpe en Atempan',
                      'se habilitarán dos estacionamientos públicos en calles laterales antes de fin de año.'],
           photo_credit='Foto: Hilario Cuapio')

# ---------------------------------------------------------------- bc04 wire (agency slug header)
T04 = '''AEH-HGO-SEG-0412
PRIORIDAD: Normal
FECHA: 12/04/2019 14:37
SECCIÓN: Seguridad
AUTOR: Mauricio Ortega Badillo
FUENTE: Agencia Enlace Hidalgo
PALABRAS: 287
TÍTULO: Detienen en Tulancingo a tres presuntos responsables de robo a transporte de carga

TULANCINGO, Hgo., 12 de abril (AEH).- Elementos de la policía estatal y municipal detuvieron la madrugada de este viernes a tres hombres señalados como presuntos responsables del robo a un tráiler que transportaba electrodomésticos por la carretera México-Tuxpan, a la altura de la comunidad de Santa Ana Hueytlalpan.

De acuerdo con el reporte oficial, el conductor de la unidad pidió auxilio por teléfono poco después de las 2:00 horas, tras ser obligado a detenerse por una camioneta cuyos ocupantes lo amagaron y lo dejaron atado a un costado del camino.

Los agentes ubicaron el tractocamión en una bodega de la colonia Jaltepec, donde los tres detenidos, de 24, 31 y 45 años, descargaban lavadoras y refrigeradores a una camioneta de redilas. En el lugar se aseguraron también dos teléfonos celulares y una réplica de arma de fuego.

Los hombres fueron puestos a disposición del Ministerio Público, que deberá determinar su situación jurídica en las próximas horas. La carga, valuada por la empresa en cerca de 1.9 millones de pesos, fue devuelta a sus propietarios.

Transportistas de la región han denunciado en los últimos meses un aumento de asaltos en el tramo entre Tulancingo y Acaxochitlán, sobre todo de noche, y han pedido patrullajes permanentes y cámaras en los entronques.

La Secretaría de Seguridad Pública estatal informó que revisa si los detenidos están relacionados con otros dos robos ocurridos en marzo en la misma carretera.

AEH/MOB/rgl
(FIN DE NOTA)
'''
write_source('bc04.txt', T04, enc='cp1252', eol='lf')
write_gold('bc04', family='wire',
           title='Detienen en Tulancingo a tres presuntos responsables de robo a transporte de carga',
           date='2019-04-12', bylines=['Mauricio Ortega Badillo'],
           source='Agencia Enlace Hidalgo', section='Seguridad',
           body_first_words='Elementos de la policía estatal y municipal detuvieron la madrugada de este viernes',
           body_last_words='ocurridos en marzo en la misma carretera.',
           boilerplate=['AEH-HGO-SEG-0412', 'PRIORIDAD: Normal', 'PALABRAS: 287',
                        'TULANCINGO, Hgo., 12 de abril (AEH).-', 'AEH/MOB/rgl', '(FIN DE NOTA)'],
           must_keep=['tras ser obligado a detenerse por una camioneta cuyos ocupantes lo amagaron',
                      'Los hombres fueron puestos a disposición del Ministerio Público',
                      'La carga, valuada por la empresa en cerca de 1.9 millones de pesos, fue devuelta a sus propietarios.'])

# ---------------------------------------------------------------- bc05 press (water utility notice, closing dateline)
T05 = '''**COMISIÓN DE AGUA Y ALCANTARILLADO DE SISTEMAS INTERMUNICIPALES**

**Comunicado 041**

# AVISO A LA POBLACIÓN

## Suspensión del suministro por mantenimiento en el Sistema Téllez

La Comisión de Agua y Alcantarillado de Sistemas Intermunicipales (CAASIM) informa a los usuarios de Pachuca de Soto y Mineral de la Reforma que el suministro de agua potable se suspenderá del miércoles 13 al viernes 15 de abril, debido a trabajos de mantenimiento mayor en la línea de conducción del Sistema Téllez.

Los trabajos consisten en la sustitución de 420 metros de tubería de acero de 24 pulgadas que presentaba fugas recurrentes, así como en el cambio de dos válvulas de seccionamiento. La interrupción es necesaria para vaciar la línea y trabajar con seguridad.

Colonias afectadas:

- Centro y Periodistas
- Doctores y Morelos
- Piracantos y Céspedes
- Pachuquilla y Carboneras (Mineral de la Reforma)

El servicio se restablecerá de manera gradual a partir del sábado 16 de abril; las zonas altas podrían tardar hasta 48 horas más en recibir presión normal, mientras se llenan los tanques de regulación.

Durante la suspensión, la Comisión enviará pipas sin costo a hospitales, escuelas y casas de salud, y habilitará un punto de abastecimiento en la explanada de la plaza Juárez. Se recomienda a la población almacenar agua en recipientes limpios y tapados, y revisar que las llaves queden cerradas para evitar fugas cuando regrese el servicio.

La CAASIM ofrece una disculpa por las molestias y agradece la comprensión de las familias usuarias.

Pachuca de Soto, Hidalgo, a 11 de abril de 2022.

ATENTAMENTE
Dirección General de la CAASIM

- - - - -
Reportes de fugas: 771 555 0190 | WhatsApp 771 555 0191
comunicacion@caasim.example.mx
'''
write_source('bc05.md', T05, eol=('mixed', 9))
write_gold('bc05', family='press_release',
           title='Suspensión del suministro por mantenimiento en el Sistema Téllez',
           date='2022-04-11', source='COMISIÓN DE AGUA Y ALCANTARILLADO DE SISTEMAS INTERMUNICIPALES',
           bulletin_number='041', issuer='COMISIÓN DE AGUA Y ALCANTARILLADO DE SISTEMAS INTERMUNICIPALES',
           dateline_city='Pachuca de Soto',
           body_first_words='La Comisión de Agua y Alcantarillado de Sistemas Intermunicipales (CAASIM) informa',
           body_last_words='agradece la comprensión de las familias usuarias.',
           boilerplate=['AVISO A LA POBLACIÓN', 'Pachuca de Soto, Hidalgo, a 11 de abril de 2022.',
                        'ATENTAMENTE', 'Dirección General de la CAASIM',
                        'Reportes de fugas: 771 555 0190 | WhatsApp 771 555 0191',
                        'comunicacion@caasim.example.mx'],
           must_keep=['Los trabajos consisten en la sustitución de 420 metros de tubería de acero de 24 pulgadas',
                      'Pachuquilla y Carboneras (Mineral de la Reforma)',
                      'y habilitará un punto de abastecimiento en la explanada de la plaza Juárez.'])

# ---------------------------------------------------------------- bc06 generic (radio transcript)
T06 = '''Entrevista con la cronista de Tepoztlán sobre el Reto al Tepozteco

—Buenas tardes, maestra Eulalia Tlacomulco, gracias por acompañarnos en este segmento de cultura.
—Al contrario, gracias a ustedes por la invitación. Siempre es bueno hablar del pueblo.
—Para quien no lo conoce, ¿qué es el Reto al Tepozteco?
—Es una representación en náhuatl que se hace cada 8 de septiembre, en la fiesta de la Natividad. El Tepozteco, que es nuestro señor antiguo, ya bautizado, defiende a su pueblo frente a los reyes de Cuernavaca, Yautepec, Tlayacapan y Oaxtepec, que vienen a reclamarle por haber aceptado la fe nueva. Él les contesta uno por uno, con mucha dignidad, y al final los convence.
—¿Desde cuándo se representa?
—Los abuelos decían que desde siempre. Lo que sí tenemos escrito son los textos que se copiaron a mano a principios del siglo veinte; hay dos versiones y las familias todavía discuten cuál es la buena.
—¿Quiénes participan?
—Gente del pueblo, de los barrios. El papel del Tepozteco se hereda o se pide como promesa, y se ensaya desde agosto. Los reyes van con sus penachos y sus capas, y la gente sube temprano al atrio para alcanzar lugar.
—¿Qué le preocupa hoy de la celebración?
—Que los jóvenes ya no hablen náhuatl. Muchos se aprenden el parlamento de memoria sin entenderlo. Por eso en la casa de cultura empezamos un taller para que, además de recitarlo, sepan lo que dicen.
—Última pregunta, maestra: ¿qué le recomienda a quien quiera ir este año?
—Que llegue en transporte público, que respete el atrio y que escuche. No es un espectáculo para turistas: es una plática del pueblo con su historia.
'''
write_source('bc06.txt', T06, enc='cp1252', eol='crlf')
write_gold('bc06', family='generic',
           title='Entrevista con la cronista de Tepoztlán sobre el Reto al Tepozteco',
           date=None, bylines=[], source=None,
           body_first_words='—Buenas tardes, maestra Eulalia Tlacomulco',
           body_last_words='es una plática del pueblo con su historia.',
           boilerplate=[],
           must_keep=['Es una representación en náhuatl que se hace cada 8 de septiembre',
                      'hay dos versiones y las familias todavía discuten cuál es la buena.',
                      'Por eso en la casa de cultura empezamos un taller'])

# ---------------------------------------------------------------- bc07 bad (saved HTML page)
T07 = '''<!DOCTYPE html>
<!-- saved from url=(0071)https://cincovolcanes.example.mx/2015/06/12/lluvias-atlixco/index.html -->
<html lang="es"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Lluvias dejan encharcamientos en Atlixco | Cinco Volcanes Noticias</title>
<link rel="stylesheet" href="./lluvias-atlixco_files/style.css">
<script type="text/javascript" src="./lluvias-atlixco_files/jquery.min.js"></script>
</head>
<body class="single-post">
<div id="header"><a href="https://cincovolcanes.example.mx/"><img src="./lluvias-atlixco_files/logo.png" alt="Cinco Volcanes"></a></div>
<div id="menu"><ul><li>Inicio</li><li>Estado</li><li>Municipios</li></ul></div>
<div class="post"><h1>Lluvias dejan encharcamientos en Atlixco</h1>
<p class="meta">12 junio, 2015 | Redacción</p>
<p>La tormenta de la tarde del jueves provocó encharcamientos en el centro de Atlixco...</p>
</div>
<div id="sidebar"><h3>Lo más leído</h3></div>
<script>var _gaq = _gaq || [];</script>
</body></html>
'''
write_source('bc07.md', T07, enc='cp1252', eol='crlf')
write_gold('bc07', family='bad',
           refusal_reason='página HTML guardada desde el navegador (DOCTYPE, head, scripts), no un artículo en texto')

# ---------------------------------------------------------------- bc08 wire (national daily, markdown)
T08 = '''## Hidalgo registra la mayor afluencia turística en Pueblos Mágicos durante el verano

**Diario Metrópoli** | Estados

*Daniela Reséndiz Olvera | Corresponsal* · 09/08/2023 18:22 · Actualizado: 10/08/2023 09:05

![Turistas en Real del Monte](https://img.example.mx/2023/08/realdelmonte.jpg)
Foto: Archivo / Diario Metrópoli

🎧 Escucha esta nota

PACHUCA, Hgo.— Los nueve Pueblos Mágicos de Hidalgo recibieron durante julio y la primera semana de agosto cerca de 1.2 millones de visitantes, la cifra más alta para una temporada de verano desde que se tiene registro, de acuerdo con datos de la Secretaría de Turismo estatal.

Mineral del Chico, Huasca de Ocampo y Real del Monte concentraron más de la mitad de las visitas. En Real del Monte, los prestadores de servicios reportaron ocupación hotelera de 92% los fines de semana y filas de hasta una hora para comprar pastes en la calle principal. Te puede interesar: [Estos son los mejores pastes de Hidalgo, según lectores](https://metropoli.example.mx/estados/pastes)

El aumento trajo también problemas. Vecinos del centro de Huasca se quejaron de autos estacionados en doble fila y de basura en los alrededores de los Prismas Basálticos, donde el ayuntamiento tuvo que contratar personal adicional de limpieza.

La titular de Turismo, Verónica Islas Cerón, atribuyó el crecimiento a la reapertura de rutas de autobús desde la Ciudad de México y a la difusión en redes sociales, pero reconoció que los municipios necesitan estacionamientos y sanitarios públicos.

Para septiembre se espera una baja natural de visitantes, aunque las fiestas patrias y el Festival del Paste en Real del Monte, en octubre, podrían sostener la ocupación por encima del promedio del año pasado.

📲 Únete a nuestro canal de WhatsApp y recibe las noticias más importantes del día.

**LO MÁS LEÍDO**
- Cierran la México-Pachuca por manifestación
- Tormenta deja inundaciones en Tizayuca
- Así quedó el nuevo Tuzobús
'''
write_source('bc08.md', T08, eol='crlf', bom=True)
write_gold('bc08', family='wire',
           title='Hidalgo registra la mayor afluencia turística en Pueblos Mágicos durante el verano',
           date='2023-08-09', bylines=['Daniela Reséndiz Olvera'],
           source='Diario Metrópoli', section='Estados',
           body_first_words='Los nueve Pueblos Mágicos de Hidalgo recibieron durante julio',
           body_last_words='podrían sostener la ocupación por encima del promedio del año pasado.',
           boilerplate=['Foto: Archivo / Diario Metrópoli', 'Escucha esta nota', 'PACHUCA, Hgo.—',
                        'Te puede interesar: [Estos son los mejores pastes de Hidalgo, según lectores](https://metropoli.example.mx/estados/pastes)',
                        'Únete a nuestro canal de WhatsApp y recibe las noticias más importantes del día.',
                        'LO MÁS LEÍDO', 'Cierran la México-Pachuca por manifestación',
                        'Así quedó el nuevo Tuzobús'],
           must_keep=['filas de hasta una hora para comprar pastes en la calle principal.',
                      'donde el ayuntamiento tuvo que contratar personal adicional de limpieza.',
                      'pero reconoció que los municipios necesitan estacionamientos y sanitarios públicos.'],
           photo_credit='Foto: Archivo / Diario Metrópoli')

# ---------------------------------------------------------------- bc09 press (municipality)
T09 = '''H. AYUNTAMIENTO DE CUERNAVACA 2019-2021
Dirección General de Comunicación Social

Comunicado CS/0457/2020

Instalan módulos de descacharrización en doce colonias para prevenir el dengue

Cuernavaca, Morelos, a 14 de septiembre de 2020.- Con el fin de eliminar criaderos del mosquito transmisor del dengue, zika y chikungunya, el Ayuntamiento instaló desde este lunes módulos de descacharrización en doce colonias donde se han registrado casos probables durante la temporada de lluvias.

La directora de Salud Municipal, Araceli Bahena Ocampo, explicó que las familias pueden llevar llantas, cubetas, botes, macetas rotas y cualquier objeto que acumule agua, y que los camiones recolectores pasarán además calle por calle en Antonio Barona, Lagunilla, Alta Vista, Chipitlán y Ocotepec.

Los módulos funcionarán de martes a sábado de 8:00 a 14:00 horas hasta el 10 de octubre. En cada uno habrá personal que entregará larvicida a quienes tengan tinacos o piletas sin tapa y que explicará cómo lavar los recipientes con cepillo y cloro.

La funcionaria recordó que la prevención empieza en los patios: basta con voltear cubetas, tapar tinacos y cambiar cada tercer día el agua de floreros y bebederos de animales. Pidió también acudir a la unidad de salud más cercana ante fiebre alta, dolor de cabeza intenso o dolor detrás de los ojos, y no automedicarse.

En lo que va del año, la Jurisdicción Sanitaria I ha confirmado 37 casos de dengue en el municipio, menos que en 2019, pero las lluvias de septiembre elevan el riesgo.

--0--

Síguenos en Facebook: AyuntamientoCuernavacaPrensa | Twitter: @CuerPrensaMuni
Tel. 777 555 0121 ext. 305 | comunicacion@cuernavaca.example.mx
'''
write_source('bc09.txt', T09, eol='crlf')
write_gold('bc09', family='press_release',
           title='Instalan módulos de descacharrización en doce colonias para prevenir el dengue',
           date='2020-09-14', source='H. AYUNTAMIENTO DE CUERNAVACA 2019-2021',
           bulletin_number='CS/0457/2020', issuer='H. AYUNTAMIENTO DE CUERNAVACA 2019-2021',
           dateline_city='Cuernavaca',
           body_first_words='Con el fin de eliminar criaderos del mosquito transmisor',
           body_last_words='pero las lluvias de septiembre elevan el riesgo.',
           boilerplate=['Dirección General de Comunicación Social',
                        'Cuernavaca, Morelos, a 14 de septiembre de 2020.-', '--0--',
                        'Síguenos en Facebook: AyuntamientoCuernavacaPrensa | Twitter: @CuerPrensaMuni',
                        'Tel. 777 555 0121 ext. 305 | comunicacion@cuernavaca.example.mx'],
           must_keep=['Los módulos funcionarán de martes a sábado de 8:00 a 14:00 horas hasta el 10 de octubre.',
                      'basta con voltear cubetas, tapar tinacos y cambiar cada tercer día el agua de floreros',
                      'la Jurisdicción Sanitaria I ha confirmado 37 casos de dengue en el municipio'])

# ---------------------------------------------------------------- bc10 jekyll (team B, Spanish keys)
T10 = '''---
layout: nota
titulo: "Zacatlán celebra su Feria de la Manzana con 90 productores"
fecha: 14/08/2016
autor:
  - Itzel Márquez Bonilla
  - Gerardo Cabrera Lechuga
seccion: Región
portada: true
etiquetas: [manzana, Zacatlán, feria]
imagen: /assets/img/2016/feria-manzana.jpg
---

Con desfile de carros alegóricos y la coronación de la reina, Zacatlán de las Manzanas inauguró este fin de semana la edición 75 de su Feria de la Manzana, en la que participan 90 productores de la Sierra Norte.
{: .lead}

<!--more-->

Los puestos del recinto ferial ofrecen manzana de las variedades Golden, Red Delicious y criolla, además de sidra, licores, mermeladas, pan y la tradicional "manzana en dulce". Los organizadores calculan la visita de unas 80 mil personas en los diez días de fiesta.

Productores de las juntas auxiliares de Jicolapa y Tlatempa dijeron que este año la cosecha fue menor por las heladas de marzo y el granizo de junio, y que el precio al mayoreo apenas cubre los costos. "La feria es el único momento en que le vendemos directo a la gente y no al intermediario", explicó Rufino Tirado, fruticultor desde hace 40 años.

El programa incluye concursos de la mejor caja de manzana y de sidra artesanal, bailes regionales, una carrera de palo encebado y conciertos en la explanada del reloj floral. La entrada al recinto es gratuita.

El ayuntamiento pidió a los visitantes llegar temprano, usar los estacionamientos señalizados en la entrada del municipio y respetar las zonas peatonales del centro histórico, que permanecerán cerradas a los autos durante la feria.
'''
write_source('bc10.md', T10)
write_gold('bc10', family='jekyll',
           title='Zacatlán celebra su Feria de la Manzana con 90 productores',
           date='2016-08-14', bylines=['Itzel Márquez Bonilla', 'Gerardo Cabrera Lechuga'],
           source=None, section='Región', placement=['portada'],
           body_first_words='Con desfile de carros alegóricos y la coronación de la reina',
           body_last_words='que permanecerán cerradas a los autos durante la feria.',
           boilerplate=['{: .lead}', '<!--more-->'],
           must_keep=['participan 90 productores de la Sierra Norte.',
                      'dijeron que este año la cosecha fue menor por las heladas de marzo y el granizo de junio',
                      'La entrada al recinto es gratuita.'])
