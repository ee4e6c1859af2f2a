#!/usr/bin/env python3
"""Generator for blind set importer-m / b1.  Writes every source file as BYTES
(encoding, BOM and line endings controlled here) plus NAME.gold.yaml."""
import os
import re
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
NB = "\u00a0"  # non-breaking space
KEYS = ["readable", "family", "title", "date", "published", "bylines", "source",
        "section", "placement", "bulletin_number", "issuer", "dateline_city",
        "body_first_words", "body_last_words", "boilerplate", "must_keep",
        "photo_credit", "refusal_reason"]
FILES = []


def _plain(s):
    s = s.replace(NB, " ")
    s = s.replace("**", "")
    s = re.sub(r"^\s*([*\-•]|#+)\s+", "", s)
    return " ".join(s.split())


def fw(s, n=8):
    return " ".join(_plain(s).split()[:n])


def lw(s, n=8):
    return " ".join(_plain(s).split()[-n:])


def gold(family, title, date, first, last, bylines=(), source=None, section=None,
         placement=(), bulletin=None, issuer=None, city=None, boiler=(), keep=(),
         photo=None, published=True):
    g = dict(readable=True, family=family, title=_plain(title), date=date,
             published=published, bylines=list(bylines), source=source,
             section=section, placement=list(placement), bulletin_number=bulletin,
             issuer=issuer, dateline_city=city, body_first_words=fw(first),
             body_last_words=lw(last), boilerplate=[_plain(b) if b.strip(" *-#") else b for b in boiler],
             must_keep=[_plain(k) for k in keep], photo_credit=photo,
             refusal_reason=None)
    assert list(g) == KEYS
    return g


def bad(reason):
    g = {k: None for k in KEYS}
    g.update(readable=False, family="bad", bylines=[], placement=[],
             boilerplate=[], must_keep=[], refusal_reason=reason)
    return g


def add(name, text, g, enc="utf-8", nl="\n", bom=False, raw=None):
    FILES.append((name, text, g, enc, nl, bom, raw))


def encode(text, enc, nl, bom):
    if nl == "mixed":
        lines = text.split("\n")
        out = []
        for i, ln in enumerate(lines[:-1]):
            out.append(ln + ("\r\n" if i % 3 != 1 else "\n"))
        out.append(lines[-1])
        text = "".join(out)
    else:
        text = text.replace("\n", nl)
    data = text.encode(enc)
    if bom:
        data = b"\xef\xbb\xbf" + data
    return data


# ---------------------------------------------------------------- m01 wire
t = ("Productores de trigo del Valle del Yaqui piden precio de garantía\n"
     "antes del arranque de la cosecha")
p1 = ("Agricultores del sur de Sonora advirtieron que, sin un precio de referencia definido antes de abril, "
      "buena parte del trigo cristalino de este ciclo podría quedarse en bodegas. Representantes de las uniones "
      "de crédito de Cajeme, Navojoa y Etchojoa calcularon que el costo de producción rebasó este año los "
      f"6{NB}mil 100 pesos por tonelada.")
tz1 = "Lee también: Sequía obliga a reducir la siembra de cártamo en el sur del estado"
p2 = ("Eliseo Buitimea Castro, presidente de una asociación de productores de Cajeme, explicó que el ciclo se "
      "sembró con poca agua de las presas y con fertilizantes más caros que en 2023. \"Lo que pedimos es "
      "certidumbre; nadie puede trillar sin saber a cuánto va a vender\", dijo durante una reunión en Ciudad Obregón.")
tz2 = "Te puede interesar | Bloquean acceso a planta de fertilizantes en Guaymas"
k2 = ("Los agricultores propusieron una mesa con autoridades federales y con los compradores de la industria "
      "harinera antes del 25 de marzo.")
p3 = ("Según los productores, el cultivo ocupa alrededor de 210 mil hectáreas en los valles del Yaqui y del Mayo, "
      f"y de él dependen jornaleros, transportistas y talleres de maquinaria. {tz2} {k2}")
p4 = ("La representación de Agricultura en la entidad informó que revisa los costos presentados por las "
      "organizaciones y que dará una respuesta en los próximos días. Mientras tanto, algunos productores "
      "comenzaron a buscar contratos directos con molinos de Sinaloa y Baja California, aunque reconocen que "
      "el flete hasta esos estados encarece cada tonelada.")
pitch = "Recibe las noticias más importantes de Sonora en tu correo: suscríbete al boletín de Agencia Noroeste Informa."
soc = "Síguenos en X como @NoroesteInforma"
dl = "Hermosillo, Sonora | Agencia Noroeste Informa | 11/03/2024"
txt = f"""ECONOMÍA

## {t}

Por Ramiro Encinas Valenzuela y Dalia Moroyoqui Leyva  
{dl}

Foto: Agencia Noroeste Informa / Archivo

{p1}

{tz1}

{p2}

{p3}

{p4}

{pitch}
{soc}
"""
add("m01-trigo-yaqui.md", txt,
    gold("wire", t, "2024-03-11", p1, p4,
         bylines=["Ramiro Encinas Valenzuela", "Dalia Moroyoqui Leyva"],
         source="Agencia Noroeste Informa", section="ECONOMÍA",
         boiler=[dl, tz1, tz2, pitch, soc], keep=[k2, p2.split(". \"")[0] + "."],
         photo="Agencia Noroeste Informa / Archivo"), nl="\r\n")

# ---------------------------------------------------------------- m02 press release
t = "Reabren el Parque Lineal Río Blanco tras obras de rehabilitación de senderos"
b1 = "Se invirtieron 18.4 millones de pesos en andadores, iluminación y drenaje pluvial"
b2 = "El parque tendrá horario ampliado los sábados y domingos"
p1 = ("El Gobierno Municipal de Zapopan reabrió este miércoles el Parque Lineal Río Blanco, luego de cinco meses "
      "de trabajos en los que se renovaron 2.3 kilómetros de andadores, se instalaron 96 luminarias y se "
      "construyeron canales para conducir el agua de lluvia hacia el cauce sin inundar las calles vecinas.")
p2 = ("Durante el recorrido de entrega, la directora de Obras Públicas, Leticia Gudiño Arreola, explicó que el "
      "proyecto se diseñó con la participación de los comités vecinales de Río Blanco, Tesistán y Las Mesas, "
      "quienes pidieron prioridad para la iluminación y para los accesos de personas con discapacidad.")
k1 = "A partir de este fin de semana, el parque abrirá de las 6:00 a las 22:00 horas los sábados y domingos."
p3 = (f"{k1} Entre semana mantendrá su horario habitual de 6:00 a 20:00 horas. En el sitio habrá "
      "elementos de la Comisaría de Seguridad Pública y personal de Protección Civil durante los eventos masivos.")
p4 = ("El Ayuntamiento recordó que en el parque está prohibido el ingreso de vehículos motorizados y que las "
      "mascotas deben permanecer con correa. Las solicitudes para eventos deportivos o culturales se reciben "
      "en la Dirección de Parques y Jardines, en la Unidad Administrativa Las Águilas.")
contact = ["Dirección de Comunicación Social", "Tel. 33 3800 0000 ext. 1415", "prensa@zapopan-gob.example"]
txt = f"""Gobierno Municipal de Zapopan
Dirección de Comunicación Social
Boletín 1187
Zapopan, Jalisco, 14 de febrero de 2024

**{t}**

* {b1}
* {b2}

{p1}

{p2}

{p3}

{p4}

---o0o---

{contact[0]}
{contact[1]}
{contact[2]}
"""
add("m02-parque-rio-blanco.md", txt,
    gold("press_release", t, "2024-02-14", b1, p4, source="Gobierno Municipal de Zapopan",
         bulletin="1187", issuer="Gobierno Municipal de Zapopan", city="Zapopan",
         boiler=["Boletín 1187", "---o0o---", contact[1], contact[2]], keep=[b2, k1]),
    bom=True)

# ---------------------------------------------------------------- m03 jekyll
t = "Huamantla alista su noche de tapetes con 40 cuadras de aserrín"
p1 = ("Más de 300 familias de los barrios de Huamantla trabajan desde hace tres semanas en el diseño de los "
      "tapetes de aserrín y flores que cubrirán las calles del centro durante la noche del 14 de agosto, "
      "cuando la imagen de la Virgen de la Caridad recorra la ciudad hasta el amanecer.")
p2 = ("Los artesanos calculan que este año se usarán cerca de 60 toneladas de aserrín teñido con anilinas, "
      "además de pétalos de cempasúchil, pino y frijol. Cada barrio define su tema en asamblea y guarda los "
      "bocetos en secreto hasta la víspera.")
k1 = "El comité organizador pidió a los visitantes no caminar sobre los tapetes antes del paso de la procesión."
p3 = (f"{k1} También recomendó llegar antes de las 21:00 horas, porque a partir de esa hora se cierra el "
      "paso vehicular en el primer cuadro y en las calles que conectan con la carretera a Puebla.")
p4 = ("Doña Evangelina Xochitiotzi, quien ha participado en la elaboración de tapetes durante 42 años, contó que "
      "aprendió el oficio de su abuela y que ahora lo enseña a sus nietos. \"Es una noche en la que nadie "
      "duerme, pero nadie se queja\", dijo mientras tamizaba aserrín verde en el patio de su casa, en el barrio "
      "de San Antonio, donde este año dibujarán una escena del cerro de La Malinche.")
txt = f"""---
layout: post
title: "{t}"
date: 2022-08-13 23:30:00 -0600
medio: Rumbo Tlaxcalteca
author: Itzel Cuamatzi Pérez
categories: [Portada, Cultura]
tags: [Huamantla, tradiciones, feria]
published: yes
image: /assets/img/2022/08/tapetes-huamantla.jpg
---

![Artesanos trabajan en un tapete](/assets/img/2022/08/tapetes-huamantla.jpg)
*Foto: Cortesía Comité de Feria*

{p1}

{p2}

{p3}

{p4}
"""
add("m03-tapetes.md", txt,
    gold("jekyll", t, "2022-08-13", p1, p4, bylines=["Itzel Cuamatzi Pérez"],
         source="Rumbo Tlaxcalteca", section="Cultura", placement=["Portada"], keep=[k1],
         photo="Cortesía Comité de Feria"))

# ---------------------------------------------------------------- m04 generic
t = "Acuerdos de la asamblea de colonos de Santa Úrsula Coapa"
p1 = ("La asamblea se reunió en el patio de la escuela primaria con la asistencia de 64 vecinos de las "
      "manzanas 12 a 31. El primer punto fue la falta de agua en las partes altas de la colonia, que desde "
      "enero recibe el servicio solo tres días por semana y con poca presión.")
p2 = ("Se acordó formar una comisión de cinco personas para entregar a la alcaldía Coyoacán el censo de "
      "tomas afectadas que los vecinos levantaron casa por casa. La comisión pedirá que las pipas lleguen "
      "con horario fijo y que se revise la válvula de la calle Pacífico, donde se reportan fugas desde hace meses.")
k1 = "El segundo punto fue la iluminación del andador que lleva al paradero del tren ligero."
p3 = (f"{k1} Varios vecinos relataron asaltos a estudiantes por la noche. Se decidió juntar una cooperación "
      "voluntaria para cambiar las lámparas fundidas mientras la alcaldía responde a la solicitud formal.")
p4 = ("Por último, se aprobó que la próxima asamblea se realice el primer domingo del mes siguiente, a las "
      "diez de la mañana, en el mismo lugar. La señora Rebeca Montiel quedó a cargo de levantar el acta y de "
      "compartirla en el grupo de la colonia.")
txt = f"""# {t}

{p1}

{p2}

{p3}

{p4}
"""
add("m04-asamblea-santa-ursula.txt", txt, gold("generic", t, None, p1, p4, keep=[k1]))

# ---------------------------------------------------------------- m05 press release (cp1252)
t = "PRODUCTORES CITRÍCOLAS DE LLERA RECIBIRÁN PLANTA CERTIFICADA"
sub = "Se entregarán 35 mil plantas de naranja libres de HLB a 140 productores del centro del estado"
p1 = ("Con el objetivo de renovar las huertas dañadas por la sequía y por el Huanglongbing, la Secretaría de "
      "Desarrollo Rural, Pesca y Acuacultura entregará a partir de la próxima semana 35 mil plantas de naranja "
      "Valencia y Marrs certificadas a productores de Llera, Güémez y Padilla.")
p2 = ("El titular de la dependencia, Rodolfo Garza Treviño, explicó que las plantas provienen de viveros "
      "protegidos con malla antiáfidos y que cada productor recibirá hasta 250 ejemplares, además de "
      "asesoría técnica para el trasplante y el manejo del riego por goteo.")
k1 = "Los interesados deberán presentar su título de propiedad o constancia ejidal, identificación oficial y comprobante de domicilio."
p3 = (f"{k1} La recepción de documentos se realizará en las oficinas del Distrito de Desarrollo Rural 159, "
      "en Llera, de lunes a viernes de 9:00 a 15:00 horas.")
p4 = ("La citricultura es una de las principales actividades del centro de Tamaulipas; de acuerdo con la "
      "Secretaría, en la región se cultivan más de 30 mil hectáreas de cítricos que generan empleo para "
      "miles de familias durante la temporada de corte, que va de octubre a mayo.")
hdr = "GOBIERNO DE TAMAULIPAS"
soc = "Síguenos en redes: @DesarrolloRuralTam"
txt = f"""{hdr}
Secretaría de Desarrollo Rural, Pesca y Acuacultura

Comunicado: SDRPA/044/2024

Cd. Victoria, Tam., 22 de enero de 2024.

{t}
{sub}

{p1}

{p2}

{p3}

{p4}

-oOo-

{soc}
"""
add("m05-citricos-llera.txt", txt,
    gold("press_release", t, "2024-01-22", sub, p4,
         source="Secretaría de Desarrollo Rural, Pesca y Acuacultura", bulletin="SDRPA/044/2024",
         issuer="Secretaría de Desarrollo Rural, Pesca y Acuacultura", city="Cd. Victoria",
         boiler=[hdr, "Comunicado: SDRPA/044/2024", "-oOo-", soc], keep=[k1]),
    enc="cp1252")

# ---------------------------------------------------------------- m06 wire
t = "Pescadores de Allende denuncian mancha de hidrocarburo en el río Coatzacoalcos"
dl = "Coatzacoalcos, Ver. — Diario del Golfo Digital — 2 de junio de 2023"
p1 = ("Pescadores de la congregación Allende reportaron la mañana de este viernes una mancha oscura de "
      "aproximadamente 800 metros sobre el margen derecho del río Coatzacoalcos, a la altura del embarcadero "
      "conocido como La Playita, donde cada día salen más de 40 lanchas.")
p2 = ("Los trabajadores del mar mostraron redes impregnadas de una sustancia con olor a combustible y "
      "aseguraron que no es la primera vez que ocurre en lo que va del año. Dijeron que por lo menos dos "
      "jornadas de trabajo se perdieron porque el producto capturado no se puede vender.")
rel = "Relacionado: Suspenden pesca de robalo en la desembocadura por veda temporal"
p3 = ("Personal de Protección Civil municipal acudió al sitio para tomar muestras y colocó barreras "
      "absorbentes en una parte del cauce. La dependencia informó que el material será analizado para "
      f"determinar su origen. {rel}")
k3 = p3[: -len(rel) - 1]
mn = ["MÁS NOTICIAS", "Inauguran malecón costero en Coatzacoalcos tras dos años de obra",
      "Reportan 14 casos de dengue en Minatitlán", "Comerciantes del centro piden retirar ambulantes"]
p4 = ("Los pescadores pidieron a la Procuraduría Federal de Protección al Ambiente y a la Comisión Nacional del "
      "Agua que realicen una inspección a los ductos que cruzan el río y que se establezca un programa de "
      "compensación para las familias afectadas. Advirtieron que, si no hay respuesta, realizarán una protesta "
      "pacífica en el puente Coatzacoalcos I la próxima semana.")
ci = "Con información de Protección Civil municipal"
wa = "Únete a nuestro canal de WhatsApp y recibe las noticias del sur de Veracruz"
txt = f"""# {t}

Redacción
{dl}

Foto: Especial

{p1}

{p2}

{p3}

{mn[0]}
- {mn[1]}
- {mn[2]}
- {mn[3]}

{p4}

{ci}

{wa}
"""
add("m06-mancha-rio.md", txt,
    gold("wire", t, "2023-06-02", p1, p4, source="Diario del Golfo Digital",
         boiler=[dl, rel] + mn + [ci, wa], keep=[k3], photo="Especial"))

# ---------------------------------------------------------------- m07 bad: front matter only
txt = """---
layout: gallery
title: "Galería: Carnaval de Mazatlán 2023"
date: 2023-02-18 20:00:00 -0700
categories: [Galerías]
medio: Puerto Diario
author: Redacción
---

"""
add("m07-carnaval.md", txt,
    bad("El archivo solo contiene el encabezado YAML y no tiene cuerpo de texto que importar."))

# ---------------------------------------------------------------- m08 jekyll
t = "Acapulco reabre tres playas tras el paso de la tormenta tropical"
p1 = ("La Capitanía de Puerto levantó la bandera roja en las playas Caleta, Caletilla y Hornos luego de que "
      "el oleaje disminuyó durante la madrugada. Las autoridades mantuvieron, sin embargo, la restricción "
      "para la navegación de embarcaciones menores en la bahía de Puerto Marqués.")
p2 = ("Los prestadores de servicios turísticos comenzaron desde temprano a limpiar la arena, donde el mar "
      "dejó troncos, basura y restos de palapas. Los lancheros de Caleta calcularon pérdidas por tres días "
      "sin trabajo, en plena temporada de visitantes nacionales.")
k1 = "En la zona de Pie de la Cuesta todavía hay calles con lodo y algunos comercios permanecen cerrados."
p3 = (f"{k1} Vecinos de la laguna de Coyuca pidieron apoyo para retirar el lirio que el río arrastró "
      "hasta los embarcaderos y que impide la salida de las lanchas de pesca.")
p4 = ("Protección Civil del estado informó que no se reportaron personas lesionadas y que los refugios "
      "temporales abiertos en la colonia Renacimiento ya fueron cerrados. La dependencia recomendó a la "
      "población mantenerse atenta a los avisos oficiales, porque la temporada de ciclones en el Pacífico "
      "continúa hasta finales de noviembre.")
txt = f"""---
layout: nota
title: {t}
date: "09/11/2019"
site_name: "Mirador Costeño"
autor: Fernando Ayala Nájera
category: Municipios
tags:
  - Acapulco
  - clima
  - turismo
published: no
---

{p1}

{p2}

{p3}

{p4}
"""
add("m08-playas-caleta.markdown", txt,
    gold("jekyll", t, "2019-11-09", p1, p4, bylines=["Fernando Ayala Nájera"],
         source="Mirador Costeño", section="Municipios", keep=[k1], published=False))

# ---------------------------------------------------------------- m09 press release (autonomous body, CRLF)
t = "Órgano Garante ordena a tres municipios publicar padrones de beneficiarios de programas sociales"
dlp = "Victoria de Durango, Dgo., a 8 de septiembre de 2023.-"
p1 = ("El Pleno del Órgano Garante de Transparencia del Estado de Durango resolvió en sesión ordinaria "
      "cuatro recursos de revisión presentados contra los ayuntamientos de Lerdo, Canatlán y Santiago "
      "Papasquiaro, a los que ordenó publicar en un plazo de diez días hábiles los padrones de beneficiarios "
      "de sus programas de apoyo alimentario y de vivienda.")
p2 = ("La comisionada ponente, Araceli Soto Quiñones, señaló que los sujetos obligados respondieron a las "
      "solicitudes con enlaces que no funcionaban o con documentos escaneados ilegibles, lo que equivale "
      "a negar el acceso a la información.")
k1 = "Los padrones deberán incluir el nombre del programa, el monto otorgado y la localidad de cada beneficiario, protegiendo los datos personales sensibles."
p3 = (f"{k1} En caso de incumplimiento, el Órgano Garante podrá imponer amonestaciones públicas o multas "
      "a los servidores públicos responsables.")
p4 = ("En la misma sesión, el Pleno aprobó el calendario de capacitaciones para el último trimestre del año, "
      "dirigido a las unidades de transparencia municipales, y recordó que la Plataforma Nacional de "
      "Transparencia está disponible para presentar solicitudes las 24 horas del día.")
hdr = "COMUNICADO No. 27/2023"
contact = ["Unidad de Comunicación Social", "Tel. 618 000 1122", "comunicacion@ogt-durango.example",
           "Facebook e Instagram: @OGTDurango"]
txt = f"""{hdr}

{t}

{dlp} {p1}

{p2}

{p3}

{p4}

###

{contact[0]}
{contact[1]}
{contact[2]}
{contact[3]}
"""
add("m09-padrones-municipios.md", txt,
    gold("press_release", t, "2023-09-08", p1, p4,
         source="Órgano Garante de Transparencia del Estado de Durango", bulletin="27/2023",
         issuer="Órgano Garante de Transparencia del Estado de Durango", city="Victoria de Durango",
         boiler=[hdr, dlp, "###", contact[1], contact[2], contact[3]], keep=[k1]),
    nl="\r\n")

# ---------------------------------------------------------------- m10 wire (BOM)
t = "Apicultores de Tizimín reportan caída de 40% en la cosecha de miel"
dl = "Mérida, Yuc. / martes 16 de mayo de 2023"
p1 = ("Las altas temperaturas y la falta de floración en el oriente de Yucatán redujeron hasta en 40 por "
      "ciento la producción de miel en esta temporada, de acuerdo con apicultores de Tizimín, Panabá y "
      "Sucilá que se reunieron con diputados locales para pedir apoyos emergentes.")
p2 = ("Don Wilberth Canché Pool, con más de 300 colmenas, explicó que las abejas han tenido que ser "
      "alimentadas con jarabe de azúcar desde marzo, lo que eleva los costos sin garantizar la "
      "supervivencia de las colonias. \"Hay compañeros que ya perdieron la mitad de sus cajas\", lamentó.")
k1 = "Los productores pidieron que el gobierno estatal adelante el pago del programa de apoyo apícola previsto para el segundo semestre."
p3 = (f"{k1} También solicitaron la intervención de las autoridades para frenar la aplicación de "
      "plaguicidas cerca de los apiarios, a la que atribuyen muertes masivas de abejas.")
p4 = ("Yucatán es uno de los principales productores de miel del país y la mayor parte de su cosecha se "
      f"exporta a Alemania y a otros países europeos. Los acopiadores estiman que el precio por kilo{NB}podría "
      "subir en las próximas semanas, aunque advierten que la calidad de la miel de esta temporada es buena.")
rec = ["También te recomendamos:", "Temporada de huracanes 2023: estos son los nombres",
       "Buscan rescatar el cenote de Cuzamá tras derrumbe"]
app = "Descarga la app de El Vigía Peninsular en Google Play y App Store"
txt = f"""**{t}**

Texto: Mariana Chablé Ek
Sección: Local
{dl}

{p1}

{p2}

{p3}

{p4}

{rec[0]}
{rec[1]}
{rec[2]}

{app}
"""
add("m10-miel-tizimin.txt", txt,
    gold("wire", t, "2023-05-16", p1, p4, bylines=["Mariana Chablé Ek"],
         source="El Vigía Peninsular", section="Local",
         boiler=[dl] + rec + [app], keep=[k1]), bom=True)

# ---------------------------------------------------------------- m11 jekyll
t = "Loros de Colima amarra la permanencia con triunfo ante su afición"
p1 = ("El equipo Loros de Colima aseguró su lugar en la división para la próxima temporada luego de vencer "
      "2-0 a su rival en el estadio Colima, ante unos seis mil aficionados que llenaron la cabecera norte "
      "pese a la lluvia que cayó durante el primer tiempo.")
p2 = ("Los goles llegaron en la segunda mitad. Primero, el delantero Brandon Arreguín remató de cabeza un "
      "tiro de esquina al minuto 58; después, el contención Julián Ceballos cerró la cuenta con un disparo "
      "desde fuera del área que se coló en el ángulo.")
k1 = "El director técnico reconoció que el equipo vivió una campaña complicada por las lesiones y los cambios en la plantilla."
p3 = (f"{k1} Agradeció a la directiva la paciencia y a la afición el respaldo en los partidos de local, "
      "donde el equipo sumó la mayor parte de sus puntos.")
p4 = ("La directiva anunció que en las próximas semanas presentará el proyecto deportivo para el siguiente "
      "torneo, que incluye la promoción de jugadores de las fuerzas básicas formados en Colima, Villa de "
      "Álvarez y Tecomán, así como la búsqueda de patrocinadores locales para renovar la cancha de "
      "entrenamiento.")
txt = f"""---
layout: post
title: "{t}"
date: "17 de enero de 2021"
outlet: El Faro de Colima
autores:
  - Hugo Villalvazo Larios
  - Renata Ochoa Cisneros
category: "Deportes, Destacadas"
tags: [futbol, Loros]
---

{p1}

{p2}

{p3}

{p4}
"""
add("m11-loros-permanencia.md", txt,
    gold("jekyll", t, "2021-01-17", p1, p4, bylines=["Hugo Villalvazo Larios", "Renata Ochoa Cisneros"],
         source="El Faro de Colima", section="Deportes", placement=["Destacadas"], keep=[k1]))

# ---------------------------------------------------------------- m12 wire (cp1252, inline uppercase dateline)
t = "Curtidores de León reciben plazo para conectar sus descargas al colector industrial"
dl = "LEÓN, GTO., 7 DE OCTUBRE DE 2022.-"
p1 = ("Las tenerías que operan en la zona de San Miguel y El Coecillo tendrán hasta el 31 de marzo para "
      "conectar sus descargas al colector industrial, de lo contrario podrían ser clausuradas, informaron "
      "autoridades ambientales del municipio tras una reunión con la cámara del ramo.")
rel = "Relacionado: Detectan cromo en canal de riego al sur de León"
p2 = ("De acuerdo con el padrón municipal, todavía 87 curtidurías vierten sus aguas residuales al drenaje "
      "sanitario sin tratamiento previo, lo que provoca daños a la red y malos olores en las colonias "
      f"cercanas. {rel}")
k2 = p2[: -len(rel) - 1]
p3 = ("Los curtidores pidieron apoyo financiero para cubrir el costo de las obras, que en promedio supera "
      "los 400 mil pesos por taller. Señalaron que la mayoría son empresas familiares que apenas se "
      "recuperan de la caída de pedidos de la industria del calzado.")
p4 = ("El municipio ofreció gestionar un esquema de crédito con la banca de desarrollo y acompañamiento "
      "técnico para los talleres más pequeños. Además, se instalará una mesa de seguimiento que sesionará "
      "cada mes con representantes de los curtidores, de la cámara y del sistema de agua potable, que "
      "revisará los avances de cada conexión.")
ci = "Con información de Ernesto Vallejo"
txt = f"""{t}
Bajío Hoy / Redacción

Foto: Cortesía SAPAL

{dl} {p1}

{p2}

{p3}

{p4}

{ci}
"""
add("m12-tenerias-colector.txt", txt,
    gold("wire", t, "2022-10-07", p1, p4, source="Bajío Hoy", boiler=[dl, rel, ci], keep=[k2],
         photo="Cortesía SAPAL"), enc="cp1252")

# ---------------------------------------------------------------- m13 generic (mixed line endings)
t = "Guía rápida para el registro de comerciantes del tianguis dominical"
p1 = ("Los comerciantes que deseen instalarse en el tianguis dominical de la avenida principal deberán "
      "acudir con su credencial de elector, una fotografía tamaño infantil y un croquis del puesto. El "
      "registro se hace en la caseta de la mesa directiva, junto al mercado, de las nueve a las trece horas.  ")
p2 = ("Cada puesto puede ocupar como máximo tres metros de frente. Los puestos de comida deben contar con "
      "extintor vigente y con un recipiente para grasa usada; no se permite tirar agua jabonosa a la "
      "coladera.   ")
k1 = "La cuota semanal de limpieza se paga cada domingo antes de las diez de la mañana."
p3 = (f"{k1} Quien acumule tres faltas sin aviso perderá su lugar, que se asignará a la persona siguiente "
      "en la lista de espera. Los cambios de giro deben solicitarse por escrito a la mesa directiva.")
p4 = ("Al terminar la jornada, cada comerciante es responsable de recoger la basura de su espacio y de "
      "retirar lonas, tubos y mecates. La calle debe quedar libre a las cinco de la tarde para el paso del "
      "transporte público. Cualquier duda se atiende los domingos en la misma caseta o en la junta mensual "
      "de comerciantes, que se realiza el último jueves de cada mes.")
txt = f"""{t}

{p1}

{p2}

{p3}

{p4}
"""
add("m13-registro-tianguis.text", txt, gold("generic", t, None, p1, p4, keep=[k1]), nl="mixed")

# ---------------------------------------------------------------- m14 press release (issuer only in logo text)
t = "Estudiantes de la UTSG diseñan secador solar para café de pequeños productores"
logo = "[Logotipo: Universidad Tecnológica de la Sierra Gorda]"
p1 = ("Un equipo de estudiantes de la carrera de Ingeniería en Energías Renovables desarrolló un secador "
      "solar de bajo costo que permite reducir de doce a seis días el secado del café cereza, proyecto que "
      "ya se prueba en parcelas de productores de las comunidades de Tancoyol y La Parada.")
p2 = ("El prototipo está construido con madera de la región, lámina galvanizada y una cubierta de "
      "polietileno térmico; su costo aproximado es de 7 mil pesos y puede secar hasta 150 kilogramos por "
      "carga. Los alumnos trabajaron bajo la asesoría del profesor investigador Gerardo Landaverde Olvera.")
k1 = "Los productores que participaron en la prueba señalaron que el grano seco en el equipo conserva mejor su aroma."
p3 = (f"{k1} También destacaron que el secador protege el café de la lluvia y de los animales, problemas "
      "frecuentes cuando se seca sobre petates en los patios.")
p4 = ("La institución buscará financiamiento para fabricar diez secadores más y entregarlos a grupos de "
      "productoras de la Sierra Gorda durante la próxima cosecha. El proyecto participará además en el "
      "encuentro regional de innovación tecnológica que se celebrará en la capital del estado en el mes de junio.")
contact = ["Coordinación de Comunicación y Difusión", "comunicacion@utsg.example", "Facebook: /UTSierraGordaOficial"]
txt = f"""{logo}

Comunicado 019
Jalpan de Serra, Qro. 25/04/2023

## {t}

{p1}

{p2}

{p3}

{p4}

- - -

{contact[0]}
{contact[1]}
{contact[2]}
"""
add("m14-secador-solar.md", txt,
    gold("press_release", t, "2023-04-25", p1, p4,
         source="Universidad Tecnológica de la Sierra Gorda", bulletin="019",
         issuer="Universidad Tecnológica de la Sierra Gorda", city="Jalpan de Serra",
         boiler=["Comunicado 019", "- - -", contact[1], contact[2]], keep=[k1]))

# ---------------------------------------------------------------- m15 bad: saved HTML page
txt = """<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>Suben tarifas del transporte en Morelia | Voz Michoacana</title>
<link rel="stylesheet" href="./Suben tarifas del transporte_files/main.css">
<script async src="./Suben tarifas del transporte_files/gtag.js"></script>
</head>
<body class="single-post">
<header><nav><ul><li><a href="/">Inicio</a></li><li><a href="/estado">Estado</a></li>
<li><a href="/deportes">Deportes</a></li></ul></nav></header>
<main>
<article>
<h1>Suben tarifas del transporte en Morelia</h1>
<p class="byline">Por Samuel Tzintzun | 12 de abril de 2024</p>
<p>Concesionarios del transporte público de Morelia aplicaron desde este viernes un aumento de dos pesos
en la tarifa de las combis, luego de meses de negociación con la autoridad estatal.</p>
<p>Usuarios de las rutas que van a Ciudad Universitaria se quejaron por el alza.</p>
</article>
<aside class="related"><h3>Lo más leído</h3><ul><li>Cierre vial en avenida Madero</li></ul></aside>
</main>
<footer>&copy; 2024 Voz Michoacana. Todos los derechos reservados.</footer>
<script src="./Suben tarifas del transporte_files/app.js"></script>
</body>
</html>
"""
add("m15-tarifas-morelia.html", txt,
    bad("El archivo es una página web guardada en HTML y no una nota de texto importable."))

# ---------------------------------------------------------------- m16 jekyll (CRLF, status draft)
t = "Brigadas de salud vacunan contra sarampión en comunidades teenek de Tancanhuitz"
p1 = ("Brigadas de la jurisdicción sanitaria con sede en Ciudad Valles aplicaron durante la última semana "
      "más de 2 mil dosis de la vacuna contra sarampión y rubéola en comunidades teenek de Tancanhuitz y "
      "Aquismón, como parte de la campaña de refuerzo para niñas y niños de uno a nueve años.")
p2 = ("El personal recorrió a pie caminos de terracería para llegar a localidades donde no hay centro de "
      "salud. En cada comunidad se contó con traductores de lengua teenek, quienes explicaron a las "
      "familias la importancia de completar el esquema de vacunación.")
k1 = "La jurisdicción informó que la meta es alcanzar una cobertura de 95 por ciento antes del inicio del ciclo escolar."
p3 = (f"{k1} Para ello, las brigadas volverán a las comunidades donde se registró menor asistencia y "
      "habilitarán módulos en los tianguis de los días de plaza.")
p4 = ("Las autoridades de salud pidieron a madres y padres de familia llevar la cartilla nacional de salud "
      "de sus hijos y recordaron que la vacuna es gratuita. También recomendaron acudir a la unidad médica "
      "más cercana ante cualquier caso de fiebre acompañada de erupciones en la piel, para su atención oportuna.")
txt = f"""---
layout: post
title: "{t}"
fecha: 2020-06-30
publicacion: Gaceta Huasteca
autor: María Fernanda Tovar Hernández
categories:
  - Destacadas
  - Salud
status: draft
---

{p1}

{p2}

{p3}

{p4}
"""
add("m16-vacunacion-teenek.md", txt,
    gold("jekyll", t, "2020-06-30", p1, p4, bylines=["María Fernanda Tovar Hernández"],
         source="Gaceta Huasteca", section="Salud", placement=["Destacadas"], keep=[k1],
         published=False), nl="\r\n")

# ---------------------------------------------------------------- m17 wire
t = "Rarámuris de Guachochi reciben despensas tras semanas de nevadas"
dl = "Crónica Serrana | Guachochi, Chihuahua | 28-02-2022 | 09:40 h"
p1 = ("Familias rarámuris de las comunidades de Samachique, Rocoroyvo y Tónachi recibieron este fin de "
      "semana paquetes de alimentos y cobijas, luego de que las nevadas de febrero dejaron incomunicadas a "
      "varias rancherías durante casi tres semanas.")
tz = "Lee también: Nevada cierra tramo carretero Creel-Guachochi"
k2 = "Autoridades municipales informaron que se entregaron 1,800 despensas con maíz, frijol, harina, aceite y azúcar."
p2 = (f"{tz} {k2} La distribución se hizo con apoyo de gobernadores tradicionales, quienes elaboraron las "
      "listas de familias más necesitadas en cada comunidad.")
p3 = ("Juana Bustillos, habitante de Rocoroyvo, relató que durante las nevadas la comida escaseó porque los "
      "caminos se cerraron y las tiendas comunitarias no pudieron surtirse. \"Nos estuvimos ayudando entre "
      "vecinos, pero ya no alcanzaba\", comentó en su lengua, con ayuda de un intérprete.")
p4 = ("El Ayuntamiento de Guachochi anunció que mantendrá un centro de acopio en la presidencia municipal "
      "para recibir ropa de invierno y alimentos no perecederos. Además, pidió a la población que viaje a "
      "la sierra revisar el estado de los caminos antes de salir, pues todavía hay tramos con hielo en las "
      "partes altas.")
mn = ["MÁS NOTICIAS", "Reabren escuelas en Batopilas tras el temporal",
      "Productores de manzana de Guerrero esperan buena floración", "Suspenden carrera ultramaratón por el frío"]
soc = "Síguenos en Facebook: Crónica Serrana Noticias"
txt = f"""## {t}

Por Aurelio Loya Chaparro
{dl}

Foto: Crónica Serrana / Aurelio Loya Chaparro

{p1}

{p2}

{p3}

{p4}

**{mn[0]}**

* {mn[1]}
* {mn[2]}
* {mn[3]}

{soc}
"""
add("m17-despensas-sierra.md", txt,
    gold("wire", t, "2022-02-28", p1, p4, bylines=["Aurelio Loya Chaparro"], source="Crónica Serrana",
         boiler=[dl, tz] + mn + [soc], keep=[k2], photo="Crónica Serrana / Aurelio Loya Chaparro"))

# ---------------------------------------------------------------- m18 press release (cp1252, FIN)
iss = "Oficina de Representación de la Procuraduría Federal del Consumidor en Campeche"
t = "Verifican precios de juguetes y aparatos electrónicos en comercios de Campeche"
p1 = ("Personal de verificación de la Oficina de Representación realizó durante la primera quincena de "
      "diciembre 146 visitas a tiendas departamentales, jugueterías y comercios de electrónica de la capital, "
      "Ciudad del Carmen y Champotón, como parte del programa de temporada navideña.")
p2 = ("Como resultado de las visitas se colocaron sellos de suspensión a 38 productos que no contaban con "
      "instructivo en español, no indicaban la edad recomendada de uso o mostraban precios distintos a los "
      "cobrados en caja.")
k1 = "Se recomienda a las personas consumidoras conservar sus comprobantes de compra y revisar las condiciones de garantía antes de pagar."
p3 = (f"{k1} En el caso de compras a meses sin intereses, es importante calcular el monto total que se "
      "pagará y no comprometer más del 30 por ciento del ingreso mensual.")
p4 = ("Las quejas pueden presentarse en las oficinas ubicadas en la avenida Miguel Alemán, de lunes a "
      "viernes de 8:30 a 15:00 horas, o a través del Teléfono del Consumidor. Los operativos continuarán "
      "hasta el 6 de enero, Día de Reyes, con especial atención en los tianguis y mercados de temporada.")
hdr = "GOBIERNO DE MÉXICO"
contact = ["Área de Comunicación Social", "Tel. 981 000 4455", "campeche.prensa@profeco-delegacion.example"]
txt = f"""{hdr}
{iss}

COMUNICADO
Núm. 112/22

San Francisco de Campeche, Camp., 19 de diciembre de 2022.

{t}

{p1}

{p2}

{p3}

{p4}

FIN

{contact[0]}
{contact[1]}
{contact[2]}
"""
add("m18-juguetes-navidad.txt", txt,
    gold("press_release", t, "2022-12-19", p1, p4, source=iss, bulletin="112/22", issuer=iss,
         city="San Francisco de Campeche", boiler=[hdr, "Núm. 112/22", "FIN", contact[1], contact[2]],
         keep=[k1]), enc="cp1252")

# ---------------------------------------------------------------- m19 jekyll (naive datetime, unreadable published)
t = "Huajuapan cierra el año con mercado de artesanías de palma"
p1 = ("Artesanas y artesanos de once comunidades de la Mixteca instalaron sus puestos en el nuevo mercado "
      "de artesanías de palma, ubicado a un costado del parque Independencia, que abrió sus puertas en los "
      "últimos días del año con más de 70 espacios de venta.")
p2 = ("En los pasillos se ofrecen sombreros, tenates, petates, bolsas y figuras tejidas a mano. Las "
      "productoras explicaron que una pieza grande puede llevar hasta una semana de trabajo y que antes "
      "vendían casi todo a intermediarios a precios muy bajos.")
k1 = "Doña Rufina Cruz Santiago, de San Juan Bautista Suchitepec, dijo que el mercado les permitirá vender directamente a los visitantes."
p3 = (f"{k1} \"Ahora el comprador ve cómo se trabaja la palma y paga lo justo\", comentó mientras terminaba "
      "un sombrero de ala ancha.")
p4 = ("La administración del mercado informó que el espacio abrirá de martes a domingo y que se organizarán "
      "talleres de tejido para niñas y niños durante las vacaciones. También se prevé un corredor de "
      "comida tradicional con mole, tamales de frijol y pan de yema elaborado en hornos de leña de la región.")
txt = f"""---
layout: post
title: {t}
date: 2021-12-31 22:15
fuente: Semanario La Mixteca
author: Noé Bautista Ramírez
categories: Municipios
tags: [palma, artesanías, Huajuapan]
published: pendiente
---

{p1}

{p2}

{p3}

{p4}
"""
add("m19-artesanias-palma.md", txt,
    gold("jekyll", t, "2021-12-31", p1, p4, bylines=["Noé Bautista Ramírez"],
         source="Semanario La Mixteca", section="Municipios", keep=[k1], published=False))

# ---------------------------------------------------------------- m20 wire (BOM, inline dateline)
t = "Comerciantes de Juchitán piden reordenar el mercado a un año de su reapertura"
dl = "JUCHITÁN DE ZARAGOZA, Oax. (Pulso Istmeño), 5 de julio de 2024.—"
p1 = ("Locatarios del mercado 5 de Septiembre solicitaron a las autoridades municipales una reubicación de "
      "los puestos de comida y de flores, pues aseguran que el diseño actual deja pasillos sin clientes y "
      "provoca que muchos comerciantes prefieran vender en la calle.")
p2 = ("Las vendedoras de totopos, pescado seco y quesillo señalaron que los locales asignados en la planta "
      "alta casi no reciben visitantes y que las ventas bajaron a la mitad desde la reapertura del inmueble, "
      "reconstruido tras los sismos de 2017.")
tz = "Te puede interesar: Ventarrones derriban espectaculares en Salina Cruz"
k3 = "La regidora de Mercados, Eufrosina López Toledo, dijo que ya existe un proyecto para instalar escaleras eléctricas y señalética."
p3 = (f"{tz} {k3} Sin embargo, reconoció que la obra depende de recursos que el municipio todavía gestiona "
      "ante el gobierno estatal.")
p4 = ("Mientras tanto, los comerciantes acordaron organizar una vendimia cultural cada sábado en la "
      "explanada del mercado, con música de banda, sones istmeños y venta de antojitos, para atraer a las "
      "familias y a los turistas que llegan a la ciudad durante la temporada de velas de mayo y agosto.")
ci = "Con información de Juan Pablo Orozco"
wa = "Únete al canal de WhatsApp de Pulso Istmeño y recibe las noticias del Istmo en tu celular"
txt = f"""{t}
Texto: Citlali Santiago Regalado

{dl} {p1}

{p2}

{p3}

{p4}

{ci}

{wa}
"""
add("m20-mercado-juchitan.txt", txt,
    gold("wire", t, "2024-07-05", p1, p4, bylines=["Citlali Santiago Regalado"], source="Pulso Istmeño",
         boiler=[dl, tz, ci, wa], keep=[k3]), bom=True)

# ---------------------------------------------------------------- m21 press release (congress, CRLF)
iss = "Congreso del Estado de Hidalgo"
t = "Aprueban reformas para sancionar la venta de bebidas energizantes a menores de edad"
b1 = "La iniciativa fue respaldada por 27 votos a favor y dos abstenciones"
b2 = "Los comercios que incumplan podrán recibir multas de hasta 500 UMA"
dlc = "Pachuca de Soto, Hgo., a 27 de noviembre de 2023"
p1 = ("El Pleno de la LXV Legislatura aprobó reformas a la Ley de Salud y a la Ley de los Derechos de "
      "Niñas, Niños y Adolescentes para prohibir la venta de bebidas con alto contenido de cafeína y "
      "taurina a personas menores de 18 años en todo el territorio del estado.")
p2 = ("Durante la discusión, la diputada promovente, Yazmín Hernández Badillo, expuso que el consumo de "
      "estas bebidas entre estudiantes de secundaria ha aumentado en los últimos años y que los especialistas "
      "lo asocian con trastornos del sueño, ansiedad y problemas cardiacos.")
k1 = "Los establecimientos deberán colocar en un lugar visible un aviso sobre la prohibición."
p3 = (f"{k1} Los ayuntamientos serán los responsables de verificar su cumplimiento y de aplicar las "
      "sanciones correspondientes, que irán de la amonestación a la multa y, en caso de reincidencia, a la "
      "clausura temporal.")
p4 = ("El decreto entrará en vigor a los noventa días de su publicación en el Periódico Oficial del Estado, "
      "plazo en el que la Secretaría de Salud deberá emitir los lineamientos para su aplicación.")
txt = f"""{iss} · LXV Legislatura
Dirección de Comunicación Social

**{t}**

• {b1}
• {b2}

{dlc}

{p1}

{p2}

{p3}

{p4}

-30-
Núm. CS-412/2023
"""
add("m21-bebidas-energizantes.md", txt,
    gold("press_release", t, "2023-11-27", b1, p4, source=iss, bulletin="CS-412/2023", issuer=iss,
         city="Pachuca de Soto", boiler=["-30-", "Núm. CS-412/2023"], keep=[b2, k1]), nl="\r\n")

# ---------------------------------------------------------------- m22 generic (date line)
t = "Bitácora de la brigada de reforestación del cerro del Chiquihuite"
p1 = ("Salimos del paradero a las siete de la mañana en dos camionetas prestadas por la parroquia. "
      "Éramos 23 voluntarios, la mayoría estudiantes de bachillerato, más los tres guías de la cooperativa "
      "que cuida el vivero comunitario de la ladera norte.")
p2 = ("Se plantaron 410 árboles, sobre todo encinos y cedros blancos, en las terrazas que se hicieron "
      "el año pasado. El suelo estaba húmedo por las lluvias de la semana, lo que facilitó el trabajo, "
      "aunque en la parte alta hubo que cargar la tierra en costales.")
k1 = "Se revisaron también los árboles de la jornada anterior: sobrevivió cerca del 70 por ciento."
p3 = (f"{k1} Los que se secaron estaban en la zona sin sombra, por lo que los guías propusieron poner "
      "ahí magueyes primero y dejar los encinos para el siguiente temporal.")
p4 = ("Pendientes para la próxima salida: conseguir más palas y guantes, pedir a la alcaldía una pipa de "
      "agua para el riego de auxilio y hacer un croquis con la ubicación de cada terraza. Se propuso "
      "también invitar a los vecinos de la colonia de abajo, que pidieron participar.")
txt = f"""## {t}

14/07/2022

{p1}

{p2}

{p3}

{p4}
"""
add("m22-bitacora-reforestacion.markdown", txt, gold("generic", t, "2022-07-14", p1, p4, keep=[k1]))

# ---------------------------------------------------------------- m23 jekyll (impossible date, tags only, folded title)
t1 = "Vecinos de Gaviotas Sur levantan bordos de costales"
t2 = "ante la crecida del río Grijalva"
t = f"{t1} {t2}"
p1 = ("Habitantes de la colonia Gaviotas Sur, en Villahermosa, pasaron la noche llenando costales con arena "
      "para reforzar el bordo que protege sus viviendas, luego de que el nivel del río Grijalva subió casi "
      "un metro en menos de dos días por las lluvias en la parte alta de la cuenca.")
p2 = ("Los vecinos organizaron guardias por cuadra para vigilar las filtraciones. En la calle Pino Suárez "
      "el agua ya brota entre las juntas de la banqueta y varias familias sacaron sus muebles a casas de "
      "parientes en zonas más altas.")
k1 = "Protección Civil municipal envió una cuadrilla con una retroexcavadora y 3 mil costales vacíos."
p3 = (f"{k1} La dependencia pidió a la población no cruzar las calles inundadas a pie ni en vehículo y "
      "atender las indicaciones en caso de que se ordene una evacuación preventiva.")
p4 = ("Los habitantes recordaron que en 2007 la colonia quedó bajo el agua durante semanas y exigieron "
      "que las obras de protección prometidas desde entonces se concluyan antes de la temporada de frentes "
      "fríos, cuando las lluvias suelen ser más intensas en la región.")
txt = f"""---
title: >-
  {t1}
  {t2}
fecha: "30/02/2023"
sitio: Ecos de Tabasco
autora: Guadalupe Ocaña Jiménez
tags: [Portada, lluvias, Centro]
---

{p1}

{p2}

{p3}

{p4}
"""
add("m23-bordos-gaviotas.md", txt,
    gold("jekyll", t, None, p1, p4, bylines=["Guadalupe Ocaña Jiménez"], source="Ecos de Tabasco",
         placement=["Portada"], keep=[k1]))

# ---------------------------------------------------------------- m24 wire (cp1252, bold wrapped title)
t1 = "Mineros de Fresnillo mantienen paro en demanda"
t2 = "de reparto de utilidades"
t = f"{t1} {t2}"
dl = "Fresnillo, Zac. 2023-10-19"
p1 = ("Trabajadores de una unidad minera ubicada al norte de Fresnillo cumplieron este jueves tres días en "
      f"paro, en demanda de que la empresa revise el cálculo del reparto de utilidades que, aseguran, fue "
      f"hasta 60{NB}por ciento menor que el del año anterior.")
lm = "Lee más: Zacatecas, entre los estados con más empleo formal en la minería"
p2 = ("Los inconformes instalaron un campamento frente al acceso principal y permiten únicamente el paso "
      "del personal de seguridad y de mantenimiento de las bombas de desagüe, para evitar que se inunden los "
      f"niveles inferiores de la mina. {lm}")
k2 = p2[: -len(lm) - 1]
p3 = ("El secretario de trabajo de la sección sindical, Efrén Guzmán Saucedo, declaró que la empresa reportó "
      "ventas récord de plata, por lo que los trabajadores no entienden la reducción. Anunció que acudirán "
      "a la Procuraduría Federal de la Defensa del Trabajo para pedir una revisión de las cifras.")
p4 = ("Hasta el cierre de esta edición, la empresa no había emitido un posicionamiento. Comerciantes de la "
      "zona señalaron que el paro ya afecta las ventas de los negocios cercanos, que dependen del consumo de "
      "los más de 900 trabajadores de la mina.")
nl_ = "Suscríbete a nuestro boletín y recibe cada mañana lo más importante de Zacatecas."
ce = "Escríbenos a redaccion@vozaltiplano.example"
txt = f"""**{t1}
{t2}**

Por Jesús Alberto Delgado | La Voz del Altiplano
{dl}

Foto: Cortesía Sección 62 del sindicato minero

{p1}

{p2}

{p3}

{p4}

{nl_}
{ce}
"""
add("m24-paro-minero.txt", txt,
    gold("wire", t, "2023-10-19", p1, p4, bylines=["Jesús Alberto Delgado"], source="La Voz del Altiplano",
         boiler=[dl, lm, nl_, ce], keep=[k2], photo="Cortesía Sección 62 del sindicato minero"),
    enc="cp1252")

# ---------------------------------------------------------------- m25 press release (water utility, trailing spaces, NBSP)
iss = "Organismo Municipal de Agua y Saneamiento de Tecate"
hdr = "H. XXIV Ayuntamiento de Tecate"
t = "Suspenderán el servicio de agua en 14 colonias por conexión de nueva línea de conducción"
b1 = "Los trabajos se realizarán el sábado 12 de agosto durante 18 horas"
b2 = "Habrá pipas gratuitas en los puntos de abastecimiento habituales"
dlc = "Tecate, B.C., miércoles 9 de agosto de 2023"
p1 = ("El Organismo Municipal de Agua y Saneamiento de Tecate informa que el próximo sábado suspenderá el "
      "suministro en 14 colonias del oriente de la ciudad, debido a la conexión de la nueva línea de conducción "
      f"de 16{NB}pulgadas que llevará agua desde el tanque Cuchumá hasta el sector de El Encanto.")
p2 = ("La interrupción comenzará a las 6:00 horas y se prevé que el servicio se restablezca de manera gradual "
      "a partir de la medianoche. Entre las zonas afectadas se encuentran las colonias Bella Vista, Rincón "
      "Tecate, Lomas del Río, Militar y el fraccionamiento Los Encinos.")
k1 = "Se recomienda a los usuarios almacenar agua en recipientes limpios y tapados, y hacer un uso racional del líquido durante el corte."
p3 = (f"{k1} Las personas con familiares enfermos o adultos mayores que requieran apoyo especial pueden "
      "solicitar una pipa al número de atención a usuarios.")
p4 = ("Con esta obra, que tuvo una inversión de 23 millones de pesos, se beneficiará a más de 9 mil "
      "habitantes que hasta ahora reciben el servicio por tandeo, especialmente en los meses de verano, "
      "cuando aumenta el consumo en las partes altas.")
contact = ["Atención a usuarios: 665 000 7788", "Facebook: OMAST Tecate Oficial", "comunicacion@omast-tecate.example"]
txt = f"""{hdr}   
{iss} (OMAST)

{dlc}   
Boletín No. 063

{t}

- **{b1}**
- **{b2}**

{p1}   

{p2}

{p3}  

{p4}

oo0oo

{contact[0]}
{contact[1]}
{contact[2]}
"""
add("m25-corte-agua-tecate.md", txt,
    gold("press_release", t, "2023-08-09", b1, p4, source=iss, bulletin="063", issuer=iss, city="Tecate",
         boiler=[hdr, "Boletín No. 063", "oo0oo"] + contact, keep=[b2, k1]))

# ---------------------------------------------------------------- m26 bad: binary junk
import random as _random
_r = _random.Random(2026)
junk = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(_r.randrange(256) for _ in range(3000))
add("m26-respaldo-notas.txt", None,
    bad("El archivo contiene datos binarios ilegibles y no es un texto que se pueda importar."), raw=junk)

# ---------------------------------------------------------------- m27 jekyll (BOM, offset date, published false)
t = "Pescadores de La Paz liberan tortugas atrapadas en redes abandonadas"
p1 = ("Un grupo de pescadores ribereños de El Manglito liberó la mañana del viernes a cinco tortugas "
      "prietas que habían quedado atrapadas en una red abandonada cerca de la isla El Merito, en la bahía "
      "de La Paz, durante un recorrido de limpieza del fondo marino.")
p2 = ("Los pescadores forman parte de una cooperativa que desde hace cuatro años retira redes fantasma de "
      "la bahía. Este año han recuperado más de dos toneladas de material, sobre todo redes de nailon y "
      "cabos que se enredan en los arrecifes rocosos.")
k1 = "Las tortugas fueron revisadas por biólogos voluntarios antes de regresarlas al mar."
p3 = (f"{k1} Dos de ellas presentaban heridas leves en las aletas, por lo que se les dio seguimiento "
      "durante algunas horas en un corral flotante antes de liberarlas.")
p4 = ("Los integrantes de la cooperativa pidieron a las autoridades establecer un programa permanente de "
      "recolección de artes de pesca en desuso y un centro de acopio en el puerto, para que los pescadores "
      "puedan entregar sus redes viejas en lugar de abandonarlas o quemarlas en la playa.")
txt = f"""---
layout: post
title: "{t}"
date: 2023-07-14T19:40:00-07:00
periodico: Reporte Bahía
authors: [Ulises Amador Geraldo]
categories: [Sociedad]
tags: [tortugas, La Paz, medio ambiente]
published: false
---

{p1}

{p2}

{p3}

{p4}
"""
add("m27-tortugas-bahia.md", txt,
    gold("jekyll", t, "2023-07-14", p1, p4, bylines=["Ulises Amador Geraldo"], source="Reporte Bahía",
         section="Sociedad", keep=[k1], published=False), bom=True)

# ---------------------------------------------------------------- m28 wire (CRLF, abbreviated month)
t = "Vecinos de la colonia Moctezuma reportan baja presión de gas natural por el frío"
dl = "Norte Laguna Noticias · Torreón, Coah. · 2 ene 2024"
p1 = ("Habitantes de la colonia Moctezuma y de sectores aledaños del oriente de Torreón reportaron durante "
      "el fin de semana baja presión en el suministro de gas natural, lo que les impidió usar calentadores y "
      "estufas en las horas de más frío.")
p2 = ("Según los vecinos, el problema se presenta desde el viernes entre las seis y las nueve de la mañana, "
      "cuando la temperatura en la región bajó hasta los dos grados. Varias familias optaron por calentar agua "
      "en parrillas eléctricas o en anafres.")
mn = ["MÁS NOTICIAS:", ">> Frente frío 23 traerá heladas a la Comarca Lagunera",
      ">> Abren albergue temporal en Gómez Palacio"]
k3 = "La empresa distribuidora informó que la demanda aumentó de manera extraordinaria durante la temporada."
p3 = (f"{k3} Explicó que personal técnico revisa las estaciones de regulación del sector para equilibrar "
      "la presión y pidió a los usuarios reportar cualquier falla en su línea de atención.")
p4 = ("Protección Civil municipal recordó a la población no dejar encendidos calentadores dentro de "
      "habitaciones cerradas y revisar que las instalaciones de gas no tengan fugas, pues en esta temporada "
      "aumentan los casos de intoxicación por monóxido de carbono en la zona metropolitana.")
txt = f"""Metrópoli

## {t}

Por: Karla Ivette Siller
{dl}

Foto: Norte Laguna / Archivo

{p1}

{p2}

{mn[0]}
{mn[1]}
{mn[2]}

{p3}

{p4}
"""
add("m28-gas-moctezuma.md", txt,
    gold("wire", t, "2024-01-02", p1, p4, bylines=["Karla Ivette Siller"], source="Norte Laguna Noticias",
         section="Metrópoli", boiler=[dl, mn[0], mn[1][3:], mn[2][3:]], keep=[k3],
         photo="Norte Laguna / Archivo"), nl="\r\n")

# ---------------------------------------------------------------- m29 press release (municipality, inline ; a dateline)
iss = "H. Ayuntamiento de Tapachula"
t = "Arranca rehabilitación del mercado Sebastián Escobar con participación de locatarios"
sub = "La primera etapa contempla la renovación del sistema eléctrico y de los sanitarios"
dlp = "Tapachula de Córdova y Ordóñez, Chiapas; a 3 de mayo de 2022.-"
p1 = ("El gobierno municipal dio inicio a los trabajos de rehabilitación del mercado Sebastián Escobar, "
      "uno de los centros de abasto más concurridos de la región del Soconusco, con una inversión inicial "
      "de 6.8 millones de pesos provenientes de recursos propios.")
p2 = ("Durante el arranque de la obra, la presidenta municipal recordó que el inmueble tiene más de 40 años "
      "y que su instalación eléctrica ha provocado cortocircuitos en temporada de lluvias. Por ello, la primera "
      "etapa incluye el cambio total del cableado, nuevos centros de carga y la renovación de los sanitarios.")
k1 = "Los trabajos se realizarán por secciones y en horario nocturno para no afectar la venta de los locatarios."
p3 = (f"{k1} La administración del mercado acordó con las organizaciones de comerciantes un calendario "
      "semanal que se dará a conocer en cada pasillo.")
p4 = ("En una segunda etapa, prevista para el próximo año, se impermeabilizará la techumbre y se construirá "
      "un área de carga y descarga sobre la avenida central, con el fin de reducir el congestionamiento "
      "vial que se forma cada mañana en las calles que rodean el mercado.")
contact = ["Coordinación de Comunicación Social", "comsocial@tapachula-ayto.example", "@AytoTapachula"]
txt = f"""{iss}
{contact[0]}
Comunicado No. 0455

{t}
*{sub}*

{dlp} {p1}

{p2}

{p3}

{p4}

* * *

{contact[0]}
{contact[1]}
Redes sociales: {contact[2]}
"""
add("m29-mercado-tapachula.md", txt,
    gold("press_release", t, "2022-05-03", sub, p4, source=iss, bulletin="0455", issuer=iss,
         city="Tapachula de Córdova y Ordóñez",
         boiler=["Comunicado No. 0455", dlp, "* * *", contact[1], contact[2]], keep=[k1]))

# ---------------------------------------------------------------- m30 generic (cp1252, trailing spaces)
t = "Notas sobre el taller de lectura en voz alta"
p1 = ("El taller se llevó a cabo en la sala de la biblioteca pública con la asistencia de 18 personas, "
      "entre maestras de primaria, bibliotecarias y madres de familia interesadas en leer con sus hijos. "
      "La sesión duró dos horas y media con un descanso breve.  ")
p2 = ("La facilitadora insistió en que leer en voz alta no es una actuación: lo importante es el ritmo, "
      "las pausas y la mirada hacia quien escucha. Se practicó con fragmentos de cuentos tradicionales y "
      "con poemas breves, primero en parejas y después frente al grupo.   ")
k1 = "Varias participantes comentaron que les cuesta leer sin apresurarse cuando los niños se distraen."
p3 = (f"{k1} La recomendación fue detenerse, hacer una pregunta sobre la historia y retomar la lectura "
      "con calma, sin regañar.")
p4 = ("Como tarea, cada asistente elegirá un libro para leerlo completo en casa durante el mes y anotará "
      "qué partes generaron más preguntas. En la siguiente reunión se compartirán esas notas y se armará "
      "una lista de títulos recomendados para la sala infantil de la biblioteca.")
txt = f"""{t}  

{p1}

{p2}

{p3}

{p4}
"""
add("m30-taller-lectura.txt", txt, gold("generic", t, None, p1, p4, keep=[k1]), enc="cp1252")


def main():
    names = set()
    for name, text, g, enc, nl, bom, raw in FILES:
        assert name not in names, name
        names.add(name)
        data = raw if raw is not None else encode(text, enc, nl, bom)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        stem = name.rsplit(".", 1)[0]
        with open(os.path.join(HERE, stem + ".gold.yaml"), "w", encoding="utf-8") as fh:
            yaml.safe_dump(g, fh, sort_keys=False, allow_unicode=True, width=1000)
    print(f"wrote {len(FILES)} files")


if __name__ == "__main__":
    main()
