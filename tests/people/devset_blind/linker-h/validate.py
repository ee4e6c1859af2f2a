#!/usr/bin/env python3
"""Validate linker-h gold files against their sources (b1/NN.md|txt + NN.yaml)."""
import re, sys, unicodedata, collections
from pathlib import Path
import yaml

ROOT = Path(__file__).resolve().parent / "b1"
KINDS = {"apposition", "plural_list", "rare_title", "feminine", "no_comma", "role_only_reference",
         "surname_only_later", "former", "after_name", "military_rank", "cuyo_titular",
         "parenthesis", "nested_body", "description_only", "other"}
errors = []

def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).lower()

def occurs(needle, hay):
    return norm(needle) in hay

def err(f, msg):
    errors.append(f"{f}: {msg}")

def body_of(path, text):
    if path.suffix == ".md" and text.startswith("---\n"):
        _, fm, body = text.split("---\n", 2)
        return fm, body
    return None, text

def check_format(n, path, text):
    lines = [l for l in text.splitlines()]
    if 1 <= n <= 7:
        if path.suffix != ".md" or not text.startswith("---\n"):
            return err(path.name, "expected Jekyll post with front matter")
        fm = yaml.safe_load(text.split("---\n", 2)[1])
        for k in ("title", "date", "categories", "author"):
            if k not in fm:
                err(path.name, f"front matter missing {k}")
        if "2026" not in str(fm.get("date")):
            err(path.name, "date not in 2026")
    elif 8 <= n <= 14:
        ne = [l for l in lines if l.strip()]
        if path.suffix != ".md" or not ne[0].startswith("## "):
            err(path.name, "wire article must start with '## Title'")
        l2 = ne[1]
        if not (re.match(r"^\*\*[^*]+\*\* \| .*2026$", l2) or re.match(r"^Por [^|]+\|[^|]+\| .*2026$", l2)):
            err(path.name, f"bad byline line: {l2!r}")
    else:
        if path.suffix != ".txt":
            err(path.name, "press release must be .txt")
        if not re.search(r"^(Boletín|Comunicado|BOLETÍN|COMUNICADO)\b.*\S", text, re.M | re.I):
            err(path.name, "no Boletín/Comunicado number line")
        if not re.search(r"^[^a-z\n]{25,}$", text, re.M):
            err(path.name, "no capitals title line")
        if not re.search(r"^[A-ZÁÉÍÓÚ][^\n,]+, [^\n,]+, \d{1,2} de [a-z]+ de 2026\.-", text, re.M):
            err(path.name, "no dateline 'Ciudad, Estado, D de mes de 2026.-'")
        if not re.search(r"^\s*(-30-|---o0o---|-o0o-)\s*$", text, re.M):
            err(path.name, "no end marker")

def main():
    stats = collections.Counter()
    kinds = collections.Counter()
    states = []
    inst_total = 0
    for n in range(1, 21):
        srcs = [p for p in (ROOT / f"{n:02d}.md", ROOT / f"{n:02d}.txt") if p.exists()]
        gold = ROOT / f"{n:02d}.yaml"
        if len(srcs) != 1 or not gold.exists():
            err(f"{n:02d}", "missing source or gold"); continue
        src = srcs[0]
        text = src.read_text(encoding="utf-8")
        check_format(n, src, text)
        _, body = body_of(src, text)
        words = len(re.findall(r"\w+", body))
        stats["words_min"] = min(stats.get("words_min", 10**6), words)
        stats["words_max"] = max(stats.get("words_max", 0), words)
        if not 230 <= words <= 320:
            err(src.name, f"body has {words} words (230-320 required)")
        hay = norm(text)
        g = yaml.safe_load(gold.read_text(encoding="utf-8"))
        for k in ("state", "officials", "institutions", "traps"):
            if k not in g:
                err(gold.name, f"missing key {k}")
        st = g["state"]; states.append(st)
        if not occurs(st, hay) and not occurs(st.split()[0], hay):
            err(gold.name, f"state {st} not stated in text")
        inst_names = set()
        implied = []  # canonical name absent and no also form: must be implied by an official's role
        for i in g["institutions"]:
            if set(i) != {"name", "also"}:
                err(gold.name, f"institution keys {sorted(i)}")
            inst_names.add(i["name"]); inst_total += 1
            for a in i["also"] or []:
                if not occurs(a, hay):
                    err(gold.name, f"also form {a!r} not in text")
            if not occurs(i["name"], hay) and not any(occurs(a, hay) for a in i["also"] or []):
                implied.append(i["name"])
        seen = set()
        for o in g["officials"]:
            keys = {"name", "gender", "role", "institution", "former", "kind"}
            if set(o) != keys:
                err(gold.name, f"official keys {sorted(o)}")
                continue
            if o["name"] in seen:
                err(gold.name, f"duplicate {o['name']}")
            seen.add(o["name"])
            if not occurs(o["name"], hay):
                err(gold.name, f"name {o['name']!r} not in text")
            role_ok = occurs(o["role"], hay)
            if not role_ok and o["kind"] == "plural_list":
                # plural list: singular role in the person's gender; accept if every word's stem occurs
                role_ok = all(occurs(w.rstrip("aos") if len(w) > 3 else w, hay) for w in o["role"].split())
            if not role_ok:
                err(gold.name, f"role {o['role']!r} not in text")
            if o["role"] != o["role"][:1].lower() + o["role"][1:]:
                err(gold.name, f"role should start lower case: {o['role']!r}")
            if o["gender"] not in ("f", "m"):
                err(gold.name, f"gender {o['gender']!r}")
            if not isinstance(o["former"], bool):
                err(gold.name, "former must be bool")
            if o["kind"] not in KINDS:
                err(gold.name, f"kind {o['kind']!r}")
            if o["institution"] not in inst_names:
                err(gold.name, f"institution {o['institution']!r} of {o['name']} not in institutions list")
            stats["officials"] += 1
            stats["women"] += o["gender"] == "f"
            stats["former"] += bool(o["former"])
            kinds[o["kind"]] += 1
        used = {o.get("institution") for o in g["officials"]}
        for name in implied:
            if name not in used:
                err(gold.name, f"institution {name!r} not in text and not implied by any official's role")
        stats["implied"] += len(implied)
        if not 2 <= len(g["traps"]) <= 3:
            err(gold.name, f"{len(g['traps'])} traps (2-3 required)")
        for t in g["traps"]:
            m = re.match(r"^(.+?) \((.+)\)$", t)
            if not m:
                err(gold.name, f"trap not 'Name (why)': {t!r}"); continue
            if not occurs(m.group(1), hay):
                err(gold.name, f"trap {m.group(1)!r} not in text")
            if m.group(1) in seen:
                err(gold.name, f"trap {m.group(1)!r} also listed as official")
        stats["traps"] += len(g["traps"])
    stats["institutions"] = inst_total
    stats["states"] = len(set(states))
    if stats["officials"] < 140: err("total", f"only {stats['officials']} officials")
    if stats["officials"] and stats["women"] / stats["officials"] < 0.45: err("total", "women < 45%")
    if stats["states"] != 20: err("total", f"{stats['states']} distinct states")
    for k in ("articles",):
        pass
    print("articles: 20")
    for k in ("officials", "women", "former", "traps", "institutions", "implied", "states", "words_min", "words_max"):
        print(f"{k}: {stats[k]}")
    print(f"women share: {stats['women']/max(1,stats['officials']):.1%}")
    print("kinds:", dict(sorted(kinds.items())))
    missing = KINDS - set(kinds)
    if missing:
        print("kinds not used:", sorted(missing))
    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for e in errors: print("  -", e)
        sys.exit(1)
    print("\nOK: all checks passed")

if __name__ == "__main__":
    main()
