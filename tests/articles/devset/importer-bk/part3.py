#!/usr/bin/env python3
"""importer-bk, files 21-30."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- bk21 jekyll (newspaper's 2020s headless CMS, front matter export)
bk21 = """---
_id: 0b7c3f9e-52a1-4d0e-9a3c-7f21c4e8d915
_type: article
title: "Temporada de huapango: el festival de Pánuco reúne a 48 tríos"
slug: festival-huapango-panuco-48-trios
publishedAt: "2025-02-28T23:20:00-06:00"
updatedAt: "2025-03-01T10:02:00-06:00"
authors:
  - name: Brenda Salazar Cantú
    slug: brenda-salazar-cantu
  - name: Joel Ibarra
    slug: joel-ibarra
    role: fotografía
section:
  name: Huasteca
  slug: huasteca
flags: [portada]
hero:
  src: https://cdn.elcentinela.example.mx/2025/02/festival-huapango.jpg
  credit: Joel Ibarra / El Centinela del Golfo
brand: El Centinela del Golfo
---

Cuarenta y ocho tríos huastecos de Veracruz, San Luis Potosí, Hidalgo, Tamaulipas y Querétaro participan desde este viernes en el festival de huapango de Pánuco, que este año cumple veinte ediciones y se realiza por primera vez en el malecón del río.

Los tríos compiten en tres categorías: infantil, juvenil y libre. Cada agrupación interpreta un son de su elección y otro sorteado por el jurado, entre piezas tradicionales como *El Fandanguito*, *La Rosita Arriba* y *El Gusto*.

La organizadora del encuentro, Rocío Saldaña Vite, explicó que el crecimiento de la categoría infantil es la mejor noticia de esta edición. "Hace veinte años teníamos que rogarle a los papás; ahora hay lista de espera y los niños llegan con su jarana afinada", dijo.

El festival incluye talleres de violín, de falsete y de zapateado para principiantes, así como un concurso de versadores que improvisan décimas sobre temas propuestos por el público.

Las autoridades municipales calculan la llegada de unos 15 mil visitantes durante los tres días del encuentro. La clausura será el domingo con la presentación de los ganadores y un fandango abierto en la plaza principal.
"""
write_source('bk21.md', bk21)
write_gold('bk21', family='jekyll',
           title='Temporada de huapango: el festival de Pánuco reúne a 48 tríos',
           date='2025-02-28', bylines=['Brenda Salazar Cantú'], source='El Centinela del Golfo',
           section='Huasteca', placement=['portada'],
           body_first_words='Cuarenta y ocho tríos huastecos de Veracruz',
           body_last_words='un fandango abierto en la plaza principal.',
           boilerplate=['0b7c3f9e-52a1-4d0e-9a3c-7f21c4e8d915', 'Joel Ibarra / El Centinela del Golfo'],
           must_keep=['Los tríos compiten en tres categorías: infantil, juvenil y libre.',
                      '"Hace veinte años teníamos que rogarle a los papás; ahora hay lista de espera y los niños llegan con su jarana afinada", dijo.',
                      'así como un concurso de versadores que improvisan décimas sobre temas propuestos por el público.'],
           photo_credit='Joel Ibarra / El Centinela del Golfo')

# ---------------------------------------------------------------- bk22 wire (regional TV station, early-2010s site, cp1252, mixed EOL)
bk22 = """NOTICIAS TV NORESTE - Canal 12
Nuevo León | Lunes 12 de marzo de 2012 | 22:10 hrs.
Abren en Linares centro de acopio para productores de naranja
Texto: Redacción TVN / Video: Rubén Garza Tijerina

Un centro de acopio con capacidad para recibir 400 toneladas diarias de naranja comenzó a operar este lunes en el municipio de Linares, con lo que los productores de la región citrícola del sur de Nuevo León podrán vender su fruta sin depender de los intermediarios que llegan de otros estados.

La bodega fue construida por una sociedad de 120 productores de Linares, Montemorelos y General Terán, con apoyo de programas federales y estatales. Cuenta con básculas, bandas de selección y una cámara de enfriamiento para conservar la fruta hasta por dos semanas.

El presidente de la sociedad, Efraín Villarreal Leal, dijo que en las últimas temporadas el precio de la naranja en huerta llegó a caer hasta 80 centavos por kilo. "Con la bodega podemos juntar volumen, negociar con las juguerías y esperar a que el precio mejore", explicó a TV Noreste.

Los socios esperan acopiar en esta temporada alrededor de 25 mil toneladas, que se venderán a plantas procesadoras de jugo y a cadenas de supermercados del área metropolitana de Monterrey.

La región citrícola de Nuevo León tiene unas 28 mil hectáreas de naranja, toronja y mandarina, y es una de las principales fuentes de empleo en el campo del estado.

Comentarios (3)
Ver más videos de Nuevo León
Lo más visto: Choque en la carretera Nacional deja dos lesionados | Anuncian cierre parcial del puente del Papa
"""
write_source('bk22.txt', bk22, enc='cp1252', eol=('mixed', 4))
write_gold('bk22', family='wire',
           title='Abren en Linares centro de acopio para productores de naranja',
           date='2012-03-12', bylines=[], source='NOTICIAS TV NORESTE - Canal 12', section='Nuevo León',
           body_first_words='Un centro de acopio con capacidad para recibir 400 toneladas diarias',
           body_last_words='una de las principales fuentes de empleo en el campo del estado.',
           boilerplate=['Texto: Redacción TVN / Video: Rubén Garza Tijerina', 'Comentarios (3)',
                        'Ver más videos de Nuevo León',
                        'Lo más visto: Choque en la carretera Nacional deja dos lesionados | Anuncian cierre parcial del puente del Papa'],
           must_keep=['"Con la bodega podemos juntar volumen, negociar con las juguerías y esperar a que el precio mejore", explicó a TV Noreste.',
                      'Cuenta con básculas, bandas de selección y una cámara de enfriamiento para conservar la fruta hasta por dos semanas.',
                      'La región citrícola de Nuevo León tiene unas 28 mil hectáreas de naranja, toronja y mandarina'])

# ---------------------------------------------------------------- bk23 press (municipality, Word document saved as cp1252 text, form feed)
bk23 = """H. Ayuntamiento Constitucional de Pánuco, Veracruz
2008-2010
Departamento de Comunicación Social

Boletín número: 037

ENTREGA AYUNTAMIENTO LANCHAS Y MOTORES A PESCADORES DE LA LAGUNA DE CHAIREL

Pánuco, Ver., 3 de junio de 2008.

\tEl Ayuntamiento de Pánuco entregó este martes seis lanchas de fibra de vidrio y seis motores fuera de borda a igual número de cooperativas pesqueras que trabajan en las lagunas y esteros del municipio, con una inversión compartida entre el gobierno municipal y los propios pescadores.

\tCada cooperativa aportó el 30 por ciento del valor del equipo y el municipio cubrió el resto con recursos del ramo destinado al desarrollo rural. Los beneficiarios pertenecen a las comunidades de El Higo, Tamos, Moralillo y Las Flores, entre otras.

\x0c
\tEl presidente municipal destacó que se trata de la primera entrega de un programa que en tres años busca renovar la mitad de las embarcaciones que utilizan los pescadores del municipio, muchas de ellas de madera y con más de veinte años de uso.

\tEl representante de las cooperativas, Cirilo Del Ángel Téllez, agradeció el apoyo y pidió al ayuntamiento gestionar ante las autoridades federales el ordenamiento de la pesca de jaiba y camarón en los cuerpos de agua de la zona. "Con lancha nueva se trabaja mejor, pero si no cuidamos la laguna no va a haber qué pescar", dijo.

\tEn el acto se informó que en las próximas semanas se impartirán cursos de mantenimiento de motores y de seguridad en el agua a los pescadores beneficiados.

---FIN---

Departamento de Comunicación Social
Tel. 01 (846) 555 0127
"""
write_source('bk23.txt', bk23, enc='cp1252', eol='crlf')
write_gold('bk23', family='press_release',
           title='ENTREGA AYUNTAMIENTO LANCHAS Y MOTORES A PESCADORES DE LA LAGUNA DE CHAIREL',
           date='2008-06-03', source='H. Ayuntamiento Constitucional de Pánuco, Veracruz',
           bulletin_number='037', issuer='H. Ayuntamiento Constitucional de Pánuco, Veracruz',
           dateline_city='Pánuco',
           body_first_words='El Ayuntamiento de Pánuco entregó este martes seis lanchas',
           body_last_words='a los pescadores beneficiados.',
           boilerplate=['Boletín número: 037', 'Pánuco, Ver., 3 de junio de 2008.', '---FIN---',
                        'Departamento de Comunicación Social', 'Tel. 01 (846) 555 0127'],
           must_keep=['Los beneficiarios pertenecen a las comunidades de El Higo, Tamos, Moralillo y Las Flores, entre otras.',
                      '"Con lancha nueva se trabaja mejor, pero si no cuidamos la laguna no va a haber qué pescar", dijo.',
                      'muchas de ellas de madera y con más de veinte años de uso.'])

# ---------------------------------------------------------------- bk24 generic (desk transcript: latin-1, leading blank lines, no final newline)
bk24 = """

   
Las bandas de viento de Tantoyuca no se rinden   
El sábado por la tarde, cuando baja el calor, en el patio de la casa de don Agapito Cruz se juntan doce músicos con trompetas, clarinetes, saxofones y una tuba abollada que ha pasado por tres generaciones de la misma familia. Son la banda de viento del barrio de Tantoyuca, y llevan más de cuarenta años tocando en bodas, en procesiones y en los velorios de la región.   

Don Agapito aprendió a leer música de su padre, que a su vez aprendió de un maestro que llegó de Xalapa en los años treinta. Hoy enseña a sus nietos y a los hijos de sus vecinos sin cobrarles nada; sólo les pide que lleguen puntuales y que cuiden los instrumentos.

Las bandas han tenido que competir con los grupos que tocan con bocinas y teclados, que cobran menos y no necesitan ensayar tanto. Aun así, en las fiestas patronales de la zona nadie concibe una procesión sin la banda de viento al frente.

Los músicos se quejan de que los instrumentos nuevos son caros y de que en la región no hay quien los repare. Cuando una trompeta se abolla, hay que mandarla a Poza Rica o a Tampico y esperar semanas.

Este año la banda fue invitada por primera vez a tocar en un encuentro de música tradicional en la capital del estado. Don Agapito dice que no le importa el aplauso: lo que quiere es que, cuando él ya no esté, alguien siga tocando la marcha fúnebre que su padre compuso para el pueblo."""
write_source('bk24.txt', bk24, enc='latin-1')
write_gold('bk24', family='generic',
           title='Las bandas de viento de Tantoyuca no se rinden',
           body_first_words='El sábado por la tarde, cuando baja el calor',
           body_last_words='la marcha fúnebre que su padre compuso para el pueblo.',
           must_keep=['Hoy enseña a sus nietos y a los hijos de sus vecinos sin cobrarles nada; sólo les pide que lleguen puntuales y que cuiden los instrumentos.',
                      'Cuando una trompeta se abolla, hay que mandarla a Poza Rica o a Tampico y esperar semanas.',
                      'en las fiestas patronales de la zona nadie concibe una procesión sin la banda de viento al frente.'])

# ---------------------------------------------------------------- bk25 jekyll (university radio, draft: true, categories as a space-separated string)
bk25 = """---
layout: nota
title: Centros de salud de la Huasteca hidalguense instalan filtros en sus accesos
date: 2020-03-19
draft: true
author: [Itzel Hernández Reyna, Tomás Bautista Cruz]
categories: Portada Salud
tags:
  - salud
  - Huejutla
  - Atlapexco
---

Los centros de salud de Huejutla, Atlapexco, Jaltocán y Huautla instalaron desde este jueves filtros en sus accesos, donde personal de enfermería pregunta a cada paciente si tiene fiebre, tos o dificultad para respirar antes de permitirle pasar a la sala de espera.

La jefa de enfermeras de uno de los centros, que pidió no publicar su nombre, explicó a *Frecuencia Huasteca* que las consultas de control de niños sanos y de personas con diabetes se reprogramarán para evitar aglomeraciones, y que sólo se atenderán urgencias y pacientes con síntomas respiratorios en un área separada.

En los mercados de Huejutla, comerciantes y compradores mantenían la actividad normal durante la mañana. Algunos puestos colocaron botellas de gel antibacterial en el mostrador, pero muy pocas personas usaban cubrebocas.

Las autoridades de salud pidieron a las familias con parientes que regresan de Monterrey, de la Ciudad de México o de los Estados Unidos que estén atentas a cualquier síntoma durante catorce días y que llamen a la línea estatal antes de acudir a una unidad médica.

En las comunidades indígenas, los promotores de salud comenzaron a difundir las recomendaciones en náhuatl a través de los altavoces de las delegaciones y de los mensajes de la radio comunitaria.
"""
write_source('bk25.md', bk25)
write_gold('bk25', family='jekyll',
           title='Centros de salud de la Huasteca hidalguense instalan filtros en sus accesos',
           date='2020-03-19', published=False,
           bylines=['Itzel Hernández Reyna', 'Tomás Bautista Cruz'], source=None,
           section='Salud', placement=['Portada'],
           body_first_words='Los centros de salud de Huejutla, Atlapexco, Jaltocán y Huautla',
           body_last_words='y de los mensajes de la radio comunitaria.',
           must_keep=['Algunos puestos colocaron botellas de gel antibacterial en el mostrador, pero muy pocas personas usaban cubrebocas.',
                      'y que sólo se atenderán urgencias y pacientes con síntomas respiratorios en un área separada.',
                      'los promotores de salud comenzaron a difundir las recomendaciones en náhuatl'])

# ---------------------------------------------------------------- bk26 press (state news agency, 2020s Markdown bulletin)
bk26 = """![Logotipo ATI](/img/ati-logo.png)

**AGENCIA TAMAULIPECA DE INFORMACIÓN**
Gobierno del Estado de Tamaulipas

Boletín ATI/0412/2025

## Abren convocatoria para becas de transporte a estudiantes de comunidades rurales

**Ciudad Victoria, Tamaulipas, martes 14 de enero de 2025.–** El Gobierno de Tamaulipas abrió la convocatoria del programa de becas de transporte para estudiantes de bachillerato y universidad que viven en comunidades rurales y deben trasladarse diariamente a una cabecera municipal para asistir a clases.

El apoyo consiste en un depósito mensual de 900 pesos durante los diez meses del ciclo escolar y está dirigido a jóvenes de hasta 24 años inscritos en escuelas públicas del estado. En esta primera etapa se otorgarán 6 mil becas, con prioridad para los municipios del altiplano y de la zona sur.

La secretaria de Educación, maestra Rosaura Leal Ochoa, explicó que en encuestas realizadas en planteles de Tula, Jaumave y Aldama los estudiantes señalaron el costo del transporte como la principal causa para abandonar sus estudios. "Hay muchachos que gastan en pasajes más de lo que gana su familia en un día", dijo.

Las solicitudes se recibirán en línea del 15 de enero al 14 de febrero. Quienes no tengan acceso a internet podrán registrarse con apoyo del personal de las oficinas regionales de la Secretaría de Educación o en los módulos que se instalarán en las presidencias municipales.

Los resultados se publicarán el 3 de marzo y el primer depósito se realizará en la segunda quincena de ese mes.

**--o--**

Compartir: [Facebook](https://www.facebook.example.mx/sharer?u=ati-0412) | [X](https://x.example.mx/share?u=ati-0412) | [WhatsApp](https://wa.example.mx/send?text=ati-0412)
"""
write_source('bk26.md', bk26)
write_gold('bk26', family='press_release',
           title='Abren convocatoria para becas de transporte a estudiantes de comunidades rurales',
           date='2025-01-14', source='AGENCIA TAMAULIPECA DE INFORMACIÓN',
           bulletin_number='ATI/0412/2025', issuer='AGENCIA TAMAULIPECA DE INFORMACIÓN',
           dateline_city='Ciudad Victoria',
           body_first_words='El Gobierno de Tamaulipas abrió la convocatoria del programa de becas',
           body_last_words='en la segunda quincena de ese mes.',
           boilerplate=['![Logotipo ATI](/img/ati-logo.png)', 'Gobierno del Estado de Tamaulipas',
                        'Boletín ATI/0412/2025', 'Ciudad Victoria, Tamaulipas, martes 14 de enero de 2025.–',
                        '**--o--**', 'Compartir: [Facebook]'],
           must_keep=['En esta primera etapa se otorgarán 6 mil becas, con prioridad para los municipios del altiplano y de la zona sur.',
                      '"Hay muchachos que gastan en pasajes más de lo que gana su familia en un día", dijo.',
                      'Las solicitudes se recibirán en línea del 15 de enero al 14 de febrero.'])

# ---------------------------------------------------------------- bk27 jekyll (civic-data site, Liquid include/comment, site.baseurl link)
bk27 = """---
layout: post
title: "¿Dónde están los semáforos? Mapeamos los 312 cruces de Tampico y Madero"
date: 2019-04-23
author: Julián Treviño Cárdenas
categories:
  - Movilidad
tags: [semáforos, Tampico, Ciudad Madero, mapa]
excerpt: "Un recorrido de seis semanas, cruce por cruce."
org: Datos del Noreste
---

{% include figura.html img="/assets/2019/semaforos-mapa.png" pie="Cruces semaforizados en Tampico y Ciudad Madero" credito="Datos del Noreste" %}

Durante seis semanas, un equipo de ocho voluntarios recorrió en bicicleta y a pie las calles de Tampico y Ciudad Madero para registrar cada cruce con semáforo: dónde está, si funciona, si tiene botón peatonal y si el tiempo de cruce alcanza para una persona mayor.

Contamos 312 cruces semaforizados. En 41 de ellos al menos un semáforo estaba apagado o con la luz roja fundida el día de la visita, y sólo 23 tenían semáforo peatonal con cuenta regresiva.

{% comment %} revisar cifra de botones con Tránsito antes de publicar {% endcomment %}

Medimos además el tiempo de luz verde para peatones en los cruces de las avenidas Hidalgo, Ejército Mexicano y Álvaro Obregón. En la mitad de los casos el tiempo era menor a quince segundos para cruzar seis carriles, lo que obliga a una persona con bastón a detenerse en el camellón.

Las zonas con más semáforos descompuestos coinciden con las colonias donde se registran más atropellamientos, según los reportes de accidentes que publica el ayuntamiento cada trimestre.

Todos los datos del levantamiento pueden consultarse en el [mapa interactivo]({{ site.baseurl }}/mapas/semaforos/) y [descargarse en formato CSV]({{ site.baseurl }}/datos/semaforos-2019.csv). Si conoces un cruce que no aparece, avísanos.
"""
write_source('bk27.md', bk27)
write_gold('bk27', family='jekyll',
           title='¿Dónde están los semáforos? Mapeamos los 312 cruces de Tampico y Madero',
           date='2019-04-23', bylines=['Julián Treviño Cárdenas'], source='Datos del Noreste',
           section='Movilidad',
           body_first_words='Durante seis semanas, un equipo de ocho voluntarios recorrió en bicicleta',
           body_last_words='Si conoces un cruce que no aparece, avísanos.',
           boilerplate=['{% include figura.html img="/assets/2019/semaforos-mapa.png"',
                        '{% comment %} revisar cifra de botones con Tránsito antes de publicar {% endcomment %}',
                        '{{ site.baseurl }}'],
           must_keep=['Contamos 312 cruces semaforizados.',
                      'y sólo 23 tenían semáforo peatonal con cuenta regresiva.',
                      'lo que obliga a una persona con bastón a detenerse en el camellón.'])

# ---------------------------------------------------------------- bk28 generic (UTF-16 BE with BOM)
bk28 = """Apuntes sobre el falsete huasteco

Quien escucha por primera vez un son huasteco suele quedarse con el falsete: ese quiebre de la voz que sube de golpe y vuelve a bajar, como si el cantante se asomara a otra habitación y regresara. Para los músicos de la región no es un adorno, sino la firma de cada trovador.

El falsete no se enseña en escuelas. Se aprende escuchando a los mayores en los fandangos, imitando a los tíos y a los abuelos, y equivocándose muchas veces frente a la familia. Cada cantante termina por encontrar su propio punto de quiebre, y los conocedores reconocen a un trovador con sólo oír dos versos.

Los estudiosos han señalado parentescos con el canto de otras regiones de México y con tradiciones de la península ibérica, pero en la Huasteca el falsete se volvió inseparable del violín, que contesta a la voz con adornos, y de la jarana, que sostiene el ritmo.

En los concursos de huapango, los jurados prestan tanta atención a la limpieza del falsete como a la afinación del violín. Un falsete forzado o fuera de tiempo puede costarle el premio a un trío con buenos instrumentistas.

Hoy hay jóvenes que aprenden con grabaciones en el teléfono y que suben sus propios videos. Los viejos trovadores desconfían un poco, pero reconocen que gracias a ellos el huapango suena ahora en lugares donde antes nadie lo conocía.
"""
write_source('bk28.txt', bk28, enc='utf-16-be', bom=True)
write_gold('bk28', family='generic',
           title='Apuntes sobre el falsete huasteco',
           body_first_words='Quien escucha por primera vez un son huasteco',
           body_last_words='en lugares donde antes nadie lo conocía.',
           must_keep=['Para los músicos de la región no es un adorno, sino la firma de cada trovador.',
                      'El falsete no se enseña en escuelas.',
                      'Un falsete forzado o fuera de tiempo puede costarle el premio a un trío con buenos instrumentistas.'])

# ---------------------------------------------------------------- bk29 wire (newspaper's early CMS, HTML entities and <br> left in the text)
bk29 = """El Centinela del Golfo - Economía
Fecha: 17/05/2006
Citricultores de Güémez exportarán jugo concentrado a Europa
Autor: Leticia Garza Villarreal / Corresponsal<br>
<br>
Un grupo de 35 citricultores del municipio de Güémez firmó un contrato con una empresa comercializadora para exportar jugo concentrado de naranja a Holanda y Bélgica, lo que representa la primera venta directa de los productores del centro de Tamaulipas al mercado europeo.<br>
<br>
De acuerdo con el representante de los productores, Ignacio Robles Mart&iacute;nez, el contrato contempla el env&iacute;o de 1,800 toneladas de concentrado durante la temporada 2006-2007, que se elaborar&aacute;n en una planta juguera de la regi&oacute;n.<br>
<br>
Los productores aseguran que el precio pactado es superior en casi 20 por ciento al que pagan los intermediarios nacionales. "Por fin vamos a vender sin coyotes", dijo uno de los socios durante la firma, que se realizó en las instalaciones de la asociación local.<br>
<br>
La empresa compradora exigió que los huertos cuenten con certificación de buenas prácticas agrícolas, por lo que los socios recibieron durante el último año capacitación en manejo de plagas, uso de agroquímicos y registro de aplicaciones.<br>
<br>
Los citricultores de Güémez, Padilla e Hidalgo cultivan alrededor de 30 mil hect&aacute;reas de naranja, y en los &uacute;ltimos años han enfrentado precios bajos por la competencia de la fruta importada y por la sobreoferta en el mercado nacional.<br>
<br>
La asociación espera que, si el contrato funciona, otros grupos de productores de la zona se sumen en la próxima temporada.<br>
<br>
<a href="/noticias/enviar.php?id=20451">Enviar por correo</a> | <a href="/noticias/imprimir.php?id=20451">Versión para imprimir</a>
"""
write_source('bk29.txt', bk29, enc='cp1252', eol='crlf')
write_gold('bk29', family='wire',
           title='Citricultores de Güémez exportarán jugo concentrado a Europa',
           date='2006-05-17', bylines=['Leticia Garza Villarreal'], source='El Centinela del Golfo',
           section='Economía',
           body_first_words='Un grupo de 35 citricultores del municipio de Güémez',
           body_last_words='se sumen en la próxima temporada.',
           boilerplate=['Autor: Leticia Garza Villarreal / Corresponsal', '<br>',
                        '<a href="/noticias/enviar.php?id=20451">Enviar por correo</a>',
                        '<a href="/noticias/imprimir.php?id=20451">Versión para imprimir</a>'],
           must_keep=['"Por fin vamos a vender sin coyotes", dijo uno de los socios durante la firma, que se realizó en las instalaciones de la asociación local.',
                      'La empresa compradora exigió que los huertos cuenten con certificación de buenas prácticas agrícolas',
                      'Los productores aseguran que el precio pactado es superior en casi 20 por ciento al que pagan los intermediarios nacionales.'])

# ---------------------------------------------------------------- bk30 bad (front matter, body only blank lines and a <!--more--> marker)
bk30 = """---
layout: programa
title: "Voces de la Huasteca: especial de Semana Santa en Huautla"
date: 2021-03-30 19:00:00 -0600
author: Itzel Hernández Reyna
category: cultura
publisher: Frecuencia Huasteca 96.1 FM
---

   
<!--more-->

"""
write_source('bk30.md', bk30, eol='crlf')
write_gold('bk30', family='bad',
           refusal_reason='El archivo sólo contiene encabezado (front matter); el cuerpo está vacío salvo un marcador <!--more-->.')
