#!/usr/bin/env python3
"""Validate the linker-g blind development set (b1/NN.{md,txt} + b1/NN.yaml).

Checks source shape, word counts, gold keys, that every gold string occurs in
its source (accent- and case-insensitive, on word boundaries) and the set-wide
quotas. Prints a summary table; exits 1 on any error.
"""
import re, sys, unicodedata, collections
from pathlib import Path
import yaml

ROOT = Path(__file__).resolve().parent / "b1"
KINDS = {"apposition", "plural_list", "rare_title", "feminine", "no_comma",
         "role_only_reference", "surname_only_later", "former", "after_name",
         "military_rank", "cuyo_titular", "parenthesis", "nested_body",
         "description_only", "other"}
STATES = {"Aguascalientes", "Baja California", "Baja California Sur", "Campeche", "Chiapas",
          "Chihuahua", "Ciudad de México", "Coahuila", "Colima", "Durango", "Guanajuato",
          "Guerrero", "Hidalgo", "Jalisco", "México", "Michoacán", "Morelos", "Nayarit",
          "Nuevo León", "Oaxaca", "Puebla", "Querétaro", "Quintana Roo", "San Luis Potosí",
          "Sinaloa", "Sonora", "Tabasco", "Tamaulipas", "Tlaxcala", "Veracruz", "Yucatán",
          "Zacatecas"}
HONORIFICS = re.compile(r"^(lic|licenciad[oa]|ing|ingenier[oa]|dr|dra|doctor|doctora|mtro|mtra|maestr[oa]|"
                        r"general|almirante|vicealmirante|contralmirante|comandante|diputad[oa]|c)\.?\s", re.I)
END_MARKERS = ("-30-", "---o0o---", "-oOo-")
MONTHS = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"

# keyword -> kind of public body (used only for the ">= 20 kinds" quota and README table)
BODY_KINDS = [
    ("Ayuntamiento", "municipal government"),
    ("Policía Preventiva Municipal", "municipal police"),
    ("Dirección de Protección Civil de", "municipal civil protection"),
    ("Instituto Municipal de las Mujeres", "municipal women's institute"),
    ("Gobierno del Estado", "state executive"),
    ("Secretaría de la Defensa Nacional", "military (army)"),
    ("Secretaría de Marina", "military (navy)"),
    ("Guardia Nacional", "federal security force"),
    ("Secretaría de Salud", "state health ministry"),
    ("Secretaría de Educación", "state education ministry"),
    ("Secretaría de Seguridad Pública", "state security ministry"),
    ("Secretaría de Protección Civil", "state civil protection"),
    ("Instituto de Protección Civil", "state civil protection"),
    ("Secretaría de Finanzas", "state finance ministry"),
    ("Secretaría de Infraestructuras", "state public works"),
    ("Secretaría de Gobierno", "state interior ministry"),
    ("Secretaría de Medio Ambiente", "state environment ministry"),
    ("Secretaría de Turismo", "state tourism ministry"),
    ("Procuraduría Estatal", "state environmental attorney"),
    ("Procuraduría Federal", "federal environmental attorney"),
    ("Contraloría", "comptroller"),
    ("Auditoría Superior", "state audit office"),
    ("Congreso", "state legislature"), ("Legislatura", "state legislature"),
    ("Tribunal Superior de Justicia", "state judiciary"),
    ("Consejo de la Judicatura", "judicial council"),
    ("Tribunal Electoral", "electoral court"),
    ("Fiscalía", "prosecutor's office"),
    ("Policía Investigadora", "prosecutor's office"),
    ("Instituto de Elecciones", "state electoral institute"),
    ("Instituto Nacional Electoral", "federal electoral institute"),
    ("Instituto Coahuilense de Acceso", "transparency institute"),
    ("Derechos Humanos", "human rights commission"),
    ("Universidad", "public university"),
    ("Instituto Mexicano del Seguro Social", "federal social security"),
    ("Instituto de Seguridad y Servicios Sociales", "federal social security"),
    ("Hospital", "public hospital"),
    ("Desarrollo Integral de la Familia", "family welfare (DIF)"),
    ("Comisión Nacional del Agua", "federal water agency"),
    ("Agua", "water utility"), ("CAASIM", "water utility"),
    ("Petróleos Mexicanos", "state-owned company"), ("Refinería", "state-owned company"),
    ("Comisión Federal de Electricidad", "state-owned company"),
    ("Fondo Nacional de Fomento al Turismo", "federal trust / tourism fund"),
]

def norm(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower())

def occurs(needle, hay):
    return re.search(r"(?<!\w)" + re.escape(norm(needle)) + r"(?!\w)", hay) is not None

def plural_occurs(role, hay):
    """plural_list roles are singular in the person's gender; the text may have
    the plural (and, for mixed lists, the masculine plural)."""
    parts = []
    for w in norm(role).split():
        alts = {re.escape(w), re.escape(w) + "s", re.escape(w) + "es"}
        if w.endswith("a"):
            b = re.escape(w[:-1])
            alts |= {b + "os", b + "es", b + "o", b}
        parts.append("(?:" + "|".join(sorted(alts, key=len, reverse=True)) + ")")
    return re.search(r"(?<!\w)" + " ".join(parts) + r"(?!\w)", hay) is not None

def body_kind(name):
    for key, kind in BODY_KINDS:
        if key.lower() in name.lower():
            return kind
    return None

errors = []
def err(f, msg):
    errors.append(f"{f}: {msg}")

def check_shape(nn, path, text):
    lines = [l for l in text.splitlines()]
    nonempty = [l.strip() for l in lines if l.strip()]
    body = text
    n = int(nn)
    if n <= 7:
        if path.suffix != ".md" or not text.startswith("---\n"):
            err(path.name, "Jekyll post must be .md starting with front matter")
            return text
        _, fm, body = text.split("---\n", 2)
        meta = yaml.safe_load(fm)
        for k in ("title", "date", "categories", "author"):
            if k not in meta:
                err(path.name, f"front matter lacks {k}")
        if "2026" not in str(meta.get("date")):
            err(path.name, "date not in 2026")
    elif n <= 14:
        if path.suffix != ".md":
            err(path.name, "wire article must be .md")
        if not nonempty[0].startswith("## "):
            err(path.name, "wire article must start with '## Title'")
        l2 = nonempty[1]
        if not (re.match(r"^\*\*[^*]+\*\* \| .*2026$", l2) or re.match(r"^Por [^|]+ \| [^|]+ \| .*2026$", l2)):
            err(path.name, f"bad byline line: {l2!r}")
    else:
        if path.suffix != ".txt":
            err(path.name, "press release must be .txt")
        if not any(re.match(r"^(Boletín|Comunicado|COMUNICADO|BOLETÍN)\b", l) for l in nonempty[:6]):
            err(path.name, "no Boletín/Comunicado number line")
        if not any(re.search(r"\d", l) and re.match(r"^(Boletín|Comunicado|COMUNICADO|BOLETÍN)", l) for l in nonempty[:6]):
            err(path.name, "Boletín/Comunicado line has no number")
        if not any(len(l) > 30 and l == l.upper() for l in nonempty[2:7]):
            err(path.name, "no title in capitals")
        if not any(re.match(r"^[^,]+, [^,]+, \d{1,2} de (%s) de 2026\.-\s" % MONTHS, l) for l in nonempty):
            err(path.name, "no dateline 'Ciudad, Estado, d de mes de 2026.-'")
        if nonempty[-1] not in END_MARKERS:
            err(path.name, f"end marker missing (last line {nonempty[-1]!r})")
    return body

def main():
    stats = collections.Counter()
    kinds = collections.Counter()
    states = []
    body_kinds = collections.Counter()
    inst_total = 0
    words_all = []
    srcs = sorted(p for p in ROOT.iterdir() if p.suffix in (".md", ".txt"))
    if len(srcs) != 20:
        err("b1", f"expected 20 articles, found {len(srcs)}")
    for src in srcs:
        nn = src.stem
        text = src.read_text(encoding="utf-8")
        body = check_shape(nn, src, text)
        nwords = len(body.split())
        words_all.append(nwords)
        if not 230 <= nwords <= 320:
            err(src.name, f"{nwords} words (needs 230-320)")
        hay = norm(text)
        gp = ROOT / f"{nn}.yaml"
        if not gp.exists():
            err(src.name, "no gold file"); continue
        g = yaml.safe_load(gp.read_text(encoding="utf-8"))
        for k in ("state", "officials", "institutions", "traps"):
            if k not in g:
                err(gp.name, f"missing key {k}")
        st = g.get("state")
        if st not in STATES:
            err(gp.name, f"unknown state {st!r}")
        elif not occurs(st, hay):
            err(gp.name, f"state {st!r} not stated in the text")
        states.append(st)
        inames = [i["name"] for i in g["institutions"]]
        if len(set(inames)) != len(inames):
            err(gp.name, "duplicate institution")
        used = {o["institution"] for o in g["officials"]}
        for inst in g["institutions"]:
            if set(inst) != {"name", "also"} or not isinstance(inst["also"], list):
                err(gp.name, f"institution keys {inst}")
                continue
            for a in inst["also"]:
                if not occurs(a, hay):
                    err(gp.name, f"institution form {a!r} not in text")
            if not (occurs(inst["name"], hay) or inst["also"] or inst["name"] in used):
                err(gp.name, f"institution {inst['name']!r} neither in text nor used by an official")
            bk = body_kind(inst["name"])
            if bk is None:
                err(gp.name, f"no body kind for {inst['name']!r}")
            body_kinds[bk] += 1
            inst_total += 1
        names = set()
        for o in g["officials"]:
            keys = {"name", "gender", "role", "institution", "former", "kind"}
            if set(o) != keys:
                err(gp.name, f"official keys {sorted(o)}"); continue
            if o["name"] in names:
                err(gp.name, f"duplicate official {o['name']}")
            names.add(o["name"])
            if not occurs(o["name"], hay):
                err(gp.name, f"name {o['name']!r} not in text")
            if HONORIFICS.match(o["name"]):
                err(gp.name, f"honorific in name {o['name']!r}")
            if o["gender"] not in ("f", "m"):
                err(gp.name, f"bad gender {o['gender']!r}")
            if not isinstance(o["former"], bool):
                err(gp.name, "former must be boolean")
            if o["kind"] not in KINDS:
                err(gp.name, f"bad kind {o['kind']!r}")
            if o["kind"] == "former" and not o["former"]:
                err(gp.name, f"kind former but former false: {o['name']}")
            if o["former"] and not norm(o["role"]).startswith("ex"):
                err(gp.name, f"former official role should keep 'ex': {o['name']}")
            role = o["role"]
            if role[:1] != role[:1].lower():
                err(gp.name, f"role must start lower case: {role!r}")
            ok = occurs(role, hay) or (o["kind"] == "plural_list" and plural_occurs(role, hay))
            if not ok:
                err(gp.name, f"role {role!r} not in text")
            if o["institution"] not in inames:
                err(gp.name, f"institution {o['institution']!r} of {o['name']} not listed")
            stats["officials"] += 1
            stats["women"] += o["gender"] == "f"
            stats["former"] += o["former"]
            kinds[o["kind"]] += 1
        traps = g["traps"]
        if not 2 <= len(traps) <= 3:
            err(gp.name, f"{len(traps)} traps (needs 2-3)")
        for t in traps:
            m = re.match(r"^(.+?) \((.+)\)$", t)
            if not m:
                err(gp.name, f"trap format {t!r}"); continue
            if not occurs(m.group(1), hay):
                err(gp.name, f"trap {m.group(1)!r} not in text")
            if m.group(1) in names:
                err(gp.name, f"trap {m.group(1)!r} is also an official")
            stats["traps"] += 1
    if len(set(states)) != 20:
        err("set", f"{len(set(states))} distinct states (needs 20)")
    if stats["officials"] < 140:
        err("set", f"{stats['officials']} officials (needs >= 140)")
    if stats["officials"] and stats["women"] / stats["officials"] < 0.45:
        err("set", f"women share {stats['women']/stats['officials']:.2%} (< 45%)")
    if len(body_kinds) < 20:
        err("set", f"{len(body_kinds)} kinds of public body (needs >= 20)")
    missing = KINDS - set(kinds)
    if missing:
        err("set", f"kinds never used: {sorted(missing)}")

    print(f"articles {len(srcs)} | officials {stats['officials']} | women {stats['women']} "
          f"({stats['women']/max(1,stats['officials']):.1%}) | former {stats['former']} | traps {stats['traps']} "
          f"| institution entries {inst_total} | states {len(set(states))} | body kinds {len(body_kinds)} "
          f"| words {min(words_all)}-{max(words_all)}")
    print("kinds:", dict(sorted(kinds.items())))
    if "-v" in sys.argv:
        print("body kinds:", dict(sorted(body_kinds.items())))
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
