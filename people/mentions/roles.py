"""The lexicon of public roles: one row per role, nothing else.

Adding a role is adding a row (and a test case in tests/people/mentions/test_roles.py).
Each row gives the forms the press writes (masculine, feminine, plural), the
canonical post it stands for, the category that decides how its institution is
found (``people.mentions.posts``) and the kind of institution it heads.
``people.mentions.lexicon`` generates the matcher's structures from this table.

Fields:
    masculine, feminine: the singular forms, lower case, with their accents
        ("síndico" also matches "sindico"). Several spellings: separate with "|".
    plural: the plural forms ("regidores|regidoras"), for lists after one title;
        derived by ``plural_of`` unless given.
    category: how ``posts.post_for`` finds the post's institution.
    heads: the kind of institution the role heads ("" when it says nothing).
    needs_complement: the role alone is no post ("el director" needs "de …").
    post: canonical masculine and feminine post names, when not the capitalised
        forms ("alcalde" is the post "Presidente municipal").
    sits_in: the kinds of body a holder of the role named with no body sits in,
        as words of their names ("tribunal|poder judicial"): "la magistrada X"
        sits in the one such body the article names. Unset: the body it heads.
    only_with_body: the role is a post only with a public body named after it ("la
        encargada de la Fiscalía Regional …"); an area, a place or nothing is no post
        ("el encargado de la obra", "el encargado de Logística").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class Role:
    masculine: str
    feminine: str
    category: str
    heads: str = ""
    needs_complement: bool = False
    post: tuple[str, str] | None = None
    plural: str = ""  # when the rule in ``plural_of`` gets it wrong
    sits_in: str = ""
    only_with_body: bool = False

    def body_kinds(self) -> tuple[str, ...]:
        """Folded words that name the bodies the role sits in ("poder judicial")."""
        return _body_kinds(self.sits_in, self.heads)

    def forms(self) -> tuple[str, ...]:
        """Every singular spelling, masculine first."""
        spelled = [*self.masculine.split("|"), *self.feminine.split("|")]
        return tuple(dict.fromkeys(spelled))

    def plurals(self) -> tuple[str, ...]:
        if self.plural:
            return tuple(self.plural.split("|"))
        return tuple(dict.fromkeys(plural_of(form) for form in self.forms()))

    def post_names(self) -> tuple[str, str]:
        if self.post:
            return self.post
        first_m, first_f = self.masculine.split("|")[0], self.feminine.split("|")[0]
        return first_m[:1].upper() + first_m[1:], first_f[:1].upper() + first_f[1:]


# What any body has (a "dirección", a "secretaría"): a role heading one of these
# says nothing about which body of the article it sits in.
UNIT_HEADS = frozenset(
    {
        "",
        "dirección",
        "subdirección",
        "secretaría",
        "subsecretaría",
        "coordinación",
        "delegación",
        "comisión",
        "consejo",
        "junta",
        "jefatura",
        "gerencia",
        "subgerencia",
        "representación",
        "superintendencia",
        "tesorería",
    }
)


def plural_of(form: str) -> str:
    """ "regidora" -> "regidoras", "juez" -> "jueces", "oficial mayor" -> "oficiales
    mayores", "encargado de despacho" -> "encargados de despacho"."""
    words = form.split()
    for i, word in enumerate(words):
        if word in ("de", "del"):
            break
        if word.endswith("z"):
            words[i] = word[:-1] + "ces"
        elif word[-1] in "aeiouáéó":
            words[i] = word + "s"
        else:
            words[i] = word.replace("ó", "o").replace("é", "e").replace("á", "a") + "es"
    return " ".join(words)


R = Role
# fmt: off
# Order matters where one form starts another: longer or more specific rows first.
ROLES: tuple[Role, ...] = (
    # A town's localities' own authorities ("el presidente auxiliar de San Pablo", "la
    # presidenta de comunidad de Ignacio Zaragoza"): bodies of their own (``OWN_UNITS``).
    R("presidente auxiliar", "presidenta auxiliar", "director", "junta auxiliar"),
    R("presidente de comunidad", "presidenta de comunidad", "director",
      "presidencia de comunidad"),
    R("agente municipal", "agente municipal", "director", "agencia municipal"),
    R("jefe de tenencia", "jefa de tenencia", "director", "jefatura de tenencia"),
    # A locality's authorities that are officers of the town's council ("los ayudantes
    # municipales de Ocotepec y Ahuatepec", "la subcomisaria de Sitpach"): the place after
    # the title is a locality (``lexicon.LOCALITY_TITLES``), the council the article's.
    R("ayudante municipal", "ayudante municipal", "municipal", "ayuntamiento",
      plural="ayudantes municipales"),
    R("subcomisario", "subcomisaria", "municipal", "ayuntamiento"),
    # Chihuahua's sections of a town ("la presidenta seccional de Baquiriachi")
    R("presidente seccional", "presidenta seccional", "municipal", "ayuntamiento"),
    R("superdelegado", "superdelegada", "delegado", "delegación"),
    R("subsecretario", "subsecretaria", "secretario", "subsecretaría", True),
    R("secretario", "secretaria", "secretario", "secretaría", True),
    R("subdirector", "subdirectora", "director", "subdirección", True),
    R("director", "directora", "director", "dirección", True),
    R("subdelegado", "subdelegada", "delegado", "delegación", True),
    R("delegado", "delegada", "delegado", "delegación", True),
    R("coordinador", "coordinadora", "coordinador", "coordinación", True),
    R("titular", "titular", "titular", "", True),
    R("gobernador", "gobernadora", "gobernador", "gobierno del estado"),
    R("vicepresidente", "vicepresidenta", "director", "", True),
    R("presidente", "presidenta", "presidente", ""),
    R("alcalde", "alcaldesa", "alcalde", "ayuntamiento", False,
      ("Presidente municipal", "Presidenta municipal")),
    R("edil", "edil", "alcalde", "ayuntamiento", False,
      ("Presidente municipal", "Presidenta municipal")),
    R("munícipe", "munícipe", "alcalde", "ayuntamiento", False,
      ("Presidente municipal", "Presidenta municipal")),
    R("síndico", "síndica", "municipal", "ayuntamiento"),
    R("regidor", "regidora", "municipal", "ayuntamiento"),
    R("concejal", "concejala", "municipal", "alcaldía"),
    R("tesorero", "tesorera", "director", "tesorería", True),
    R("senador", "senadora", "senador", "senado"),
    # "Dip." in releases and captions ("la Dip. local X"): a spelling of its row, dot included
    # (``lexicon.TITLE_WORDS`` keeps it).
    R("diputado|dip.", "diputada|dip.", "diputado", "congreso", plural="diputados|diputadas"),
    R("legislador", "legisladora", "diputado", "congreso"),
    R("vicefiscal", "vicefiscal", "fiscal", "fiscalía", True),
    R("fiscal", "fiscal", "fiscal", "fiscalía", sits_in="fiscalía"),
    # The head of the federal Procuraduría Agraria ("la procuradora agraria, X").
    R("procurador agrario", "procuradora agraria", "agrario", "procuraduría agraria",
      plural="procuradores agrarios|procuradoras agrarias"),
    R("subprocurador", "subprocuradora", "director", "procuraduría", True),
    R("procurador", "procuradora", "director", "procuraduría", True),
    R("comisionado", "comisionada", "director", "comisión", True,
      sits_in="transparencia|acceso a la información|búsqueda|víctimas"),
    # A comptroller's officer assigned to a public entity ("el comisario público del ISIE").
    R("comisario público", "comisaria pública", "director", "", True),
    R("comisario", "comisaria", "director", "policía", sits_in="policía|seguridad pública"),
    R("magistrado", "magistrada", "judicial", "tribunal", sits_in="tribunal|poder judicial"),
    R("ministro", "ministra", "judicial", "suprema corte", True),
    R("juez", "jueza", "judicial", "juzgado",
      sits_in="poder judicial|juzgado|tribunal superior|supremo tribunal"),
    R("consejero", "consejera", "director", "consejo", True,
      sits_in="electoral|elecciones|judicatura|administración judicial"),
    R("contralor", "contralora", "director", "contraloría"),
    R("auditor", "auditora", "director", "auditoría", sits_in="auditoría|fiscalización"),
    R("visitador", "visitadora", "director", "comisión de derechos humanos",
      sits_in="derechos humanos"),
    # The head of a human-rights commission ("la ombudsperson de Baja California").
    R("ombudsperson|ombudsman", "ombudsperson", "director", "comisión de derechos humanos",
      plural="ombudspersons", sits_in="derechos humanos"),
    # A public defender ("la defensora pública X, del Instituto de Defensoría Pública"): a
    # lawyer of the state's or the federation's public defence (never "defensor" alone,
    # which a private lawyer is too).
    R("defensor público", "defensora pública", "director", "defensoría",
      plural="defensores públicos|defensoras públicas", sits_in="defensoría"),
    # The head of a body of rights named by its matter ("la defensora de los Derechos
    # Humanos del Pueblo de Oaxaca", "el defensor de los Derechos Universitarios de la
    # UAS"): a capitalised area is needed ("la defensora de los migrantes" is none).
    R("defensor de los derechos humanos|defensor de los derechos universitarios",
      "defensora de los derechos humanos|defensora de los derechos universitarios",
      "director", "defensoría", True),
    R("vicerrector", "vicerrectora", "director", "universidad", True),
    R("rector", "rectora", "director", "universidad", True),
    # a university's head of a school or a centre ("la decana del Centro de Ciencias de
    # la Salud de la UAA")
    R("decano", "decana", "director", "", True),
    R("vocero", "vocera", "director", "", True),
    R("oficial mayor", "oficial mayor", "director", "oficialía mayor"),
    R("capitán de puerto", "capitana de puerto", "director", "capitanía de puerto"),
    # Mexico City's heads of a delegación before 2018, now alcaldías.
    R("jefe delegacional", "jefa delegacional", "alcalde", "alcaldía", False,
      ("Jefe delegacional", "Jefa delegacional")),
    # A town's chronicler, named by the council; "el cronista" alone is a journalist.
    R("cronista municipal", "cronista municipal", "municipal", "ayuntamiento"),
    R("cronista de la ciudad", "cronista de la ciudad", "municipal", "ayuntamiento"),
    R("jefe", "jefa", "jefe", "jefatura", True),
    R("vocal", "vocal", "director", "junta", True),
    R("superintendente", "superintendente", "director", "superintendencia", True),
    R("subgerente", "subgerente|subgerenta", "director", "subgerencia", True),
    R("gerente", "gerente|gerenta", "director", "gerencia", True),
    R("administrador", "administradora", "director", "", True),
    R("representante", "representante", "director", "representación", True),
    R("comandante", "comandante", "director", "zona militar",
      sits_in="zona militar|zona naval|región naval|región militar|batallón|regimiento"),
    # Mexico's ambassadors and consuls, of the Foreign Service (SRE): only with "de México"
    # or "mexicano" in the title ("el embajador de Japón" is no Mexican public servant).
    R("embajador de México", "embajadora de México", "diplomático", "embajada",
      post=("Embajador de México", "Embajadora de México")),
    R("embajador mexicano", "embajadora mexicana", "diplomático", "embajada",
      post=("Embajador de México", "Embajadora de México")),
    R("cónsul general de México", "cónsul general de México", "diplomático", "consulado",
      post=("Cónsul general de México", "Cónsul general de México"),
      plural="cónsules generales de México"),
    R("cónsul de México", "cónsul de México", "diplomático", "consulado",
      post=("Cónsul de México", "Cónsul de México"), plural="cónsules de México"),
    R("cónsul mexicano", "cónsul mexicana", "diplomático", "consulado",
      post=("Cónsul de México", "Cónsul de México"),
      plural="cónsules mexicanos|cónsules mexicanas"),
    # The head of a state's office of FIRA ("el residente estatal de FIRA en Sonora").
    R("residente estatal", "residente estatal", "director", "residencia estatal", True),
    R("canciller", "canciller", "canciller", "secretaría de relaciones exteriores", False,
      ("Secretario de Relaciones Exteriores", "Secretaria de Relaciones Exteriores")),
    R("mandatario", "mandataria", "mandatario", "gobierno del estado"),
    R("encargado de despacho", "encargada de despacho", "director", "", True),
    R("encargado del despacho", "encargada del despacho", "director", "", True),
    # "el encargado de la dirección del Hospital General …": acting head of the body named
    R("encargado de la dirección", "encargada de la dirección", "director", "", True),
    R("encargado de la jefatura", "encargada de la jefatura", "director", "", True),
    # "el encargado de la Coordinación Estatal de Protección Civil, X": the acting head of
    # the public body named right after the title, and of nothing else
    R("encargado", "encargada", "director", "", True, only_with_body=True),
    R("abogado general", "abogada general", "director",
      "universidad", True),
)
# fmt: on


@dataclass(frozen=True)
class OwnUnit:
    """A unit of a government that is a body of its own: its head works in the unit,
    and the article mentions it ("el coordinador municipal de Protección Civil" ->
    Coordinación Municipal de Protección Civil de <town>).

    heads: what the role heads (``Role.heads``), the unit's noun.
    areas: the areas such a unit covers, folded, longest first; ("",) when the role
        alone names the unit ("la contralora municipal").
    levels: the level words that make it one ("municipal", "estatal", "general"),
        or "" for a unit named with its place and no level ("director de Bomberos
        de Mexicali").
    mentioned: whether the title counts as a mention of the unit: "de Protección
        Civil" names it; "la contralora municipal" only says where she works.
    of_town: the unit is a town's whatever the title's level: the capitalised words
        after a title with no area are its town ("capitán de puerto de Ensenada"), and
        with no town it is the article's council's ("el director de Aseo Público").
    name: the unit's noun as written in its name, when not ``heads`` capitalised.
    """

    heads: str
    areas: tuple[str, ...]
    levels: tuple[str, ...] = ("municipal", "estatal", "general", "")
    mentioned: bool = True
    of_town: bool = False
    name: str = ""


# Any capitalised area a title names ("titular de Desarrollo Económico municipal").
ANY_AREA = ("*",)

# Areas of a town's (or a state's) own units, folded.
_LOCAL_AREAS = (
    "proteccion civil y bomberos",
    "bomberos y proteccion civil",
    "proteccion civil",
    "bomberos",
    "seguridad publica",
    "seguridad ciudadana",
    "transito y vialidad",
    "transito",
    "obras publicas",
    "desarrollo urbano",
)

# Areas only a town's own units cover: their head is the town's with no "municipal".
_TOWN_AREAS = (
    "servicios publicos municipales",
    "servicios publicos",
    "aseo publico",
    "limpia",
    "alumbrado publico",
    "parques y jardines",
    "ecologia",
    "proteccion al ambiente",
)

# Offices a title heads that writers name alone once the title is read: (title,
# office as written). "El oficial mayor … la Oficialía Mayor revisará …": the official
# works in the office, the town's ("del Ayuntamiento", or no body) or the body's the
# title names ("del Poder Judicial"); ``context._office_named_alone``.
TITLE_OFFICES: tuple[tuple[str, str], ...] = (("oficial mayor", "Oficialía Mayor"),)

# Titles that, written with no body, are a town's posts: (forms, the office they head as
# the press writes it). "El oficial mayor, X" or "el tesorero X" in a story about a town
# council is the council's officer; "la tesorera de Juchitán" the officer of the council
# the article names for that town. When the article names the office ("la Oficialía
# Mayor de Gobierno", "la Tesorería"), the office decides (``TITLE_OFFICES``, units of
# their own), not the council; ``context._town_titles``.
TOWN_TITLES: tuple[tuple[str, str], ...] = (
    ("oficial mayor", "Oficialía Mayor"),
    ("tesorero|tesorera", "Tesorería"),
)

# Bodies of a town's locality, named after it, not after their town ("la Junta Municipal
# de Sabancuy" in Carmen, "la Presidencia de Comunidad de Villa Alta"): never the article's
# town's unit of that name.
LOCALITY_BODIES = (
    "Junta Municipal de ",
    "Junta Auxiliar de ",
    "Presidencia de Comunidad de ",
    "Agencia Municipal de ",
    "Jefatura de Tenencia de ",
    "Delegación Municipal de ",
)

# fmt: off
OWN_UNITS: tuple[OwnUnit, ...] = (
    # Its head works in it; the title alone is no mention of it (the original dev set's
    # gold lists no "Dirección de Servicios Públicos Municipales" the text never names).
    OwnUnit("dirección", _TOWN_AREAS, levels=("municipal", ""), of_town=True, mentioned=False),
    OwnUnit("coordinación", _LOCAL_AREAS),
    OwnUnit("dirección", _LOCAL_AREAS),
    # "el director municipal de Salud": the town's health office.
    OwnUnit("dirección", ("salud",), levels=("municipal",)),
    OwnUnit("contraloría", ("",), levels=("municipal",), mentioned=False),
    OwnUnit("tesorería", ("",), levels=("municipal",)),
    # A state's environmental attorney ("la procuradora de Protección al Ambiente de
    # Quintana Roo"); the federal one is the Procuraduría Federal (Profepa).
    OwnUnit("procuraduría", ("proteccion al ambiente", "proteccion ambiental"),
            levels=("estatal", "")),
    OwnUnit("delegación", ("",), levels=("municipal",), of_town=True),
    OwnUnit("junta auxiliar", ("",), levels=("",), of_town=True, name="Junta Auxiliar"),
    OwnUnit("presidencia de comunidad", ("",), levels=("",), of_town=True,
            name="Presidencia de Comunidad"),
    OwnUnit("agencia municipal", ("",), levels=("",), of_town=True, name="Agencia Municipal"),
    OwnUnit("jefatura de tenencia", ("",), levels=("",), of_town=True,
            name="Jefatura de Tenencia"),
    # A port's captaincy, the Navy's, named after its port.
    OwnUnit("capitanía de puerto", ("",), levels=("",), of_town=True,
            name="Capitanía de Puerto"),
    # "la titular de Bienestar Familiar municipal", "los titulares de Seguridad Pública y
    # de Salud municipales": the head of a town's area works in the town's direction of it.
    OwnUnit("", ANY_AREA, levels=("municipal",), name="Dirección"),
)
# fmt: on


@cache
def _body_kinds(sits_in: str, heads: str) -> tuple[str, ...]:
    # Cached: the title readers ask for a row's kinds several times per title.
    from people.naming import fold

    kinds = sits_in or ("" if heads in UNIT_HEADS else heads)
    return tuple(fold(kind) for kind in kinds.split("|") if kind)
