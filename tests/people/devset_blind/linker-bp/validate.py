#!/usr/bin/env python3
"""Validate the blind linker test set in b1/ (standard library only).

Usage: python3 validate.py [--stats]

Checks the gold YAML beside every text (keys, values, names and `also`
strings occurring verbatim in the text, institutions of officials listed),
the format of every text (Jekyll post, wire article, press release), word
counts, dates (one week: 4-10 January 2027), states (distinct, no Zacatecas)
and the per-file quotas of the brief. Exit status 1 if anything is wrong.
"""
import datetime
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = os.path.join(HERE, "b1")

WEEK_START = datetime.date(2027, 1, 4)
WEEK_END = datetime.date(2027, 1, 10)
MONTHS = {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6,
          "julio": 7, "agosto": 8, "septiembre": 9, "octubre": 10,
          "noviembre": 11, "diciembre": 12}

KINDS = {"plural_list", "feminine", "rare_title", "military_rank", "after_name",
         "parenthesis", "cuyo_titular", "no_comma", "surname_only_later",
         "role_only_reference", "apposition", "former", "description_only",
         "nested_body",
         "acting",
         # kinds not listed in issue 12, first added in linker-ak
         "semicolon_list", "party_tag", "verb_phrase", "newly_appointed",
         # kinds not listed in issue 12, added in linker-bp
         "gentilic", "honorific", "interim", "on_leave", "homologue",
         "particle_name", "initial_name"}
# homologue roles are implied by the antecedent ("su homóloga de Arteaga"
# -> alcaldesa), so the role word need not occur; the text must say
# homólogo/a or "su par".
HOMOLOGUE = re.compile(r"\b(hom[oó]log[oa]s?|su par)\b", re.I)
# the northern states of the brief's hint: all ten must be used
HINT_STATES = {"Nuevo León", "Coahuila", "Tamaulipas", "Chihuahua", "Durango",
               "Sinaloa", "Sonora", "Baja California", "Baja California Sur",
               "San Luis Potosí"}
# verb_phrase roles are implied by the verb ("quien encabeza" -> titular,
# "quien dirige" -> director/a, "quien preside" -> presidente/a), so the
# role word need not occur in the text.
VERB_PHRASE = re.compile(r"\b(quien(es)? (encabeza|dirige|preside|coordina|encabezan|dirigen)|"
                         r"al frente de|a cargo de)", re.I)
OFFICIAL_KEYS = ["name", "gender", "role", "institution", "former", "kind"]
TOP_KEYS = ["state", "officials", "institutions", "traps"]
STATES = {"Aguascalientes", "Baja California", "Baja California Sur", "Campeche",
          "Chiapas", "Chihuahua", "Ciudad de México", "Coahuila", "Colima",
          "Durango", "Estado de México", "Guanajuato", "Guerrero", "Hidalgo",
          "Jalisco", "Michoacán", "Morelos", "Nayarit", "Nuevo León", "Oaxaca",
          "Puebla", "Querétaro", "Quintana Roo", "San Luis Potosí", "Sinaloa",
          "Sonora", "Tabasco", "Tamaulipas", "Tlaxcala", "Veracruz", "Yucatán",
          "Zacatecas"}
HONORIFIC = re.compile(
    r"^(Dr|Dra|Mtro|Mtra|Ing|Lic|Arq|C\.P|Prof|Profa|Sr|Sra)\.?\s|"
    r"^(general|almirante|contralmirante|vicealmirante|coronel|diputad[oa]|"
    r"senador[a]?|magistrad[oa]|licenciad[oa])\s", re.I)

FILES = [("%02d" % i, fmt) for i, fmt in
         [(1, "post"), (2, "post"), (3, "post"), (4, "post"),
          (5, "wire"), (6, "wire"), (7, "wire"), (8, "wire"),
          (9, "release"), (10, "release"), (11, "release"), (12, "release")]]


# ---------------------------------------------------------------- mini YAML
class YamlError(Exception):
    pass


def parse_flow(s, i=0):
    """Parse one flow value starting at s[i]; return (value, next index)."""
    def skip(j):
        while j < len(s) and s[j] in " \t":
            j += 1
        return j

    i = skip(i)
    if i >= len(s):
        raise YamlError("unexpected end of value")
    c = s[i]
    if c == "{":
        out = {}
        i = skip(i + 1)
        if s[i] == "}":
            return out, i + 1
        while True:
            m = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)\s*:\s").match(s, i)
            if not m:
                raise YamlError("bad mapping key at: %r" % s[i:i + 30])
            key = m.group(1)
            if key in out:
                raise YamlError("duplicate key %r" % key)
            val, i = parse_flow(s, m.end())
            out[key] = val
            i = skip(i)
            if s[i] == ",":
                i = skip(i + 1)
                continue
            if s[i] == "}":
                return out, i + 1
            raise YamlError("expected , or } at: %r" % s[i:i + 30])
    if c == "[":
        out = []
        i = skip(i + 1)
        if s[i] == "]":
            return out, i + 1
        while True:
            val, i = parse_flow(s, i)
            out.append(val)
            i = skip(i)
            if s[i] == ",":
                i = skip(i + 1)
                continue
            if s[i] == "]":
                return out, i + 1
            raise YamlError("expected , or ] at: %r" % s[i:i + 30])
    if c == '"':
        j = i + 1
        buf = []
        while j < len(s) and s[j] != '"':
            if s[j] == "\\":
                j += 1
                buf.append({"n": "\n", "t": "\t"}.get(s[j], s[j]))
            else:
                buf.append(s[j])
            j += 1
        if j >= len(s):
            raise YamlError("unterminated string")
        return "".join(buf), j + 1
    if c == "'":
        j = i + 1
        buf = []
        while True:
            if j >= len(s):
                raise YamlError("unterminated string")
            if s[j] == "'":
                if j + 1 < len(s) and s[j + 1] == "'":
                    buf.append("'")
                    j += 2
                    continue
                return "".join(buf), j + 1
            buf.append(s[j])
            j += 1
    m = re.compile(r"[^,\]\}]+").match(s, i)
    if not m:
        raise YamlError("bad scalar at: %r" % s[i:i + 30])
    raw = m.group(0).strip()
    return {"true": True, "false": False, "null": None, "~": None}.get(raw, raw), m.end()


def load_yaml(path):
    """Load the restricted YAML used by the gold files (block keys + flow items)."""
    data = {}
    current = None
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            if not line.startswith(" "):
                m = re.match(r"([A-Za-z_]+):\s*(.*)$", line)
                if not m:
                    raise YamlError("bad top-level line")
                key, rest = m.groups()
                if key in data:
                    raise YamlError("duplicate top-level key %r" % key)
                if rest:
                    val, end = parse_flow(rest)
                    if rest[end:].strip():
                        raise YamlError("trailing text")
                    data[key] = val
                    current = None
                else:
                    data[key] = []
                    current = key
            else:
                m = re.match(r"\s+-\s+(.*)$", line)
                if not m or current is None:
                    raise YamlError("list item outside a list")
                val, end = parse_flow(m.group(1))
                if m.group(1)[end:].strip():
                    raise YamlError("trailing text")
                data[current].append(val)
        except (YamlError, IndexError) as e:
            raise YamlError("%s:%d: %s" % (os.path.basename(path), n, e))
    return data


# ---------------------------------------------------------------- helpers
def fold(s):
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if unicodedata.category(c) != "Mn").lower()


def split_text(raw, fmt):
    """Return (header_part, body) of a text according to its format."""
    if fmt == "post":
        m = re.match(r"---\n(.*?)\n---\n(.*)$", raw, re.S)
        if not m:
            return None, raw
        return m.group(1), m.group(2)
    return None, raw


def parse_spanish_date(d, mes, y):
    try:
        return datetime.date(int(y), MONTHS[mes.lower()], int(d))
    except (KeyError, ValueError):
        return None


# ---------------------------------------------------------------- checks
def check_format(stem, fmt, raw, err):
    """Check the text format; return (body used for word count, date)."""
    header, body = split_text(raw, fmt)
    date = None
    if fmt == "post":
        if header is None:
            err("front matter missing")
            return body, None
        keys = {}
        for line in header.splitlines():
            m = re.match(r"([a-z_]+):\s*(.*)$", line)
            if m:
                keys[m.group(1)] = m.group(2)
        for k in ("layout", "title", "date", "author", "categories"):
            if not keys.get(k):
                err("front matter key %r missing or empty" % k)
        m = re.match(r"(\d{4})-(\d{2})-(\d{2})", keys.get("date", ""))
        if m:
            date = datetime.date(*map(int, m.groups()))
        else:
            err("front matter date not YYYY-MM-DD")
        if not re.match(r"\[.+\]$", keys.get("categories", "")):
            err("categories is not a list")
    elif fmt == "wire":
        lines = [l for l in raw.splitlines() if l.strip()]
        if not lines or not lines[0].startswith("## "):
            err("wire article must start with '## Title'")
        by = [l for l in lines[:3] if l.startswith("Por ")]
        if not by:
            err("byline 'Por Name | Outlet | City, State, date' missing")
        else:
            m = re.match(r"Por [^|]+ \| [^|]+ \| [^,|]+, [^,|]+, (\d{1,2}) de (\w+) de (\d{4})$", by[0])
            if not m:
                err("byline malformed: %r" % by[0])
            else:
                date = parse_spanish_date(*m.groups())
        body = "\n".join(l for l in raw.splitlines()
                         if not l.startswith("## ") and not l.startswith("Por "))
    else:
        lines = [l for l in raw.splitlines() if l.strip()]
        if not any(re.search(r"(Boletín|Comunicado)\b.*\d", l) for l in lines[:4]):
            err("bulletin number line missing in header")
        if not lines or not lines[0].isupper():
            err("issuer header (upper case) missing")
        titles = [l for l in lines[1:6] if l.isupper() and len(l.split()) >= 5]
        if not titles:
            err("upper-case title missing")
        dl = [l for l in lines if re.match(r"[^,]+, [^,]+, \d{1,2} de \w+ de \d{4}\.- ", l)]
        if len(dl) != 1:
            err("dateline 'City, State, D de mes de AAAA.-' missing or repeated")
        else:
            m = re.match(r"[^,]+, [^,]+, (\d{1,2}) de (\w+) de (\d{4})\.- ", dl[0])
            date = parse_spanish_date(*m.groups())
        if lines[-1].strip() not in ("-30-", "- 30 -", "--30--", "-0-", "###"):
            err("end marker (-30-) missing")
        # body = from dateline to end marker
        start = raw.find(dl[0]) if dl else 0
        body = raw[start:]
        body = body.replace("-30-", "")
    if date is None:
        err("no date found")
    elif not (WEEK_START <= date <= WEEK_END):
        err("date %s outside the chosen week" % date)
    return body, date


def main():
    stats = "--stats" in sys.argv
    problems = []
    rows = []
    kind_counts = {}
    states_seen = {}
    total_off = total_f = 0

    for stem, fmt in FILES:
        ext = ".md" if fmt == "post" else ".txt"
        tpath = os.path.join(BATCH, stem + ext)
        ypath = os.path.join(BATCH, stem + ".yaml")

        def err(msg, _stem=stem):
            problems.append("%s: %s" % (_stem, msg))

        if not os.path.exists(tpath):
            err("text %s missing" % os.path.basename(tpath))
            continue
        if not os.path.exists(ypath):
            err("gold %s missing" % os.path.basename(ypath))
            continue
        raw = open(tpath, encoding="utf-8").read()
        body, date = check_format(stem, fmt, raw, err)
        words = len(body.split())
        if not 280 <= words <= 360:
            err("body has %d words (280-360 required)" % words)

        try:
            g = load_yaml(ypath)
        except YamlError as e:
            err("YAML: %s" % e)
            continue

        if list(g.keys()) != TOP_KEYS:
            err("top-level keys %s, expected %s" % (list(g.keys()), TOP_KEYS))
        state = g.get("state")
        if state not in STATES:
            err("state %r is not a Mexican state name" % state)
        elif state == "Zacatecas":
            err("Zacatecas is excluded")
        elif fold(state) not in fold(raw):
            err("state %r not mentioned in the text" % state)
        if state in states_seen:
            err("state %r already used in %s" % (state, states_seen[state]))
        states_seen[state] = stem

        insts = g.get("institutions") or []
        inst_names = []
        for inst in insts:
            if not isinstance(inst, dict) or sorted(inst) != ["also", "name"]:
                err("institution entry must have exactly name and also: %r" % (inst,))
                continue
            name, also = inst["name"], inst["also"]
            if not isinstance(name, str) or not name:
                err("institution name empty")
                continue
            if name in inst_names:
                err("institution %r listed twice" % name)
            inst_names.append(name)
            if not isinstance(also, list):
                err("also of %r is not a list" % name)
                continue
            for a in also:
                if not isinstance(a, str) or a not in raw:
                    err("also %r of %r does not occur verbatim" % (a, name))
            if fold(name) not in fold(raw) and not also:
                err("institution %r: canonical name absent and no also form" % name)

        offs = g.get("officials") or []
        if not 9 <= len(offs) <= 10:
            err("%d officials (9-10 required)" % len(offs))
        names = []
        women = 0
        for o in offs:
            if not isinstance(o, dict):
                err("official entry is not a mapping")
                continue
            if list(o.keys()) != OFFICIAL_KEYS:
                err("official keys %s, expected %s" % (list(o.keys()), OFFICIAL_KEYS))
                continue
            n = o["name"]
            if n in names:
                err("official %r listed twice" % n)
            names.append(n)
            if n not in raw:
                err("official name %r does not occur verbatim" % n)
            if HONORIFIC.match(n):
                err("official name %r starts with an honorific/rank/title" % n)
            if len(n.split()) < 2:
                err("official name %r is not a full name" % n)
            if o["gender"] not in ("f", "m"):
                err("gender of %r must be f or m" % n)
            women += o["gender"] == "f"
            if not isinstance(o["former"], bool):
                err("former of %r must be a boolean" % n)
            if o["kind"] not in KINDS:
                err("kind %r of %r unknown" % (o["kind"], n))
            kind_counts[o["kind"]] = kind_counts.get(o["kind"], 0) + 1
            role = o["role"]
            if not isinstance(role, str) or not role:
                err("role of %r empty" % n)
            else:
                if o["former"] is True and not role.startswith("ex"):
                    err("former official %r: role should keep its 'ex'" % n)
                if o["former"] is False and re.match(r"ex[a-záéíóú]", role):
                    err("%r has an ex- role but former: false" % n)
                # role as written, singular: its head word (minus gender ending)
                # must occur, e.g. "regidora" <- "los regidores X, Y y Z"
                if o["kind"] == "homologue":
                    if not HOMOLOGUE.search(raw):
                        err("homologue %r: no 'homólogo/a' or 'su par' in text" % n)
                elif o["kind"] == "verb_phrase":
                    if not VERB_PHRASE.search(raw):
                        err("verb_phrase %r: no 'quien encabeza/dirige/preside' or "
                            "'al frente de' in text" % n)
                elif fold(role) not in fold(raw) and not any(
                        fold(w).rstrip("ao") in fold(raw) for w in role.split()[:1]):
                    err("role %r of %r not found in text" % (role, n))
            if (o["kind"] == "former") != (o["former"] is True):
                err("%r: kind former and former: true must go together" % n)
            if o["institution"] not in inst_names:
                err("institution %r of %r is not in institutions" % (o["institution"], n))
        if offs and not 0.3 <= women / len(offs) <= 0.7:
            err("%d women of %d officials (about half required)" % (women, len(offs)))
        total_off += len(offs)
        total_f += women

        traps = g.get("traps") or []
        if not 2 <= len(traps) <= 3:
            err("%d traps (2-3 required)" % len(traps))
        for t in traps:
            if not isinstance(t, str):
                err("trap %r is not a string" % (t,))
                continue
            m = re.match(r"(.+?) \((.+)\)$", t)
            if not m:
                err("trap %r must be 'Name (why not an official)'" % t)
                continue
            if m.group(1) not in raw:
                err("trap %r does not occur verbatim" % m.group(1))
            if m.group(1) in names:
                err("trap %r is also listed as an official" % m.group(1))

        rows.append((stem + ext, fmt, state, date, words, len(offs), women,
                     len(inst_names), len(traps)))

    if total_off and not 0.4 <= total_f / total_off <= 0.6:
        problems.append("set: %d women of %d officials" % (total_f, total_off))
    for st in sorted(HINT_STATES - set(states_seen)):
        problems.append("set: hint state %r not used" % st)
    if len(set(states_seen) - HINT_STATES) != 2:
        problems.append("set: expected two states outside the hint, got %s"
                        % sorted(set(states_seen) - HINT_STATES))
    for k in sorted(KINDS - set(kind_counts)):
        problems.append("set: no official of kind %r" % k)

    if stats:
        print("| file | format | state | date | words | officials | women | institutions | traps |")
        print("|---|---|---|---|---|---|---|---|---|")
        for r in rows:
            print("| %s | %s | %s | %s | %d | %d | %d | %d | %d |" % r)
        print("| total | | | | %d | %d | %d | %d | %d |" % tuple(
            sum(r[i] for r in rows) for i in (4, 5, 6, 7, 8)))
        print()
        print("| kind | officials |")
        print("|---|---|")
        for k, v in sorted(kind_counts.items(), key=lambda kv: (-kv[1], kv[0])):
            print("| %s | %d |" % (k, v))
        print()

    if problems:
        print("\n".join(problems))
        print("%d problem(s)" % len(problems))
        return 1
    print("OK: %d files, %d officials (%d women), no problems" % (len(rows), total_off, total_f))
    return 0


if __name__ == "__main__":
    sys.exit(main())
