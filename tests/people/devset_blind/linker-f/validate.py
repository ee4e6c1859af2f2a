"""Validate the linker-f blind development set.

Usage: python3 validate.py [batch ...]   (default: every bNN folder present)

Checks, per article NN.md / NN.txt:
- a gold NN.yaml exists with keys state, officials, institutions, traps;
- every official has name, gender (f|m), role, institution, former (bool), kind;
- every official's name, every institution's name-or-also form and every trap
  name (text before " (") occur in the article (accents and case ignored);
- every official's institution is listed under institutions;
- the body has 220-320 words;
- the format matches its kind (Jekyll front matter, wire header, press release).
Prints per-batch counts and per-kind counts; exits 0 when everything is OK.
"""

import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent
KINDS = {
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
}
MIN_WORDS, MAX_WORDS = 220, 320
WIRE_DATE = re.compile(r"^.+ · \d{1,2} de [a-z]+ de 2026$")
DATELINE = re.compile(r"^[^,]+(, [^,]+)*, \d{1,2} de [a-z]+ de 2026\.-")


def norm(text):
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", text.lower())


def occurs(needle, hay):
    needle = norm(needle).strip()
    return bool(needle) and re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", hay) is not None


def split_article(path):
    """Return (format, body text, list of format errors)."""
    raw = path.read_text(encoding="utf-8")
    errs = []
    if path.suffix == ".md" and raw.startswith("---\n"):
        end = raw.index("\n---\n", 4)
        meta = yaml.safe_load(raw[4:end])
        for key in ("title", "date", "categories", "author"):
            if key not in meta:
                errs.append(f"front matter lacks {key}")
        if not str(meta.get("date", "")).startswith("2026"):
            errs.append("date not in 2026")
        return "jekyll", raw, raw[end + 5 :], errs
    if path.suffix == ".md":
        lines = raw.split("\n")
        if not lines[0].startswith("## ") or lines[1] != "" or not WIRE_DATE.match(lines[2]):
            errs.append("wire header malformed")
        return "wire", raw, "\n".join(lines[3:]), errs
    lines = [ln for ln in raw.split("\n") if ln.strip()]
    first_para = next((ln for ln in lines[1:] if not ln.startswith("- **")), "")
    if not DATELINE.match(first_para):
        errs.append("dateline malformed")
    if not re.match(r"^-+o0o-+$", lines[-1].strip()):
        errs.append("end marker missing")
    return "release", raw, "\n".join(lines[1:-1]), errs


def check_batch(batch):
    errors = []
    c = Counter()
    kinds = Counter()
    states = set()
    inst_names = set()
    for art in sorted(p for p in batch.iterdir() if p.suffix in (".md", ".txt")):
        tag = f"{batch.name}/{art.name}"
        fmt, raw, body, errs = split_article(art)
        errors += [f"{tag}: {e}" for e in errs]
        c["articles"] += 1
        c[fmt] += 1
        words = len(re.findall(r"\w+", body))
        if not MIN_WORDS <= words <= MAX_WORDS:
            errors.append(f"{tag}: {words} words")
        gold_path = art.with_suffix(".yaml")
        if not gold_path.exists():
            errors.append(f"{tag}: no gold file")
            continue
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        missing = {"state", "officials", "institutions", "traps"} - set(gold)
        if missing:
            errors.append(f"{tag}: gold lacks {sorted(missing)}")
            continue
        hay = norm(raw)
        states.add(gold["state"])
        insts = gold["institutions"] or []
        listed = {i["name"] for i in insts}
        for inst in insts:
            inst_names.add(inst["name"])
            forms = [inst["name"], *(inst.get("also") or [])]
            if not any(occurs(f, hay) for f in forms):
                errors.append(f"{tag}: institution not in text: {inst['name']}")
            for form in inst.get("also") or []:
                if not occurs(form, hay):
                    errors.append(f"{tag}: also-form not in text: {form}")
        c["institutions"] += len(insts)
        for off in gold["officials"] or []:
            lack = {"name", "gender", "role", "institution", "former", "kind"} - set(off)
            if lack:
                errors.append(f"{tag}: official lacks {sorted(lack)}: {off}")
                continue
            if not occurs(off["name"], hay):
                errors.append(f"{tag}: official not in text: {off['name']}")
            if off["gender"] not in ("f", "m"):
                errors.append(f"{tag}: bad gender: {off['name']}")
            if not isinstance(off["former"], bool):
                errors.append(f"{tag}: former not bool: {off['name']}")
            if off["kind"] not in KINDS:
                errors.append(f"{tag}: bad kind {off['kind']}")
            if off["institution"] not in listed:
                errors.append(f"{tag}: institution not listed: {off['institution']}")
            c["officials"] += 1
            c["women"] += off["gender"] == "f"
            c["former"] += bool(off["former"])
            kinds[off["kind"]] += 1
        for trap in gold["traps"] or []:
            name = trap.split(" (")[0]
            if not occurs(name, hay):
                errors.append(f"{tag}: trap not in text: {name}")
            c["traps"] += 1
    c["states"] = len(states)
    c["distinct institutions"] = len(inst_names)
    return errors, c, kinds, states


def main(argv):
    names = argv[1:] or sorted(p.name for p in ROOT.glob("b[0-9]*") if p.is_dir())
    all_errors = []
    total_kinds = Counter()
    all_states = set()
    for name in names:
        errors, c, kinds, states = check_batch(ROOT / name)
        all_errors += errors
        total_kinds += kinds
        all_states |= states
        share = 100 * c["women"] / max(c["officials"], 1)
        print(
            f"{name}: {c['articles']} articles (jekyll {c['jekyll']}, wire {c['wire']}, "
            f"release {c['release']}); officials {c['officials']}, women {c['women']} "
            f"({share:.0f}%), former {c['former']}; traps {c['traps']}; institution "
            f"entries {c['institutions']} ({c['distinct institutions']} distinct); "
            f"states {c['states']}"
        )
    print("kinds:", ", ".join(f"{k} {v}" for k, v in sorted(total_kinds.items())))
    absent = sorted(KINDS - {"other"} - set(total_kinds))
    if absent:
        all_errors.append(f"kinds never used: {absent}")
    for e in all_errors:
        print("ERROR", e)
    print("OK" if not all_errors else f"{len(all_errors)} errors")
    return 1 if all_errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
