#!/usr/bin/env python3
"""importer-ch, files 11-20."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- ch11 wire (radio news script, Mac Roman + CR, Qro.)
ch11 = """Estéreo Tres Ríos 98.3 FM - Noticiero Primera Emisión
GUION DE NOTICIAS
JUEVES 15 DE NOVIEMBRE DE 2001
REDACCIÓN: Fernanda Moreno Uribe
SECCIÓN: LOCAL
========================================
NOTA 3          DURACIÓN: 1'40"

CABEZA: Comerciantes del tianguis dominical se mudarán a la explanada de la Alameda

(CORTINILLA LOCAL)

LOCUTOR: Los más de 600 comerciantes del tianguis que cada domingo se instala en las calles del centro de San Juan del Río se mudarán a partir de enero a la explanada de la Alameda, luego del acuerdo que alcanzaron este miércoles con el ayuntamiento.

LOCUTORA: Con el cambio se liberarán seis calles que hoy permanecen cerradas desde la madrugada hasta la tarde del domingo, lo que según los vecinos complica el paso de ambulancias y el acceso a la parroquia.

LOCUTOR: El líder de los comerciantes, Leopoldo Trejo Basaldúa, explicó que aceptaron la reubicación porque el municipio se comprometió a instalar baños, tomas de agua y alumbrado en el nuevo espacio.

(ENTRA AUDIO TREJO 0'18" / IN: "Nosotros no queremos pleito" / OUT: "...que sea parejo para todos")

LOCUTORA: Los lugares se asignarán por sorteo entre los comerciantes que estén inscritos en el padrón municipal, y quienes no tengan su permiso en regla tendrán hasta el 15 de diciembre para tramitarlo.

LOCUTOR: El ayuntamiento informó que la obra de adecuación de la explanada costará alrededor de un millón de pesos y que estará lista en la primera semana de enero. Mientras tanto, el tianguis seguirá funcionando en su ubicación actual.

(SALE A CORTE COMERCIAL)
========================================
"""
write_source('ch11.txt', ch11, enc='mac_roman', eol='cr')
write_gold('ch11', family='wire',
           title='Comerciantes del tianguis dominical se mudarán a la explanada de la Alameda',
           date='2001-11-15', bylines=['Fernanda Moreno Uribe'], source='Estéreo Tres Ríos',
           section='LOCAL',
           body_first_words='Los más de 600 comerciantes del tianguis que cada domingo',
           body_last_words='el tianguis seguirá funcionando en su ubicación actual.',
           boilerplate=['GUION DE NOTICIAS', 'NOTA 3 DURACIÓN: 1\'40"', '(CORTINILLA LOCAL)',
                        'LOCUTOR:', 'LOCUTORA:',
                        '(ENTRA AUDIO TREJO 0\'18" / IN: "Nosotros no queremos pleito" / OUT: "...que sea parejo para todos")',
                        '(SALE A CORTE COMERCIAL)'],
           must_keep=['Con el cambio se liberarán seis calles que hoy permanecen cerradas desde la madrugada hasta la tarde del domingo, lo que según los vecinos complica el paso de ambulancias y el acceso a la parroquia.',
                      'El líder de los comerciantes, Leopoldo Trejo Basaldúa, explicó que aceptaron la reubicación porque el municipio se comprometió a instalar baños, tomas de agua y alumbrado en el nuevo espacio.',
                      'Mientras tanto, el tianguis seguirá funcionando en su ubicación actual.'])

# ---------------------------------------------------------------- ch12 press (consumer-protection office, Mich., Markdown table)
ch12 = """PROCURADURÍA FEDERAL DEL CONSUMIDOR
Oficina de Defensa del Consumidor Morelia
Boletín ODECO-MOR/045/2018

## Profeco Morelia encuentra diferencias de hasta 60% en precios de juguetes

Morelia, Michoacán, 10 de diciembre de 2018.- La Oficina de Defensa del Consumidor (Odeco) de la Procuraduría Federal del Consumidor en Morelia encontró diferencias de hasta 60 por ciento en el precio de un mismo juguete entre establecimientos de la ciudad, de acuerdo con el monitoreo que realizó la semana pasada en 14 tiendas departamentales, jugueterías y autoservicios.

Entre los productos con mayor variación están las muñecas de moda, los juegos de mesa y los vehículos a control remoto. Algunos ejemplos del monitoreo:

| Producto | Precio más bajo | Precio más alto | Diferencia |
|---|---|---|---|
| Juego de mesa de palabras | $289.00 | $459.00 | 58.8% |
| Muñeca articulada con accesorios | $349.00 | $529.00 | 51.6% |
| Carro a control remoto 1:18 | $399.00 | $639.00 | 60.2% |

La titular de la Odeco Morelia, Gabriela Cortés Anguiano, recomendó a las familias comparar precios antes de comprar, revisar que los juguetes tengan instructivo y advertencias en español, y pedir siempre el comprobante de compra. "Un juguete no es más seguro ni mejor por ser más caro", dijo.

La oficina recordó que las tiendas están obligadas a respetar el precio exhibido y las promociones anunciadas, y que las garantías de los juguetes electrónicos no pueden ser menores a noventa días.

En caso de abusos, los consumidores pueden presentar su queja en las oficinas de la Odeco, ubicadas en el centro de Morelia, o llamar al Teléfono del Consumidor 55 5550 8722. Durante diciembre la oficina ampliará su horario de atención los sábados.

- 0 0 0 -

Síguenos en Twitter: @ProfecoMoreliaEj
Unidad de Comunicación Social | comunicacion.mor@profeco-odeco.example.mx
"""
write_source('ch12.md', ch12)
write_gold('ch12', family='press_release',
           title='Profeco Morelia encuentra diferencias de hasta 60% en precios de juguetes',
           date='2018-12-10', source='PROCURADURÍA FEDERAL DEL CONSUMIDOR',
           bulletin_number='ODECO-MOR/045/2018', issuer='PROCURADURÍA FEDERAL DEL CONSUMIDOR',
           dateline_city='Morelia',
           body_first_words='La Oficina de Defensa del Consumidor (Odeco) de la Procuraduría Federal',
           body_last_words='ampliará su horario de atención los sábados.',
           boilerplate=['Oficina de Defensa del Consumidor Morelia', 'Boletín ODECO-MOR/045/2018',
                        'Morelia, Michoacán, 10 de diciembre de 2018.-', '- 0 0 0 -',
                        'Síguenos en Twitter: @ProfecoMoreliaEj',
                        'Unidad de Comunicación Social | comunicacion.mor@profeco-odeco.example.mx'],
           must_keep=['Entre los productos con mayor variación están las muñecas de moda, los juegos de mesa y los vehículos a control remoto.',
                      '"Un juguete no es más seguro ni mejor por ser más caro", dijo.',
                      'o llamar al Teléfono del Consumidor 55 5550 8722.'])

# ---------------------------------------------------------------- ch13 jekyll-like (Hugo TOML front matter, Ags.)
ch13 = """+++
title = "San Marcos: la feria que empezó como tianguis de ganado"
date = 2019-04-13T20:30:00-05:00
draft = false
author = "Luis Fernando Macías Romo"
categories = ["Historia"]
tags = ["Feria de San Marcos", "Aguascalientes", "crónica"]
medio = "Memoria Hidrocálida"
slug = "san-marcos-tianguis-de-ganado"
+++

Antes de los palenques, los conciertos y los millones de visitantes, la Feria de San Marcos fue un tianguis de ganado y de productos del campo que se instalaba cada abril en los alrededores del templo del barrio de San Marcos, en Aguascalientes.

{{< figure src="/img/2019/feria-1930.jpg" caption="El jardín de San Marcos hacia 1930. Foto: Archivo Histórico del Estado" >}}

Los primeros registros de la feria datan de 1828, cuando el gobierno local autorizó una exposición agrícola, ganadera e industrial durante las fiestas del santo patrono del barrio. Los rancheros llegaban con sus animales desde Calvillo, Jesús María y los pueblos de Zacatecas y Jalisco.

Con el paso de las décadas el tianguis se fue llenando de otras diversiones. Llegaron los juegos de azar, las peleas de gallos, las corridas de toros y los bailes en el jardín, que se convirtió en el centro de la fiesta. Las familias de la ciudad estrenaban ropa para pasear por las calzadas.

La cronista Ofelia Dávila Ruvalcaba recuerda que su abuela le contaba que en la feria se cerraban tratos de ganado de palabra, con un apretón de manos frente al templo. "Nadie firmaba nada, y nadie faltaba a lo dicho", le decía.

Hoy la feria dura casi un mes y recibe a varios millones de personas, pero el barrio conserva el jardín, el templo y algunas de las casonas donde se hospedaban los comerciantes que venían de fuera. Quien sepa mirar todavía encontrará, entre los puestos de gorditas y los juegos mecánicos, las huellas de aquel tianguis de ganado.
"""
write_source('ch13.md', ch13)
write_gold('ch13', family='jekyll',
           title='San Marcos: la feria que empezó como tianguis de ganado',
           date='2019-04-13', bylines=['Luis Fernando Macías Romo'], source='Memoria Hidrocálida',
           section='Historia',
           body_first_words='Antes de los palenques, los conciertos y los millones de visitantes',
           body_last_words='las huellas de aquel tianguis de ganado.',
           boilerplate=['Foto: Archivo Histórico del Estado'],
           must_keep=['Los primeros registros de la feria datan de 1828, cuando el gobierno local autorizó una exposición agrícola, ganadera e industrial durante las fiestas del santo patrono del barrio.',
                      '"Nadie firmaba nada, y nadie faltaba a lo dicho", le decía.',
                      'Con el paso de las décadas el tianguis se fue llenando de otras diversiones.'],
           photo_credit='Archivo Histórico del Estado')

# ---------------------------------------------------------------- ch14 wire (Substack post received by e-mail, Gto.)
ch14 = """From: Crónica de San Miguel <cronicadesanmiguel@substack-mail.example.mx>
To: redaccion.archivo@correo.example.mx
Subject: El agua de San Miguel: pozos cada vez más hondos
Date: Tue, 14 Feb 2023 13:02:11 +0000
Content-Type: text/plain; charset="utf-8"

View this post on the web at https://cronicadesanmiguel.substack.example.mx/p/el-agua-de-san-miguel

El agua de San Miguel: pozos cada vez más hondos

Andrea Salcedo Paniagua
Feb 14, 2023

Hace veinte años, los pozos que abastecen a San Miguel de Allende encontraban agua a unos 150 metros de profundidad. Hoy el organismo operador perfora hasta 400 metros, y en algunos de ellos el agua sale con niveles de flúor y arsénico por encima de lo que permite la norma.

La ciudad se abastece del acuífero de la cuenca alta del río Laja, al que la Comisión Nacional del Agua considera sobreexplotado desde hace décadas. La mayor parte del agua que se extrae no va a las casas, sino a los cultivos de hortalizas para exportación y a la industria de la región.

Thanks for reading Crónica de San Miguel! Subscribe for free to receive new posts and support my work.

En las comunidades rurales del municipio el problema se siente primero. Doña Eustolia Ramírez, de la comunidad de Los Galvanes, dice que desde hace tres años el agua de la llave le mancha los dientes a sus nietos. Las familias que pueden compran garrafones; las que no, siguen tomando del pozo.

Investigadores de universidades de Guanajuato y Querétaro han documentado que el agua más antigua, la que se extrae a mayor profundidad, es la que trae más minerales. Mientras más se baja el nivel, peor es la calidad.

El organismo operador asegura que el agua que entrega en la zona urbana cumple con la norma gracias a la mezcla de pozos. Pero en la próxima entrega de esta newsletter revisaremos qué pasa en las comunidades que no están conectadas a la red.

Like
Comment
Restack

© 2023 Andrea Salcedo Paniagua
Unsubscribe https://cronicadesanmiguel.substack.example.mx/action/disable_email
"""
write_source('ch14.txt', ch14, eol='crlf')
write_gold('ch14', family='wire',
           title='El agua de San Miguel: pozos cada vez más hondos',
           date='2023-02-14', bylines=['Andrea Salcedo Paniagua'], source='Crónica de San Miguel',
           body_first_words='Hace veinte años, los pozos que abastecen a San Miguel de Allende',
           body_last_words='qué pasa en las comunidades que no están conectadas a la red.',
           boilerplate=['View this post on the web at https://cronicadesanmiguel.substack.example.mx/p/el-agua-de-san-miguel',
                        'Thanks for reading Crónica de San Miguel! Subscribe for free to receive new posts and support my work.',
                        'Restack', '© 2023 Andrea Salcedo Paniagua',
                        'Unsubscribe https://cronicadesanmiguel.substack.example.mx/action/disable_email'],
           must_keep=['La mayor parte del agua que se extrae no va a las casas, sino a los cultivos de hortalizas para exportación y a la industria de la región.',
                      'Las familias que pueden compran garrafones; las que no, siguen tomando del pozo.',
                      'Mientras más se baja el nivel, peor es la calidad.'])

# ---------------------------------------------------------------- ch15 generic (Google Docs "Docs to Markdown" export)
ch15 = """<!-- Output copied to clipboard! -->

<!-----

Yay, no errors, warnings, or alerts!

Conversion time: 0.412 seconds.


Using this Markdown file:

1. Paste this output into your Markdown document.
2. Review the converted output.

Conversion notes:

* Docs to Markdown version 1.0β33
* Mon Jul 19 2021 10:12:45 GMT-0700 (PDT)
* Source doc: Guía útiles escolares VERSIÓN FINAL
----->


## Cómo ahorrar en la compra de útiles escolares

El regreso a clases es una de las temporadas de mayor gasto para las familias. Con un poco de planeación, sin embargo, es posible reducir la cuenta de los útiles hasta en una tercera parte sin sacrificar la calidad de lo que se compra.

**Antes de salir de casa**



1. Revise lo que sobró del ciclo anterior. Colores, tijeras, reglas y mochilas en buen estado pueden usarse un año más.
2. Haga una lista y no se salga de ella. Las compras impulsivas, sobre todo de artículos con personajes de moda, son las que más encarecen la cuenta.
3. Pregunte en la escuela si la lista es obligatoria o sólo una sugerencia\\. Ninguna escuela pública puede condicionar la inscripción a la compra de útiles.

**En la tienda**

Compare precios entre papelerías, tiendas de autoservicio y mercados. Un mismo paquete de cuadernos puede costar el doble de un establecimiento a otro\\. Los productos de marca propia suelen tener la misma calidad que los de marcas conocidas.

Pida siempre su comprobante de compra y revise que los precios cobrados coincidan con los exhibidos. Si el establecimiento se niega a respetar un precio anunciado, puede presentar una queja ante la autoridad de protección al consumidor.

**Compras en grupo**

Algunas familias se organizan con otros padres del mismo salón para comprar al mayoreo\\. Una caja de cien lápices o un paquete de diez cuadernos cuesta bastante menos por pieza que las compras individuales, y el ahorro se reparte entre todos.
"""
write_source('ch15.md', ch15)
write_gold('ch15', family='generic',
           title='Cómo ahorrar en la compra de útiles escolares',
           body_first_words='El regreso a clases es una de las temporadas de mayor gasto',
           body_last_words='y el ahorro se reparte entre todos.',
           boilerplate=['Yay, no errors, warnings, or alerts!', 'Conversion time: 0.412 seconds.',
                        'Paste this output into your Markdown document.',
                        'Docs to Markdown version 1.0β33',
                        'Source doc: Guía útiles escolares VERSIÓN FINAL'],
           must_keep=['Ninguna escuela pública puede condicionar la inscripción a la compra de útiles.',
                      'Los productos de marca propia suelen tener la misma calidad que los de marcas conocidas.',
                      'Si el establecimiento se niega a respetar un precio anunciado, puede presentar una queja ante la autoridad de protección al consumidor.'])

# ---------------------------------------------------------------- ch16 press (agricultural market bulletin, Mich., tab table)
ch16 = """GOBIERNO DE MÉXICO
Oficina de Representación de Agricultura en Michoacán
Boletín de Mercados No. 37/2021
Semana del 13 al 17 de septiembre

Uruapan, Mich., 17 de septiembre de 2021.

Precio del aguacate Hass en huerta sube 12 por ciento por menor corte

El precio del aguacate Hass pagado al productor en las huertas de la franja aguacatera de Michoacán subió en promedio 12 por ciento durante la semana, debido a que las lluvias de los últimos días redujeron el corte y a que la demanda de los empaques para exportación se mantuvo firme.

El kilogramo de fruta de primera calidad se pagó en un promedio de 38 pesos en Uruapan, Tancítaro y Peribán, frente a los 34 pesos de la semana anterior. La fruta de calidad "canica", destinada al mercado nacional, registró un alza menor.

Precios promedio pagados al productor (pesos por kilogramo):
Calidad\tSemana anterior\tEsta semana
Extra\t41.50\t46.00
Primera\t34.00\t38.00
Segunda\t27.50\t30.00
Canica\t16.00\t17.00

Los empacadores informaron que en la semana se enviaron a Estados Unidos alrededor de 2 mil 600 toneladas, un volumen similar al del mismo periodo del año pasado. La temporada de mayor exportación comenzará en octubre con la llegada de la floración "loca" a los mercados.

En la central de abasto de la Ciudad de México el aguacate de primera se comercializó entre 45 y 52 pesos por kilogramo. En Guadalajara y Monterrey los precios fueron ligeramente superiores por el costo del flete.

La Oficina de Representación recomienda a los productores registrar sus huertas en el padrón fitosanitario antes de la temporada alta, ya que sólo la fruta de huertas certificadas puede destinarse a la exportación.

---000---

Información: Unidad de Análisis de Mercados
Tel. 452 555 0917 | mercados.mich@agricultura-rep.example.mx
"""
write_source('ch16.txt', ch16, enc='cp1252')
write_gold('ch16', family='press_release',
           title='Precio del aguacate Hass en huerta sube 12 por ciento por menor corte',
           date='2021-09-17',
           source='Oficina de Representación de Agricultura en Michoacán',
           bulletin_number='37/2021',
           issuer='Oficina de Representación de Agricultura en Michoacán',
           dateline_city='Uruapan',
           body_first_words='El precio del aguacate Hass pagado al productor',
           body_last_words='puede destinarse a la exportación.',
           boilerplate=['GOBIERNO DE MÉXICO', 'Boletín de Mercados No. 37/2021',
                        'Semana del 13 al 17 de septiembre', 'Uruapan, Mich., 17 de septiembre de 2021.',
                        '---000---', 'Información: Unidad de Análisis de Mercados',
                        'Tel. 452 555 0917 | mercados.mich@agricultura-rep.example.mx'],
           must_keep=['El kilogramo de fruta de primera calidad se pagó en un promedio de 38 pesos en Uruapan, Tancítaro y Peribán, frente a los 34 pesos de la semana anterior.',
                      'Precios promedio pagados al productor (pesos por kilogramo):',
                      'En Guadalajara y Monterrey los precios fueron ligeramente superiores por el costo del flete.'])

# ---------------------------------------------------------------- ch17 jekyll (hand-made site, Spanish keys, Liquid includes, Nay.)
ch17 = """---
layout: nota
titulo: "Santa María del Oro: la laguna se llena de visitantes en Semana Santa"
fecha: 23 de marzo de 2016
autor: Brenda Castañeda Flores
categoría: Turismo
etiquetas: [laguna, Semana Santa, Santa María del Oro]
medio: Laguna y Sierra
imagen: /assets/img/2016/laguna-smo.jpg
---
{% include figura.html src="/assets/img/2016/laguna-smo.jpg" pie="Vista de la laguna desde el mirador. Foto: Brenda Castañeda Flores" %}

La laguna de Santa María del Oro, un cráter volcánico inundado a unos 40 minutos de Tepic, espera recibir durante estas vacaciones de Semana Santa a más de 25 mil visitantes, según los cálculos de los prestadores de servicios turísticos de la zona.

Los restaurantes de la orilla ya contrataron personal adicional y las cabañas están reservadas para el jueves y el viernes santos. Los lancheros ofrecen recorridos de media hora por la laguna, y en el embarcadero se rentan kayaks y tablas de remo.

Protección Civil municipal instalará un puesto de socorro en la playa principal y recorrerá la orilla con una lancha de rescate. Las autoridades recordaron que la laguna alcanza más de 60 metros de profundidad en el centro y pidieron a los bañistas no alejarse de las zonas señaladas.

Don Ismael Partida, que atiende una fonda desde hace veinte años, dice que el lugar ha cambiado mucho. "Antes sólo venía gente de Tepic los domingos; ahora llegan de Guadalajara y hasta de Mazatlán", cuenta mientras prepara pescado zarandeado.

El ayuntamiento pidió a los visitantes llevarse su basura y no encender fogatas fuera de las áreas permitidas, ya que la temporada de estiaje aumenta el riesgo de incendios en el bosque que rodea el cráter.

{% include comparte.html redes="facebook,twitter,whatsapp" %}
"""
write_source('ch17.md', ch17)
write_gold('ch17', family='jekyll',
           title='Santa María del Oro: la laguna se llena de visitantes en Semana Santa',
           date='2016-03-23', bylines=['Brenda Castañeda Flores'], source='Laguna y Sierra',
           section='Turismo',
           body_first_words='La laguna de Santa María del Oro, un cráter volcánico inundado',
           body_last_words='en el bosque que rodea el cráter.',
           boilerplate=['Foto: Brenda Castañeda Flores',
                        '{% include comparte.html redes="facebook,twitter,whatsapp" %}'],
           must_keep=['Los lancheros ofrecen recorridos de media hora por la laguna, y en el embarcadero se rentan kayaks y tablas de remo.',
                      'Las autoridades recordaron que la laguna alcanza más de 60 metros de profundidad en el centro y pidieron a los bañistas no alejarse de las zonas señaladas.',
                      '"Antes sólo venía gente de Tepic los domingos; ahora llegan de Guadalajara y hasta de Mazatlán", cuenta mientras prepara pescado zarandeado.'],
           photo_credit='Brenda Castañeda Flores')

# ---------------------------------------------------------------- ch18 wire (Joomla page copied from the browser, Col.)
ch18 = """Diario del Valle de Tecomán
Inicio \u00bb Noticias \u00bb Región \u00bb Limoneros de Tecomán reciben el precio más alto en tres años
Limoneros de Tecomán reciben el precio más alto en tres años
Escrito por Efraín Lomelí Virgen\t
Categoría: Región\t
Publicado: 05 Mayo 2014\t
Visto: 1532
Imprimir\tCorreo electrónico

Los productores de limón mexicano del valle de Tecomán reciben esta semana hasta 18 pesos por kilogramo de fruta en las empacadoras, el precio más alto de los últimos tres años, luego de que la producción cayó por los efectos de la enfermedad conocida como dragón amarillo.

De acuerdo con los productores, en algunas huertas la cosecha se redujo a la mitad desde que el HLB llegó a la región, y muchos pequeños propietarios no han podido renovar sus árboles. El alza del precio, dicen, no compensa la pérdida de volumen.

En los mercados de Colima y de Manzanillo el kilo de limón se vende al consumidor entre 30 y 40 pesos. Fondas y taquerías del centro de Tecomán dejaron de poner limones en las mesas y ahora los sirven sólo a petición del cliente.

Arnulfo Preciado Ceballos, quien tiene doce hectáreas en la comunidad de Cerro de Ortega, explicó que cada aplicación para controlar al insecto que transmite la enfermedad le cuesta alrededor de 4 mil pesos por hectárea. "Si uno no fumiga, el vecino tampoco sirve de nada que fumigue", comentó.

Los limoneros pidieron a las autoridades un programa de renovación de huertas con plantas certificadas y créditos a largo plazo. Las organizaciones del sector prevén que el precio se mantendrá alto hasta el inicio de la temporada de lluvias, cuando aumenta la floración.

Comentarios (0)
< Anterior   Siguiente >
"""
write_source('ch18.txt', ch18, enc='cp1252', eol='crlf')
write_gold('ch18', family='wire',
           title='Limoneros de Tecomán reciben el precio más alto en tres años',
           date='2014-05-05', bylines=['Efraín Lomelí Virgen'], source='Diario del Valle de Tecomán',
           section='Región',
           body_first_words='Los productores de limón mexicano del valle de Tecomán',
           body_last_words='cuando aumenta la floración.',
           boilerplate=['Inicio » Noticias » Región »', 'Visto: 1532', 'Imprimir', 'Correo electrónico',
                        'Comentarios (0)', '< Anterior Siguiente >'],
           must_keep=['El alza del precio, dicen, no compensa la pérdida de volumen.',
                      'Fondas y taquerías del centro de Tecomán dejaron de poner limones en las mesas y ahora los sirven sólo a petición del cliente.',
                      '"Si uno no fumiga, el vecino tampoco sirve de nada que fumigue", comentó.'])

# ---------------------------------------------------------------- ch19 press (state government release inside an Outlook e-mail, Col.)
ch19 = """De: Comunicación Social Gobierno de Colima <boletines@colima-comsoc.example.mx>
Enviado el: martes, 9 de agosto de 2022 17:48
Para: Redacción <redaccion@diariodelpacifico.example.mx>
Asunto: Boletín 1187 - Inicia rehabilitación del Jardín Libertad

GOBIERNO DEL ESTADO DE COLIMA
Coordinación General de Comunicación Social

Boletín No. 1187

Inicia rehabilitación del Jardín Libertad en el centro de Colima

Colima, Col., 9 de agosto de 2022.- La Secretaría de Infraestructura, Desarrollo Urbano y Movilidad del Gobierno del Estado inició este martes los trabajos de rehabilitación del Jardín Libertad, la plaza principal de la capital, que incluyen la restauración del kiosco, el cambio de luminarias y la renovación de los andadores.

La obra tendrá una inversión de 18 millones de pesos y se realizará por etapas, de manera que una parte del jardín permanezca abierta durante todo el proceso. Las bancas de hierro forjado serán retiradas para su restauración en un taller local y regresarán a su lugar al final de los trabajos.

El proyecto fue revisado por especialistas del Instituto Nacional de Antropología e Historia, debido a que el jardín y los edificios que lo rodean forman parte del centro histórico de la ciudad. Los árboles existentes se conservarán y se plantarán nuevas especies nativas en las jardineras.

Durante la obra, los boleros, los fotógrafos y los vendedores de nieve que trabajan en el jardín serán reubicados temporalmente en el andador Constitución. La dependencia informó que ya se reunió con ellos para acordar los espacios.

Se prevé que los trabajos concluyan en diciembre, a tiempo para las fiestas de fin de año.

-oOo-

--
AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo de su destinatario y pueden contener información confidencial. Si usted lo recibió por error, notifique al remitente y elimínelo.
"""
write_source('ch19.txt', ch19, eol=('mixed', 5))
write_gold('ch19', family='press_release',
           title='Inicia rehabilitación del Jardín Libertad en el centro de Colima',
           date='2022-08-09', source='GOBIERNO DEL ESTADO DE COLIMA',
           bulletin_number='1187', issuer='GOBIERNO DEL ESTADO DE COLIMA', dateline_city='Colima',
           body_first_words='La Secretaría de Infraestructura, Desarrollo Urbano y Movilidad',
           body_last_words='a tiempo para las fiestas de fin de año.',
           boilerplate=['De: Comunicación Social Gobierno de Colima <boletines@colima-comsoc.example.mx>',
                        'Enviado el: martes, 9 de agosto de 2022 17:48',
                        'Para: Redacción <redaccion@diariodelpacifico.example.mx>',
                        'Asunto: Boletín 1187 - Inicia rehabilitación del Jardín Libertad',
                        'Coordinación General de Comunicación Social', 'Boletín No. 1187',
                        'Colima, Col., 9 de agosto de 2022.-', '-oOo-',
                        'AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo de su destinatario y pueden contener información confidencial.'],
           must_keep=['La obra tendrá una inversión de 18 millones de pesos y se realizará por etapas, de manera que una parte del jardín permanezca abierta durante todo el proceso.',
                      'Los árboles existentes se conservarán y se plantarán nuevas especies nativas en las jardineras.',
                      'La dependencia informó que ya se reunió con ellos para acordar los espacios.'])

# ---------------------------------------------------------------- ch20 bad (front matter with a description, no body)
ch20 = """---
layout: post
title: "Morelia: reabren la calzada junto al Acueducto tras obras de restauración"
date: 2018-06-02 10:00:00 -0500
description: "Tras ocho meses de trabajos, el ayuntamiento reabrió la calzada peatonal junto al Acueducto."
categories: [Portada, Morelia]
author: Redacción
image: /uploads/2018/06/acueducto.jpg
---



"""
write_source('ch20.md', ch20, eol='crlf')
write_gold('ch20', family='bad',
           refusal_reason='El archivo sólo tiene encabezado (front matter) y líneas en blanco: la nota no tiene cuerpo; la descripción no es el texto del artículo.')
