#!/usr/bin/env python3
"""importer-ay, files ay11-ay20."""
from common import write_source, write_gold, NBSP, ZWSP

# ---------------------------------------------------------------- ay11 jekyll (hand-made site, Spanish keys)
t = """---
titulo: "Huejutla se prepara para el Xantolo con la feria de la ofrenda"
fecha: 25 de octubre del 2022
autor: Por Leticia Hernández Bautista
seccion: Cultura
sitio: Voz de la Sierra Hidalguense
etiquetas:
    - Xantolo
    - Huejutla
    - tradiciones
---

Con los primeros puestos de flor de cempasúchil, pan de muerto y palma para los arcos, el mercado municipal de Huejutla de Reyes comenzó a transformarse esta semana para recibir el Xantolo, la fiesta de Todos Santos que en la Huasteca hidalguense se vive durante varios días.

## La feria de la ofrenda

El Ayuntamiento instaló en el jardín central la tradicional feria de la ofrenda, con 150 puestos de artesanos, productores de frutas de temporada y cocineras tradicionales que venden zacahuil, tamales de frijol y atole de cacahuate.

Doña Herminia Cruz, originaria de la comunidad de Tehuetlán, lleva más de treinta años vendiendo cera y copal. Asegura que este año la gente volvió a comprar como antes de la pandemia: “La ofrenda no puede quedarse sin su vela y sin su copal, aunque todo esté más caro”.

## Comparsas y concursos

El programa incluye el concurso de arcos florales, en el que participan escuelas y barrios, así como el recorrido de comparsas de viejos o *huehues*, que con máscaras de madera y trajes de costal bailan al son de violín y jarana por las calles del centro.

La dirección de Turismo municipal estima la llegada de unos 25 mil visitantes durante los días principales, el 31 de octubre y el 1 y 2 de noviembre, por lo que se reforzará la vigilancia en el centro histórico y en los panteones.

Las autoridades recomendaron a los visitantes reservar hospedaje con anticipación y respetar los espacios de las familias en los cementerios, donde la tradición marca que se limpian las tumbas y se acompaña a los difuntos con música y comida durante la noche.
"""
write_source('ay11.md', t)
write_gold('ay11', family='jekyll',
           title='Huejutla se prepara para el Xantolo con la feria de la ofrenda',
           date='2022-10-25', bylines=['Leticia Hernández Bautista'],
           source='Voz de la Sierra Hidalguense', section='Cultura',
           body_first_words='Con los primeros puestos de flor de cempasúchil',
           body_last_words='con música y comida durante la noche.',
           must_keep=['El Ayuntamiento instaló en el jardín central la tradicional feria de la ofrenda, con 150 puestos de artesanos',
                      'La dirección de Turismo municipal estima la llegada de unos 25 mil visitantes durante los días principales'])

# ---------------------------------------------------------------- ay12 wire (agency, Hgo., 2006)
t = """SINAC  07/03/2006  13:42  HGO-MIN  URGENTE
CIERRAN DOS MINAS EN REAL DEL MONTE POR FALTA DE INVERSIÓN; 300 MINEROS, SIN EMPLEO
(CORRIGE CIFRA DE TRABAJADORES EN EL CUARTO PÁRRAFO)
Por Octavio Vera Mendoza, corresponsal

PACHUCA, Hgo., 7 de marzo de 2006 (SINAC).- La empresa minera que opera en Mineral del Monte anunció este martes el cierre definitivo de dos de sus tiros, con lo que unos 300 trabajadores quedarán sin empleo a partir del próximo 31 de marzo.

En un comunicado, la compañía atribuyó la decisión a la caída en la ley del mineral de plata y al alto costo de bombear el agua que inunda las galerías más profundas, y aseguró que pagará las liquidaciones conforme a la ley.

El secretario general de la sección sindical, Anselmo Islas Téllez, rechazó el argumento y acusó a la empresa de no invertir en exploración desde hace casi una década. "Aquí todavía hay plata; lo que no hay es voluntad de meterle dinero a la mina", declaró en entrevista. Relacionado: Mineros de Pachuca piden jubilación anticipada

De los 300 trabajadores afectados, 212 son originarios de Mineral del Monte y el resto de Pachuca, Omitlán y Huasca, según el padrón del sindicato, que convocó a una asamblea para el jueves.

Comerciantes del centro de Real del Monte expresaron su preocupación por el impacto en la economía local, que desde hace años depende cada vez más del turismo y de la venta de pastes, pero que todavía tiene en la mina a su principal empleador.

La presidencia municipal informó que solicitará al gobierno estatal un programa de empleo temporal y de capacitación para los mineros, mientras se buscan inversionistas interesados en reabrir los tiros.

SINAC/ovm/jgr
"""
write_source('ay12.txt', t)
write_gold('ay12', family='wire',
           title='CIERRAN DOS MINAS EN REAL DEL MONTE POR FALTA DE INVERSIÓN; 300 MINEROS, SIN EMPLEO',
           date='2006-03-07', bylines=['Octavio Vera Mendoza'], source='SINAC', section=None,
           body_first_words='La empresa minera que opera en Mineral del Monte',
           body_last_words='mientras se buscan inversionistas interesados en reabrir los tiros.',
           boilerplate=['SINAC  07/03/2006  13:42  HGO-MIN  URGENTE',
                        '(CORRIGE CIFRA DE TRABAJADORES EN EL CUARTO PÁRRAFO)',
                        'PACHUCA, Hgo., 7 de marzo de 2006 (SINAC).-',
                        'Relacionado: Mineros de Pachuca piden jubilación anticipada', 'SINAC/ovm/jgr'],
           must_keep=['"Aquí todavía hay plata; lo que no hay es voluntad de meterle dinero a la mina", declaró en entrevista.',
                      'De los 300 trabajadores afectados, 212 son originarios de Mineral del Monte y el resto de Pachuca, Omitlán y Huasca'])

# ---------------------------------------------------------------- ay13 press (SEP federal office, Ver.)
t = """«2023, Año de Francisco Villa, el revolucionario del pueblo»

COMUNICADO

Secretaría de Educación Pública – Oficina de Representación en Veracruz

No. 052/2023

Tuxpan de Rodríguez Cano, Veracruz, 14 de agosto de 2023.

Entregan 1,200 paquetes de libros de texto a escuelas de la Huasteca veracruzana

Personal de la Oficina de Representación de la Secretaría de Educación Pública en Veracruz inició la distribución de mil 200 paquetes de libros de texto gratuitos destinados a 310 escuelas primarias de los municipios de Tuxpan, Álamo Temapache, Tantoyuca, Chicontepec y Pánuco, con miras al inicio del ciclo escolar 2023-2024.

El titular de la oficina, Ricardo Ortega Luna, informó que los paquetes incluyen los materiales de primero a sexto grado, así como libros en lenguas náhuatl y tének para las escuelas de educación indígena de la región.

Explicó que la entrega se realiza por rutas, desde el almacén regional ubicado en Tuxpan, y que en el caso de las comunidades más alejadas de la sierra de Chicontepec se cuenta con el apoyo de las autoridades municipales para trasladar los materiales en camionetas de doble tracción.

Ortega Luna precisó que la distribución concluirá el 25 de agosto, tres días antes del regreso a clases, y pidió a directoras y directores revisar que los paquetes estén completos al momento de recibirlos, para reportar cualquier faltante a la supervisión escolar de su zona.

Asimismo, recordó que los libros de texto son gratuitos y que ninguna escuela puede condicionar su entrega al pago de cuotas o a la compra de útiles escolares.

Madres y padres de familia pueden presentar quejas al respecto ante la supervisión escolar o en las oficinas de la Representación, de lunes a viernes de 9:00 a 15:00 horas.

-30-

Unidad de Comunicación Social
Oficina de Representación de la SEP en Veracruz
Correo: prensa.ver@sep.example.mx
Tel. 783 555 0177
"""
write_source('ay13.txt', t)
write_gold('ay13', family='press_release',
           title='Entregan 1,200 paquetes de libros de texto a escuelas de la Huasteca veracruzana',
           date='2023-08-14', bulletin_number='052/2023',
           issuer='Secretaría de Educación Pública – Oficina de Representación en Veracruz',
           dateline_city='Tuxpan de Rodríguez Cano',
           body_first_words='Personal de la Oficina de Representación de la Secretaría',
           body_last_words='de lunes a viernes de 9:00 a 15:00 horas.',
           boilerplate=['«2023, Año de Francisco Villa, el revolucionario del pueblo»', 'COMUNICADO',
                        'No. 052/2023', 'Tuxpan de Rodríguez Cano, Veracruz, 14 de agosto de 2023.',
                        '-30-', 'Unidad de Comunicación Social', 'Correo: prensa.ver@sep.example.mx',
                        'Tel. 783 555 0177'],
           must_keep=['así como libros en lenguas náhuatl y tének para las escuelas de educación indígena de la región.',
                      'Asimismo, recordó que los libros de texto son gratuitos y que ninguna escuela puede condicionar su entrega al pago de cuotas o a la compra de útiles escolares.'])

# ---------------------------------------------------------------- ay14 generic (Markdown guide, hard-wrapped)
t = """# Qué hacer si tu colonia se queda sin agua: guía práctica para el área
metropolitana de Monterrey

Los cortes de agua programados y las fallas en la red se han vuelto
frecuentes en varias colonias del área metropolitana. Esta guía reúne
recomendaciones de especialistas en protección civil y salud para
enfrentar los días sin servicio de la forma más segura posible.

## Antes del corte

Cuando el corte está anunciado, lo primero es almacenar agua suficiente
para beber y cocinar. Los especialistas calculan al menos tres litros por
persona al día solo para consumo, además de lo necesario para la higiene.
Los recipientes deben estar limpios, tapados y lejos del sol.

1. Revisa que el tinaco y la cisterna no tengan fugas ni grietas.
2. Lava los garrafones con agua y unas gotas de cloro antes de llenarlos.
3. Anota el teléfono de atención de tu organismo de agua y el de tu
   municipio para reportar problemas.

## Durante los días sin servicio

Reutiliza el agua siempre que sea posible: la que se usa para lavar
verduras puede servir para el excusado o para regar plantas. Evita lavar
el auto o los patios con manguera y prefiere la cubeta para el aseo de la
casa.

Si recibes agua de pipa, pide que la descarguen en recipientes limpios y
desinfecta el agua con dos gotas de cloro por litro si vas a beberla. Los
niños pequeños, las personas adultas mayores y quienes tienen
enfermedades crónicas deben tener prioridad en el consumo.

## Cuando regresa el agua

Deja correr el agua de las llaves durante unos minutos antes de usarla,
sobre todo si sale turbia o con aire. Si notas olor o color extraño por
más de un día, repórtalo a las autoridades y no la uses para beber.

Por último, conserva la costumbre de ahorrar: cerrar la llave mientras te
cepillas los dientes o tomar regaderazos cortos ayuda a que el agua
alcance para todos cuando el suministro vuelve a ser escaso.
"""
write_source('ay14.md', t)
write_gold('ay14', family='generic',
           title='Qué hacer si tu colonia se queda sin agua: guía práctica para el área metropolitana de Monterrey',
           body_first_words='Los cortes de agua programados y las fallas en la red',
           body_last_words='cuando el suministro vuelve a ser escaso.',
           must_keep=['Los especialistas calculan al menos tres litros por persona al día solo para consumo, además de lo necesario para la higiene.',
                      'Si notas olor o color extraño por más de un día, repórtalo a las autoridades y no la uses para beber.'])

# ---------------------------------------------------------------- ay15 jekyll (site key; numeric ambiguous date)
t = """---
layout: post
# importado del sitio anterior (Drupal 6); fechas en formato dd/mm/aaaa
title: Reanudan la travesía del chalán de Pánuco tras dos semanas de reparación
date: 07/01/2019
author: [Gerardo Salas Tovar, Fabiola Rendón Cruz]
categories: [Destacadas, Municipios]
site: Pánuco al Día
---

Después de dos semanas fuera de servicio, el chalán que cruza el río Pánuco entre la cabecera municipal y las comunidades de la margen tamaulipeca reanudó **este lunes** sus recorridos, para alivio de cientos de personas que diariamente lo utilizan para ir a trabajar, estudiar o vender sus productos.

La embarcación, que transporta personas, motocicletas y hasta dos automóviles por viaje, fue retirada a finales de diciembre luego de que se detectaran daños en el casco y en el sistema de cables que la guían de una orilla a otra.

Durante la suspensión, los usuarios tuvieron que rodear por el puente de Tampico, un trayecto de más de una hora en transporte público. "Gastábamos el doble en pasajes y llegábamos tarde a todo", comentó Araceli Martínez, comerciante de la comunidad de El Moralillo, que cruza tres veces por semana para vender queso y huevo en el mercado.

Personal de la [Dirección de Obras Públicas municipal](https://panucoaldia.example.mx/etiqueta/obras) informó que la reparación tuvo un costo de 380 mil pesos e incluyó el cambio de placas de acero, la sustitución de los cables y la instalación de chalecos salvavidas nuevos.

El servicio funcionará de las 6:00 a las 20:00 horas, con salidas cada veinte minutos, y mantendrá la tarifa de diez pesos por persona y veinte por motocicleta. Los estudiantes con credencial vigente pagarán la mitad.

Las autoridades recordaron que el cruce se suspenderá de manera temporal cuando el nivel del río suba por las lluvias o cuando haya niebla densa por las mañanas.
"""
write_source('ay15.md', t)
write_gold('ay15', family='jekyll',
           title='Reanudan la travesía del chalán de Pánuco tras dos semanas de reparación',
           date='2019-01-07', bylines=['Gerardo Salas Tovar', 'Fabiola Rendón Cruz'],
           source='Pánuco al Día', section='Municipios', placement=['Destacadas'],
           body_first_words='Después de dos semanas fuera de servicio, el chalán',
           body_last_words='o cuando haya niebla densa por las mañanas.',
           must_keep=['La embarcación, que transporta personas, motocicletas y hasta dos automóviles por viaje, fue retirada a finales de diciembre',
                      'Los estudiantes con credencial vigente pagarán la mitad.'])

# ---------------------------------------------------------------- ay16 wire (national daily, Ver.)
t = """Estados

# Pescadores de Tuxpan bloquean la carretera por falta de apoyos tras derrame

**Por Karla Ochoa y Julián Meraz** | *Mirador Nacional*
Actualizado: 12 de agosto de 2024, 08:10 | Publicado: 11 de agosto de 2024, 22:55

![Pescadores en Tuxpan](https://img.miradornacional.example.mx/2024/08/tuxpan-pescadores.jpg)
*Foto: Especial*

Alrededor de 200 pescadores de Tuxpan y Tamiahua bloquearon este domingo durante seis horas la carretera federal 180, a la altura del puente Tuxpan, para exigir los apoyos económicos prometidos tras el derrame de combustible que afectó la desembocadura del río el mes pasado.

Los manifestantes aseguraron que desde hace cinco semanas no pueden salir a pescar porque el producto capturado en la zona no se vende: los compradores de Poza Rica y de la Ciudad de México rechazan el camarón y la lisa por temor a que estén contaminados.

“Tenemos familias, tenemos deudas con las lanchas y los motores. Nos dijeron que en quince días llegaba el apoyo y ya va más de un mes”, dijo Eleazar Cruz, presidente de una de las cooperativas pesqueras de la laguna de Tamiahua. **Lee también:** [Suman cinco semanas sin pesca en el norte de Veracruz](https://www.miradornacional.example.mx/estados/sin-pesca-veracruz)

El bloqueo provocó filas de varios kilómetros en ambos sentidos. Automovilistas que viajaban hacia Tampico y Poza Rica tuvieron que esperar bajo el sol o tomar desviaciones por caminos vecinales.

Autoridades federales de pesca se comprometieron a instalar una mesa de trabajo el martes en Tuxpan, en la que se revisará el padrón de pescadores afectados y el calendario de pagos. Con ese acuerdo, los manifestantes liberaron la vía poco antes de las 17:00 horas.

Las cooperativas advirtieron que, si no hay respuesta, volverán a cerrar la carretera y el acceso al puerto.

¿Tienes una denuncia? Escríbenos a denuncias@miradornacional.example.mx

Suscríbete a nuestro newsletter y recibe cada mañana las noticias más importantes del país.
"""
write_source('ay16.md', t)
write_gold('ay16', family='wire',
           title='Pescadores de Tuxpan bloquean la carretera por falta de apoyos tras derrame',
           date='2024-08-11', bylines=['Karla Ochoa', 'Julián Meraz'], source='Mirador Nacional',
           section='Estados',
           body_first_words='Alrededor de 200 pescadores de Tuxpan y Tamiahua',
           body_last_words='volverán a cerrar la carretera y el acceso al puerto.',
           boilerplate=['![Pescadores en Tuxpan](https://img.miradornacional.example.mx/2024/08/tuxpan-pescadores.jpg)',
                        '*Foto: Especial*',
                        '**Lee también:** [Suman cinco semanas sin pesca en el norte de Veracruz](https://www.miradornacional.example.mx/estados/sin-pesca-veracruz)',
                        '¿Tienes una denuncia? Escríbenos a denuncias@miradornacional.example.mx',
                        'Suscríbete a nuestro newsletter y recibe cada mañana las noticias más importantes del país.'],
           must_keep=['“Tenemos familias, tenemos deudas con las lanchas y los motores. Nos dijeron que en quince días llegaba el apoyo y ya va más de un mes”, dijo Eleazar Cruz, presidente de una de las cooperativas pesqueras de la laguna de Tamiahua.',
                      'Con ese acuerdo, los manifestantes liberaron la vía poco antes de las 17:00 horas.'],
           photo_credit='Foto: Especial')

# ---------------------------------------------------------------- ay17 press (Bienestar, Hgo.)
t = """**GOBIERNO DE MÉXICO** | **BIENESTAR**

**Delegación de Programas para el Bienestar en Hidalgo**

Boletín BIEN-HGO/027/2020

## Adelantan pago de pensiones a personas adultas mayores en la Huasteca hidalguense

Huejutla de Reyes, Hidalgo, 6 de abril de 2020.- La Delegación de Programas para el Bienestar en Hidalgo inició este lunes el pago adelantado de dos bimestres de la Pensión para el Bienestar de las Personas Adultas Mayores en los municipios de la Huasteca, como parte de las medidas para proteger a la población ante la emergencia sanitaria por COVID-19.

En esta región, el apoyo llegará a más de 38 mil personas de Huejutla, Atlapexco, Huautla, Jaltocán, San Felipe Orizatlán, Xochiatipan y Yahualica, quienes recibirán 5 mil 240 pesos cada una.

El personal de los Servidores de la Nación entregará los pagos en mesas instaladas al aire libre, con horarios escalonados según la primera letra del apellido, para evitar aglomeraciones. Se pide a los derechohabientes acudir con cubrebocas, su identificación oficial y su comprobante de inscripción, y guardar una distancia de al menos un metro y medio en las filas.

Las personas que no puedan acudir por enfermedad o discapacidad podrán enviar a un auxiliar previamente registrado, o solicitar la visita domiciliaria de los Servidores de la Nación.

Para resolver dudas sobre fechas y sedes de pago, la población puede llamar a la línea gratuita 800 555 0163, de lunes a domingo de 8:00 a 20:00 horas.

La Delegación recordó que ningún programa social tiene costo ni intermediarios, y pidió denunciar a cualquier persona que solicite dinero a cambio de incorporar a alguien a los programas.

oo0oo

Unidad de Comunicación Social
Delegación de Programas para el Bienestar en Hidalgo
Twitter: @BienestarHgo_ · Facebook: BienestarHidalgoDelegacion
"""
write_source('ay17.md', t, eol='crlf', bom=True)
write_gold('ay17', family='press_release',
           title='Adelantan pago de pensiones a personas adultas mayores en la Huasteca hidalguense',
           date='2020-04-06', bulletin_number='BIEN-HGO/027/2020',
           issuer='Delegación de Programas para el Bienestar en Hidalgo',
           dateline_city='Huejutla de Reyes',
           body_first_words='La Delegación de Programas para el Bienestar en Hidalgo inició',
           body_last_words='a cambio de incorporar a alguien a los programas.',
           boilerplate=['**GOBIERNO DE MÉXICO** | **BIENESTAR**', 'Boletín BIEN-HGO/027/2020',
                        'Huejutla de Reyes, Hidalgo, 6 de abril de 2020.-', 'oo0oo',
                        'Unidad de Comunicación Social',
                        'Twitter: @BienestarHgo_ · Facebook: BienestarHidalgoDelegacion'],
           must_keep=['Para resolver dudas sobre fechas y sedes de pago, la población puede llamar a la línea gratuita 800 555 0163, de lunes a domingo de 8:00 a 20:00 horas.',
                      'quienes recibirán 5 mil 240 pesos cada una.'])

# ---------------------------------------------------------------- ay18 bad (saved HTML page)
t = """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rescatan a familia atrapada por creciente del río Tampaón | Huasteca Hoy</title>
<link rel="stylesheet" href="./Rescatan a familia atrapada_files/style.min.css">
<script async src="./Rescatan a familia atrapada_files/gpt.js"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>
</head>
<body class="single single-post postid-8812">
<header class="site-header"><nav><ul><li><a href="https://huastecahoy.example.mx/">Inicio</a></li><li><a href="https://huastecahoy.example.mx/region/">Región</a></li><li><a href="https://huastecahoy.example.mx/deportes/">Deportes</a></li></ul></nav></header>
<main>
<article id="post-8812">
<h1 class="entry-title">Rescatan a familia atrapada por creciente del río Tampaón</h1>
<div class="entry-meta"><span class="author">Por Marisol Garza Ponce</span> <time datetime="2015-09-18T10:12:00-05:00">18 septiembre, 2015</time></div>
<div class="entry-content">
<p>Elementos de Protección Civil de Aquismón rescataron la madrugada de este viernes a una familia de cinco integrantes que quedó atrapada en el techo de su vivienda por la creciente del río Tampaón.</p>
<div class="ad-slot" id="div-gpt-ad-1442"><script>googletag.cmd.push(function(){googletag.display('div-gpt-ad-1442');});</script></div>
<p>Los rescatistas utilizaron una lancha y cuerdas para trasladar a los afectados a un albergue instalado en la escuela primaria de la comunidad.</p>
</div>
</article>
<aside class="widget"><h3>Lo más leído</h3><ol><li><a href="#">Abren carretera a Xilitla</a></li></ol></aside>
</main>
<footer><p>&copy; 2015 Huasteca Hoy. Todos los derechos reservados.</p></footer>
<script src="./Rescatan a familia atrapada_files/jquery.min.js"></script>
</body>
</html>
"""
write_source('ay18.txt', t)
write_gold('ay18', family='bad',
           refusal_reason='Es una página HTML guardada completa (con menús, anuncios y scripts), no un artículo en texto.')

# ---------------------------------------------------------------- ay19 jekyll (El Regio Digital; ZWSP; Liquid)
t = """---
layout: nota
title: "Reabren""" + ZWSP + """ parques de Monterrey con aforo limitado y horarios escalonados"
date: 2020-08-16
excerpt: "Los parques públicos volverán a recibir visitantes, pero solo al 30 por ciento de su capacidad."
categories:
  - Portada
tags:
  - covid-19
  - parques
  - Monterrey
author: Iván Leal Quiroga
site: El Regio Digital
---
{% include foto.html src="/img/2020/08/parque-reapertura.jpg" credito="Foto: Archivo El Regio Digital" %}

Después de casi cinco meses cerrados por la pandemia, los parques públicos de Monterrey volverán a abrir sus puertas a partir del próximo martes, aunque con un aforo máximo del 30 por ciento y horarios escalonados para evitar aglomeraciones, informaron este domingo autoridades municipales.

La reapertura incluye los parques España, Tucán, Aztlán y Rufino Tamayo, así como los espacios deportivos de las colonias del sur y del poniente de la ciudad. Los visitantes podrán caminar, correr y andar en bicicleta, pero las áreas de juegos infantiles, los asadores y las canchas de uso colectivo permanecerán cerradas.

Los horarios serán de 6:00 a 10:00 horas para adultos mayores y personas con enfermedades crónicas, y de 17:00 a 20:00 horas para el público en general. En cada acceso habrá filtros sanitarios con toma de temperatura y gel antibacterial, y será obligatorio el uso de cubrebocas.

{% include anuncio.html slot="nota-medio" %}

La directora de Parques y Jardines municipal, Sandra Villarreal Ríos, explicó que la medida responde a la petición de vecinos que desde hace semanas solicitaban un espacio al aire libre para hacer ejercicio de forma segura.

“Queremos que las familias recuperen estos espacios, pero con responsabilidad. Si vemos que no se respetan las medidas, tendremos que volver a cerrar”, advirtió.

El municipio pidió a la población no acudir en grupos de más de cuatro personas, evitar compartir botellas de agua y regresar a casa al terminar la actividad física. Los inspectores de Protección Civil recorrerán los parques para verificar que se cumplan las disposiciones.
"""
write_source('ay19.md', t)
write_gold('ay19', family='jekyll',
           title='Reabren parques de Monterrey con aforo limitado y horarios escalonados',
           date='2020-08-16', bylines=['Iván Leal Quiroga'], source='El Regio Digital',
           section=None, placement=['Portada'],
           body_first_words='Después de casi cinco meses cerrados por la pandemia',
           body_last_words='para verificar que se cumplan las disposiciones.',
           boilerplate=['{% include foto.html src="/img/2020/08/parque-reapertura.jpg" credito="Foto: Archivo El Regio Digital" %}',
                        '{% include anuncio.html slot="nota-medio" %}'],
           must_keep=['La reapertura incluye los parques España, Tucán, Aztlán y Rufino Tamayo',
                      'En cada acceso habrá filtros sanitarios con toma de temperatura y gel antibacterial, y será obligatorio el uso de cubrebocas.'],
           photo_credit='Foto: Archivo El Regio Digital')

# ---------------------------------------------------------------- ay20 generic (setext h1, Q&A interview)
t = """Memoria del huapango: conversación con un violinista de Tamazunchale
====================================================================

Don Crispín Olguín Reyes aprendió a tocar el violín a los nueve años, con un instrumento prestado y escuchando a su abuelo en las fiestas de la comunidad. Hoy, a los 78, sigue tocando cada fin de semana y da clases gratuitas a jóvenes de la Huasteca potosina. Platicamos con él en el patio de su casa.

P: ¿Cómo empezó en la música?

R: Mi abuelo tocaba en las bodas y en los velorios. Yo me sentaba a un lado y miraba cómo movía el arco. Un día me prestó el violín y ya no lo solté. En ese tiempo no había escuela de música; uno aprendía de oído, viendo a los mayores.

P: ¿Qué ha cambiado en el huapango desde entonces?

R: Antes la fiesta duraba toda la noche y la gente bailaba sobre la tarima hasta que amanecía. Ahora hay más grupos, hay concursos y festivales, y eso es bueno, porque los muchachos se animan. Lo que me preocupa es que algunos ya solo tocan lo que está de moda y se olvidan de los sones viejos.

P: ¿Por qué decidió dar clases sin cobrar?

R: Porque a mí nadie me cobró. La música de la Huasteca es de todos, y si no se la enseñamos a los jóvenes, se va a perder. Tengo once alumnos; algunos ya tocan en tríos y hasta han viajado a otros estados.

P: ¿Qué le pide a las autoridades?

R: Que apoyen a los maestros de las comunidades, que haya instrumentos para los niños que no pueden comprarlos y que no nos llamen nada más cuando hay una fiesta o una visita importante.

Al despedirnos, don Crispín toma el violín y toca un son antiguo, de esos que, dice, ya casi nadie recuerda.
"""
write_source('ay20.text', t, eol='crlf', bom=True)
write_gold('ay20', family='generic',
           title='Memoria del huapango: conversación con un violinista de Tamazunchale',
           body_first_words='Don Crispín Olguín Reyes aprendió a tocar el violín',
           body_last_words='de esos que, dice, ya casi nadie recuerda.',
           must_keep=['Hoy, a los 78, sigue tocando cada fin de semana y da clases gratuitas a jóvenes de la Huasteca potosina.',
                      'La música de la Huasteca es de todos, y si no se la enseñamos a los jóvenes, se va a perder.'])
