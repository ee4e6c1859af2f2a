# ruff: noqa: E501  (data file: long Spanish sentences and verbatim source lines)
"""Shared helpers for the importer-f blind devset generator."""

import datetime
import os
import random
import re

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

NOMBRES = [
    "Araceli",
    "Baltazar",
    "Citlali",
    "Demetrio",
    "Eréndira",
    "Fausto",
    "Guadalupe",
    "Heriberto",
    "Itzel",
    "Jacinto",
    "Leticia",
    "Macario",
    "Nayeli",
    "Octavio",
    "Perla",
    "Rigoberto",
    "Soledad",
    "Tadeo",
    "Ximena",
    "Yolotl",
    "Zenaida",
    "Abundio",
    "Belén",
    "Crispín",
    "Dulce María",
    "Eleazar",
    "Florencia",
    "Gumersindo",
]
APELLIDOS = [
    "Arreola",
    "Bañuelos",
    "Cervera",
    "Duarte",
    "Escamilla",
    "Fonseca",
    "Galindo",
    "Huerta",
    "Ibarra",
    "Jaramillo",
    "Lizárraga",
    "Maldonado",
    "Nájera",
    "Olvera",
    "Pacheco",
    "Quiroga",
    "Rentería",
    "Saucedo",
    "Tamez",
    "Urquidi",
    "Valdivia",
    "Zamudio",
    "Anaya",
    "Bocanegra",
    "Cisneros",
    "Dzul",
    "Echeverría",
    "Ferriz",
]
COLONIAS = [
    "Lomas del Pedregal",
    "Emiliano Zapata",
    "Santa Rita",
    "El Mirador",
    "Las Palmas",
    "Insurgentes",
    "San Isidro",
    "Jardines del Sur",
    "Benito Juárez",
    "La Cañada",
    "Tierra Blanca",
    "Los Pinos",
    "Obrera",
    "El Rosario",
    "Villa Verde",
]

GENERIC = [
    "{persona}, {cargo}, explicó que la primera etapa concluirá antes de que termine el año y que la segunda dependerá del presupuesto disponible.",
    "Los trabajos iniciarán en la colonia {colonia} y se extenderán de manera gradual hacia las comunidades rurales de {lugar}.",
    "Vecinos consultados señalaron que la demanda llevaba al menos {n3} años sin respuesta por parte de las autoridades.",
    "La dependencia precisó que el calendario podría modificarse si las lluvias de temporada retrasan las actividades previstas en {lugar}.",
    "En la reunión participaron representantes de {n3} comités vecinales, comerciantes de la zona y personal técnico.",
    "Para el seguimiento se instalará una mesa de trabajo que sesionará cada quince días en las oficinas de {inst}.",
    "Según cifras oficiales, en {lugar} se registraron {n4} reportes relacionados con {corto} durante el último semestre.",
    "Las personas interesadas podrán consultar los requisitos en los módulos de atención, de lunes a viernes de {hora} a 15:00 horas.",
    "{persona} reconoció que todavía existen rezagos importantes, sobre todo en las localidades más alejadas de la cabecera.",
    "La iniciativa forma parte de un programa más amplio que incluye capacitación, supervisión y rendición de cuentas sobre {corto}.",
    "Organizaciones civiles de {lugar} pidieron que los recursos se entreguen con transparencia y que se publiquen los padrones.",
    "Durante el recorrido por la colonia {colonia}, habitantes de la zona expusieron problemas de alumbrado, drenaje y seguridad.",
    "La autoridad adelantó que en las próximas {n3} semanas se darán a conocer los resultados de la evaluación.",
    "Especialistas consultados advirtieron que el problema de {corto} requiere atención sostenida y no solo acciones temporales.",
    "El presupuesto asignado representa un incremento de {n5} por ciento respecto al ejercicio anterior, según {inst}.",
    "Además, se contempla la contratación de mano de obra local para reactivar la economía de {lugar}.",
    "Comerciantes del primer cuadro de {lugar} confiaron en que las medidas ayuden a recuperar las ventas de los últimos meses.",
    "En caso de dudas, la ciudadanía puede comunicarse a las oficinas de {inst} o acudir en persona con una identificación oficial.",
    "La sesión se prolongó por más de {n3} horas y concluyó con la aprobación de los acuerdos por mayoría de votos.",
    "Padres de familia de la colonia {colonia} solicitaron que se refuerce la vigilancia en los horarios de entrada y salida escolar.",
    "{inst_cap} aclaró que ninguno de los trámites tiene costo y pidió a la población no dejarse sorprender por supuestos gestores.",
    "El informe también destaca avances en la atención de {corto}, aunque reconoce pendientes en la zona serrana.",
    "La medida entrará en vigor una vez que sea publicada en el periódico oficial y se difunda en las {n3} delegaciones.",
    "A decir de {persona}, la coordinación con los tres órdenes de gobierno ha sido determinante para avanzar en {corto}.",
    "Hasta el momento se han atendido {n4} solicitudes, de las cuales la mayoría provienen de mujeres jefas de familia.",
    "Los recursos, que suman {n2} millones de pesos, serán auditados por el órgano de fiscalización correspondiente.",
    "En la colonia {colonia}, algunos residentes se mostraron escépticos y recordaron que anuncios similares no se cumplieron.",
    "La convocatoria permanecerá abierta durante {n3} semanas y los resultados se publicarán en los estrados de {inst}.",
    "{persona} subrayó que la participación ciudadana es indispensable para que las acciones tengan resultados duraderos.",
    "Por su parte, integrantes de la cámara empresarial de {lugar} ofrecieron sumarse con donativos en especie.",
    "Las brigadas recorrerán casa por casa para levantar un censo y detectar a quienes aún no reciben el apoyo.",
    "El año pasado se destinaron {n2} millones de pesos a un programa similar, con una cobertura menor a la esperada.",
    "Personal de protección civil permanecerá en la zona para atender cualquier contingencia durante los trabajos.",
    "Se prevé que al cierre del ejercicio la cobertura alcance a {n5} por ciento de la población objetivo.",
    "La titular del área, {persona2}, informó que se firmará un convenio con instituciones educativas de la región.",
    "De acuerdo con el diagnóstico, {corto} afecta con mayor intensidad a las colonias del oriente de {lugar}.",
    "Los interesados deberán presentar comprobante de domicilio, acta de nacimiento y la clave única de registro de población.",
    "En redes sociales, usuarios de {lugar} compartieron imágenes de la situación y exigieron una respuesta inmediata.",
    "El encuentro concluyó con el compromiso de realizar una nueva reunión en un plazo no mayor a {n3} semanas.",
    "Autoridades educativas consideraron que la estrategia puede replicarse en otros municipios con características similares.",
    "{persona2} recordó que los apoyos son personales e intransferibles y que cualquier irregularidad será sancionada.",
    "Con esta acción suman {n4} intervenciones similares en lo que va de la administración, de acuerdo con el reporte.",
    "Transportistas de la zona advirtieron que los cierres viales provocarán retrasos en las rutas de la mañana.",
    "La información completa fue turnada a las comisiones respectivas para su análisis y eventual dictaminación.",
    "Representantes ejidales pidieron ser tomados en cuenta antes de que se autorice cualquier cambio de uso de suelo.",
]

THEMES = {
    "agua": (
        "la rehabilitación de la red de agua potable",
        "las fugas de agua",
        [
            "Las cuadrillas sustituirán tubería de asbesto que tiene más de cuarenta años de antigüedad.",
            "En algunas calles el suministro llega apenas dos días por semana, según denunciaron las vecinas.",
            "El organismo operador estimó que cerca de la mitad del agua extraída se pierde antes de llegar a los hogares.",
        ],
    ),
    "salud": (
        "la campaña de vacunación en centros de salud",
        "las enfermedades respiratorias",
        [
            "Las dosis se aplicarán de manera gratuita a niñas, niños, personas adultas mayores y embarazadas.",
            "Médicos de la jurisdicción sanitaria recomendaron lavarse las manos con frecuencia y evitar cambios bruscos de temperatura.",
            "Los biológicos llegaron en camiones refrigerados y se distribuyeron a las unidades médicas desde la madrugada.",
        ],
    ),
    "bacheo": (
        "el programa emergente de bacheo",
        "los baches en vialidades",
        [
            "Las lluvias de la semana pasada dejaron cientos de socavones en avenidas principales y calles secundarias.",
            "Automovilistas han reportado llantas ponchadas y suspensiones dañadas en el bulevar principal.",
            "Se utilizará mezcla asfáltica en caliente, que según los técnicos tiene mayor duración que el material frío.",
        ],
    ),
    "seguridad": (
        "el nuevo modelo de policía de proximidad",
        "la inseguridad en colonias populares",
        [
            "Cada cuadrante contará con dos patrullas y un grupo de mensajería instantánea con los vecinos.",
            "Los elementos recibieron capacitación en derechos humanos y atención a víctimas durante seis semanas.",
            "Los robos a casa habitación disminuyeron en el último trimestre, aunque los asaltos en transporte público aumentaron.",
        ],
    ),
    "escuelas": (
        "la rehabilitación de planteles escolares",
        "el deterioro de las escuelas",
        [
            "En varios planteles los sanitarios no funcionan y los alumnos deben usar los de viviendas cercanas.",
            "Las obras incluyen impermeabilización, cambio de instalaciones eléctricas y construcción de rampas.",
            "Docentes señalaron que algunas aulas siguen sin ventiladores pese a las altas temperaturas.",
        ],
    ),
    "lluvias": (
        "la atención a familias afectadas por las lluvias",
        "las inundaciones",
        [
            "El desbordamiento del arroyo dejó viviendas con más de un metro de agua y pérdida total de enseres.",
            "Se habilitaron albergues temporales en escuelas y en el auditorio municipal.",
            "Las despensas y cobertores se entregarán previa verificación de daños por parte de brigadistas.",
        ],
    ),
    "empleo": (
        "la feria del empleo regional",
        "el desempleo juvenil",
        [
            "Participarán empresas de los sectores manufacturero, comercial y de servicios con vacantes de distintos niveles.",
            "Se recomienda a los asistentes llevar varias copias de su solicitud de empleo o currículum.",
            "Algunas vacantes no requieren experiencia previa y ofrecen capacitación pagada.",
        ],
    ),
    "campo": (
        "el programa de apoyo a productores de maíz",
        "la sequía en el campo",
        [
            "Los productores recibirán semilla mejorada, fertilizante y asesoría técnica durante el ciclo primavera-verano.",
            "La falta de lluvias provocó que muchos ejidatarios retrasaran la siembra hasta en un mes.",
            "El precio de garantía fue uno de los temas que más reclamaron los asistentes a la asamblea.",
        ],
    ),
    "cultura": (
        "el festival cultural de otoño",
        "la oferta cultural",
        [
            "El programa incluye conciertos, teatro de calle, exposiciones de artes plásticas y presentaciones de libros.",
            "Artesanos de las comunidades indígenas instalarán una muestra de textiles y alfarería en la plaza principal.",
            "Todas las actividades serán gratuitas y algunas contarán con interpretación en lengua de señas.",
        ],
    ),
    "transporte": (
        "la modernización del transporte público",
        "las deficiencias del transporte",
        [
            "Las nuevas unidades contarán con rampas, cámaras de vigilancia y sistema de cobro con tarjeta.",
            "Usuarios se quejaron de que en horas pico deben esperar hasta cuarenta minutos por un camión.",
            "Los concesionarios pidieron un ajuste a la tarifa para cubrir el aumento en el precio del diésel.",
        ],
    ),
    "basura": (
        "el nuevo esquema de recolección de basura",
        "la acumulación de residuos",
        [
            "En varias colonias los camiones recolectores dejaron de pasar durante casi dos semanas.",
            "Se instalarán contenedores diferenciados para separar residuos orgánicos e inorgánicos.",
            "El relleno sanitario está cerca de alcanzar su capacidad máxima, advirtieron los técnicos.",
        ],
    ),
    "congreso": (
        "la reforma a la ley de transparencia",
        "la opacidad en los municipios",
        [
            "El dictamen obliga a los ayuntamientos a publicar sus contratos de obra en un plazo no mayor a treinta días.",
            "Dos legisladores votaron en contra al considerar que la reforma invade atribuciones municipales.",
            "La iniciativa fue presentada hace más de un año y permanecía congelada en comisiones.",
        ],
    ),
    "universidad": (
        "el nuevo programa de becas universitarias",
        "la deserción escolar",
        [
            "Las becas cubrirán inscripción, transporte y una parte de los materiales de estudio.",
            "La rectoría informó que la matrícula de primer ingreso creció en comparación con el ciclo anterior.",
            "Estudiantes de las carreras de ingeniería y enfermería serán los principales beneficiarios.",
        ],
    ),
    "electoral": (
        "la capacitación de funcionarios de casilla",
        "la participación ciudadana",
        [
            "Los ciudadanos insaculados recibirán una visita domiciliaria para ser notificados de su designación.",
            "La capacitación incluye simulacros de votación y del llenado de las actas de escrutinio y cómputo.",
            "El organismo recordó que desempeñar este cargo es una obligación ciudadana establecida en la ley.",
        ],
    ),
    "turismo": (
        "la temporada vacacional de verano",
        "la ocupación hotelera",
        [
            "Los prestadores de servicios esperan una ocupación superior a la registrada el año pasado.",
            "Se desplegarán módulos de información turística en la central de autobuses y en el aeropuerto.",
            "Salvavidas y paramédicos vigilarán las playas y balnearios durante los fines de semana.",
        ],
    ),
    "mercado": (
        "la remodelación del mercado municipal",
        "el abandono de los mercados",
        [
            "Los locatarios serán reubicados temporalmente en una calle aledaña mientras duran los trabajos.",
            "El inmueble presenta daños en la techumbre y en las instalaciones eléctricas desde hace años.",
            "Algunos comerciantes temen perder clientela durante la reubicación y pidieron apoyo económico.",
        ],
    ),
    "medioambiente": (
        "la reforestación de áreas naturales",
        "la tala clandestina",
        [
            "Se plantarán especies nativas como encino, pino y mezquite en zonas afectadas por incendios.",
            "Voluntarios de escuelas y empresas se sumaron a la jornada desde temprana hora.",
            "Los guardabosques reportaron la presencia de camiones que extraen madera sin permiso.",
        ],
    ),
    "deporte": (
        "la rehabilitación de unidades deportivas",
        "la falta de espacios deportivos",
        [
            "Las canchas tendrán nueva iluminación, pasto sintético y gradas techadas.",
            "Ligas infantiles de futbol y basquetbol han tenido que suspender partidos por falta de espacios.",
            "El proyecto incluye un módulo de sanitarios y vestidores con acceso para personas con discapacidad.",
        ],
    ),
    "vivienda": (
        "el programa de regularización de la tenencia de la tierra",
        "la falta de certeza jurídica",
        [
            "Miles de familias habitan predios sin escrituras, lo que les impide acceder a créditos.",
            "Los notarios participantes reducirán sus honorarios durante la campaña de regularización.",
            "La entrega de títulos de propiedad se hará en ceremonias públicas en cada comunidad.",
        ],
    ),
    "justicia": (
        "la implementación de juzgados de oralidad familiar",
        "el rezago judicial",
        [
            "Los nuevos juzgados atenderán principalmente asuntos de pensión alimenticia y custodia.",
            "Abogados litigantes señalaron que los tiempos de resolución se han reducido en algunos distritos.",
            "El tribunal habilitó salas con equipo de videograbación para las audiencias.",
        ],
    ),
    "mujeres": (
        "la red de refugios para mujeres",
        "la violencia de género",
        [
            "Los refugios ofrecen atención psicológica, asesoría jurídica y alojamiento temporal.",
            "Colectivas feministas exigieron que los recursos para los refugios no sufran recortes.",
            "Las llamadas de emergencia por violencia familiar aumentaron durante los fines de semana.",
        ],
    ),
    "energia": (
        "la instalación de luminarias de bajo consumo",
        "los apagones",
        [
            "Las nuevas lámparas consumen menos energía y tienen una vida útil más larga.",
            "Vecinos denunciaron cortes de electricidad de hasta diez horas durante la última ola de calor.",
            "El ahorro estimado en el recibo de alumbrado público se destinará a obras de mantenimiento.",
        ],
    ),
    "migracion": (
        "la atención a personas migrantes en tránsito",
        "la migración irregular",
        [
            "Los albergues de la ciudad operan por encima de su capacidad desde hace varias semanas.",
            "Organizaciones de la sociedad civil reparten alimentos y agua en las inmediaciones de las vías del tren.",
            "Se instaló un módulo médico para atender lesiones, deshidratación y enfermedades gastrointestinales.",
        ],
    ),
}


def rng_for(key):
    return random.Random(key)


def person(r):
    return f"{r.choice(NOMBRES)} {r.choice(APELLIDOS)} {r.choice(APELLIDOS)}"


def make_sentences(key, theme, lugar, inst):
    r = rng_for(key)
    tema, corto, specific = THEMES[theme]
    slots = dict(
        persona=person(r),
        persona2=person(r),
        cargo=r.choice(
            [
                "responsable del programa",
                "directora del área",
                "coordinador operativo",
                "vocera de la dependencia",
                "encargado del despacho",
            ]
        ),
        colonia=r.choice(COLONIAS),
        lugar=lugar,
        inst=inst,
        inst_cap=inst[0].upper() + inst[1:],
        corto=corto,
        n2=r.choice(["12.5", "38", "4.7", "61", "19.3", "7", "126"]),
        n3=r.choice(["tres", "cuatro", "cinco", "seis", "dos", "ocho"]),
        n4=str(r.randint(40, 2400)),
        n5=str(r.randint(8, 64)),
        hora=r.choice(["8:00", "8:30", "9:00", "10:00"]),
    )
    openings = [
        f"{slots['inst_cap']} dio a conocer los detalles de {tema} en {lugar}, "
        f"una demanda que vecinos y organizaciones habían planteado desde hace tiempo.",
        f"Con una inversión inicial de {slots['n2']} millones de pesos, {inst} puso en marcha "
        f"{tema} en {lugar}.",
        f"Habitantes de al menos {slots['n3']} colonias de {lugar} serán los primeros en notar "
        f"los efectos de {tema}, anunciada esta semana por {inst}.",
        f"Luego de meses de reclamos vecinales, {inst} presentó {tema} para {lugar} ante "
        f"representantes de colonias y del sector productivo.",
        f"En {lugar}, {tema} avanza con retraso, reconoció {slots['persona']} durante una "
        f"reunión con medios de comunicación.",
        f"Este lunes arrancó formalmente {tema} en {lugar}, con la presencia de funcionarios "
        f"de {inst} y de vecinos de la colonia {slots['colonia']}.",
        f"Más de {slots['n4']} personas se han registrado para participar en {tema}, "
        f"informó {inst} en {lugar}.",
    ]
    opening = r.choice(openings)
    gen = r.sample(GENERIC, 11)
    gen = [g.format(**slots) for g in gen]
    spec = list(specific)
    r.shuffle(spec)
    # interleave
    out = [opening]
    gi = iter(gen)
    si = iter(spec)
    pattern = "gsggsgggsgg"
    for c in pattern:
        out.append(next(si) if c == "s" else next(gi))
    out = [re.sub(r"\bde el\b", "del", x) for x in out]
    return [re.sub(r"\ba el\b", "al", x) for x in out]


def words(s):
    return s.split()


def first_words(s, n=8):
    return " ".join(s.split()[:n])


def last_words(s, n=8):
    return " ".join(s.split()[-n:])


def wrap(text, width=72):
    out, line = [], ""
    for w in text.split():
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    if line:
        out.append(line)
    return "\n".join(out)


def build_body(
    key,
    theme,
    lugar,
    inst,
    npar=4,
    glue=(),
    inserts=(),
    lead="",
    lead_sep=" ",
    nsent=None,
    sep="\n\n",
    wrap_width=None,
    quote_first=None,
    para_prefix="",
):
    """Return dict(text, first, last, must_keep, boiler).

    glue: (pi, pos, teaser) pos in start|mid|end -> glued into paragraph pi.
    inserts: (after_pi, block_text, [boilerplate strings]) standalone blocks after paragraph pi.
    lead: dateline text opening the first paragraph (not body words).
    """
    sents = make_sentences(key, theme, lugar, inst)
    if nsent:
        sents = sents[:nsent]
    # split into npar paragraphs
    n = len(sents)
    sizes = [n // npar + (1 if i < n % npar else 0) for i in range(npar)]
    paras, i = [], 0
    for s in sizes:
        paras.append(sents[i : i + s])
        i += s
    must_keep, boiler = [], []
    rendered = []
    for pi, ps in enumerate(paras):
        pieces = list(ps)
        for gpi, pos, teaser in glue:
            if gpi != pi:
                continue
            boiler.append(teaser)
            if pos == "start":
                assert pi != 0
                must_keep.append(pieces[0])
                pieces[0] = teaser + " " + pieces[0]
            elif pos == "end":
                assert pi != len(paras) - 1
                must_keep.append(pieces[-1])
                pieces[-1] = pieces[-1] + " " + teaser
            else:
                k = len(pieces) // 2
                assert k >= 1
                must_keep.extend([pieces[k - 1], pieces[k]])
                pieces[k - 1] = pieces[k - 1] + " " + teaser
        rendered.append(" ".join(pieces))
    first = first_words(rendered[0])
    last = last_words(rendered[-1])
    if lead:
        rendered[0] = lead + lead_sep + rendered[0]
    if para_prefix:
        rendered[0] = para_prefix + rendered[0]
    if wrap_width:
        rendered = [wrap(p, wrap_width) for p in rendered]
    blocks = []
    for pi, p in enumerate(rendered):
        blocks.append(p)
        for api, block, bp in inserts:
            if api == pi:
                blocks.append(block)
                boiler.extend(bp)
    text = sep.join(blocks)
    nwords = sum(len(s.split()) for s in sents)
    return dict(
        text=text, first=first, last=last, must_keep=must_keep, boiler=boiler, nwords=nwords
    )


class Quoted(str):
    """A string always dumped with double quotes (bulletin numbers like "0097")."""


yaml.SafeDumper.add_representer(
    Quoted, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style='"')
)

KEYS = [
    "readable",
    "family",
    "title",
    "date",
    "published",
    "bylines",
    "source",
    "section",
    "placement",
    "bulletin_number",
    "issuer",
    "dateline_city",
    "body_first_words",
    "body_last_words",
    "boilerplate",
    "must_keep",
    "photo_credit",
    "refusal_reason",
]


def gold(**kw):
    g = {k: None for k in KEYS}
    g.update(readable=True, published=True, bylines=[], placement=[], boilerplate=[], must_keep=[])
    g.update(kw)
    assert set(g) == set(KEYS), set(g) ^ set(KEYS)
    return {k: g[k] for k in KEYS}


def bad_gold(reason):
    g = {k: None for k in KEYS}
    g.update(
        readable=False,
        family="bad",
        bylines=[],
        placement=[],
        boilerplate=[],
        must_keep=[],
        refusal_reason=reason,
    )
    return g


def write(batch, name, content, g, enc="utf-8", crlf=False):
    d = os.path.join(ROOT, batch)
    os.makedirs(d, exist_ok=True)
    if isinstance(content, str):
        if crlf:
            content = content.replace("\r\n", "\n").replace("\n", "\r\n")
        data = content.encode(enc)
    else:
        data = content
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)
    base = name.rsplit(".", 1)[0]
    if isinstance(g.get("bulletin_number"), str):
        g = dict(g, bulletin_number=Quoted(g["bulletin_number"]))
    if isinstance(g.get("date"), str):
        g = dict(g, date=datetime.date.fromisoformat(g["date"]))
    with open(os.path.join(d, base + ".gold.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(g, f, allow_unicode=True, sort_keys=False, width=1000)
