#!/usr/bin/env python3
"""Validate the linker-e blind development set.

Checks every article has a gold YAML with the required keys, that every
official name, every institution name/also form and every trap name occur in
the text (accents and case ignored), that word counts are in range and that
each format follows its layout. Prints counts per batch and per kind.
Exit code 0 when everything is OK.
"""

import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
BATCHES = ["b1", "b2", "b3"]
KINDS = [
    "plural_list",
    "feminine",
    "rare_title",
    "military_rank",
    "after_name",
    "parenthesis",
    "cuyo_titular",
    "no_comma",
    "surname_only_later",
    "role_only_reference",
    "apposition",
    "former",
    "other",
]
MIN_WORDS, MAX_WORDS = 220, 320
MONTHS = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"


def norm(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower())


def body_of(path, text, errors):
    """Return (kind, body text) and check the layout of the format."""
    if path.suffix == ".txt":
        lines = text.strip().splitlines()
        if not re.search(rf"^[^\n]+, [^\n]+, \d{{1,2}} de ({MONTHS}) de 2026\.-", text, re.M):
            errors.append(f"{path}: release without dateline 'Ciudad, Estado, d de mes de 2026.-'")
        if not re.fullmatch(r"-+o0o-+|#+|-o0o-|\*\*\*", lines[-1].strip()):
            errors.append(f"{path}: release without end marker")
        return "release", text
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end < 0:
            errors.append(f"{path}: unterminated front matter")
            return "jekyll", text
        fm = yaml.safe_load(text[4:end])
        for key in ("title", "date", "categories", "author"):
            if key not in fm:
                errors.append(f"{path}: front matter lacks {key}")
        if "2026" not in str(fm.get("date", "")):
            errors.append(f"{path}: date not in 2026")
        return "jekyll", text[end + 5 :] + "\n" + str(fm.get("title", ""))
    lines = text.splitlines()
    if not (
        lines[0].startswith("## ")
        and lines[1] == ""
        and re.fullmatch(rf".+ · \d{{1,2}} de ({MONTHS}) de 2026", lines[2])
    ):
        errors.append(f"{path}: wire story header malformed")
    return "wire", text


def count_words(body):
    return len([t for t in body.split() if re.search(r"\w", t)])


def main():
    errors = []
    totals = {}
    kinds_by_batch = {b: Counter() for b in BATCHES}
    all_states = set()
    for b in BATCHES:
        d = HERE / b
        c = Counter()
        states = set()
        arts = sorted(p for p in d.glob("*") if p.suffix in (".md", ".txt"))
        for p in arts:
            gold_p = p.with_suffix(".yaml")
            if not gold_p.exists():
                errors.append(f"{p}: no gold file")
                continue
            text = p.read_text(encoding="utf-8")
            fmt, body = body_of(p, text, errors)
            c[fmt] += 1
            c["articles"] += 1
            n = count_words(body)
            c["words"] += n
            c["min_words"] = min(c["min_words"] or n, n)
            c["max_words"] = max(c["max_words"], n)
            if not MIN_WORDS <= n <= MAX_WORDS:
                errors.append(f"{p}: {n} words (want {MIN_WORDS}-{MAX_WORDS})")
            ntext = norm(text)
            gold = yaml.safe_load(gold_p.read_text(encoding="utf-8"))
            for key in ("state", "officials", "institutions", "traps"):
                if key not in gold:
                    errors.append(f"{gold_p}: missing key {key}")
            states.add(gold.get("state"))
            if (
                norm(str(gold.get("state"))) not in ntext
                and gold.get("state") != "Ciudad de México"
            ):
                pass  # the state need not be spelled out
            for o in gold.get("officials") or []:
                for key in ("name", "gender", "role", "institution", "former", "kind"):
                    if key not in o:
                        errors.append(f"{gold_p}: official {o.get('name')} lacks {key}")
                if norm(o["name"]) not in ntext:
                    errors.append(f"{gold_p}: official name not in text: {o['name']}")
                if o.get("gender") not in ("f", "m"):
                    errors.append(f"{gold_p}: bad gender for {o['name']}")
                if o.get("kind") not in KINDS:
                    errors.append(f"{gold_p}: bad kind {o.get('kind')} for {o['name']}")
                if not isinstance(o.get("former"), bool):
                    errors.append(f"{gold_p}: former must be a boolean for {o['name']}")
                c["officials"] += 1
                c["women"] += o.get("gender") == "f"
                c["former"] += o.get("former") is True
                kinds_by_batch[b][o.get("kind")] += 1
            inst_names = set()
            for inst in gold.get("institutions") or []:
                inst_names.add(inst["name"])
                forms = [inst["name"], *(inst.get("also") or [])]
                if not any(norm(f) in ntext for f in forms):
                    errors.append(f"{gold_p}: institution has no form in text: {inst['name']}")
                for f in inst.get("also") or []:
                    if norm(f) not in ntext:
                        errors.append(f"{gold_p}: 'also' form not in text: {f}")
                c["institutions"] += 1
            for o in gold.get("officials") or []:
                if o.get("institution") not in inst_names:
                    errors.append(
                        f"{gold_p}: institution of {o['name']} not listed: {o.get('institution')}"
                    )
            for t in gold.get("traps") or []:
                name = re.sub(r"\s*\(.*\)\s*$", "", t)
                if norm(name) not in ntext:
                    errors.append(f"{gold_p}: trap not in text: {name}")
                c["traps"] += 1
        c["states"] = len(states)
        all_states |= states
        totals[b] = c

    cols = [
        "articles",
        "jekyll",
        "wire",
        "release",
        "officials",
        "women",
        "former",
        "traps",
        "institutions",
        "states",
        "min_words",
        "max_words",
    ]
    print("batch " + " ".join(f"{x:>12}" for x in cols))
    for b in BATCHES:
        print(f"{b:5} " + " ".join(f"{totals[b][x]:>12}" for x in cols))
    print()
    print(f"{'kind':20} " + " ".join(f"{b:>5}" for b in BATCHES) + "  total")
    for k in KINDS:
        vals = [kinds_by_batch[b][k] for b in BATCHES]
        print(f"{k:20} " + " ".join(f"{v:>5}" for v in vals) + f"  {sum(vals):>5}")
    offs = sum(totals[b]["officials"] for b in BATCHES)
    wom = sum(totals[b]["women"] for b in BATCHES)
    print(
        f"\nstates overall: {len(all_states)}; women share: {wom}/{offs} = "
        f"{(wom / offs * 100 if offs else 0):.1f}%"
    )
    if errors:
        print("\nERRORS:")
        for e in errors:
            print(" -", e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
