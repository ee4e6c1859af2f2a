#!/usr/bin/env python3
"""importer-bl, files 21-30."""
import io
import zipfile
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- bl21 jekyll (WordPress export via jekyll-import, Oax.)
bl21 = """---
layout: post
title: Productores de limón de Pinotepa Nacional venden a pérdida por sobreoferta
date: 2014-05-12 18:22:31.000000000 -05:00
type: post
parent_id: '0'
published: true
password: ''
status: publish
categories:
- Costa Chica
tags:
- limón
- Pinotepa Nacional
meta:
  _edit_last: '1'
  _thumbnail_id: '4471'
author:
  login: mlopezr
  email: mlopez@costachicainforma.example.mx
  display_name: Margarito López Reyes
  first_name: Margarito
  last_name: López Reyes
permalink: "/2014/05/12/productores-de-limon-de-pinotepa/"
---
[caption id="attachment_4471" align="aligncenter" width="640"]<img src="http://costachicainforma.example.mx/wp-content/uploads/2014/05/limon-pinotepa.jpg" alt="" width="640" height="427" class="size-full wp-image-4471" /> Foto: Margarito López Reyes[/caption]

Productores de limón de Pinotepa Nacional y de los municipios vecinos de la Costa Chica de Oaxaca denunciaron que están vendiendo la fruta por debajo del costo de producción, luego de que la cosecha de primavera coincidiera con la llegada de limón de Michoacán y de Colima a los mercados del centro del país.

En las empacadoras de la región se paga esta semana entre 1.50 y 2 pesos por kilo, cuando hace apenas tres meses el precio superaba los 12 pesos. Con esos precios, dicen los huerteros, no alcanza ni para pagar a los cortadores, que cobran por caja.

<strong>"Preferimos dejar el limón en el árbol"</strong>

Crispín Baños Ortiz, que tiene ocho hectáreas en el ejido de Pinotepa, explicó que varios productores decidieron suspender el corte hasta que el precio mejore. "Preferimos dejar el limón en el árbol que pagar para que se lo lleven", dijo.

Los productores pidieron a las autoridades estatales apoyar la instalación de una planta para extraer aceite esencial y jugo concentrado, que les permitiría aprovechar la fruta que hoy se desperdicia en los años de sobreoferta.

También solicitaron que se revise el papel de los intermediarios, quienes, aseguran, fijan el precio de un día para otro sin que los productores sepan cuánto se paga en la central de abasto.
"""
write_source('bl21.md', bl21)
write_gold('bl21', family='jekyll',
           title='Productores de limón de Pinotepa Nacional venden a pérdida por sobreoferta',
           date='2014-05-12', bylines=['Margarito López Reyes'], source=None,
           section='Costa Chica',
           body_first_words='Productores de limón de Pinotepa Nacional y de los municipios vecinos',
           body_last_words='sin que los productores sepan cuánto se paga en la central de abasto.',
           boilerplate=['[caption id="attachment_4471"', 'Foto: Margarito López Reyes', '[/caption]',
                        'mlopez@costachicainforma.example.mx', '_thumbnail_id'],
           must_keep=['Con esos precios, dicen los huerteros, no alcanza ni para pagar a los cortadores, que cobran por caja.',
                      '"Preferimos dejar el limón en el árbol que pagar para que se lo lleven", dijo.',
                      'En las empacadoras de la región se paga esta semana entre 1.50 y 2 pesos por kilo, cuando hace apenas tres meses el precio superaba los 12 pesos.'],
           photo_credit='Margarito López Reyes')

# ---------------------------------------------------------------- bl22 jekyll (Qro. site, placement-only categories, teaser in a post)
bl22 = """---
layout: post
title: "Querétaro estrena ciclovía confinada en Bernardo Quintana"
date: 2025-10-18
categories: [Destacadas, Portada]
tags:
  - movilidad
  - bicicleta
  - Bernardo Quintana
author: Lucía Arteaga Ugalde
source: "Querétaro Vivo"
---

El municipio de Querétaro abrió este sábado a la circulación la ciclovía confinada de la avenida Bernardo Quintana, un carril de 6.8 kilómetros separado del tránsito vehicular por bolardos y guarniciones, que conecta la zona de Álamos con el parque industrial Benito Juárez.

La obra incluye 22 cruces semaforizados, iluminación y estaciones para inflar llantas y reparar bicicletas. De acuerdo con el gobierno municipal, cada día circulan por la avenida cerca de 1{n}500 ciclistas, la mayoría trabajadores que se trasladan a las plantas del norte de la ciudad.

**Lee también:** [Así funcionará el nuevo sistema de bicicletas compartidas](https://queretarovivo.example.mx/movilidad/bicicletas-compartidas)

Integrantes de colectivos ciclistas reconocieron la obra, pero advirtieron que todavía faltan conexiones seguras hacia las colonias del oriente. "Una ciclovía que termina en medio de un distribuidor vial no sirve de mucho", dijo Emiliano Reséndiz Olvera, de una agrupación de usuarios.

Comerciantes de la avenida, en cambio, se quejaron de que la obra eliminó lugares de estacionamiento frente a sus negocios. El municipio respondió que habilitará bahías de carga y descarga en horarios específicos.

La administración municipal anunció que en 2026 construirá un segundo tramo hacia la avenida 5 de Febrero, cuyo proyecto se presentará a los vecinos en reuniones públicas antes de iniciar los trabajos.
""".replace('{n}', NBSP)
write_source('bl22.md', bl22, eol='crlf')
write_gold('bl22', family='jekyll',
           title='Querétaro estrena ciclovía confinada en Bernardo Quintana',
           date='2025-10-18', bylines=['Lucía Arteaga Ugalde'], source='Querétaro Vivo',
           section=None, placement=['Destacadas', 'Portada'],
           body_first_words='El municipio de Querétaro abrió este sábado a la circulación',
           body_last_words='en reuniones públicas antes de iniciar los trabajos.',
           boilerplate=['Lee también:', 'Así funcionará el nuevo sistema de bicicletas compartidas'],
           must_keep=['"Una ciclovía que termina en medio de un distribuidor vial no sirve de mucho", dijo Emiliano Reséndiz Olvera, de una agrupación de usuarios.',
                      'El municipio respondió que habilitará bahías de carga y descarga en horarios específicos.',
                      'La obra incluye 22 cruces semaforizados, iluminación y estaciones para inflar llantas y reparar bicicletas.'])

# ---------------------------------------------------------------- bl23 jekyll (Hgo. site, leap day 23:59 -06:00, more marker)
bl23 = """---
layout: post
lang: es
title: "Real del Monte celebra su Festival del Paste con 40 expositores"
date: 2008-02-29 23:59:59 -06:00
categories: [Cultura]
tags: pastes, Real del Monte, Comarca Minera
author: Rodrigo Islas Téllez
site_title: El Minero Digital
excerpt_separator: <!--more-->
---

Con 40 expositores de Real del Monte, Pachuca y Mineral del Chico, comenzó en la plaza principal de Mineral del Monte el Festival del Paste, que durante tres días reunirá a panaderías familiares que conservan recetas heredadas de los mineros de Cornualles.

<!--more-->

Los organizadores esperan a unos 15 mil visitantes, la mayoría procedentes de la Ciudad de México y del Estado de México, que aprovechan el fin de semana para subir a la sierra. El paste tradicional, relleno de papa y carne con poro, sigue siendo el más vendido, aunque cada año aparecen sabores nuevos como mole, piña con crema y arroz con leche.

Doña Evangelina Ramírez Ortega, que atiende un expendio fundado por su abuelo en 1950, dijo que la receta de la masa no ha cambiado en tres generaciones. "Lo que cambió es la gente: antes los pastes se los llevaban los mineros a la mina, ahora se los llevan los turistas en cajas", comentó.

El programa incluye recorridos por la mina de Acosta y el Panteón Inglés, música de banda y una muestra de fotografías de la Compañía Real del Monte y Pachuca.

El ayuntamiento instaló estacionamientos provisionales a la entrada del pueblo y pidió a los visitantes no subir en automóvil al centro, cuyas calles empinadas y estrechas se saturan desde el mediodía.
"""
write_source('bl23.md', bl23)
write_gold('bl23', family='jekyll',
           title='Real del Monte celebra su Festival del Paste con 40 expositores',
           date='2008-02-29', bylines=['Rodrigo Islas Téllez'], source='El Minero Digital',
           section='Cultura',
           body_first_words='Con 40 expositores de Real del Monte, Pachuca y Mineral del Chico',
           body_last_words='se saturan desde el mediodía.',
           boilerplate=['<!--more-->'],
           must_keep=['"Lo que cambió es la gente: antes los pastes se los llevaban los mineros a la mina, ahora se los llevan los turistas en cajas", comentó.',
                      'El paste tradicional, relleno de papa y carne con poro, sigue siendo el más vendido, aunque cada año aparecen sabores nuevos como mole, piña con crema y arroz con leche.',
                      'El programa incluye recorridos por la mina de Acosta y el Panteón Inglés, música de banda y una muestra de fotografías de la Compañía Real del Monte y Pachuca.'])

# ---------------------------------------------------------------- bl24 generic (reStructuredText over- and underlined title, Tlax.)
bl24 = """=====================================================
Huamantla y la noche en que nadie duerme
=====================================================

Cada agosto, la noche del 14 al 15, las calles de Huamantla amanecen cubiertas de alfombras de aserrín teñido, flores y semillas que los vecinos trazan durante horas para el paso de la imagen de la Virgen de la Caridad. Son más de seis kilómetros de tapetes que se deshacen en minutos, cuando la procesión los pisa al filo de la madrugada.

Las familias de cada calle se organizan desde semanas antes. Compran el aserrín por costales, lo tiñen con anilina en tambos y lo dejan secar en las azoteas. Los diseños se guardan en cartones que pasan de padres a hijos: grecas, palomas, cálices, la fachada de la basílica.

El trabajo comienza al caer la tarde. Sobre el pavimento se colocan moldes de madera y los alfombristas, hincados, rellenan cada figura con una cuchara o con la mano. Los niños reparten café y pan; los mayores vigilan que nadie pise lo que ya está terminado.

Hay quienes llegan de Puebla, de la Ciudad de México y de otros municipios de Tlaxcala sólo para caminar entre los tapetes antes de que pase la procesión. Algunos se quedan a ayudar y vuelven al año siguiente con su propio molde.

Al amanecer, cuando la imagen regresa a su templo, sólo quedan en las banquetas manchas de colores y montones de aserrín revuelto. Los vecinos barren, duermen unas horas y, según dicen, comienzan a pensar en el diseño del año siguiente.
"""
write_source('bl24.txt', bl24)
write_gold('bl24', family='generic',
           title='Huamantla y la noche en que nadie duerme',
           body_first_words='Cada agosto, la noche del 14 al 15, las calles de Huamantla',
           body_last_words='comienzan a pensar en el diseño del año siguiente.',
           boilerplate=['====================================================='],
           must_keep=['Son más de seis kilómetros de tapetes que se deshacen en minutos, cuando la procesión los pisa al filo de la madrugada.',
                      'Los diseños se guardan en cartones que pasan de padres a hijos: grecas, palomas, cálices, la fachada de la basílica.',
                      'Los niños reparten café y pan; los mayores vigilan que nadie pise lo que ya está terminado.'])

# ---------------------------------------------------------------- bl25 generic (Google Docs export with comment, Q&A interview, Dgo.)
bl25 = """<!-- Exportado desde Google Docs el 2025-10-22 a las 18:04 -->

# "Durango todavía es tierra de películas": conversación con una locacionista

Desde hace casi treinta años, Rebeca Soto Quiñones recorre los caminos de Durango buscando lugares para filmar. Ha llevado equipos de producción a pueblos abandonados, a haciendas en ruinas y a cañones donde no hay señal de teléfono. Hablamos con ella en la Villa del Oeste, el antiguo set de películas del oeste a las afueras de la capital.

**P: ¿Qué busca una producción cuando llega a Durango?**

R: Luz y distancia. Aquí el cielo está limpio casi todo el año, y en una hora de carretera tienes desierto, sierra, ríos y pueblos que parecen detenidos en el siglo XIX. Eso en otras partes del país cuesta mucho conseguirlo.

**P: ¿Cómo ha cambiado el trabajo desde que empezó?**

R: Antes venían sobre todo películas del oeste, con caballos y diligencias. Ahora llegan series, comerciales y documentales. Los equipos son más pequeños, pero se quedan más tiempo y contratan a más gente de aquí: cocineras, choferes, carpinteros, extras.

**P: ¿Qué le hace falta al estado para atraer más rodajes?**

R: Caminos en buen estado y permisos rápidos. Una producción no puede esperar tres semanas a que le autoricen cerrar una calle. También hace falta cuidar los sets viejos, que se están cayendo.

**P: ¿Tiene un lugar favorito?**

R: Las dunas y el cañón de Chupaderos al atardecer. Llevo treinta años yendo y todavía me sorprende.
"""
write_source('bl25.md', bl25)
write_gold('bl25', family='generic',
           title='"Durango todavía es tierra de películas": conversación con una locacionista',
           body_first_words='Desde hace casi treinta años, Rebeca Soto Quiñones recorre los caminos de Durango',
           body_last_words='Llevo treinta años yendo y todavía me sorprende.',
           boilerplate=['Exportado desde Google Docs el 2025-10-22 a las 18:04'],
           must_keep=['Aquí el cielo está limpio casi todo el año, y en una hora de carretera tienes desierto, sierra, ríos y pueblos que parecen detenidos en el siglo XIX.',
                      'Una producción no puede esperar tres semanas a que le autoricen cerrar una calle.',
                      'Los equipos son más pequeños, pero se quedan más tiempo y contratan a más gente de aquí: cocineras, choferes, carpinteros, extras.'])

# ---------------------------------------------------------------- bl26 generic (typewriter-style: blank lines and a centred ALL-CAPS title, Gro.)
bl26 = """


                 LA PLATA DE TAXCO, ENTRE EL TALLER Y EL TIANGUIS


     En las calles empinadas de Taxco el sonido del martillo sobre la plata todavía se escucha desde temprano. En cientos de talleres familiares, muchos instalados en la planta baja de la casa, se funden, laminan y pulen las piezas que los sábados se venden en el tianguis de la plata, a la entrada de la ciudad.

     La historia moderna del oficio comenzó en los años treinta del siglo pasado, cuando un diseñador extranjero abrió un taller y contrató a jóvenes del pueblo como aprendices. Muchos de ellos abrieron después sus propios talleres y formaron a la siguiente generación de plateros.

     Hoy el oficio enfrenta otros problemas. El precio del metal sube y baja con el mercado internacional, y en el tianguis las piezas hechas a mano compiten con joyería fundida en serie y con baños de plata que se venden como si fueran de ley.

     Los artesanos más viejos dicen que el valor de una pieza está en las horas de trabajo que no se ven: el diseño, la soldadura limpia, el pulido. Los jóvenes, por su parte, han encontrado en las redes sociales una manera de vender sin intermediarios a clientes de todo el país.

     Cada noviembre, durante la Feria Nacional de la Plata, los talleres muestran sus mejores piezas y compiten por premios que pueden cambiar el rumbo de un negocio familiar.
"""
write_source('bl26.txt', bl26, enc='cp1252', eol='crlf')
write_gold('bl26', family='generic',
           title='LA PLATA DE TAXCO, ENTRE EL TALLER Y EL TIANGUIS',
           body_first_words='En las calles empinadas de Taxco el sonido del martillo',
           body_last_words='que pueden cambiar el rumbo de un negocio familiar.',
           must_keep=['Muchos de ellos abrieron después sus propios talleres y formaron a la siguiente generación de plateros.',
                      'El precio del metal sube y baja con el mercado internacional, y en el tianguis las piezas hechas a mano compiten con joyería fundida en serie y con baños de plata que se venden como si fueran de ley.',
                      'Los jóvenes, por su parte, han encontrado en las redes sociales una manera de vender sin intermediarios a clientes de todo el país.'])

# ---------------------------------------------------------------- bl27 generic (hard-wrapped at 68 columns, B.C.)
bl27_paras = [
    "Mexicali en verano: la ciudad que aprendió a vivir de noche",
    "Cuando el termómetro pasa de los 45 grados, Mexicali cambia de horario. Las canchas de futbol se llenan después de las diez de la noche, los parques tienen más gente a medianoche que a mediodía y los puestos de tacos no cierran antes de la madrugada.",
    "Los trabajadores de la construcción empiezan a las cuatro de la mañana para terminar antes de que el sol caiga a plomo. En los campos del valle, los jornaleros cosechan con lámparas en la frente y descansan durante las horas más calientes bajo los árboles de los canales.",
    "El aire acondicionado no es un lujo sino una necesidad. Las familias ahorran durante el invierno para pagar los recibos de luz del verano, y en muchas casas sólo se enfría un cuarto, donde todos duermen juntos de junio a septiembre.",
    "Los médicos del hospital general explican que cada temporada atienden casos de golpe de calor en personas que trabajan a la intemperie y en adultos mayores que viven solos. Por eso la ciudad abre centros de hidratación en las colonias con más población vulnerable.",
    "Aun así, los cachanillas defienden su ciudad. Dicen que el calor forma el carácter y que nadie que haya pasado un verano en Mexicali vuelve a quejarse del clima en ningún otro lugar.",
]
import textwrap
bl27 = bl27_paras[0] + "\n\n" + "\n\n".join(textwrap.fill(p, 68) for p in bl27_paras[1:]) + "\n"
write_source('bl27.txt', bl27)
write_gold('bl27', family='generic',
           title='Mexicali en verano: la ciudad que aprendió a vivir de noche',
           body_first_words='Cuando el termómetro pasa de los 45 grados, Mexicali cambia de horario.',
           body_last_words='vuelve a quejarse del clima en ningún otro lugar.',
           must_keep=['Las canchas de futbol se llenan después de las diez de la noche, los parques tienen más gente a medianoche que a mediodía y los puestos de tacos no cierran antes de la madrugada.',
                      'Las familias ahorran durante el invierno para pagar los recibos de luz del verano, y en muchas casas sólo se enfría un cuarto, donde todos duermen juntos de junio a septiembre.',
                      'Por eso la ciudad abre centros de hidratación en las colonias con más población vulnerable.'])

# ---------------------------------------------------------------- bl28 bad (front matter + only an excerpt marker and blank lines)
bl28 = """---
layout: post
title: "Campeche ilumina su muralla para el Festival del Centro Histórico"
date: 2023-11-24 19:00:00 -06:00
categories: [Cultura]
author: Redacción
---

<!-- more -->

   
\t
"""
write_source('bl28.md', bl28, eol='crlf')
write_gold('bl28', family='bad',
           refusal_reason='El archivo sólo contiene encabezado (front matter) y un marcador <!-- more -->; no tiene cuerpo de texto.')

# ---------------------------------------------------------------- bl29 bad (Word .docx saved with a .txt name)
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    def add(name, data):
        zi = zipfile.ZipInfo(name, date_time=(2025, 10, 15, 9, 30, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)
    add('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '</Types>')
    add('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')
    add('word/document.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        '<w:p><w:r><w:t>Zacatecas inaugura el Festival de Otoño en la Plaza de Armas</w:t></w:r></w:p>'
        '<w:p><w:r><w:t>Zacatecas, Zac.- Con un concierto de la banda sinfónica del estado comenzó el festival.</w:t></w:r></w:p>'
        '</w:body></w:document>')
write_source('bl29.txt', raw=buf.getvalue())
write_gold('bl29', family='bad',
           refusal_reason='El archivo es un documento de Word (.docx, binario comprimido) guardado con extensión .txt; no es texto legible.')

# ---------------------------------------------------------------- bl30 bad (front matter with 60,000 unclosed '[' and no body)
bl30 = "---\ntitle: Nota\ntags: " + "[" * 60000 + "\n---\n"
write_source('bl30.md', bl30)
write_gold('bl30', family='bad',
           refusal_reason='El encabezado YAML no se puede leer (listas anidadas sin cerrar, anidamiento excesivo) y el archivo no tiene cuerpo.')
