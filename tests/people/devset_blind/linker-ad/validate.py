#!/usr/bin/env python3
"""Validate the blind linker test set in b1/ (standard library only).

Usage: python3 validate.py [--stats]

The gold files use a small YAML subset, parsed here without PyYAML:
  top-level `key: scalar` lines, and `key:` followed by `  - ` items that are
  either a one-line flow mapping {k: v, k: [..]} or a double-quoted string.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
B1 = os.path.join(HERE, "b1")

KINDS = {
    "plural_list", "feminine", "rare_title", "military_rank", "after_name",
    "parenthesis", "cuyo_titular", "no_comma", "surname_only_later",
    "role_only_reference", "apposition", "former", "description_only",
    "nested_body",
}
OFFICIAL_KEYS = ["name", "gender", "role", "institution", "former", "kind"]
STATES = {
    "Aguascalientes", "Baja California", "Baja California Sur", "Campeche",
    "Chiapas", "Chihuahua", "Ciudad de México", "Coahuila", "Colima",
    "Durango", "Guanajuato", "Guerrero", "Hidalgo", "Jalisco", "México",
    "Michoacán", "Morelos", "Nayarit", "Nuevo León", "Oaxaca", "Puebla",
    "Querétaro", "Quintana Roo", "San Luis Potosí", "Sinaloa", "Sonora",
    "Tabasco", "Tamaulipas", "Tlaxcala", "Veracruz", "Yucatán", "Zacatecas",
}
MONTHS = {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5,
          "junio": 6, "julio": 7, "agosto": 8, "septiembre": 9, "octubre": 10,
          "noviembre": 11, "diciembre": 12}
WEEK = (9, 15)  # 9-15 March 2026
HONORIFICS = ("Dr.", "Dra.", "Mtro.", "Mtra.", "Ing.", "Lic.", "Licda.",
              "general ", "General ", "diputada ", "diputado ", "magistrada ",
              "contralmirante ", "almirante ")


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- YAML subset
def _tokens(s):
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c.isspace():
            i += 1
        elif c in "{}[],:":
            yield c
            i += 1
        elif c == '"':
            j, buf = i + 1, []
            while True:
                if j >= n:
                    raise ParseError("unterminated string: " + s)
                if s[j] == "\\":
                    buf.append({"n": "\n", "t": "\t"}.get(s[j + 1], s[j + 1]))
                    j += 2
                elif s[j] == '"':
                    break
                else:
                    buf.append(s[j])
                    j += 1
            yield ("str", "".join(buf))
            i = j + 1
        else:
            j = i
            while j < n and s[j] not in "{}[],:":
                j += 1
            yield ("plain", s[i:j].strip())
            i = j


def _scalar(tok):
    kind, val = tok
    if kind == "str":
        return val
    if val == "true":
        return True
    if val == "false":
        return False
    return val


def parse_flow(s):
    toks = list(_tokens(s))
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def take(expected=None):
        t = peek()
        if t is None:
            raise ParseError("unexpected end: " + s)
        if expected is not None and t != expected:
            raise ParseError("expected %r got %r in %s" % (expected, t, s))
        pos[0] += 1
        return t

    def value():
        t = peek()
        if t == "{":
            take("{")
            d = {}
            if peek() == "}":
                take("}")
                return d
            while True:
                k = take()
                if not isinstance(k, tuple):
                    raise ParseError("bad key in " + s)
                take(":")
                key = k[1]
                if key in d:
                    raise ParseError("duplicate key %s in %s" % (key, s))
                d[key] = value()
                if peek() == ",":
                    take(",")
                    continue
                take("}")
                return d
        if t == "[":
            take("[")
            lst = []
            if peek() == "]":
                take("]")
                return lst
            while True:
                lst.append(value())
                if peek() == ",":
                    take(",")
                    continue
                take("]")
                return lst
        t = take()
        if not isinstance(t, tuple):
            raise ParseError("unexpected %r in %s" % (t, s))
        return _scalar(t)

    v = value()
    if pos[0] != len(toks):
        raise ParseError("trailing tokens in " + s)
    return v


def load_gold(path):
    data, current = {}, None
    with open(path, encoding="utf-8") as fh:
        for ln, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            m = re.match(r"^([A-Za-z_]+):\s*(.*)$", line)
            if m:
                key, rest = m.group(1), m.group(2)
                if key in data:
                    raise ParseError("%s:%d duplicate key %s" % (path, ln, key))
                if rest:
                    data[key] = parse_flow(rest) if rest[0] in '"{[' else rest
                    current = None
                else:
                    data[key] = []
                    current = key
                continue
            m = re.match(r"^  - (.*)$", line)
            if m and current is not None:
                data[current].append(parse_flow(m.group(1)))
                continue
            raise ParseError("%s:%d cannot parse: %s" % (path, ln, line))
    return data


# ---------------------------------------------------------------- text format
def split_text(fname, text, errors):
    """Return (body, date_day) after checking the format of the text."""
    if fname.endswith(".md"):
        m = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.S)
        if not m:
            errors.append("no Jekyll front matter")
            return text, None
        fm, body = m.group(1), m.group(2)
        keys = dict(re.findall(r"^([a-z]+):\s*(.*)$", fm, re.M))
        for k in ("layout", "title", "date", "author", "categories"):
            if k not in keys:
                errors.append("front matter lacks " + k)
        dm = re.match(r"2026-03-(\d\d)", keys.get("date", ""))
        day = int(dm.group(1)) if dm else None
        if not re.search(r"^\S[^\n]*\.—", body.strip(), re.M):
            errors.append("no dateline 'City, State.—' in post body")
        return body, day
    lines = text.split("\n")
    if fname[:2] in ("05", "06", "07", "08"):
        if not lines[0].startswith("## "):
            errors.append("wire: first line must be '## Title'")
        by = [l for l in lines if l.startswith("Por ")]
        if not by:
            errors.append("wire: no byline")
            return text, None
        parts = by[0].split(" | ")
        if len(parts) != 3:
            errors.append("wire: byline must be 'Por Name | Outlet | place, date'")
        dm = re.search(r", (\d{1,2}) de (\w+) de 2026$", by[0])
        if not dm or MONTHS.get(dm.group(2)) != 3:
            errors.append("wire: byline date")
            return text, None
        body = text.split(by[0], 1)[1]
        return body, int(dm.group(1))
    # press release
    dl = re.search(r"^([^,\n]+), ([^,\n]+), (\d{1,2}) de (\w+) de 2026\.- ",
                   text, re.M)
    if not dl:
        errors.append("release: no dateline 'City, State, D de mes de AAAA.-'")
        return text, None
    if dl.group(2) not in STATES:
        errors.append("release: dateline state %r" % dl.group(2))
    if not re.search(r"(Boletín|Comunicado)[^\n]*\d+/2026", text):
        errors.append("release: no bulletin number")
    head = text[:dl.start()].strip().split("\n")
    if not any(l.isupper() and len(l) > 30 for l in head):
        errors.append("release: no upper-case title")
    if text.strip().split("\n")[-1].strip() != "-30-":
        errors.append("release: no -30- end marker")
    body = text[dl.start():].replace("-30-", "")
    return body, int(dl.group(3))


# ---------------------------------------------------------------- checks
def check(nn, stats):
    errors, warnings = [], []
    ext = ".md" if int(nn) <= 4 else ".txt"
    tpath = os.path.join(B1, nn + ext)
    gpath = os.path.join(B1, nn + ".yaml")
    if not os.path.exists(tpath) or not os.path.exists(gpath):
        return ["missing %s or %s" % (tpath, gpath)], []
    text = open(tpath, encoding="utf-8").read()
    try:
        gold = load_gold(gpath)
    except ParseError as e:
        return ["YAML: %s" % e], []

    body, day = split_text(os.path.basename(tpath), text, errors)
    words = len(body.split())
    if not 280 <= words <= 380:
        errors.append("body has %d words (280-380)" % words)
    if day is None or not WEEK[0] <= day <= WEEK[1]:
        errors.append("date %r outside 9-15 March 2026" % day)

    if set(gold) != {"state", "officials", "institutions", "traps"}:
        errors.append("top-level keys %s" % sorted(gold))
        return errors, warnings
    state = gold["state"]
    if state not in STATES or state == "Zacatecas":
        errors.append("bad state %r" % state)
    elif state not in text:
        errors.append("state %r not in text" % state)

    inst_names = []
    for inst in gold["institutions"]:
        if not isinstance(inst, dict) or set(inst) != {"name", "also"}:
            errors.append("institution keys: %r" % (inst,))
            continue
        if not isinstance(inst["also"], list):
            errors.append("also must be a list: %s" % inst["name"])
            continue
        inst_names.append(inst["name"])
        for a in inst["also"]:
            if a not in text:
                errors.append("also %r (%s) not in text" % (a, inst["name"]))
        for other in STATES - {state}:
            if re.search(r"\b%s\b" % re.escape(other), inst["name"]) \
                    and not (other == "México" and "México" in inst["name"]
                             and state != "México") \
                    and not (other == "Baja California" and state ==
                             "Baja California Sur"):
                errors.append("institution %r names another state %s"
                              % (inst["name"], other))
    if len(set(inst_names)) != len(inst_names):
        errors.append("duplicate institution names")

    offs = gold["officials"]
    if not 8 <= len(offs) <= 10:
        errors.append("%d officials (8-10)" % len(offs))
    names = []
    women = 0
    for o in offs:
        if not isinstance(o, dict) or list(o) != OFFICIAL_KEYS:
            errors.append("official keys/order: %r" % (o,))
            continue
        name = o["name"]
        names.append(name)
        if name not in text:
            errors.append("name not in text: %s" % name)
        if name.startswith(HONORIFICS):
            errors.append("honorific/rank in name: %s" % name)
        if o["gender"] not in ("f", "m"):
            errors.append("gender %r: %s" % (o["gender"], name))
        women += o["gender"] == "f"
        if o["kind"] not in KINDS:
            errors.append("kind %r: %s" % (o["kind"], name))
        if not isinstance(o["former"], bool):
            errors.append("former must be true/false: %s" % name)
        if o["former"] != o["role"].startswith("ex"):
            errors.append("former flag vs role %r: %s" % (o["role"], name))
        if o["kind"] == "former" and not o["former"]:
            errors.append("kind former but former false: %s" % name)
        if o["institution"] not in inst_names:
            errors.append("institution of %s not listed: %s"
                          % (name, o["institution"]))
        role = o["role"]
        if o["kind"] == "plural_list":
            # plural titles are split per person: the title's head word must
            # occur in a plural form (e.g. "diputada local" <- "diputados")
            head = role.split()[0].lower()
            stem = re.sub(r"(a|o|or|ora)$", "", head)
            if not re.search(r"\b%s\w*(s|es)\b" % re.escape(stem),
                             text.lower()):
                warnings.append("plural title for %r not found (%s)"
                                % (role, name))
        elif role.lower() not in text.lower():
            warnings.append("role %r not verbatim (%s)" % (role, name))
        stats["kinds"][o["kind"]] = stats["kinds"].get(o["kind"], 0) + 1
    if len(set(names)) != len(names):
        errors.append("duplicate official names")

    traps = gold["traps"]
    if not 2 <= len(traps) <= 3:
        errors.append("%d traps (2-3)" % len(traps))
    for t in traps:
        if not isinstance(t, str):
            errors.append("trap must be a string: %r" % (t,))
            continue
        m = re.match(r"^(.+?) \((.+)\)$", t)
        if not m:
            errors.append("trap must be 'Name (why)': %s" % t)
            continue
        if m.group(1) not in text:
            errors.append("trap name not in text: %s" % m.group(1))
        if m.group(1) in names:
            errors.append("trap is also an official: %s" % m.group(1))

    stats["rows"].append({
        "file": os.path.basename(tpath),
        "format": {".md": "Jekyll post"}.get(ext, "wire" if nn in
                                                ("05", "06", "07", "08")
                                                else "press release"),
        "state": state, "officials": len(offs), "women": women,
        "institutions": len(inst_names), "traps": len(traps),
        "words": words, "day": day,
    })
    return errors, warnings


def main():
    stats = {"kinds": {}, "rows": []}
    bad = 0
    states = []
    for i in range(1, 13):
        nn = "%02d" % i
        errors, warnings = check(nn, stats)
        for e in errors:
            print("ERROR %s: %s" % (nn, e))
        for w in warnings:
            print("warn  %s: %s" % (nn, w))
        bad += len(errors)
    states = [r["state"] for r in stats["rows"]]
    if len(set(states)) != len(states):
        print("ERROR: states repeat: %s" % states)
        bad += 1
    extra = set(os.listdir(B1)) - {"%02d%s" % (i, e) for i in range(1, 13)
                                   for e in (".md", ".txt", ".yaml")}
    if extra:
        print("ERROR: unexpected files in b1: %s" % sorted(extra))
        bad += 1
    if "--stats" in sys.argv:
        print("| file | format | state | date | words | officials | women "
              "| institutions | traps |")
        print("|---|---|---|---|---|---|---|---|---|")
        for r in stats["rows"]:
            print("| %(file)s | %(format)s | %(state)s | 2026-03-%(day)02d | "
                  "%(words)d | %(officials)d | %(women)d | %(institutions)d | "
                  "%(traps)d |" % r)
        tot = {k: sum(r[k] for r in stats["rows"])
               for k in ("officials", "women", "institutions", "traps")}
        print("| total | | | | | %(officials)d | %(women)d | %(institutions)d "
              "| %(traps)d |" % tot)
        print()
        print("| kind | officials |")
        print("|---|---|")
        for k in sorted(KINDS):
            print("| %s | %d |" % (k, stats["kinds"].get(k, 0)))
    print("OK" if not bad else "%d error(s)" % bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
