"""Files ag11-ag20: six press releases and four Jekyll posts."""
from common import write, gold, NBSP

# ag11 - press release, state auditor, Markdown logo + bold issuer, "Boletín ASEH/045/2025",
#         "…; a 3 de mayo de 2025." dateline, ### end marker, contact block with handles
t = """![Logotipo ASEH](/img/logo-aseh.png)

**AUDITORÍA SUPERIOR DEL ESTADO DE HIDALGO**

Boletín ASEH/045/2025

## Concluye ASEH revisión de la Cuenta Pública 2024 de 84 municipios

Pachuca de Soto, Hidalgo; a 3 de mayo de 2025. La Auditoría Superior del Estado de Hidalgo (ASEH) concluyó la revisión de la Cuenta Pública 2024 de los 84 ayuntamientos de la entidad.

Como resultado, se emitieron 612 observaciones por un monto de 143.7 millones de pesos, la mayoría relacionadas con obra pública sin comprobación.

Los municipios tienen 30 días hábiles para solventar las observaciones; de lo contrario, se iniciarán los procedimientos de responsabilidad administrativa correspondientes.

Los informes individuales pueden consultarse en el portal de transparencia de la institución.

###

**Unidad de Comunicación Social**
comunicacion@aseh.example.gob.mx
Tel. 771 555 0400
Facebook: ASEHidalgoEjemplo | X: @ASEH_Ejemplo
"""
write("ag11.md", t, gold(
    family="press_release", title="Concluye ASEH revisión de la Cuenta Pública 2024 de 84 municipios",
    date="2025-05-03", source="AUDITORÍA SUPERIOR DEL ESTADO DE HIDALGO",
    bulletin_number="ASEH/045/2025", issuer="AUDITORÍA SUPERIOR DEL ESTADO DE HIDALGO",
    dateline_city="Pachuca de Soto",
    body_first_words="La Auditoría Superior del Estado de Hidalgo (ASEH) concluyó la revisión de la Cuenta Pública",
    body_last_words="pueden consultarse en el portal de transparencia de la institución.",
    boilerplate=["Unidad de Comunicación Social", "comunicacion@aseh.example.gob.mx", "Tel. 771 555 0400",
                 "Facebook: ASEHidalgoEjemplo | X: @ASEH_Ejemplo"],
    must_keep=["Como resultado, se emitieron 612 observaciones por un monto de 143.7 millones de pesos, la mayoría relacionadas con obra pública sin comprobación.",
               "Los municipios tienen 30 días hábiles para solventar las observaciones; de lo contrario, se iniciarán los procedimientos de responsabilidad administrativa correspondientes."]))

# ag12 - press release, municipal government, "Boletín 88", dateline on its own line BEFORE the title, -30-; cp1252 LF
t = """H. AYUNTAMIENTO DE TLAXCALA
Administración 2021-2024
Coordinación de Comunicación Social
Boletín 88

Tlaxcala, Tlax., a 9 de agosto de 2022.-

REHABILITAN 3 KILÓMETROS DE RED DE AGUA POTABLE EN OCOTLÁN

Con una inversión de 5.8 millones de pesos, el Ayuntamiento de Tlaxcala concluyó la sustitución de tres kilómetros de tubería de asbesto en el barrio de Ocotlán.   

La Comisión de Agua Potable y Alcantarillado del municipio informó que la obra beneficia a cerca de 4 mil habitantes, que durante años padecieron fugas y baja presión.

La presidenta municipal recorrió los trabajos y anunció que en octubre iniciará una segunda etapa en la colonia Adolfo López Mateos.

-30-

Coordinación de Comunicación Social · Tel. 246 555 0125
"""
write("ag12.txt", t, gold(
    family="press_release", title="REHABILITAN 3 KILÓMETROS DE RED DE AGUA POTABLE EN OCOTLÁN",
    date="2022-08-09", source="H. AYUNTAMIENTO DE TLAXCALA",
    bulletin_number="88", issuer="H. AYUNTAMIENTO DE TLAXCALA", dateline_city="Tlaxcala",
    body_first_words="Con una inversión de 5.8 millones de pesos, el Ayuntamiento de Tlaxcala concluyó",
    body_last_words="una segunda etapa en la colonia Adolfo López Mateos.",
    boilerplate=["-30-", "Coordinación de Comunicación Social · Tel. 246 555 0125"],
    must_keep=["La Comisión de Agua Potable y Alcantarillado del municipio informó que la obra beneficia a cerca de 4 mil habitantes, que durante años padecieron fugas y baja presión.",
               "La presidenta municipal recorrió los trabajos y anunció que en octubre iniciará una segunda etapa en la colonia Adolfo López Mateos."]),
    enc="cp1252")

# ag13 - press release, two-line header (government + secretariat), COMUNICADO with no number,
#         dateline opening the first paragraph, oo0oo, social pitch; UTF-8 BOM + CRLF
t = """GOBIERNO DEL ESTADO DE MÉXICO
SECRETARÍA DE SALUD

COMUNICADO

LLAMA SALUD EDOMEX A VACUNARSE CONTRA INFLUENZA ANTE TEMPORADA INVERNAL

Toluca, Estado de México, 21 de enero de 2026.- La Secretaría de Salud estatal exhortó a la población de riesgo a acudir a vacunarse contra la influenza, ya que aún hay 400 mil dosis disponibles en los centros de salud.

Niñas y niños de seis meses a cinco años, personas mayores de 60 años, embarazadas y pacientes con enfermedades crónicas son los grupos prioritarios.

La dependencia recordó que la vacuna es gratuita y que no es necesario presentar identificación ni comprobante de domicilio.

oo0oo

Síguenos en redes sociales: @SaludEdomexEjemplo
"""
write("ag13.md", t, gold(
    family="press_release", title="LLAMA SALUD EDOMEX A VACUNARSE CONTRA INFLUENZA ANTE TEMPORADA INVERNAL",
    date="2026-01-21", source="SECRETARÍA DE SALUD",
    issuer="SECRETARÍA DE SALUD", dateline_city="Toluca",
    body_first_words="La Secretaría de Salud estatal exhortó a la población de riesgo a acudir a vacunarse",
    body_last_words="presentar identificación ni comprobante de domicilio.",
    boilerplate=["oo0oo", "Síguenos en redes sociales: @SaludEdomexEjemplo"],
    must_keep=["Niñas y niños de seis meses a cinco años, personas mayores de 60 años, embarazadas y pacientes con enfermedades crónicas son los grupos prioritarios.",
               "La dependencia recordó que la vacuna es gratuita y que no es necesario presentar identificación ni comprobante de domicilio."]),
    bom=True, eol="crlf")

# ag14 - press release, date line and "Boletín No. 0457" above a bold issuer, bold title,
#         "* " summary bullets vs "* * *" end marker; mixed EOL
t = """Cuernavaca, Morelos, 30 de septiembre de 2023
Boletín No. 0457

**AYUNTAMIENTO DE CUERNAVACA**

**Instalan 250 luminarias LED en la colonia Antonio Barona**

* Se invirtieron 3.4 millones de pesos del Fondo de Infraestructura Social Municipal
* Beneficiará a más de 9 mil habitantes de la zona norte

La Secretaría de Infraestructura Urbana del municipio concluyó la instalación de 250 luminarias con tecnología LED en calles y andadores de la colonia Antonio Barona.

Con este cambio, el consumo de energía del alumbrado en la zona se reducirá en 60 por ciento, según estimaciones de la dependencia.

Vecinos reportaron que varias calles permanecían a oscuras desde hace más de tres años, lo que facilitaba asaltos a transeúntes.

* * *

Dirección de Comunicación Social
prensa@cuernavaca.example.gob.mx
"""
write("ag14.text", t, gold(
    family="press_release", title="Instalan 250 luminarias LED en la colonia Antonio Barona",
    date="2023-09-30", source="AYUNTAMIENTO DE CUERNAVACA",
    bulletin_number="0457", issuer="AYUNTAMIENTO DE CUERNAVACA", dateline_city="Cuernavaca",
    body_first_words="Se invirtieron 3.4 millones de pesos del Fondo de Infraestructura Social Municipal",
    body_last_words="tres años, lo que facilitaba asaltos a transeúntes.",
    boilerplate=["* * *", "Dirección de Comunicación Social", "prensa@cuernavaca.example.gob.mx"],
    must_keep=["La Secretaría de Infraestructura Urbana del municipio concluyó la instalación de 250 luminarias con tecnología LED en calles y andadores de la colonia Antonio Barona.",
               "Con este cambio, el consumo de energía del alumbrado en la zona se reducirá en 60 por ciento, según estimaciones de la dependencia."]),
    eol="mixed")

# ag15 - press release, state legislature, "Comunicado LXI/214", FIN + contact; CRLF, trailing spaces
t = """PODER LEGISLATIVO DEL ESTADO DE QUERÉTARO   
LXI Legislatura
Comunicado LXI/214

Aprueba Pleno reforma para sancionar el maltrato animal con hasta cuatro años de prisión

Santiago de Querétaro, Qro., 14 de noviembre de 2024.- Con 21 votos a favor y cuatro abstenciones, el Pleno de la LXI Legislatura aprobó reformas al Código Penal del estado para endurecer las sanciones por maltrato animal.   

La reforma establece penas de seis meses a cuatro años de prisión y multas de hasta 500 Unidades de Medida y Actualización para quien cause lesiones graves a un animal de compañía.

La diputada que presentó la iniciativa explicó que en 2023 la Fiscalía estatal abrió 312 carpetas de investigación por este delito, de las cuales solo nueve llegaron a juicio.

El decreto entrará en vigor al día siguiente de su publicación en el periódico oficial La Sombra de Arteaga.

FIN

Unidad de Comunicación Social
Tel. 442 555 0912 ext. 1312
comunicacionsocial@legislaturaqro.example.gob.mx
"""
write("ag15.txt", t, gold(
    family="press_release", title="Aprueba Pleno reforma para sancionar el maltrato animal con hasta cuatro años de prisión",
    date="2024-11-14", source="PODER LEGISLATIVO DEL ESTADO DE QUERÉTARO",
    bulletin_number="LXI/214", issuer="PODER LEGISLATIVO DEL ESTADO DE QUERÉTARO",
    dateline_city="Santiago de Querétaro",
    body_first_words="Con 21 votos a favor y cuatro abstenciones, el Pleno de la LXI Legislatura aprobó",
    body_last_words="su publicación en el periódico oficial La Sombra de Arteaga.",
    boilerplate=["Unidad de Comunicación Social", "Tel. 442 555 0912 ext. 1312",
                 "comunicacionsocial@legislaturaqro.example.gob.mx"],
    must_keep=["La reforma establece penas de seis meses a cuatro años de prisión y multas de hasta 500 Unidades de Medida y Actualización para quien cause lesiones graves a un animal de compañía.",
               "La diputada que presentó la iniciativa explicó que en 2023 la Fiscalía estatal abrió 312 carpetas de investigación por este delito, de las cuales solo nueve llegaron a juicio."]),
    eol="crlf")

# ag16 - press release, city borough, "# BOLETÍN NÚM. 219" as H1 above the issuer, "a 2 de julio" dateline,
#         "## " title, ---000--- end marker, handles; NBSP inside figures
t = f"""# BOLETÍN NÚM. 219

**Alcaldía Coyoacán**

Ciudad de México, a 2 de julio de 2021.

## Alcaldía abre 15 Puntos de Cultura en parques y mercados

Con el objetivo de acercar talleres artísticos a las colonias con menos oferta cultural, la alcaldía abrió 15 Puntos de Cultura en parques, mercados y centros comunitarios.

Cada punto ofrecerá talleres gratuitos de danza, grabado, teatro y lectura para niñas, niños y personas adultas mayores, con cupo para 30{NBSP}personas por grupo.

Las inscripciones estarán abiertas hasta el 16 de julio en la Casa de Cultura Jesús Reyes Heroles y en los propios puntos.

---000---

Síguenos: @AlcaldiaCoyoacanEjemplo | www.coyoacan.example.gob.mx
"""
write("ag16.md", t, gold(
    family="press_release", title="Alcaldía abre 15 Puntos de Cultura en parques y mercados",
    date="2021-07-02", source="Alcaldía Coyoacán",
    bulletin_number="219", issuer="Alcaldía Coyoacán", dateline_city="Ciudad de México",
    body_first_words="Con el objetivo de acercar talleres artísticos a las colonias con menos oferta cultural",
    body_last_words="Casa de Cultura Jesús Reyes Heroles y en los propios puntos.",
    boilerplate=["---000---", "Síguenos: @AlcaldiaCoyoacanEjemplo | www.coyoacan.example.gob.mx"],
    must_keep=["Cada punto ofrecerá talleres gratuitos de danza, grabado, teatro y lectura para niñas, niños y personas adultas mayores, con cupo para 30 personas por grupo.",
               "Las inscripciones estarán abiertas hasta el 16 de julio en la Casa de Cultura Jesús Reyes Heroles y en los propios puntos."]))

# ag17 - Jekyll, bare date, flow categories with placement flag, block tags, curly quotes in quoted title
t = """---
layout: post
title: "“La ciudad que se hunde”: una exposición sobre el agua en Xochimilco"
date: 2023-04-12
author: Tomás Iturbide
categories: [Portada, Artes visuales]
tags:
  - Xochimilco
  - fotografía
  - agua
image: /assets/img/2023/xochimilco-expo.jpg
---

La fotógrafa Inés Carbajal pasó seis años documentando cómo el suelo de Xochimilco se hunde hasta 30 centímetros al año.

El resultado es *La ciudad que se hunde*, una muestra de 64 imágenes que puede verse en el Museo Dolores Olmedo hasta finales de junio.

> “Los chinamperos me enseñaron a leer el agua antes que a fotografiarla”, dice Carbajal.

La exposición se acompaña de un mapa interactivo con las mediciones de hundimiento que la Universidad Nacional realizó entre 2017 y 2022.
"""
write("ag17.md", t, gold(
    family="jekyll", title="“La ciudad que se hunde”: una exposición sobre el agua en Xochimilco",
    date="2023-04-12", bylines=["Tomás Iturbide"], section="Artes visuales", placement=["Portada"],
    body_first_words="La fotógrafa Inés Carbajal pasó seis años documentando cómo el suelo de Xochimilco",
    body_last_words="la Universidad Nacional realizó entre 2017 y 2022.",
    must_keep=["La fotógrafa Inés Carbajal pasó seis años documentando cómo el suelo de Xochimilco se hunde hasta 30 centímetros al año.",
               "La exposición se acompaña de un mapa interactivo con las mediciones de hundimiento que la Universidad Nacional realizó entre 2017 y 2022."]))

# ag18 - Jekyll, quoted datetime with -0500 offset late at night (UTC is next day), block categories,
#         published: false
t = """---
layout: post
title: 'Festival de jazz en Tepoztlán: tres noches bajo el Tepozteco'
date: "2022-10-05 23:30:00 -0500"
author: Valeria Nájera
categories:
  - Destacadas
  - Música
tags: [jazz, Morelos, festivales]
published: false
---

Durante tres noches, el atrio del exconvento de la Natividad se convirtió en escenario de la novena edición del Festival de Jazz de Tepoztlán.

El cartel reunió a 11 agrupaciones, entre ellas el cuarteto de la pianista Carmen Ugalde y la big band de la Escuela de Música de Cuernavaca.

La organización calculó una asistencia de 7 mil personas, el doble que en la edición anterior.

El festival volverá en octubre del próximo año con una jornada adicional dedicada al son jarocho.
"""
write("ag18.markdown", t, gold(
    family="jekyll", title="Festival de jazz en Tepoztlán: tres noches bajo el Tepozteco",
    date="2022-10-05", published=False, bylines=["Valeria Nájera"], section="Música",
    placement=["Destacadas"],
    body_first_words="Durante tres noches, el atrio del exconvento de la Natividad se convirtió en escenario",
    body_last_words="con una jornada adicional dedicada al son jarocho.",
    must_keep=["El cartel reunió a 11 agrupaciones, entre ellas el cuarteto de la pianista Carmen Ugalde y la big band de la Escuela de Música de Cuernavaca.",
               "La organización calculó una asistencia de 7 mil personas, el doble que en la edición anterior."]))

# ag19 - Jekyll with Spanish keys: fecha (day-first 23/04/2020), autor, categoria, etiquetas, sitio
t = """---
layout: post
title: "El teatro poblano se muda a la pantalla"
fecha: 23/04/2020
autor: Rebeca Olmos
categoria: Teatro
etiquetas: [pandemia, Puebla, artes escénicas]
sitio: "Escena Angelópolis"
imagen: /img/2020/teatro-en-linea.jpg
---

Con los foros cerrados por la emergencia sanitaria, al menos nueve compañías de teatro de Puebla comenzaron a transmitir sus funciones por internet.

La compañía Telón de Azúcar estrenó una versión de *Los empeños de una casa* grabada con teléfonos celulares desde la casa de cada actor.

“Es raro actuar sin escuchar la risa del público, pero es la única forma de seguir”, reconoce su directora, Paulina Arriaga.

Las funciones son gratuitas y se sostienen con donativos voluntarios del público.
"""
write("ag19.md", t, gold(
    family="jekyll", title="El teatro poblano se muda a la pantalla",
    date="2020-04-23", bylines=["Rebeca Olmos"], source="Escena Angelópolis", section="Teatro",
    body_first_words="Con los foros cerrados por la emergencia sanitaria, al menos nueve compañías de teatro",
    body_last_words="se sostienen con donativos voluntarios del público.",
    must_keep=["Con los foros cerrados por la emergencia sanitaria, al menos nueve compañías de teatro de Puebla comenzaron a transmitir sus funciones por internet.",
               "Las funciones son gratuitas y se sostienen con donativos voluntarios del público."]))

# ag20 - Jekyll, Spanish long-form date string, authors list, singular category, flow tags; CRLF
t = """---
layout: entrada
title: Reseña — “Los días del tianguis”, de Amalia Rebolledo
date: 5 de octubre de 2022
authors:
  - Héctor Salmerón
  - Lucía Bernal Ochoa
category: Literatura
tags: [reseña, novela, Hidalgo]
---

La primera novela de Amalia Rebolledo, narradora nacida en Ixmiquilpan, se llama *Los días del tianguis*.

La historia sigue durante un año a tres mujeres que venden en el tianguis de los lunes, mientras el pueblo se vacía por la migración hacia Estados Unidos.

Rebolledo escribe con frases cortas, casi sin adjetivos, y deja que los diálogos en español y hñähñu carguen el peso emocional del libro.

Es, sin duda, uno de los debuts más sólidos del año en la narrativa del centro del país.
"""
write("ag20.md", t, gold(
    family="jekyll", title="Reseña — “Los días del tianguis”, de Amalia Rebolledo",
    date="2022-10-05", bylines=["Héctor Salmerón", "Lucía Bernal Ochoa"], section="Literatura",
    body_first_words="La primera novela de Amalia Rebolledo, narradora nacida en Ixmiquilpan, se llama",
    body_last_words="debuts más sólidos del año en la narrativa del centro del país.",
    must_keep=["La historia sigue durante un año a tres mujeres que venden en el tianguis de los lunes, mientras el pueblo se vacía por la migración hacia Estados Unidos.",
               "Es, sin duda, uno de los debuts más sólidos del año en la narrativa del centro del país."]),
    eol="crlf")
