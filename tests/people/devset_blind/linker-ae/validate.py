#!/usr/bin/env python3
"""Validate the blind linker test set (standard library only).

Usage: python3 validate.py [SET_DIR]   (default: b1 next to this file)
Exit code 0 when clean; prints every problem found otherwise.
"""
import os
import re
import sys
from collections import Counter

KINDS = {
    "plural_list", "feminine", "rare_title", "military_rank", "after_name",
    "parenthesis", "cuyo_titular", "no_comma", "surname_only_later",
    "role_only_reference", "apposition", "former", "description_only",
    "nested_body",
}
OFFICIAL_KEYS = ["name", "gender", "role", "institution", "former", "kind"]
STATES = {
    "Oaxaca", "Chiapas", "Guerrero", "Puebla", "Morelos", "Hidalgo",
    "Estado de México", "Tlaxcala", "Quintana Roo", "Yucatán", "Michoacán",
    "Querétaro",
}
# place or body names that contain another state's name but are not of that state
OTHER_STATE_OK = ("Ecatepec de Morelos", "San Nicolás de Hidalgo", "Puerto Morelos")
MONTHS = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
WEEK = ("2026-03-09", "2026-03-15")
HONORIFICS = ("Dr.", "Dra.", "Mtro.", "Mtra.", "Lic.", "Ing.", "C.P.", "Arq.",
              "diputado ", "diputada ", "general ", "almirante ", "senador", "senadora")


# ---------------------------------------------------------------- mini YAML
class ParseError(Exception):
    pass


def _scalar(tok):
    if tok == "true":
        return True
    if tok == "false":
        return False
    if tok in ("null", "~"):
        return None
    return tok


class Flow:
    """Parser for YAML flow collections: {k: v}, [a, b], "quoted", bare."""

    def __init__(self, s):
        self.s, self.i = s, 0

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \t":
            self.i += 1

    def value(self):
        self.ws()
        if self.i >= len(self.s):
            raise ParseError("unexpected end")
        c = self.s[self.i]
        if c == "{":
            return self.mapping()
        if c == "[":
            return self.seq()
        if c == '"':
            return self.dq()
        if c == "'":
            return self.sq()
        return self.bare()

    def dq(self):
        self.i += 1
        out = []
        while True:
            if self.i >= len(self.s):
                raise ParseError("unterminated string")
            c = self.s[self.i]
            if c == "\\":
                nxt = self.s[self.i + 1]
                out.append({"n": "\n", "t": "\t"}.get(nxt, nxt))
                self.i += 2
                continue
            if c == '"':
                self.i += 1
                return "".join(out)
            out.append(c)
            self.i += 1

    def sq(self):
        self.i += 1
        out = []
        while True:
            if self.i >= len(self.s):
                raise ParseError("unterminated string")
            c = self.s[self.i]
            if c == "'":
                if self.s[self.i:self.i + 2] == "''":
                    out.append("'")
                    self.i += 2
                    continue
                self.i += 1
                return "".join(out)
            out.append(c)
            self.i += 1

    def bare(self, stop=",]}"):
        j = self.i
        while self.i < len(self.s) and self.s[self.i] not in stop:
            self.i += 1
        return _scalar(self.s[j:self.i].strip())

    def seq(self):
        self.i += 1
        out = []
        self.ws()
        if self.s[self.i] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == "]":
                return out
            if c != ",":
                raise ParseError("expected , or ] at %d" % self.i)

    def mapping(self):
        self.i += 1
        out = {}
        self.ws()
        if self.s[self.i] == "}":
            self.i += 1
            return out
        while True:
            self.ws()
            j = self.i
            while self.s[self.i] != ":":
                self.i += 1
            key = self.s[j:self.i].strip()
            self.i += 1
            if key in out:
                raise ParseError("duplicate key " + key)
            out[key] = self.value()
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == "}":
                return out
            if c != ",":
                raise ParseError("expected , or } at %d" % self.i)


def parse_yaml(text):
    """Subset: top-level 'key: scalar' or 'key:' followed by '  - <flow>' items."""
    data, cur = {}, None
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = re.match(r"^([A-Za-z_]+):\s*(.*)$", line)
        if m:
            key, rest = m.groups()
            if key in data:
                raise ParseError("line %d: duplicate key %s" % (n, key))
            if rest:
                p = Flow(rest)
                data[key] = p.value()
                cur = None
            else:
                data[key] = []
                cur = key
            continue
        m = re.match(r"^\s+-\s+(.*)$", line)
        if m and cur is not None:
            p = Flow(m.group(1))
            val = p.value()
            p.ws()
            if p.i != len(p.s):
                raise ParseError("line %d: trailing text" % n)
            data[cur].append(val)
            continue
        raise ParseError("line %d: cannot parse: %r" % (n, line))
    return data


# ---------------------------------------------------------------- helpers
def occurs(needle, hay):
    """Verbatim, case-sensitive, not inside a longer word."""
    pat = r"(?<!\w)" + re.escape(needle) + r"(?!\w)"
    return re.search(pat, hay) is not None


def body_of(path, text):
    if path.endswith(".md"):
        parts = text.split("---\n", 2)
        return parts[2] if len(parts) == 3 else text
    return text


def check_format(fname, text, state, errs):
    num = int(fname[:2])
    if num <= 4:
        m = re.match(r"^---\n(.*?)\n---\n", text, re.S)
        if not m:
            errs.append("front matter missing")
            return
        fm = dict(
            (k.strip(), v.strip()) for k, v in
            (l.split(":", 1) for l in m.group(1).splitlines() if ":" in l))
        for k in ("layout", "title", "date", "author", "categories"):
            if not fm.get(k):
                errs.append("front matter lacks " + k)
        d = fm.get("date", "")[:10]
        if not (WEEK[0] <= d <= WEEK[1]):
            errs.append("date %s outside the week %s..%s" % (d, *WEEK))
        if not re.search(r"^\*\*[^*]+, %s\.-\*\*" % re.escape(state), text, re.M):
            errs.append("dateline 'City, %s.-' not found" % state)
    elif num <= 8:
        lines = text.splitlines()
        if not lines[0].startswith("## "):
            errs.append("wire: first line must be '## Title'")
        by = [l for l in lines if l.startswith("Por ")]
        if not by:
            errs.append("wire: byline missing")
        else:
            bm = re.match(r"^Por [^|]+ \| [^|]+ \| [^,]+, (.+), (\d{1,2}) de (%s) de (\d{4})$" % MONTHS, by[0])
            if not bm:
                errs.append("wire: byline malformed: " + by[0])
            else:
                if bm.group(1) != state:
                    errs.append("wire: byline state %r != %r" % (bm.group(1), state))
                if bm.group(3) != "marzo" or not 9 <= int(bm.group(2)) <= 15 or bm.group(4) != "2026":
                    errs.append("wire: date outside the week")
    else:
        lines = [l for l in text.splitlines() if l.strip()]
        if not re.search(r"^(Boletín|Comunicado)\b.*\d", text, re.M):
            errs.append("press: bulletin number line missing")
        if not any(len(l) > 30 and l == l.upper() and re.search(r"[A-ZÁÉÍÓÚÑ]{4}", l)
                   and not l.startswith(("GOBIERNO", "PODER", "FISCALÍA")) for l in lines):
            errs.append("press: upper-case title missing")
        dm = re.search(r"^[^,\n]+, (.+?), (\d{1,2}) de (%s) de (\d{4})\.-" % MONTHS, text, re.M)
        if not dm:
            errs.append("press: dateline 'City, State, D de mes de AAAA.-' missing")
        else:
            if dm.group(1) != state:
                errs.append("press: dateline state %r != %r" % (dm.group(1), state))
            if dm.group(3) != "marzo" or not 9 <= int(dm.group(2)) <= 15 or dm.group(4) != "2026":
                errs.append("press: date outside the week")
        if lines[-1].strip() not in ("-30-", "-o0o-", "- 30 -", "###"):
            errs.append("press: end marker missing")
        if lines[0] != lines[0].upper():
            errs.append("press: issuer header should be upper case")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    setdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "b1")
    expected = ["%02d.md" % i for i in range(1, 5)] + ["%02d.txt" % i for i in range(5, 13)]
    problems = 0
    kinds = Counter()
    states_seen = {}
    tot_off = tot_f = 0
    rows = []
    for fname in expected:
        errs = []
        tpath = os.path.join(setdir, fname)
        ypath = os.path.join(setdir, fname[:2] + ".yaml")
        if not os.path.exists(tpath) or not os.path.exists(ypath):
            print("%s: text or yaml missing" % fname)
            problems += 1
            continue
        text = open(tpath, encoding="utf-8").read()
        try:
            data = parse_yaml(open(ypath, encoding="utf-8").read())
        except ParseError as e:
            print("%s: YAML parse error: %s" % (ypath, e))
            problems += 1
            continue
        if set(data) != {"state", "officials", "institutions", "traps"}:
            errs.append("top-level keys must be state, officials, institutions, traps; got %s" % sorted(data))
        state = data.get("state")
        if state not in STATES:
            errs.append("state %r not in the allowed list" % state)
        elif state in states_seen:
            errs.append("state %s already used by %s" % (state, states_seen[state]))
        else:
            states_seen[state] = fname
        if state and not occurs(state, text):
            errs.append("state name does not occur in the text")
        check_format(fname, text, state or "", errs)

        body = body_of(tpath, text)
        nwords = len(re.findall(r"\w+(?:[-.,']\w+)*", body))
        if not 280 <= nwords <= 380:
            errs.append("body has %d words (280-380 required)" % nwords)

        insts = data.get("institutions") or []
        inst_names = []
        for inst in insts:
            if not isinstance(inst, dict) or set(inst) != {"name", "also"}:
                errs.append("institution entry must have exactly name, also: %r" % (inst,))
                continue
            if inst["name"] in inst_names:
                errs.append("duplicate institution " + inst["name"])
            inst_names.append(inst["name"])
            if not isinstance(inst["also"], list):
                errs.append("also must be a list: " + inst["name"])
                continue
            for a in inst["also"]:
                if not occurs(a, text):
                    errs.append("also string %r of %s not in text" % (a, inst["name"]))
            for other in STATES - {state}:
                probe = inst["name"]
                for ok in OTHER_STATE_OK:
                    probe = probe.replace(ok, "")
                if re.search(r"(?:\bde |\ben |\()%s\b" % re.escape(other), probe):
                    errs.append("institution names another state (%s): %s" % (other, inst["name"]))
            if not (occurs(inst["name"], text) or any(occurs(a, text) for a in inst["also"])):
                # canonical names may be normalised, but something should point to it
                pass

        offs = data.get("officials") or []
        if not 8 <= len(offs) <= 10:
            errs.append("%d officials (8-10 required)" % len(offs))
        names = []
        nf = 0
        for o in offs:
            if not isinstance(o, dict) or list(o) != OFFICIAL_KEYS:
                errs.append("official keys must be %s in order: %r" % (OFFICIAL_KEYS, o))
                continue
            nm = o["name"]
            if nm in names:
                errs.append("duplicate official " + nm)
            names.append(nm)
            if not occurs(nm, text):
                errs.append("official name not in text: " + nm)
            if nm.startswith(HONORIFICS):
                errs.append("name starts with honorific/title: " + nm)
            if o["gender"] not in ("f", "m"):
                errs.append("gender must be f or m: " + nm)
            nf += o["gender"] == "f"
            if not isinstance(o["former"], bool):
                errs.append("former must be a boolean: " + nm)
            if o["kind"] not in KINDS:
                errs.append("unknown kind %r for %s" % (o["kind"], nm))
            kinds[o["kind"]] += 1
            if o["former"] and not o["role"].startswith("ex"):
                errs.append("former official's role must keep its 'ex': " + nm)
            if o["kind"] == "former" and not o["former"]:
                errs.append("kind former but former: false: " + nm)
            if not o["former"] and o["role"].startswith("ex"):
                errs.append("role starts with ex but former is false: " + nm)
            if o["institution"] not in inst_names:
                errs.append("institution of %s not listed: %s" % (nm, o["institution"]))
            if not o["role"] or o["role"] != o["role"].strip():
                errs.append("empty/padded role: " + nm)
        if offs and not 0.4 <= nf / len(offs) <= 0.6:
            errs.append("women %d of %d: not about half" % (nf, len(offs)))

        traps = data.get("traps") or []
        if not 2 <= len(traps) <= 3:
            errs.append("%d traps (2-3 required)" % len(traps))
        for t in traps:
            if not isinstance(t, str):
                errs.append("trap must be a string: %r" % (t,))
                continue
            tname = t.split(" (")[0]
            if not occurs(tname, text):
                errs.append("trap name not in text: " + tname)
            if tname in names:
                errs.append("trap is also listed as an official: " + tname)

        tot_off += len(offs)
        tot_f += nf
        rows.append((fname, state, len(offs), nf, len(insts), len(traps), nwords))
        for e in errs:
            print("%s: %s" % (fname, e))
        problems += len(errs)

    print()
    print("file     state               off  women  inst  traps  words")
    for r in rows:
        print("%-8s %-18s %4d %6d %5d %6d %6d" % r)
    print("total officials %d, women %d" % (tot_off, tot_f))
    print("kinds: " + ", ".join("%s=%d" % kv for kv in sorted(kinds.items())))
    missing = KINDS - set(kinds)
    if missing:
        print("kinds never used: %s" % sorted(missing))
        problems += 1
    print("CLEAN" if problems == 0 else "%d problem(s)" % problems)
    return 0 if problems == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
