#!/usr/bin/env python3
"""Generate the blind importer test set b1: 30 source files + 30 gold files.

Every file is written as exact bytes (encoding, BOM, line endings and junk
bytes are fixed here), so running the script twice gives identical output.
Standard library only.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))

KEYS = [
    "readable", "family", "title", "date", "published", "bylines", "source",
    "section", "placement", "bulletin_number", "issuer", "dateline_city",
    "body_first_words", "body_last_words", "boilerplate", "must_keep",
    "photo_credit", "refusal_reason",
]

FILES = []  # (filename, bytes, gold dict)

NBSP = "\u00a0"


def _eol(text, eol):
    if eol == "lf":
        return text
    if eol == "crlf":
        return text.replace("\n", "\r\n")
    if eol == "mixed":
        # every third line ends in CRLF, the rest in LF
        lines = text.split("\n")
        out = []
        for i, line in enumerate(lines[:-1]):
            out.append(line + ("\r\n" if i % 3 == 1 else "\n"))
        out.append(lines[-1])
        return "".join(out)
    raise ValueError(eol)


def add(name, text=None, gold=None, enc="utf-8", eol="lf", raw=None, tail=b""):
    """name: file name with extension; enc: utf-8 | utf-8-sig | cp1252."""
    if raw is None:
        data = _eol(text, eol).encode(enc) + tail
    else:
        data = raw
    full = dict(
        readable=True, family=None, title=None, date=None, published=True,
        bylines=[], source=None, section=None, placement=[],
        bulletin_number=None, issuer=None, dateline_city=None,
        body_first_words=None, body_last_words=None, boilerplate=[],
        must_keep=[], photo_credit=None, refusal_reason=None,
    )
    for k, v in gold.items():
        if k not in full:
            raise KeyError(k)
        full[k] = v
    if full["family"] == "press_release":
        full["issuer"] = full["issuer"] or full["source"]
    FILES.append((name, data, full))


def bad(name, raw, reason):
    add(name, raw=raw, gold=dict(
        readable=False, family="bad", published=None, refusal_reason=reason))


# ---------------------------------------------------------------- YAML out
def _q(s):
    return "'" + s.replace("'", "''") + "'"


def _scalar(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, str):
        return _q(v)
    raise TypeError(v)


def to_yaml(g):
    out = []
    for k in KEYS:
        v = g[k]
        if isinstance(v, list):
            if not v:
                out.append(k + ": []")
            else:
                out.append(k + ":")
                out.extend("- " + _q(x) for x in v)
        else:
            out.append(k + ": " + _scalar(v))
    return "\n".join(out) + "\n"


# =================================================================== WIRE
# ---- t01: Agencia Mirador Occidente (Guadalajara, Jalisco)
add("t01.md", """\
## Reubicarán a 340 comerciantes del tianguis de Santa Tere por obras del colector

Agencia Mirador Occidente | 14 de marzo de 2024

Por: Lucía Barragán Ochoa y Tomás Ledezma Rivas

Sección: Metrópoli

Foto: Mirador Occidente / Archivo

GUADALAJARA, Jal. (Mirador Occidente).— Los 340 comerciantes del tianguis dominical de la colonia Santa Teresita serán reubicados durante once semanas mientras se sustituye el colector pluvial que corre bajo la calle Juan Díaz de Sandi, informó la dirección municipal de Obras Públicas.

El plan contempla trasladar los puestos a cuatro calles paralelas, con el mismo horario de siete de la mañana a tres de la tarde. Los permisos actuales seguirán vigentes y no habrá cobro adicional por el cambio. Lee también: Cierran dos carriles de avenida Federalismo por bacheo nocturno

La obra tiene un costo de 48.6 millones de pesos y busca terminar con las inundaciones que cada temporada de lluvias afectan a más de 60 fincas de la zona. En julio del año pasado el agua alcanzó 70 centímetros de altura frente al mercado.

Rosalba Ceja Murguía, representante de la unión de tianguistas, dijo que el acuerdo se alcanzó después de tres reuniones y pidió que la señalización esté lista antes del primer domingo. "Lo que más nos preocupa es que la gente sepa dónde quedamos", comentó.

El municipio colocará mamparas informativas y habrá personal de Protección Civil en los cruces con mayor afluencia. Las rutas de transporte que pasan por la zona mantendrán su recorrido habitual.

Síguenos en Facebook e Instagram como @MiradorOccidente
Únete a nuestro canal de WhatsApp y recibe las noticias del día.

Etiquetas: Guadalajara, tianguis, obras públicas
""", dict(
    family="wire",
    title="Reubicarán a 340 comerciantes del tianguis de Santa Tere por obras del colector",
    date="2024-03-14",
    bylines=["Lucía Barragán Ochoa", "Tomás Ledezma Rivas"],
    source="Agencia Mirador Occidente",
    section="Metrópoli",
    body_first_words="Los 340 comerciantes del tianguis dominical de la colonia Santa Teresita",
    body_last_words="mantendrán su recorrido habitual.",
    boilerplate=[
        "Agencia Mirador Occidente | 14 de marzo de 2024",
        "Por: Lucía Barragán Ochoa",
        "Sección: Metrópoli",
        "Foto: Mirador Occidente / Archivo",
        "GUADALAJARA, Jal. (Mirador Occidente).—",
        "Lee también: Cierran dos carriles de avenida Federalismo por bacheo nocturno",
        "Síguenos en Facebook e Instagram como @MiradorOccidente",
        "Únete a nuestro canal de WhatsApp",
        "Etiquetas: Guadalajara, tianguis, obras públicas",
    ],
    must_keep=[
        "Los permisos actuales seguirán vigentes y no habrá cobro adicional por el cambio.",
        "El municipio colocará mamparas informativas y habrá personal de Protección Civil en los cruces con mayor afluencia.",
    ],
    photo_credit="Mirador Occidente / Archivo",
))

# ---- t02: Noticias Bahía Sur (La Paz, Baja California Sur)
add("t02.txt", """\
NOTICIAS BAHÍA SUR
Sección: Ecología

PROHÍBEN TEMPORALMENTE EL ACCESO A BALANDRA
POR TEMPORADA DE ANIDACIÓN DE AVES MARINAS

La Paz, B.C.S., 2 de junio de 2023 | Redacción Bahía Sur

La playa de Balandra permanecerá cerrada a visitantes del 5 al 30 de junio para proteger la anidación de gallitos marinos y garzas en los islotes cercanos, anunció la dirección del área natural protegida.

Te puede interesar | Suben tarifas del transbordador a Topolobampo. La restricción incluye el acceso por tierra y el desembarco de lanchas turísticas en la bahía, aunque la navegación frente a la costa seguirá permitida a más de 300 metros de la orilla.

Durante el último conteo, biólogos voluntarios registraron 214 nidos activos, casi el doble de los contabilizados hace dos años. Según el equipo de monitoreo, el aumento se debe a la reducción de visitantes en la zona del hongo y a la limpieza de plásticos realizada en marzo.

Prestadores de servicios turísticos de la cooperativa Punta Diablo pidieron que el cierre se anuncie con más tiempo en los siguientes años. "Tenemos reservaciones hechas desde abril y ahora hay que reacomodar a los grupos en Tecolote y El Tesoro", explicó su presidente, Ulises Geraldo Amador.

La dirección del área protegida informó que habrá vigilancia en el estacionamiento y en el camino de terracería, y que los infractores podrán recibir multas de hasta 20 mil pesos. Las playas de Pichilingue y El Caimancito no tendrán restricciones.

MÁS NOTICIAS
Reabren el malecón tras la instalación de nuevas luminarias
Detectan marea roja frente a la costa de Todos Santos
Vecinos de El Centenario denuncian falta de agua

Con información de Gabriela Amador Cota
""", dict(
    family="wire",
    title="PROHÍBEN TEMPORALMENTE EL ACCESO A BALANDRA POR TEMPORADA DE ANIDACIÓN DE AVES MARINAS",
    date="2023-06-02",
    bylines=[],
    source="Noticias Bahía Sur",
    section="Ecología",
    body_first_words="La playa de Balandra permanecerá cerrada a visitantes",
    body_last_words="El Caimancito no tendrán restricciones.",
    boilerplate=[
        "NOTICIAS BAHÍA SUR",
        "Sección: Ecología",
        "La Paz, B.C.S., 2 de junio de 2023 | Redacción Bahía Sur",
        "Te puede interesar | Suben tarifas del transbordador a Topolobampo",
        "MÁS NOTICIAS",
        "Reabren el malecón tras la instalación de nuevas luminarias",
        "Detectan marea roja frente a la costa de Todos Santos",
        "Vecinos de El Centenario denuncian falta de agua",
        "Con información de Gabriela Amador Cota",
    ],
    must_keep=[
        "La restricción incluye el acceso por tierra y el desembarco de lanchas turísticas en la bahía, aunque la navegación frente a la costa seguirá permitida a más de 300 metros de la orilla.",
        "Las playas de Pichilingue y El Caimancito no tendrán restricciones.",
    ],
), enc="utf-8-sig", eol="crlf")

# ---- t03: Diario Cumbre Purépecha (Uruapan, Michoacán) — cp1252, CRLF
add("t03.md", """\
# Productores de aguacate de Uruapan instalan 60 trampas contra el barrenador de ramas

Diario Cumbre Purépecha
Uruapan, Mich., martes 9 de enero de 2024

<!-- bloque publicitario superior -->

URUAPAN, Mich. (Cumbre Purépecha).— La junta local de sanidad vegetal de la región instaló 60 trampas de monitoreo contra el barrenador de ramas en huertas de las tenencias de San Lorenzo y Angahuan, luego de que se detectaran daños en al menos 35 hectáreas.

Foto: Especial

El técnico responsable, Jesús Tapia Equihua, explicó que las trampas se revisarán cada quince días durante el primer trimestre del año. Relacionado: Exportaciones de aguacate rompen récord en diciembre. Los resultados servirán para decidir si es necesario aplicar control biológico en toda la franja productora.

De acuerdo con la junta, el insecto se ha extendido por el aumento de las temperaturas y por la poda tardía en algunas huertas. Los productores que detecten ramas secas con pequeños orificios deben reportarlo a la junta o acudir a sus oficinas en la colonia Morelos.

Lo más leído
1. Cierran el acceso a la cascada de la Tzaráracua por mantenimiento
2. Anuncian nueva ruta de transporte a Capácuaro
3. Suspenden clases en la Meseta por el frío

La presidenta de la asociación de huerteros de Angahuan, María Elena Cuara Tomás, pidió apoyo para la compra de insumos, pues cada trampa cuesta alrededor de 450 pesos y muchos productores tienen menos de cinco hectáreas. "Solos no vamos a poder cubrir todas las huertas", dijo.

La junta prevé presentar un primer reporte en marzo y compartirlo con los comisariados ejidales de la zona.

Texto: Arturo Pahuamba Cira / Cumbre Purépecha
""", dict(
    family="wire",
    title="Productores de aguacate de Uruapan instalan 60 trampas contra el barrenador de ramas",
    date="2024-01-09",
    bylines=["Arturo Pahuamba Cira"],
    source="Diario Cumbre Purépecha",
    body_first_words="La junta local de sanidad vegetal de la región instaló 60 trampas",
    body_last_words="con los comisariados ejidales de la zona.",
    boilerplate=[
        "<!-- bloque publicitario superior -->",
        "Uruapan, Mich., martes 9 de enero de 2024",
        "URUAPAN, Mich. (Cumbre Purépecha).—",
        "Foto: Especial",
        "Relacionado: Exportaciones de aguacate rompen récord en diciembre.",
        "Lo más leído",
        "Cierran el acceso a la cascada de la Tzaráracua por mantenimiento",
        "Anuncian nueva ruta de transporte a Capácuaro",
        "Suspenden clases en la Meseta por el frío",
        "Texto: Arturo Pahuamba Cira / Cumbre Purépecha",
    ],
    must_keep=[
        "El técnico responsable, Jesús Tapia Equihua, explicó que las trampas se revisarán cada quince días durante el primer trimestre del año.",
        "Los resultados servirán para decidir si es necesario aplicar control biológico en toda la franja productora.",
        "La junta prevé presentar un primer reporte en marzo y compartirlo con los comisariados ejidales de la zona.",
    ],
    photo_credit="Especial",
), enc="cp1252", eol="crlf")

# ---- t04: Semanario Valles Centrales (Oaxaca) — NBSP + trailing spaces
add("t04.markdown", """\
# Mujeres de San Antonino Castillo Velasco abren centro de acopio de flor de muerto\x20\x20

Por Citlali Ruiz Matus | Semanario Valles Centrales | Oaxaca
28/09/2023\x20

[ad_inline id="3"]

Un grupo de 26\u00a0productoras de San Antonino Castillo Velasco, en el distrito de Ocotlán, abrió un centro de acopio para vender de manera directa la flor de cempasúchil y la cresta de gallo que cultivan para la temporada de Día de Muertos.\x20\x20

El local, ubicado a un costado del mercado municipal, funcionará del 10 de octubre al 2 de noviembre. Las productoras calculan reunir cerca de 9\u00a0mil manojos y venderlos a comerciantes de la capital sin intermediarios.

Eugenia Mateo Sosa, una de las fundadoras, explicó que en años anteriores los acaparadores pagaban entre 25 y 30\u00a0pesos por manojo, mientras que en los mercados de Oaxaca de Juárez se vendía hasta en 80. "Queremos que el trabajo del campo se pague justo", dijo.\x20

El proyecto recibió asesoría de estudiantes de agronomía, quienes ayudaron a organizar un registro de precios y un calendario de cortes para evitar que la flor se maltrate en el traslado.

La autoridad municipal prestó dos camionetas para las entregas y se comprometió a colocar señalización en la carretera federal 175.

También te recomendamos: Guelaguetza comunitaria en Zaachila reúne a 14 delegaciones

Las productoras invitaron a los restaurantes y floristerías de la región a hacer pedidos anticipados en el mismo centro de acopio, de lunes a sábado.\x20\x20\x20

---
Suscríbete a nuestro boletín y recibe cada viernes lo más importante de los Valles Centrales.
""", dict(
    family="wire",
    title="Mujeres de San Antonino Castillo Velasco abren centro de acopio de flor de muerto",
    date="2023-09-28",
    bylines=["Citlali Ruiz Matus"],
    source="Semanario Valles Centrales",
    body_first_words="Un grupo de 26 productoras de San Antonino Castillo Velasco",
    body_last_words="en el mismo centro de acopio, de lunes a sábado.",
    boilerplate=[
        "Por Citlali Ruiz Matus | Semanario Valles Centrales | Oaxaca",
        "[ad_inline id=\"3\"]",
        "También te recomendamos: Guelaguetza comunitaria en Zaachila reúne a 14 delegaciones",
        "Suscríbete a nuestro boletín",
    ],
    must_keep=[
        "La autoridad municipal prestó dos camionetas para las entregas y se comprometió a colocar señalización en la carretera federal 175.",
        "Las productoras calculan reunir cerca de 9 mil manojos y venderlos a comerciantes de la capital sin intermediarios.",
    ],
))

# ---- t05: Reportero del Desierto (Hermosillo, Sonora) — mixed line endings
add("t05.txt", """\
Reportero del Desierto
Miércoles 17 de agosto de 2022, 13:40 hrs.

Habilitan 12 centros de hidratación en Hermosillo ante la onda de calor

Por Mariana Quijada Ruiz, Efrén Valenzuela Durazo y Daniela Romo Acuña

HERMOSILLO, Son. (Reportero del Desierto).— El gobierno municipal habilitó 12 centros de hidratación en colonias del norte y del poniente de la ciudad, luego de que el termómetro superara los 47 grados durante tres días consecutivos.

Los centros funcionarán de las 11:00 a las 18:00 horas en centros comunitarios, bibliotecas y dos estaciones de bomberos. En cada punto habrá agua purificada, sueros orales y personal capacitado para detectar golpes de calor.

Lee también: Reportan apagones en 30 colonias por sobrecarga de la red

De acuerdo con las autoridades de salud del estado, en lo que va del verano se han atendido 96 casos de golpe de calor en la capital, la mayoría en trabajadores de la construcción y personas en situación de calle.

Foto: Reportero del Desierto

La coordinadora de Protección Civil municipal, Alma Rosa Ibarra Félix, recomendó evitar actividades al aire libre entre el mediodía y las cuatro de la tarde, así como visitar a los adultos mayores que viven solos. "Un vecino que toca la puerta puede salvar una vida", dijo.

Te puede interesar | Cierran albercas públicas por falta de cloro. Los comerciantes del mercado municipal también instalaron dos puntos de descanso con ventiladores y sombra para quienes esperan el transporte público.

El municipio informó que la lista completa de centros puede consultarse en sus redes sociales y en el número de atención ciudadana.

X: @ReporteroDesierto | Correo: contacto@reporterodesierto.example
""", dict(
    family="wire",
    title="Habilitan 12 centros de hidratación en Hermosillo ante la onda de calor",
    date="2022-08-17",
    bylines=["Mariana Quijada Ruiz", "Efrén Valenzuela Durazo", "Daniela Romo Acuña"],
    source="Reportero del Desierto",
    body_first_words="El gobierno municipal habilitó 12 centros de hidratación",
    body_last_words="en el número de atención ciudadana.",
    boilerplate=[
        "Miércoles 17 de agosto de 2022, 13:40 hrs.",
        "Por Mariana Quijada Ruiz",
        "HERMOSILLO, Son. (Reportero del Desierto).—",
        "Lee también: Reportan apagones en 30 colonias por sobrecarga de la red",
        "Foto: Reportero del Desierto",
        "Te puede interesar | Cierran albercas públicas por falta de cloro.",
        "X: @ReporteroDesierto",
        "contacto@reporterodesierto.example",
    ],
    must_keep=[
        "Los comerciantes del mercado municipal también instalaron dos puntos de descanso con ventiladores y sombra para quienes esperan el transporte público.",
        "En cada punto habrá agua purificada, sueros orales y personal capacitado para detectar golpes de calor.",
    ],
    photo_credit="Reportero del Desierto",
), eol="mixed")

# ---- t06: Nayar Informa (Tepic, Nayarit) — date before title, "Staff"
add("t06.md", """\
Tepic, Nayarit · 05.03.2024

# Brigadas llevarán consulta dental a 42 comunidades de la sierra del Nayar

**Nayar Informa** · Staff

TEPIC, Nay. (Nayar Informa).— Cuatro brigadas de salud bucal recorrerán durante marzo y abril 42 comunidades de los municipios de Del Nayar y La Yesca, donde la mayoría de los habitantes no ha recibido atención dental en más de dos años.

Cada brigada está integrada por un odontólogo, dos pasantes y un traductor de lengua wixárika o náayeri, informó la jurisdicción sanitaria de la región. Los equipos llevarán sillones portátiles y material para limpiezas, extracciones y aplicación de flúor.

El coordinador de las brigadas, Fernando Carrillo de la Cruz, explicó que el recorrido se hará en camioneta hasta Jesús María y desde ahí, en algunos casos, a pie o en mula. Las comunidades más alejadas recibirán la visita en la segunda quincena de abril. Te puede interesar | Reparan el camino a Santa Teresa tras los derrumbes de febrero

\ufeffEn la campaña anterior se atendió a 1\u00a0870 personas, la mayoría niñas y niños en edad escolar. Este año se busca superar las 2\u00a0500 consultas y entregar cepillos y pasta dental a cada familia.

Las autoridades comunitarias serán avisadas por radio con una semana de anticipación para que la población se concentre en las escuelas o en las casas de salud.

Con información de la jurisdicción sanitaria de la región
Descarga la app de Nayar Informa y activa las notificaciones.
Síguenos en @NayarInforma
""", dict(
    family="wire",
    title="Brigadas llevarán consulta dental a 42 comunidades de la sierra del Nayar",
    date="2024-03-05",
    bylines=[],
    source="Nayar Informa",
    body_first_words="Cuatro brigadas de salud bucal recorrerán durante marzo y abril",
    body_last_words="en las escuelas o en las casas de salud.",
    boilerplate=[
        "Tepic, Nayarit · 05.03.2024",
        "TEPIC, Nay. (Nayar Informa).—",
        "Te puede interesar | Reparan el camino a Santa Teresa tras los derrumbes de febrero",
        "Con información de la jurisdicción sanitaria de la región",
        "Descarga la app de Nayar Informa",
        "Síguenos en @NayarInforma",
    ],
    must_keep=[
        "Las comunidades más alejadas recibirán la visita en la segunda quincena de abril.",
        "Este año se busca superar las 2 500 consultas y entregar cepillos y pasta dental a cada familia.",
    ],
))

# ---- t07: La Gaceta de Tierra Caliente (Cd. Altamirano, Guerrero)
#      cp1252, CRLF, kicker, wrapped capital title, byline at the end,
#      trailing Ctrl-Z (0x1A) junk byte after the text
add("t07.text", """\
REGIÓN

REABREN PUENTE SOBRE EL RÍO CUTZAMALA
TRAS SIETE MESES DE REPARACIÓN

La Gaceta de Tierra Caliente — Publicado el 11 de noviembre de 2023

CD. ALTAMIRANO, Gro. (La Gaceta).— El puente vehicular sobre el río Cutzamala que comunica a Ciudad Altamirano con Coyuca de Catalán fue reabierto este sábado, luego de siete meses de trabajos para reforzar dos pilas dañadas por la creciente de septiembre del año pasado.

Durante el cierre, los automovilistas tuvieron que desviarse por un vado provisional que se inundaba con cada lluvia, y el transporte de carga hizo rodeos de hasta 40 kilómetros. Comerciantes del centro de Coyuca calcularon una caída de ventas de casi una tercera parte.

Lee también: Productores de melón de Tlapehuala buscan mercado en Morelia

La obra costó 23 millones de pesos y fue realizada por una constructora de Iguala. El residente de obra, Saúl Martínez Bahena, explicó que se colocaron nuevas juntas de dilatación y un sistema de drenaje para evitar que el agua se acumule sobre la carpeta.

Por ahora el paso está permitido solo a vehículos de hasta 30 toneladas. Las unidades más pesadas deberán esperar la prueba de carga que se realizará a finales de mes.

Vecinos de la colonia Loma Linda pidieron que se instale alumbrado en los accesos, ya que por las noches el tramo queda completamente a oscuras.

Por: Rigoberto Salgado Bahena
Foto: La Gaceta / Archivo

Síguenos en Facebook: La Gaceta de Tierra Caliente
""", dict(
    family="wire",
    title="REABREN PUENTE SOBRE EL RÍO CUTZAMALA TRAS SIETE MESES DE REPARACIÓN",
    date="2023-11-11",
    bylines=["Rigoberto Salgado Bahena"],
    source="La Gaceta de Tierra Caliente",
    section="REGIÓN",
    body_first_words="El puente vehicular sobre el río Cutzamala",
    body_last_words="el tramo queda completamente a oscuras.",
    boilerplate=[
        "La Gaceta de Tierra Caliente — Publicado el 11 de noviembre de 2023",
        "CD. ALTAMIRANO, Gro. (La Gaceta).—",
        "Lee también: Productores de melón de Tlapehuala buscan mercado en Morelia",
        "Por: Rigoberto Salgado Bahena",
        "Foto: La Gaceta / Archivo",
        "Síguenos en Facebook",
    ],
    must_keep=[
        "Comerciantes del centro de Coyuca calcularon una caída de ventas de casi una tercera parte.",
        "La obra costó 23 millones de pesos y fue realizada por una constructora de Iguala.",
    ],
    photo_credit="La Gaceta / Archivo",
), enc="cp1252", eol="crlf", tail=b"\x1a")

# ---- t08: Código Hidrocálido (Aguascalientes) — BOM, WordPress leftovers
add("t08.md", """\
<!-- wp:heading -->
## Instalan 200 bebederos en escuelas públicas de Aguascalientes
<!-- /wp:heading -->

Código Hidrocálido | 20 may 2024, 09:15

Por Ximena Romo de Alba y Héctor Esparza Luévano / Código Hidrocálido

<!-- wp:paragraph -->
Relacionado: Cierran pozo en Jesús María por exceso de arsénico. Un total de 200 bebederos con filtros de carbón activado y luz ultravioleta fueron instalados en primarias y secundarias públicas de la capital y de los municipios de Jesús María y San Francisco de los Romo, informó el instituto estatal de infraestructura educativa.
<!-- /wp:paragraph -->

La inversión fue de 14.2 millones de pesos y se concentró en planteles donde los análisis del año pasado detectaron problemas de turbidez o cortes frecuentes en el suministro.

Foto: Código Hidrocálido

La directora de la primaria Valentín Gómez Farías, Olga Patricia Macías Reyes, dijo que antes los alumnos llevaban agua de su casa o la compraban en la tiendita. "Ahora los niños llenan su termo en el recreo y gastamos menos en garrafones", comentó.

{{ related_posts }}

Cada escuela nombrará un comité de madres y padres que revisará el estado de los filtros. El cambio de cartuchos se hará cada seis meses y correrá a cargo del instituto.

Especialistas de la universidad pública del estado tomarán muestras de agua en 40 escuelas durante el ciclo escolar para verificar la calidad del servicio.

Para el próximo año se prevé llegar a 150 planteles más, principalmente en comunidades rurales de Calvillo, Asientos y El Llano.

MÁS NOTICIAS
* Concluye la Feria Nacional de San Marcos con saldo blanco
* Suben 6% las ventas del comercio local en abril
* Ampliarán horario del transporte nocturno

Recibe nuestro newsletter matutino: suscripciones@codigohidrocalido.example
""", dict(
    family="wire",
    title="Instalan 200 bebederos en escuelas públicas de Aguascalientes",
    date="2024-05-20",
    bylines=["Ximena Romo de Alba", "Héctor Esparza Luévano"],
    source="Código Hidrocálido",
    body_first_words="Un total de 200 bebederos con filtros de carbón activado",
    body_last_words="comunidades rurales de Calvillo, Asientos y El Llano.",
    boilerplate=[
        "<!-- wp:heading -->",
        "<!-- wp:paragraph -->",
        "Código Hidrocálido | 20 may 2024, 09:15",
        "Por Ximena Romo de Alba y Héctor Esparza Luévano / Código Hidrocálido",
        "Relacionado: Cierran pozo en Jesús María por exceso de arsénico.",
        "Foto: Código Hidrocálido",
        "{{ related_posts }}",
        "MÁS NOTICIAS",
        "Concluye la Feria Nacional de San Marcos con saldo blanco",
        "Suben 6% las ventas del comercio local en abril",
        "Ampliarán horario del transporte nocturno",
        "Recibe nuestro newsletter matutino",
        "suscripciones@codigohidrocalido.example",
    ],
    must_keep=[
        "Un total de 200 bebederos con filtros de carbón activado y luz ultravioleta fueron instalados en primarias y secundarias públicas de la capital y de los municipios de Jesús María y San Francisco de los Romo, informó el instituto estatal de infraestructura educativa.",
        "Cada escuela nombrará un comité de madres y padres que revisará el estado de los filtros.",
    ],
    photo_credit="Código Hidrocálido",
), enc="utf-8-sig")

# ========================================================== PRESS RELEASES
# ---- t09: Ayuntamiento de Ensenada (Baja California) — municipality
add("t09.txt", """\
H. AYUNTAMIENTO DE ENSENADA
Dirección de Comunicación Social

Boletín 0457

Ensenada, Baja California, 3 de mayo de 2023

REHABILITAN 18 CANCHAS DE USOS MÚLTIPLES EN LA ZONA SUR DE LA CIUDAD

**• La inversión supera los 9.4 millones de pesos**
**• Las obras beneficiarán a vecinos de 21 colonias**

Con una inversión de 9.4 millones de pesos, el Ayuntamiento de Ensenada inició la rehabilitación de 18 canchas de usos múltiples en colonias de la zona sur, entre ellas Chapultepec, Bahía y Popular 89.

Los trabajos incluyen cambio de tableros, pintura de superficie, reparación de mallas perimetrales e instalación de luminarias LED, con lo que las canchas podrán utilizarse hasta las 22:00 horas.

El director de Obras Públicas, Ing. Raúl Espinoza Meza, explicó que las primeras seis canchas estarán listas a finales de mayo y el resto durante junio, antes de que arranquen los cursos de verano.

Durante el recorrido de inicio de obra en la colonia Chapultepec, vecinas y vecinos solicitaron que se agreguen bebederos y bancas con sombra. El gobierno municipal informó que la petición será incluida en una segunda etapa.

Además, el Instituto Municipal del Deporte organizará torneos de básquetbol y fútbol rápido en cada espacio rehabilitado para promover la convivencia entre colonias.

Las ligas interesadas pueden registrarse en las oficinas del instituto, ubicadas en la unidad deportiva de la colonia Obrera, de lunes a viernes de 8:00 a 15:00 horas.

---o0o---

Dirección de Comunicación Social
Tel. (646) 555 01 23
comunicacion@ensenada-gob.example
Facebook: /GobiernoEnsenada
""", dict(
    family="press_release",
    title="REHABILITAN 18 CANCHAS DE USOS MÚLTIPLES EN LA ZONA SUR DE LA CIUDAD",
    date="2023-05-03",
    source="Ayuntamiento de Ensenada",
    bulletin_number="0457",
    dateline_city="Ensenada",
    body_first_words="Con una inversión de 9.4 millones de pesos, el Ayuntamiento de Ensenada",
    body_last_words="de lunes a viernes de 8:00 a 15:00 horas.",
    boilerplate=[
        "H. AYUNTAMIENTO DE ENSENADA",
        "Dirección de Comunicación Social",
        "Boletín 0457",
        "Ensenada, Baja California, 3 de mayo de 2023",
        "La inversión supera los 9.4 millones de pesos",
        "Las obras beneficiarán a vecinos de 21 colonias",
        "---o0o---",
        "Tel. (646) 555 01 23",
        "comunicacion@ensenada-gob.example",
        "Facebook: /GobiernoEnsenada",
    ],
    must_keep=[
        "El gobierno municipal informó que la petición será incluida en una segunda etapa.",
        "Las ligas interesadas pueden registrarse en las oficinas del instituto, ubicadas en la unidad deportiva de la colonia Obrera, de lunes a viernes de 8:00 a 15:00 horas.",
    ],
))

# ---- t10: Secretaría de Movilidad y Transporte (Puebla) — state secretariat
#      issuer only in the logo line; "GOBIERNO DE PUEBLA" header is boilerplate
add("t10.md", """\
![Secretaría de Movilidad y Transporte](img/logo-smt-puebla.png)

GOBIERNO DE PUEBLA

Comunicado 112/2024

**AMPLÍAN HORARIO DE LA LÍNEA 3 DEL TRANSPORTE ARTICULADO DURANTE FINES DE SEMANA**

Puebla, Pue., 19 de febrero de 2024.- A partir del próximo sábado 24 de febrero, la Línea 3 del sistema de transporte articulado ampliará su horario de servicio los fines de semana hasta las 23:30 horas, informó la SMT.

La medida responde a la demanda registrada en la zona de Valsequillo y en el corredor de la 11 Sur, donde los usuarios reportaron largas esperas después de las 21:00 horas, cuando el servicio terminaba.

Con el nuevo horario se añadirán 14 corridas nocturnas y la frecuencia de paso será de 12 minutos entre las 20:00 y las 23:30 horas. La tarifa se mantiene sin cambios.

La titular de la dependencia, Mtra. Adriana Solís Carranco, señaló que durante las primeras cuatro semanas se hará un conteo de pasajeros para evaluar si el horario extendido puede aplicarse también de lunes a viernes.

Personal de la SMT estará presente en las estaciones terminales para orientar a las personas usuarias y recibir comentarios sobre el servicio nocturno.

Además, se reforzará la vigilancia en los paraderos con apoyo de la policía estatal y se revisará el alumbrado de los accesos peatonales en coordinación con el ayuntamiento capitalino.

-oOo-

Coordinación de Comunicación Social SMT
prensa.smt@puebla-movilidad.example
""", dict(
    family="press_release",
    title="AMPLÍAN HORARIO DE LA LÍNEA 3 DEL TRANSPORTE ARTICULADO DURANTE FINES DE SEMANA",
    date="2024-02-19",
    source="Secretaría de Movilidad y Transporte",
    bulletin_number="112/2024",
    dateline_city="Puebla",
    body_first_words="A partir del próximo sábado 24 de febrero, la Línea 3",
    body_last_words="en coordinación con el ayuntamiento capitalino.",
    boilerplate=[
        "img/logo-smt-puebla.png",
        "GOBIERNO DE PUEBLA",
        "Comunicado 112/2024",
        "Puebla, Pue., 19 de febrero de 2024.-",
        "-oOo-",
        "Coordinación de Comunicación Social SMT",
        "prensa.smt@puebla-movilidad.example",
    ],
    must_keep=[
        "La tarifa se mantiene sin cambios.",
        "Personal de la SMT estará presente en las estaciones terminales para orientar a las personas usuarias y recibir comentarios sobre el servicio nocturno.",
    ],
), eol="crlf")

# ---- t11: Congreso del Estado de Oaxaca — congress; cp1252, CRLF,
#      wrapped capital title, plain subtitle (body), "Oax.;" dateline
add("t11.txt", """\
H. CONGRESO DEL ESTADO LIBRE Y SOBERANO DE OAXACA
LXV LEGISLATURA
Coordinación de Comunicación Social

Núm. 0562/2023

San Raymundo Jalpan, Oax.; a 14 de septiembre de 2023

APRUEBA CONGRESO REFORMA PARA PROTEGER
MANANTIALES DE LOS VALLES CENTRALES

La iniciativa fue presentada por la Comisión Permanente de Agua y Saneamiento

Con 31 votos a favor y dos abstenciones, el Pleno aprobó reformas a la ley estatal en materia de agua para declarar de interés público la protección de los manantiales que abastecen a comunidades de los Valles Centrales.

La reforma obliga a los municipios a delimitar una zona de protección de al menos 50 metros alrededor de cada manantial y prohíbe en ese perímetro la construcción de fraccionamientos, gasolineras y bancos de material.

La diputada Irma Jiménez Santiago, presidenta de la comisión, recordó que en los últimos diez años se han secado al menos 17 manantiales en los distritos de Zimatlán, Ocotlán y Tlacolula, lo que obligó a varias localidades a comprar agua en pipas.

El dictamen también establece que las autoridades comunitarias participarán en la vigilancia de estas zonas y podrán solicitar apoyo técnico para realizar estudios de recarga del acuífero.

Durante la discusión, el diputado Efraín Cruz Matías propuso que la medida incluya a los pozos comunitarios; la propuesta se turnó a comisiones para su análisis.

La reforma entrará en vigor al día siguiente de su publicación en el Periódico Oficial del Estado.

-30-

Coordinación de Comunicación Social
Tel. 951 555 0184 · comunicacion@congreso-oax.example
""", dict(
    family="press_release",
    title="APRUEBA CONGRESO REFORMA PARA PROTEGER MANANTIALES DE LOS VALLES CENTRALES",
    date="2023-09-14",
    source="Congreso del Estado Libre y Soberano de Oaxaca",
    bulletin_number="0562/2023",
    dateline_city="San Raymundo Jalpan",
    body_first_words="La iniciativa fue presentada por la Comisión Permanente de Agua y Saneamiento",
    body_last_words="su publicación en el Periódico Oficial del Estado.",
    boilerplate=[
        "H. CONGRESO DEL ESTADO LIBRE Y SOBERANO DE OAXACA",
        "LXV LEGISLATURA",
        "Coordinación de Comunicación Social",
        "Núm. 0562/2023",
        "San Raymundo Jalpan, Oax.; a 14 de septiembre de 2023",
        "-30-",
        "Tel. 951 555 0184",
        "comunicacion@congreso-oax.example",
    ],
    must_keep=[
        "La iniciativa fue presentada por la Comisión Permanente de Agua y Saneamiento",
        "Durante la discusión, el diputado Efraín Cruz Matías propuso que la medida incluya a los pozos comunitarios; la propuesta se turnó a comisiones para su análisis.",
    ],
), enc="cp1252", eol="crlf")

# ---- t12: Supremo Tribunal de Justicia del Estado de Sinaloa — court
#      issuer as first heading, title as second heading, plain bullets (body),
#      "###" end marker (also a Markdown heading marker)
add("t12.md", """\
# Supremo Tribunal de Justicia del Estado de Sinaloa
### Comunicado: STJ-071/2024

Culiacán Rosales, Sinaloa, a 22 de abril de 2024.

## Inaugura el Poder Judicial sala de juicios orales en Guasave

- Contará con dos salas de audiencia y un área de atención a víctimas
- Atenderá asuntos de Guasave, Sinaloa de Leyva y Angostura

El Supremo Tribunal de Justicia del Estado puso en funcionamiento el nuevo Centro Regional de Justicia Penal en Guasave, que permitirá reducir los traslados de personas imputadas, víctimas y testigos hacia Los Mochis y Culiacán.

El magistrado presidente, Lic. Octavio Gastélum Leyva, explicó que hasta ahora las audiencias de la región se desahogaban en una sala provisional, lo que provocaba diferimientos de hasta tres semanas.

El edificio cuenta con sistemas de videograbación, salas de espera separadas para víctimas e imputados, una ludoteca y rampas de acceso. La construcción tuvo un costo de 36 millones de pesos.

En la inauguración estuvieron presentes juezas y jueces de control, así como representantes de la defensoría pública y de la barra de abogados de la región.

A partir del 2 de mayo, las audiencias de control de detención de la zona se celebrarán en este centro, que operará los 365 días del año con guardias de fin de semana.

###

**Coordinación de Comunicación Social**
Tel. 667 555 7740 | comunicacion@stj-sinaloa.example
Twitter: @STJSinaloa_ej
""", dict(
    family="press_release",
    title="Inaugura el Poder Judicial sala de juicios orales en Guasave",
    date="2024-04-22",
    source="Supremo Tribunal de Justicia del Estado de Sinaloa",
    bulletin_number="STJ-071/2024",
    dateline_city="Culiacán Rosales",
    body_first_words="Contará con dos salas de audiencia y un área de atención a víctimas",
    body_last_words="los 365 días del año con guardias de fin de semana.",
    boilerplate=[
        "Comunicado: STJ-071/2024",
        "Culiacán Rosales, Sinaloa, a 22 de abril de 2024.",
        "###",
        "Coordinación de Comunicación Social",
        "Tel. 667 555 7740",
        "comunicacion@stj-sinaloa.example",
        "@STJSinaloa_ej",
    ],
    must_keep=[
        "Atenderá asuntos de Guasave, Sinaloa de Leyva y Angostura",
        "La construcción tuvo un costo de 36 millones de pesos.",
    ],
))

# ---- t13: Universidad Politécnica de la Costa Grande (Guerrero) — university
#      BOM, bold-bullet highlights, dateline opening first paragraph, "FIN"
add("t13.markdown", """\
UNIVERSIDAD POLITÉCNICA DE LA COSTA GRANDE
Coordinación de Difusión y Medios

Boletín UPCG-045

ESTUDIANTES DE LA UPCG DISEÑAN SECADOR SOLAR PARA COPRA

* **Reduce de seis a dos días el secado de la pulpa de coco**
* **El prototipo se probará en tres comunidades costeras**

Tecpan de Galeana, Gro., 10 de octubre de 2023.- Un equipo de seis estudiantes de Ingeniería en Energía de la Universidad Politécnica de la Costa Grande diseñó un secador solar que permite deshidratar la copra en menos tiempo y con menor riesgo de contaminación por hongos.

El prototipo consiste en una cámara de madera tratada con cubierta de policarbonato y un pequeño ventilador alimentado por un panel fotovoltaico. En las pruebas realizadas en el campus, la humedad de la pulpa bajó al seis por ciento en 48 horas.

La profesora asesora, Dra. Leticia Radilla Serrano, explicó que la mayoría de las familias productoras secan la copra al sol sobre petates o en hornos de leña, lo que expone el producto a la lluvia y al humo.

Durante noviembre el secador se instalará en patios de productores de la región que se ofrecieron como voluntarios para las pruebas de campo.

El proyecto obtuvo el segundo lugar en un concurso regional de innovación tecnológica y recibirá un apoyo de 80 mil pesos para construir dos unidades más.

La universidad invitó a las organizaciones de copreros interesadas a comunicarse con la carrera de Ingeniería en Energía para conocer el diseño.

FIN

Facebook: /UPCostaGrande · Instagram: @upcg_oficial
difusion@upcg.example
""", dict(
    family="press_release",
    title="ESTUDIANTES DE LA UPCG DISEÑAN SECADOR SOLAR PARA COPRA",
    date="2023-10-10",
    source="Universidad Politécnica de la Costa Grande",
    bulletin_number="UPCG-045",
    dateline_city="Tecpan de Galeana",
    body_first_words="Un equipo de seis estudiantes de Ingeniería en Energía",
    body_last_words="con la carrera de Ingeniería en Energía para conocer el diseño.",
    boilerplate=[
        "UNIVERSIDAD POLITÉCNICA DE LA COSTA GRANDE",
        "Coordinación de Difusión y Medios",
        "Boletín UPCG-045",
        "Reduce de seis a dos días el secado de la pulpa de coco",
        "El prototipo se probará en tres comunidades costeras",
        "Tecpan de Galeana, Gro., 10 de octubre de 2023.-",
        "Facebook: /UPCostaGrande",
        "Instagram: @upcg_oficial",
        "difusion@upcg.example",
    ],
    must_keep=[
        "Un equipo de seis estudiantes de Ingeniería en Energía de la Universidad Politécnica de la Costa Grande diseñó un secador solar que permite deshidratar la copra en menos tiempo y con menor riesgo de contaminación por hongos.",
        "La universidad invitó a las organizaciones de copreros interesadas a comunicarse con la carrera de Ingeniería en Energía para conocer el diseño.",
    ],
), enc="utf-8-sig")

# ---- t14: Organismo de Agua y Saneamiento de Zapotlán (Jalisco) — water utility
#      cp1252, mixed line endings, "Cd." dateline opening the first paragraph
add("t14.txt", """\
ORGANISMO DE AGUA Y SANEAMIENTO DE ZAPOTLÁN
Boletín No. 088

PROGRAMAN CORTE DE AGUA EN 14 COLONIAS POR CAMBIO DE VÁLVULAS

Cd. Guzmán, Jal., 8 de julio de 2024.- El Organismo de Agua y Saneamiento de Zapotlán (OASZ) informa que el próximo jueves 11 de julio se suspenderá el suministro de agua potable en 14 colonias del oriente de la ciudad, debido a la sustitución de tres válvulas de seccionamiento en la línea de conducción del pozo 9.

El corte iniciará a las 8:00 horas y se prevé que el servicio se restablezca de manera gradual a partir de las 20:00 horas del mismo día. En las zonas altas el agua podría tardar hasta la mañana del viernes en llegar con presión normal.

Entre las colonias afectadas se encuentran Las Peñas, El Triángulo, Bugambilias y Jardines del Nevado.

El director del organismo, Ing. Marco Antonio Ceballos Toscano, explicó que las válvulas actuales tienen más de 30 años de servicio y presentan fugas que provocan pérdidas de alrededor de cuatro litros por segundo.

Se recomienda a la población almacenar agua suficiente, mantener tapados tinacos y cisternas y evitar el lavado de banquetas y vehículos durante el día del corte.

El organismo enviará dos pipas para abastecer a la clínica del sector y a las escuelas de la zona que lo requieran.

Para reportar fugas o falta de agua después del horario previsto, la ciudadanía puede comunicarse a la línea de atención del organismo, disponible las 24 horas.

oo0oo

Unidad de Comunicación Social del OASZ
Tel. 341 555 2290
prensa@oasz.example
""", dict(
    family="press_release",
    title="PROGRAMAN CORTE DE AGUA EN 14 COLONIAS POR CAMBIO DE VÁLVULAS",
    date="2024-07-08",
    source="Organismo de Agua y Saneamiento de Zapotlán",
    bulletin_number="088",
    dateline_city="Cd. Guzmán",
    body_first_words="El Organismo de Agua y Saneamiento de Zapotlán (OASZ) informa",
    body_last_words="la línea de atención del organismo, disponible las 24 horas.",
    boilerplate=[
        "ORGANISMO DE AGUA Y SANEAMIENTO DE ZAPOTLÁN",
        "Boletín No. 088",
        "Cd. Guzmán, Jal., 8 de julio de 2024.-",
        "oo0oo",
        "Unidad de Comunicación Social del OASZ",
        "Tel. 341 555 2290",
        "prensa@oasz.example",
    ],
    must_keep=[
        "Entre las colonias afectadas se encuentran Las Peñas, El Triángulo, Bugambilias y Jardines del Nevado.",
        "El organismo enviará dos pipas para abastecer a la clínica del sector y a las escuelas de la zona que lo requieran.",
    ],
), enc="cp1252", eol="mixed")

# ---- t15: Instituto de Transparencia y Rendición de Cuentas de Tlaxcala
#      autonomous body; CRLF; wrapped sentence-case title; "- - -" marker
add("t15.md", """\
INSTITUTO DE TRANSPARENCIA Y RENDICIÓN DE CUENTAS DE TLAXCALA

COMUNICADO ITRCT/CS/014/2024

Tlaxcala de Xicohténcatl, Tlax., a 22 de febrero de 2024.

Sancionan a cinco ayuntamientos
por no publicar sus nóminas

El Pleno del Instituto de Transparencia y Rendición de Cuentas de Tlaxcala (ITRCT) impuso amonestaciones públicas a cinco ayuntamientos que, tras dos requerimientos, no publicaron en sus portales la información sobre sueldos y prestaciones de su personal correspondiente a 2023.

Los municipios sancionados deberán cargar la información completa en un plazo de 15 días hábiles. En caso de no hacerlo, el instituto podrá imponer multas a los titulares de las áreas responsables, que van de 150 a 1\u00a0500 unidades de medida.

La comisionada presidenta, Mtra. Guadalupe Xochitiotzi Pérez, informó que en la verificación de enero se revisaron los portales de los 60 municipios del estado y que 41 cumplieron con la totalidad de sus obligaciones.

Asimismo, explicó que el instituto ofrecerá un curso en línea para las unidades de transparencia municipales, ya que muchas de las fallas se deben a la rotación de personal y al desconocimiento de los formatos.

Las resoluciones pueden consultarse en el apartado de estrados del sitio del instituto. Cualquier persona puede presentar una denuncia si detecta que un sujeto obligado no publica la información que marca la ley.

- - -

Unidad de Comunicación Social
Tel. 246 555 3108
comunicacion@itrct.example
Síguenos en redes sociales: @ITRCTlax
""", dict(
    family="press_release",
    title="Sancionan a cinco ayuntamientos por no publicar sus nóminas",
    date="2024-02-22",
    source="Instituto de Transparencia y Rendición de Cuentas de Tlaxcala",
    bulletin_number="ITRCT/CS/014/2024",
    dateline_city="Tlaxcala de Xicohténcatl",
    body_first_words="El Pleno del Instituto de Transparencia y Rendición de Cuentas de Tlaxcala (ITRCT)",
    body_last_words="no publica la información que marca la ley.",
    boilerplate=[
        "INSTITUTO DE TRANSPARENCIA Y RENDICIÓN DE CUENTAS DE TLAXCALA",
        "COMUNICADO ITRCT/CS/014/2024",
        "Tlaxcala de Xicohténcatl, Tlax., a 22 de febrero de 2024.",
        "- - -",
        "Unidad de Comunicación Social",
        "Tel. 246 555 3108",
        "comunicacion@itrct.example",
        "Síguenos en redes sociales: @ITRCTlax",
    ],
    must_keep=[
        "Los municipios sancionados deberán cargar la información completa en un plazo de 15 días hábiles.",
        "Cualquier persona puede presentar una denuncia si detecta que un sujeto obligado no publica la información que marca la ley.",
    ],
), eol="crlf")

# ---- t16: Sistema DIF Municipal de Pachuca de Soto (Hidalgo) — DIF
#      "Hidalgo;" dateline, "---000---", NBSP, a zero-width space
add("t16.text", """\
COMUNICADO

Sistema DIF Municipal de Pachuca de Soto

Boletín DIF/PAC/212

Pachuca de Soto, Hidalgo; 30 de noviembre de 2023

ABRE DIF PACHUCA CENTRO DE DÍA PARA PERSONAS ADULTAS MAYORES EN LA COLONIA CUBITOS

Con capacidad para atender a 80\u00a0personas, el Sistema DIF Municipal de Pachuca de Soto abrió un centro de día para personas adultas mayores en la colonia Cubitos, donde se ofrecerán actividades físicas, talleres de memoria, comedor y orientación jurídica.

El espacio funcionará de lunes a viernes de 9:00 a 15:00 horas en un inmueble rehabilitado que antes ocupaba una biblioteca comunitaria. Las personas interesadas solo necesitan presentar identificación oficial y comprobante de domicilio.

La directora del organismo, Lic. Beatriz Islas Monroy, señaló que en la zona viven más de 1\u00a0200 personas mayores de 65 años y que muchas pasan la mayor parte del día solas mientras sus familiares trabajan.\u200b

El centro contará con una enfermera, un psicólogo y dos talleristas, además de voluntarias del grupo de jubilados de la colonia, que impartirán clases de tejido y danzón.

En el comedor se servirán alrededor de 60 desayunos diarios con una cuota de recuperación de 10 pesos, y quienes no puedan cubrirla recibirán el servicio sin costo.

Las inscripciones ya están abiertas en el propio centro y en las oficinas centrales del DIF municipal.

---000---

Unidad de Comunicación Social
DIF Pachuca · Tel. 771 555 6021 · difpachuca.prensa@correo.example
""", dict(
    family="press_release",
    title="ABRE DIF PACHUCA CENTRO DE DÍA PARA PERSONAS ADULTAS MAYORES EN LA COLONIA CUBITOS",
    date="2023-11-30",
    source="Sistema DIF Municipal de Pachuca de Soto",
    bulletin_number="DIF/PAC/212",
    dateline_city="Pachuca de Soto",
    body_first_words="Con capacidad para atender a 80 personas, el Sistema DIF Municipal",
    body_last_words="en las oficinas centrales del DIF municipal.",
    boilerplate=[
        "COMUNICADO",
        "Boletín DIF/PAC/212",
        "Pachuca de Soto, Hidalgo; 30 de noviembre de 2023",
        "---000---",
        "Unidad de Comunicación Social",
        "Tel. 771 555 6021",
        "difpachuca.prensa@correo.example",
    ],
    must_keep=[
        "En el comedor se servirán alrededor de 60 desayunos diarios con una cuota de recuperación de 10 pesos, y quienes no puedan cubrirla recibirán el servicio sin costo.",
        "Las inscripciones ya están abiertas en el propio centro y en las oficinas centrales del DIF municipal.",
    ],
))

# ================================================================== JEKYLL
# ---- t17: El Puerto Digital (Manzanillo, Colima) — plain date, flow list
add("t17.md", """\
---
layout: post
title: "Inauguran andador peatonal en la playa de Santiago"
date: 2023-06-14
categories: [Portada, Municipios]
tags: [Manzanillo, turismo, obra pública]
author: Karla Vázquez Cárdenas
site: El Puerto Digital
image: /assets/img/andador-santiago.jpg
---

El nuevo andador peatonal de la playa de Santiago, en Manzanillo, quedó abierto al público este miércoles tras cinco meses de obra. El paseo tiene 780 metros de longitud y une el acceso de la avenida principal con la zona de palapas del extremo norte.

La estructura está hecha de concreto estampado y cuenta con 40 luminarias solares, seis regaderas, bancas y dos rampas para personas con discapacidad que permiten llegar hasta la arena.

<!--more-->

La obra costó 27 millones de pesos, financiados en partes iguales por el municipio y un fondo estatal de infraestructura turística. Según la dirección de Turismo municipal, se espera que el andador ayude a extender la temporada de visitantes más allá de Semana Santa y las vacaciones de verano.

Comerciantes de la zona de palapas pidieron que se regule el estacionamiento sobre la calle de acceso, que los fines de semana se satura y bloquea el paso de ambulancias. El ayuntamiento respondió que en julio se pintarán cajones y se colocarán señales de prohibido estacionarse.

Vecinas de la colonia Playa de Santiago celebraron que el andador tenga iluminación, ya que antes el tramo era oscuro y poco seguro por las noches. "Ahora se puede caminar con los niños después de la cena", comentó Rosa María Zamora, quien vive a dos cuadras.

El mantenimiento quedará a cargo de la dirección de Servicios Públicos, que contratará a cuatro personas para la limpieza diaria.
""", dict(
    family="jekyll",
    title="Inauguran andador peatonal en la playa de Santiago",
    date="2023-06-14",
    published=True,
    bylines=["Karla Vázquez Cárdenas"],
    source="El Puerto Digital",
    section="Municipios",
    placement=["Portada"],
    body_first_words="El nuevo andador peatonal de la playa de Santiago",
    body_last_words="contratará a cuatro personas para la limpieza diaria.",
    boilerplate=[
        "layout: post",
        "image: /assets/img/andador-santiago.jpg",
        "<!--more-->",
    ],
    must_keep=[
        "La estructura está hecha de concreto estampado y cuenta con 40 luminarias solares, seis regaderas, bancas y dos rampas para personas con discapacidad que permiten llegar hasta la arena.",
        "La obra costó 27 millones de pesos, financiados en partes iguales por el municipio y un fondo estatal de infraestructura turística.",
    ],
))

# ---- t18: Frontera Norte Hoy (Tijuana, Baja California) — CRLF,
#      folded title over two lines, quoted date with time and -0700 offset
#      (local date 3 Nov; in UTC it would already be 4 Nov), block tags,
#      list of authors, Liquid include
add("t18.md", """\
---
layout: articulo
title: >-
  Reabren cruce peatonal de la garita oeste
  tras obras de ampliación
date: "2022-11-03 23:45:00 -0700"
category: Ciudad
tags:
  - Tijuana
  - garitas
  - movilidad
author:
  - Sofía Ortega Lugo
  - Daniel Meléndez Ibarra
---

El cruce peatonal de la garita oeste reabrió la noche del jueves con doce puntos de revisión, cuatro más que antes del cierre, informaron autoridades de ambos lados de la frontera.

Durante las seis semanas que duraron los trabajos, quienes cruzaban a pie tuvieron que utilizar el acceso del lado este, donde las filas llegaron a superar las tres horas en días laborales.

La ampliación incluyó un techado nuevo sobre la fila de espera, ventiladores, baños y un carril exclusivo para personas con discapacidad, adultos mayores y mujeres embarazadas.

Trabajadores que viven en Tijuana y laboran en San Diego celebraron la reapertura. "Yo salía de mi casa a las tres de la mañana para llegar a tiempo; ahora espero dormir una hora más", contó Alejandro Ruvalcaba, empleado de un hotel.

{% include publicidad-intermedia.html %}

El ayuntamiento anunció que reforzará la vigilancia en la zona de taxis y en el puente peatonal que lleva a la garita, donde comerciantes ambulantes se habían instalado durante el cierre.

Organizaciones civiles pidieron que la información sobre tiempos de espera se publique en tiempo real, como ocurre con los carriles vehiculares, para que las personas puedan planear sus cruces.
""", dict(
    family="jekyll",
    title="Reabren cruce peatonal de la garita oeste tras obras de ampliación",
    date="2022-11-03",
    published=True,
    bylines=["Sofía Ortega Lugo", "Daniel Meléndez Ibarra"],
    source=None,
    section="Ciudad",
    placement=[],
    body_first_words="El cruce peatonal de la garita oeste reabrió la noche del jueves",
    body_last_words="para que las personas puedan planear sus cruces.",
    boilerplate=[
        "layout: articulo",
        "{% include publicidad-intermedia.html %}",
    ],
    must_keep=[
        "El ayuntamiento anunció que reforzará la vigilancia en la zona de taxis y en el puente peatonal que lleva a la garita, donde comerciantes ambulantes se habían instalado durante el cierre.",
        "Trabajadores que viven en Tijuana y laboran en San Diego celebraron la reapertura.",
    ],
), eol="crlf")

# ---- t19: Altiplano al Día (Matehuala, San Luis Potosí) — day-first date,
#      published: false, placement-only category, "Redacción X" author
add("t19.markdown", """\
---
title: Productores de Matehuala reciben 300 toneladas de forraje por la sequía
date: 23/04/2019
published: false
category: Destacadas
tags: [sequía, ganadería, Matehuala]
author: Redacción Altiplano
---

Un total de 300 toneladas de forraje llegaron esta semana a Matehuala para apoyar a ganaderos del Altiplano potosino que han perdido parte de su hato por la falta de lluvias.

La entrega se realizó en el centro de acopio de la asociación ganadera local, donde 412 productores de Matehuala, Cedral y Villa de Guadalupe recogieron pacas de rastrojo y sorgo según el número de cabezas registradas en su padrón.

{% include anuncio.html %}

El presidente de la asociación, Gilberto Tovar Rangel, explicó que en algunos ejidos los bordos están completamente secos desde enero y los productores han tenido que vender becerros a mitad de precio para no perderlos.

"Con esto aguantamos unas semanas, pero si no llueve en mayo la situación se va a poner más difícil", advirtió.

Además del forraje, los ganaderos solicitaron apoyo para rehabilitar pozos y comprar tinacos para almacenar agua. La asociación prepara un censo de bordos y norias para presentarlo en la próxima reunión regional.

Ganaderos de Vanegas y Catorce, que no fueron incluidos en esta entrega, pidieron ser considerados en la siguiente etapa del programa.

La asociación recomendó a los productores vacunar al ganado antes de trasladarlo a otros potreros y mantener reservas de sal mineral durante la temporada seca.
""", dict(
    family="jekyll",
    title="Productores de Matehuala reciben 300 toneladas de forraje por la sequía",
    date="2019-04-23",
    published=False,
    bylines=[],
    source=None,
    section=None,
    placement=["Destacadas"],
    body_first_words="Un total de 300 toneladas de forraje llegaron esta semana a Matehuala",
    body_last_words="mantener reservas de sal mineral durante la temporada seca.",
    boilerplate=[
        "{% include anuncio.html %}",
        "Redacción Altiplano",
    ],
    must_keep=[
        "La entrega se realizó en el centro de acopio de la asociación ganadera local, donde 412 productores de Matehuala, Cedral y Villa de Guadalupe recogieron pacas de rastrojo y sorgo según el número de cabezas registradas en su padrón.",
        "Con esto aguantamos unas semanas, pero si no llueve en mayo la situación se va a poner más difícil",
    ],
))

# ---- t20: Crónica Mixteca (Tamazulápam / Huajuapan, Oaxaca) — cp1252, CRLF,
#      "fecha:" key in Spanish words, status: draft, block categories,
#      single-quoted YAML title with doubled quotes, "Por" in author
add("t20.md", """\
---
layout: post
title: 'Restauran el órgano del siglo XVIII de Tamazulápam: ''volverá a sonar en diciembre'''
fecha: 5 de octubre de 2022
status: draft
categories:
  - Destacadas
  - Cultura
author: Por Nayeli Bautista Hernández
medio: Crónica Mixteca
---

El órgano tubular de la parroquia de Tamazulápam del Progreso, construido a finales del siglo XVIII, volverá a sonar en diciembre después de casi un año de restauración a cargo de un taller especializado de la capital del estado.

El instrumento tiene 324 tubos de metal y madera, y había dejado de funcionar hace más de cuarenta años por la humedad y el ataque de la polilla. Durante la restauración se reconstruyeron los fuelles, se limpiaron los tubos uno por uno y se consolidó la pintura original de la caja.

El mayordomo de la parroquia, Anselmo Cruz Feria, contó que la comunidad reunió parte de los recursos con kermeses y aportaciones de migrantes que viven en Estados Unidos. "Los abuelos decían que el órgano se escuchaba hasta el río; queremos que nuestros hijos lo oigan", dijo.

[[galeria id=88]]

La restauradora responsable, Mtra. Renata Olguín Ávila, explicó que una de las mayores dificultades fue conseguir piel de borrego adecuada para los fuelles, pues debía curtirse sin químicos que dañaran la madera.

El concierto de reinauguración se realizará el 8 de diciembre, durante la fiesta patronal, con la participación de organistas invitados y de la banda filarmónica del municipio.

Las autoridades comunitarias acordaron formar un comité para cuidar el instrumento y organizar recitales una vez al mes.
""", dict(
    family="jekyll",
    title="Restauran el órgano del siglo XVIII de Tamazulápam: 'volverá a sonar en diciembre'",
    date="2022-10-05",
    published=False,
    bylines=["Nayeli Bautista Hernández"],
    source="Crónica Mixteca",
    section="Cultura",
    placement=["Destacadas"],
    body_first_words="El órgano tubular de la parroquia de Tamazulápam del Progreso",
    body_last_words="organizar recitales una vez al mes.",
    boilerplate=[
        "[[galeria id=88]]",
        "status: draft",
    ],
    must_keep=[
        "La restauradora responsable, Mtra. Renata Olguín Ávila, explicó que una de las mayores dificultades fue conseguir piel de borrego adecuada para los fuelles, pues debía curtirse sin químicos que dañaran la madera.",
        "Los abuelos decían que el órgano se escuchaba hasta el río; queremos que nuestros hijos lo oigan",
    ],
), enc="cp1252", eol="crlf")

# ---- t21: Pulso Serrano (Jalpan de Serra, Querétaro) — ISO datetime with
#      -05:00 offset (UTC would be next day), published: yes, categories as
#      a space-separated string, image + "Foto:" credit
add("t21.md", """\
---
layout: nota
title: "Jalpan estrena planta potabilizadora que abastecerá a 9 mil habitantes"
date: 2021-08-31T21:10:00-05:00
published: yes
categories: Portada Sociedad
tags: [agua, Jalpan de Serra, Sierra Gorda]
author: Ana Karen Olvera Landaverde
medio: Pulso Serrano
---

La nueva planta potabilizadora de Jalpan de Serra comenzó a operar este martes y abastecerá a cerca de 9 mil habitantes de la cabecera municipal y de dos comunidades cercanas, que hasta ahora recibían agua del río sin tratamiento completo.

La planta tiene capacidad para tratar 40 litros por segundo mediante filtros de arena, carbón activado y desinfección con cloro. El sistema permitirá reducir la turbidez que se presenta cada temporada de lluvias, cuando el agua llega a las casas con un color café.

![Tanques de la planta potabilizadora](/assets/2021/08/planta-jalpan.jpg)

El operador de la planta, Isidro Ledesma Chávez, explicó que durante las primeras semanas se harán análisis diarios de calidad y que los resultados se publicarán en la presidencia municipal.

Habitantes del barrio de El Panteón señalaron que en años anteriores tuvieron que hervir el agua o comprar garrafones durante meses. "Cada temporada de lluvias los niños se enfermaban del estómago", recordó Teresa Aguilar, comerciante del mercado.

La obra tuvo un costo de 31 millones de pesos y fue construida en un terreno donado por el ejido. El municipio contratará a cuatro operadores capacitados para que la planta funcione las 24 horas.

Las autoridades pidieron a la población reportar cualquier cambio en el color o el olor del agua a la oficina del organismo operador.

Foto: Archivo Pulso Serrano
""", dict(
    family="jekyll",
    title="Jalpan estrena planta potabilizadora que abastecerá a 9 mil habitantes",
    date="2021-08-31",
    published=True,
    bylines=["Ana Karen Olvera Landaverde"],
    source="Pulso Serrano",
    section="Sociedad",
    placement=["Portada"],
    body_first_words="La nueva planta potabilizadora de Jalpan de Serra comenzó a operar",
    body_last_words="a la oficina del organismo operador.",
    boilerplate=[
        "layout: nota",
        "Foto: Archivo Pulso Serrano",
    ],
    must_keep=[
        "La obra tuvo un costo de 31 millones de pesos y fue construida en un terreno donado por el ejido.",
        "Las autoridades pidieron a la población reportar cualquier cambio en el color o el olor del agua a la oficina del organismo operador.",
    ],
    photo_credit="Archivo Pulso Serrano",
))

# ---- t22: Tinta de Morelos (Cuernavaca, Morelos) — quoted naive datetime on
#      a leap day, unreadable published value, escaped quotes in title,
#      two placement flags before the section, Hugo-style shortcode
add("t22.md", """\
---
title: "Comerciantes del mercado Adolfo López Mateos piden reubicar \\"zona de descarga\\""
date: '2020-02-29 18:00:00'
published: quizás
categories: [Destacadas, Portada, Economía]
tags:
- Cuernavaca
- mercados
author: Redacción Tinta
---

Locatarios del mercado Adolfo López Mateos, en el centro de Cuernavaca, pidieron al ayuntamiento reubicar la zona de descarga de mercancía, que desde enero funciona sobre la calle de acceso principal y, según dicen, ha reducido la llegada de clientes.

La representante de la unión de locatarios de la nave de frutas, Leticia Ocampo Salgado, explicó que los camiones de carga se estacionan desde las cinco de la mañana hasta el mediodía y obligan a los compradores a caminar entre diablitos y cajas.

{{< anuncio-horizontal >}}

De acuerdo con la organización, las ventas del último mes cayeron alrededor de 20 por ciento en comparación con febrero del año pasado. Las más afectadas son las fondas y los puestos de flores que están cerca del acceso.

El ayuntamiento había trasladado la descarga a esa calle mientras se repara el estacionamiento del mercado, cuya losa presentó grietas tras las lluvias de septiembre. La dirección de Mercados informó que la obra concluirá en abril.

Los comerciantes propusieron que la descarga se haga solo de noche o en la calle lateral, que tiene menos tránsito peatonal. También solicitaron que se coloquen señales para orientar a los clientes hacia las entradas secundarias.

La dirección de Mercados se comprometió a revisar la propuesta con Tránsito municipal la próxima semana.
""", dict(
    family="jekyll",
    title='Comerciantes del mercado Adolfo López Mateos piden reubicar "zona de descarga"',
    date="2020-02-29",
    published=False,
    bylines=[],
    source=None,
    section="Economía",
    placement=["Destacadas", "Portada"],
    body_first_words="Locatarios del mercado Adolfo López Mateos, en el centro de Cuernavaca",
    body_last_words="con Tránsito municipal la próxima semana.",
    boilerplate=[
        "{{< anuncio-horizontal >}}",
        "Redacción Tinta",
    ],
    must_keep=[
        "De acuerdo con la organización, las ventas del último mes cayeron alrededor de 20 por ciento en comparación con febrero del año pasado.",
        "La dirección de Mercados informó que la obra concluirá en abril.",
    ],
))

# ---- t23: Marea del Soconusco (Puerto Chiapas / Tapachula, Chiapas) —
#      impossible date, block categories with the section first,
#      "Por:" inside a quoted author, HTML comment opening the body,
#      {% raw %} Liquid leftover
add("t23.md", """\
---
layout: post
title: Pescadores de Puerto Chiapas reciben motores nuevos tras la temporada de huracanes
date: 2023-02-30
categories:
- Soconusco
- Portada
tags: pesca, Tapachula
author: "Por: Ramiro Nava Cifuentes"
site: Marea del Soconusco
---
<!-- TODO: agregar galería de fotos -->
Cuarenta y dos cooperativas pesqueras de Puerto Chiapas recibieron motores fuera de borda nuevos para sustituir los que se perdieron o dañaron durante la temporada de huracanes del año pasado, cuando varias lanchas fueron arrastradas por el oleaje.

Cada motor tiene un valor aproximado de 95 mil pesos; el programa cubre el 70 por ciento del costo y los pescadores aportan el resto en pagos mensuales durante dos años.

El presidente de la federación de cooperativas de la costa, Efrén Toledo Gálvez, dijo que muchos pescadores llevaban meses trabajando como ayudantes en otras embarcaciones o en el campo. "Sin motor no hay pesca, y sin pesca no hay para la escuela de los hijos", comentó.

{% raw %}{{ banner_pesca }}{% endraw %}

Los motores fueron entregados en el muelle de la cooperativa La Ceiba junto con chalecos salvavidas y radios de comunicación. Personal de la capitanía de puerto impartió una plática sobre seguridad en el mar y uso de los radios en caso de mal tiempo.

Las cooperativas se comprometieron a respetar las vedas de camarón y a registrar sus capturas en bitácoras, como requisito para participar en la siguiente etapa del programa.

Una segunda entrega está prevista para junio e incluirá a pescadores de Mazatán y Suchiate.
""", dict(
    family="jekyll",
    title="Pescadores de Puerto Chiapas reciben motores nuevos tras la temporada de huracanes",
    date=None,
    published=True,
    bylines=["Ramiro Nava Cifuentes"],
    source="Marea del Soconusco",
    section="Soconusco",
    placement=["Portada"],
    body_first_words="Cuarenta y dos cooperativas pesqueras de Puerto Chiapas",
    body_last_words="incluirá a pescadores de Mazatán y Suchiate.",
    boilerplate=[
        "<!-- TODO: agregar galería de fotos -->",
        "{% raw %}{{ banner_pesca }}{% endraw %}",
    ],
    must_keep=[
        "Cada motor tiene un valor aproximado de 95 mil pesos; el programa cubre el 70 por ciento del costo y los pescadores aportan el resto en pagos mensuales durante dos años.",
        "Sin motor no hay pesca, y sin pesca no hay para la escuela de los hijos",
    ],
))

# ================================================================= GENERIC
# ---- t24: plain text note (Jala, Nayarit) — first line title, "Publicado:"
add("t24.txt", """\
Festival del elote en Jala reúne a productores de cinco municipios
Publicado: 18 de agosto de 2023

La plaza principal de Jala se llenó de puestos de elote, tamales, atole y pan de maíz durante la edición de este año del festival que celebra la cosecha del maíz criollo de gran tamaño que se siembra en las faldas del volcán Ceboruco.

Participaron 63 productores de Jala, Ahuacatlán, Ixtlán del Río, Santa María del Oro y Amatlán de Cañas, quienes llevaron mazorcas de hasta 40 centímetros de largo. El concurso de la mazorca más grande lo ganó una familia de la localidad de Jomulco, con una pieza de 43 centímetros.

Los organizadores calcularon una asistencia de 12 mil personas a lo largo de tres días. Además de la venta de productos, hubo talleres de nixtamalización, una muestra de semillas nativas y presentaciones de danza.

Agrónomos de la región advirtieron que el maíz de Jala enfrenta riesgos por la llegada de semillas híbridas y por la falta de relevo generacional, pues la mayoría de quienes lo siembran tiene más de cincuenta años.

Por ello, el comité organizador propuso crear un banco comunitario de semillas y un registro de las familias que conservan las variedades tradicionales.

Los productores acordaron reunirse en noviembre, al terminar la cosecha, para definir cómo funcionará el banco y quién se encargará de resguardarlo.
""", dict(
    family="generic",
    title="Festival del elote en Jala reúne a productores de cinco municipios",
    date="2023-08-18",
    body_first_words="La plaza principal de Jala se llenó de puestos de elote",
    body_last_words="y quién se encargará de resguardarlo.",
    boilerplate=["Publicado: 18 de agosto de 2023"],
    must_keep=[
        "Los organizadores calcularon una asistencia de 12 mil personas a lo largo de tres días.",
    ],
))

# ---- t25: Markdown note (Pátzcuaro, Michoacán) — BOM, CRLF, no date,
#      list and a thematic break "---" in the middle of the body
add("t25.md", """\
# Vecinos de Pátzcuaro organizan jornada de limpieza en la ribera del lago

Más de 150 personas participaron el domingo en una jornada de limpieza en la ribera del lago de Pátzcuaro, entre el embarcadero general y la zona de Ihuatzio, donde se retiraron alrededor de dos toneladas de basura y lirio acuático.

La actividad fue convocada por un colectivo de vecinos del barrio de San Francisco, con apoyo de pescadores de la ribera y estudiantes de bachillerato. Se formaron cuadrillas de diez personas, cada una con guantes, costales y un responsable de registrar lo recolectado.

Entre los residuos más comunes se encontraron:

- botellas y envases de plástico,
- bolsas y unicel de comida,
- redes de pesca abandonadas,
- llantas y restos de material de construcción.

---

Los organizadores explicaron que el plástico se entregará a un centro de acopio de Morelia y que el lirio se utilizará para elaborar composta en huertos familiares.

Uno de los pescadores que participó recordó que hace veinte años el agua llegaba hasta la orilla del embarcadero y que hoy hay que caminar varios metros entre el lodo para subir a las lanchas.

El colectivo planea repetir la jornada el último domingo de cada mes y busca que las escuelas de la zona se sumen con brigadas propias. Las personas interesadas pueden acudir directamente al embarcadero a las ocho de la mañana.
""", dict(
    family="generic",
    title="Vecinos de Pátzcuaro organizan jornada de limpieza en la ribera del lago",
    date=None,
    body_first_words="Más de 150 personas participaron el domingo en una jornada de limpieza",
    body_last_words="al embarcadero a las ocho de la mañana.",
    boilerplate=[],
    must_keep=[
        "Los organizadores explicaron que el plástico se entregará a un centro de acopio de Morelia y que el lirio se utilizará para elaborar composta en huertos familiares.",
        "redes de pesca abandonadas,",
    ],
), enc="utf-8-sig", eol="crlf")

# ---- t26: plain text note (Bernal, Querétaro) — cp1252, bare day-first date
add("t26.text", """\
Concluye restauración de la capilla del Santo Niño en Bernal
14/02/2023

Después de dos años de trabajo, concluyó la restauración de la capilla del Santo Niño en el pueblo de Bernal, en el municipio de Ezequiel Montes, una construcción del siglo XIX que presentaba grietas en la bóveda y humedad en los muros.

Los trabajos incluyeron la consolidación de la bóveda con mortero de cal, la sustitución de las vigas del coro y la limpieza de la fachada de cantera rosa. También se recuperaron pinturas murales que estaban cubiertas por varias capas de cal.

La obra fue financiada por la comunidad, un patronato local y aportaciones de comercios del centro del pueblo, que reunieron cerca de 2.8 millones de pesos. El proyecto contó con la supervisión de especialistas en conservación de monumentos.

Doña Jovita Reséndiz, integrante del patronato, recordó que durante la temporada de lluvias el agua escurría por el altar y las misas tenían que celebrarse en el atrio. «Ya teníamos miedo de que se nos cayera», dijo.

La capilla será reabierta el próximo domingo con una celebración a la que se espera la asistencia de vecinos y visitantes. Después se abrirá al público de martes a domingo, de 10:00 a 17:00 horas.

El patronato prepara ahora una segunda etapa para restaurar el campanario y el retablo principal, para la cual busca el apoyo de fundaciones y del gobierno municipal.
""", dict(
    family="generic",
    title="Concluye restauración de la capilla del Santo Niño en Bernal",
    date="2023-02-14",
    body_first_words="Después de dos años de trabajo, concluyó la restauración",
    body_last_words="el apoyo de fundaciones y del gobierno municipal.",
    boilerplate=["14/02/2023"],
    must_keep=[
        "También se recuperaron pinturas murales que estaban cubiertas por varias capas de cal.",
    ],
), enc="cp1252")

# ---- t27: Markdown note (Tonalá, Jalisco) — "##" title with no outlet,
#      impossible "Publicado" date (31 de junio) -> null
add("t27.markdown", """\
## Secundaria de Tonalá gana concurso nacional de robótica con un brazo que separa basura

Publicado: 31 de junio de 2023

Un equipo de cinco estudiantes de una secundaria técnica de Tonalá, Jalisco, ganó el primer lugar en la categoría de robótica ambiental de un concurso nacional celebrado en Monterrey, con un brazo mecánico que separa residuos de plástico, papel y aluminio.

El prototipo utiliza una cámara y un programa que reconoce el material de cada objeto; después, el brazo lo deposita en el contenedor correspondiente. En las pruebas, el sistema acertó en nueve de cada diez casos.

Los alumnos construyeron la base con piezas recicladas de impresoras y motores de juguetes, y programaron el reconocimiento de imágenes por las tardes, después de clases, con ayuda de su profesor de tecnología, Julio César Navarro.

"Al principio el brazo tiraba todo al suelo; tardamos dos meses en que agarrara bien una lata", contó entre risas Valeria, de 14 años, integrante del equipo.

La escuela recibió como premio un paquete de equipo de cómputo y kits de electrónica. El equipo fue invitado a presentar su proyecto en una feria internacional en Brasil en noviembre, aunque todavía busca patrocinadores para cubrir el viaje.

Madres y padres de familia organizaron una venta de comida en el plantel para reunir fondos y pidieron apoyo a empresas de la zona.
""", dict(
    family="generic",
    title="Secundaria de Tonalá gana concurso nacional de robótica con un brazo que separa basura",
    date=None,
    body_first_words="Un equipo de cinco estudiantes de una secundaria técnica de Tonalá",
    body_last_words="pidieron apoyo a empresas de la zona.",
    boilerplate=["Publicado: 31 de junio de 2023"],
    must_keep=[
        "En las pruebas, el sistema acertó en nueve de cada diez casos.",
    ],
))

# ===================================================================== BAD
# ---- t28: front matter and no body (only blank lines / spaces after it)
bad("t28.md", (
    "---\n"
    "layout: post\n"
    "title: \"Suspenden clases en Colima por sismo\"\n"
    "date: 2022-09-19\n"
    "categories: [Portada, Estado]\n"
    "author: Redacción\n"
    "---\n"
    "\n"
    "   \n"
    "\n"
).encode("utf-8"),
    "El archivo solo tiene encabezado (front matter) y no contiene el cuerpo de la nota.")

# ---- t29: a saved HTML page with a .txt extension
bad("t29.txt", ("""\
<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Amplían ciclovía de la avenida Camelinas | Morelia en Línea</title>
<link rel="stylesheet" href="/static/css/main.8f3a.css">
<script async src="/static/js/ads.js"></script>
</head>
<body class="single-post">
<header><nav><a href="/">Inicio</a> <a href="/ciudad/">Ciudad</a></nav></header>
<main>
<article>
<h1>Amplían ciclovía de la avenida Camelinas</h1>
<p class="byline">Por <span>Redacción</span> | 12 de abril de 2023</p>
<p>La ciclovía de la avenida Camelinas, en Morelia, se ampliará 3.2 kilómetros hasta la salida a Charo, informó el ayuntamiento.</p>
<p>Las obras comenzarán en mayo y durarán cerca de diez semanas.</p>
</article>
</main>
<footer><p>&copy; 2023 Morelia en Línea</p></footer>
<script>window.dataLayer=window.dataLayer||[];</script>
</body>
</html>
""").encode("utf-8"),
    "El archivo es una página HTML guardada y no una nota en texto o Markdown.")


# ---- t30: binary junk (PNG signature + pseudo-random bytes with NULs)
def _junk(n):
    out = bytearray(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    seed = b"importer-t/b1/t30"
    while len(out) < n:
        seed = hashlib.sha256(seed).digest()
        out += seed
    return bytes(out[:n])


bad("t30.text", _junk(640),
    "El archivo contiene datos binarios y no es un texto legible.")


# ==================================================================== MAIN
def main():
    names = [f[0] for f in FILES]
    assert len(names) == 30 and len(set(names)) == 30, names
    for name, data, gold in FILES:
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        stem = name.rsplit(".", 1)[0]
        with open(os.path.join(HERE, stem + ".gold.yaml"), "wb") as fh:
            fh.write(to_yaml(gold).encode("utf-8"))
    counts = {}
    for _, _, g in FILES:
        counts[g["family"]] = counts.get(g["family"], 0) + 1
    print("wrote %d sources + %d gold files" % (len(FILES), len(FILES)), counts)


if __name__ == "__main__":
    main()
