#!/usr/bin/env python3
"""Validate the blind linker test set (standard library only).

Usage: python3 validate.py [DIR]      (DIR defaults to ./b1 beside this script)

Checks every NN.md / NN.txt against its NN.yaml:
  * YAML subset parses (top-level keys, block lists of flow maps / scalars)
  * keys, types and allowed values of every official / institution
  * every official's name, every `also` string and every trap name occurs verbatim
    in the text (case-sensitive, on word boundaries)
  * every official's institution is listed under `institutions`
  * counts: 8-10 officials, 2-3 traps, 280-380 words of body
  * format of the three article types (Jekyll post, wire, press release)
  * light consistency checks for some kinds (cuyo_titular, military_rank, ...)
Exit status 0 when clean, 1 otherwise.
"""
import os
import re
import sys
from collections import Counter

ALLOWED_STATES = {"Jalisco", "Guanajuato", "Michoacán", "Aguascalientes", "Querétaro",
                  "San Luis Potosí", "Colima", "Nayarit"}
KINDS = {"plural_list", "feminine", "rare_title", "military_rank", "after_name",
         "parenthesis", "cuyo_titular", "no_comma", "surname_only_later",
         "role_only_reference", "apposition", "former", "description_only", "nested_body"}
OFFICIAL_KEYS = ["name", "gender", "role", "institution", "former", "kind"]
HONORIFICS = ("Dr.", "Dra.", "Mtro.", "Mtra.", "Ing.", "Lic.", "Arq.", "C.P.", "Prof.", "Profa.")
TITLE_WORDS_BEFORE_NAME = ("diputada", "diputado", "general", "almirante", "magistrada",
                           "magistrado", "regidor", "regidora")
MONTHS = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"


# ---------------------------------------------------------------- mini YAML
class YamlError(Exception):
    pass


def _parse_flow(s, i):
    """Parse one flow value starting at s[i]; return (value, new_index)."""
    while i < len(s) and s[i] == " ":
        i += 1
    if i >= len(s):
        raise YamlError("unexpected end of flow value")
    c = s[i]
    if c == "{":
        i += 1
        out = {}
        while True:
            while i < len(s) and s[i] == " ":
                i += 1
            if s[i] == "}":
                return out, i + 1
            m = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)\s*:\s").match(s, i)
            if not m:
                raise YamlError("bad key at: %r" % s[i:i + 30])
            key = m.group(1)
            if key in out:
                raise YamlError("duplicate key %s" % key)
            val, i = _parse_flow(s, m.end())
            out[key] = val
            while i < len(s) and s[i] == " ":
                i += 1
            if s[i] == ",":
                i += 1
            elif s[i] != "}":
                raise YamlError("expected , or } at: %r" % s[i:i + 30])
    if c == "[":
        i += 1
        out = []
        while True:
            while i < len(s) and s[i] == " ":
                i += 1
            if s[i] == "]":
                return out, i + 1
            val, i = _parse_flow(s, i)
            out.append(val)
            while i < len(s) and s[i] == " ":
                i += 1
            if s[i] == ",":
                i += 1
            elif s[i] != "]":
                raise YamlError("expected , or ] at: %r" % s[i:i + 30])
    if c == '"':
        i += 1
        buf = []
        while True:
            if i >= len(s):
                raise YamlError("unterminated double-quoted string")
            ch = s[i]
            if ch == "\\":
                nxt = s[i + 1]
                buf.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(nxt, nxt))
                i += 2
                continue
            if ch == '"':
                return "".join(buf), i + 1
            buf.append(ch)
            i += 1
    if c == "'":
        i += 1
        buf = []
        while True:
            if i >= len(s):
                raise YamlError("unterminated single-quoted string")
            if s[i] == "'":
                if i + 1 < len(s) and s[i + 1] == "'":
                    buf.append("'")
                    i += 2
                    continue
                return "".join(buf), i + 1
            buf.append(s[i])
            i += 1
    j = i
    while j < len(s) and s[j] not in ",}]":
        j += 1
    return _plain(s[i:j].strip()), j


def _plain(tok):
    if tok in ("true", "True"):
        return True
    if tok in ("false", "False"):
        return False
    if tok in ("null", "~", ""):
        return None
    if re.fullmatch(r"-?\d+", tok):
        return int(tok)
    return tok


def _scalar_or_flow(s):
    s = s.strip()
    if not s:
        return None
    val, i = _parse_flow(s, 0)
    rest = s[i:].strip()
    if rest and not rest.startswith("#"):
        raise YamlError("trailing text: %r" % rest)
    return val


def load_yaml(text):
    data = {}
    current = None
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line.startswith(" "):
            m = re.match(r"([A-Za-z_][A-Za-z0-9_]*):(.*)$", line)
            if not m:
                raise YamlError("line %d: expected 'key:'" % n)
            key, rest = m.group(1), m.group(2)
            if key in data:
                raise YamlError("line %d: duplicate top-level key %s" % (n, key))
            if rest.strip():
                data[key] = _scalar_or_flow(rest)
                current = None
            else:
                data[key] = []
                current = key
        else:
            m = re.match(r"\s+-\s+(.*)$", line)
            if not m or current is None:
                raise YamlError("line %d: expected list item under a key" % n)
            try:
                data[current].append(_scalar_or_flow(m.group(1)))
            except (YamlError, IndexError) as e:
                raise YamlError("line %d: %s" % (n, e))
    return data


# ---------------------------------------------------------------- helpers
def occurs(needle, hay):
    """Verbatim, case-sensitive, not glued to a word character on either side."""
    pat = r"(?<!\w)" + re.escape(needle) + r"(?!\w)"
    return re.search(pat, hay) is not None


def fold(s):
    """Lower-case and strip Spanish accents (for loose checks only)."""
    return s.lower().translate(str.maketrans("áéíóúüñ", "aeiouun"))


def count_occ(needle, hay):
    return len(re.findall(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", hay))


def split_text(path, raw):
    """Return (format, header_lines_or_frontmatter, body)."""
    if path.endswith(".md"):
        m = re.match(r"---\n(.*?)\n---\n(.*)$", raw, re.S)
        if not m:
            return "post", None, raw
        return "post", m.group(1), m.group(2)
    lines = raw.split("\n")
    if lines and lines[0].startswith("## "):
        return "wire", "\n".join(lines[:3]), "\n".join(lines[3:])
    return "release", None, raw


def words(s):
    return len(re.findall(r"\S+", s))


# ---------------------------------------------------------------- checks
def check_format(fmt, path, head, body, raw, errs):
    base = os.path.basename(path)
    num = int(base[:2])
    if fmt == "post":
        if not (1 <= num <= 4):
            errs.append("posts must be 01-04")
        if head is None:
            errs.append("missing Jekyll front matter")
            return
        for key in ("layout", "title", "date", "author", "categories"):
            if not re.search(r"^%s:\s*\S" % key, head, re.M):
                errs.append("front matter lacks %s" % key)
        m = re.search(r"^date:\s*(\d{4})-(\d\d)-(\d\d)", head, re.M)
        if not m or m.group(1) != "2026":
            errs.append("front matter date must be in 2026")
    elif fmt == "wire":
        if not (5 <= num <= 8):
            errs.append("wire articles must be 05-08")
        lines = raw.split("\n")
        if not lines[0].startswith("## ") or lines[1].strip():
            errs.append("wire: first line '## Title' then a blank line")
        if not re.match(r"Por [^|]+ \| [^|]+ \| [^,|]+, [^,|]+, \d{1,2} de (%s) de 2026$" % MONTHS,
                        lines[2]):
            errs.append("wire: bad byline %r" % lines[2])
    else:
        if not (9 <= num <= 12):
            errs.append("press releases must be 09-12")
        lines = [l for l in raw.split("\n")]
        if not re.search(r"(Boletín|Comunicado)[^\n]*\d+/2026", raw):
            errs.append("release: no bulletin number")
        title = [l for l in lines[:8] if l.strip() and l.strip() == l.strip().upper()
                 and re.search(r"[A-ZÁÉÍÓÚÑ]{4}", l)]
        if not title:
            errs.append("release: no upper-case title")
        if not re.search(r"^[^\n,]+, [^\n,]+, \d{1,2} de (%s) de 2026\.-" % MONTHS, raw, re.M):
            errs.append("release: no dateline 'City, State, D de mes de 2026.-'")
        if raw.rstrip().split("\n")[-1].strip() not in ("-30-", "- 30 -", "###", "-0-"):
            errs.append("release: no end marker")


def check_kind(o, text, errs):
    name, kind = o["name"], o["kind"]
    idx = text.find(name)
    before = text[max(0, idx - 60):idx]
    after = text[idx + len(name):idx + len(name) + 3]
    if kind == "cuyo_titular" and not re.search(r"\bcuy[oa]\b", before):
        errs.append("%s: cuyo_titular but no 'cuyo/cuya' before the name" % name)
    if kind == "military_rank" and not re.search(r"\b(general|almirante|vicealmirante|"
                                                 r"contralmirante)\b[^,.]*$", before):
        errs.append("%s: military_rank but no rank right before the name" % name)
    if kind == "parenthesis" and not (after.startswith(" (") or after.startswith(" —")
                                      or before.endswith("(") or before.endswith("—")):
        errs.append("%s: parenthesis but no ( or — next to the name" % name)
    if kind == "no_comma" and (not before or not re.search(r"[^\s,;:.(—] $", before)):
        errs.append("%s: no_comma but a comma or bracket comes right before the name" % name)
    if kind == "surname_only_later":
        toks = name.split()
        sur = toks[-2] if len(toks) >= 3 else toks[-1]
        if count_occ(sur, text) <= count_occ(name, text):
            errs.append("%s: surname_only_later but surname never appears alone" % name)
    if kind == "former" and not o["former"]:
        errs.append("%s: kind former but former: false" % name)
    if kind == "plural_list" and not re.search(r"\b(los|las)\s+[a-záéíóúñ]", text[max(0, idx - 200):idx], re.I):
        errs.append("%s: plural_list without a plural title before" % name)


def validate_pair(txt_path, yaml_path, totals):
    errs, warns = [], []
    raw = open(txt_path, encoding="utf-8").read()
    fmt, head, body = split_text(txt_path, raw)
    check_format(fmt, txt_path, head, body, raw, errs)
    try:
        data = load_yaml(open(yaml_path, encoding="utf-8").read())
    except YamlError as e:
        return ["YAML: %s" % e], warns, None
    if set(data) != {"state", "officials", "institutions", "traps"}:
        errs.append("top-level keys must be state, officials, institutions, traps: %s" % sorted(data))
        return errs, warns, None
    state = data["state"]
    if state not in ALLOWED_STATES:
        errs.append("state %r not allowed" % state)
    elif fold(state) not in fold(raw):
        errs.append("state %r not named in the text (dateline, places, categories)" % state)
    offs, insts, traps = data["officials"], data["institutions"], data["traps"]
    # institutions
    inst_names = []
    for inst in insts:
        if not isinstance(inst, dict) or set(inst) != {"name", "also"}:
            errs.append("institution entry needs exactly name, also: %r" % inst)
            continue
        if not isinstance(inst["name"], str) or not inst["name"].strip():
            errs.append("institution with empty name")
        if not isinstance(inst["also"], list):
            errs.append("%s: also must be a list" % inst["name"])
            continue
        inst_names.append(inst["name"])
        for a in inst["also"]:
            if not isinstance(a, str) or not occurs(a, raw):
                errs.append("institution %r: also %r not in text" % (inst["name"], a))
        if not occurs(inst["name"], raw) and not inst["also"]:
            warns.append("institution %r: neither name nor any also string in text "
                         "(named only through a title)" % inst["name"])
    dup = [n for n, c in Counter(inst_names).items() if c > 1]
    if dup:
        errs.append("duplicate institutions: %s" % dup)
    # officials
    if not 8 <= len(offs) <= 10:
        errs.append("%d officials (want 8-10)" % len(offs))
    names = []
    for o in offs:
        if not isinstance(o, dict) or list(o) != OFFICIAL_KEYS:
            errs.append("official needs keys %s in that order: %r" % (OFFICIAL_KEYS, o))
            continue
        names.append(o["name"])
        if not occurs(o["name"], raw):
            errs.append("official name not in text: %r" % o["name"])
        if o["name"].startswith(HONORIFICS) or o["name"].split()[0].lower() in TITLE_WORDS_BEFORE_NAME:
            errs.append("name carries honorific/rank/title: %r" % o["name"])
        if o["gender"] not in ("f", "m"):
            errs.append("%s: gender must be f or m" % o["name"])
        if not isinstance(o["former"], bool):
            errs.append("%s: former must be true/false" % o["name"])
        if o["kind"] not in KINDS:
            errs.append("%s: unknown kind %r" % (o["name"], o["kind"]))
        if not isinstance(o["role"], str) or not o["role"].strip():
            errs.append("%s: empty role" % o["name"])
        elif o["former"] is True and not o["role"].startswith("ex"):
            errs.append("%s: former but role lacks 'ex'" % o["name"])
        elif o["former"] is False and re.match(r"ex[a-z]", o["role"]):
            errs.append("%s: role starts with ex but former: false" % o["name"])
        elif o["role"] not in raw and not o["role"] in raw.lower():
            # roles are singular/gendered forms; for plural lists the singular may not occur
            if o["kind"] != "plural_list":
                warns.append("%s: role %r not verbatim in text" % (o["name"], o["role"]))
        if o["institution"] not in inst_names:
            errs.append("%s: institution %r not listed" % (o["name"], o["institution"]))
        if o["kind"] in KINDS:
            check_kind(o, raw, errs)
        totals["kinds"][o["kind"]] += 1
    dup = [n for n, c in Counter(names).items() if c > 1]
    if dup:
        errs.append("duplicate officials: %s" % dup)
    # traps
    if not 2 <= len(traps) <= 3:
        errs.append("%d traps (want 2-3)" % len(traps))
    for t in traps:
        if not isinstance(t, str):
            errs.append("trap must be a string: %r" % t)
            continue
        tname = t.split(" (")[0]
        if not occurs(tname, raw):
            errs.append("trap name not in text: %r" % tname)
        if tname in names:
            errs.append("trap is also an official: %r" % tname)
    # size
    nw = words(body)
    if not 280 <= nw <= 380:
        errs.append("body has %d words (want 280-380)" % nw)
    women = sum(1 for o in offs if isinstance(o, dict) and o.get("gender") == "f")
    info = dict(file=os.path.basename(txt_path), fmt=fmt, state=state, officials=len(offs),
                women=women, institutions=len(insts), traps=len(traps), words=nw,
                total_words=words(raw))
    return errs, warns, info


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "b1")
    texts = sorted(f for f in os.listdir(d) if re.fullmatch(r"\d\d\.(md|txt)", f))
    totals = {"kinds": Counter()}
    bad = 0
    rows = []
    expected = ["%02d.md" % i for i in range(1, 5)] + ["%02d.txt" % i for i in range(5, 13)]
    if texts != expected:
        print("FILES: expected %s, found %s" % (expected, texts))
        bad += 1
    for f in texts:
        y = os.path.join(d, f.rsplit(".", 1)[0] + ".yaml")
        if not os.path.exists(y):
            print("%s: missing %s" % (f, os.path.basename(y)))
            bad += 1
            continue
        errs, warns, info = validate_pair(os.path.join(d, f), y, totals)
        for w in warns:
            print("%s: warning: %s" % (f, w))
        for e in errs:
            print("%s: ERROR: %s" % (f, e))
        bad += len(errs)
        if info:
            rows.append(info)
    print()
    print("file     fmt      state             offs women insts traps words(body/all)")
    for r in rows:
        print("%-8s %-8s %-17s %4d %5d %5d %5d %5d/%d" % (r["file"], r["fmt"], r["state"],
              r["officials"], r["women"], r["institutions"], r["traps"], r["words"], r["total_words"]))
    n = sum(r["officials"] for r in rows)
    w = sum(r["women"] for r in rows)
    print("total officials %d, women %d (%.0f%%), institutions %d, traps %d" % (
        n, w, 100.0 * w / max(n, 1), sum(r["institutions"] for r in rows),
        sum(r["traps"] for r in rows)))
    print("states: %s" % dict(Counter(r["state"] for r in rows)))
    print("kinds: %s" % dict(sorted(totals["kinds"].items())))
    missing = KINDS - set(totals["kinds"])
    if missing:
        print("ERROR: kinds never used: %s" % sorted(missing))
        bad += 1
    if n and not 0.4 <= w / n <= 0.6:
        print("ERROR: women share %.2f outside 0.40-0.60" % (w / n))
        bad += 1
    print("CLEAN" if bad == 0 else "%d problem(s)" % bad)
    return 0 if bad == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
