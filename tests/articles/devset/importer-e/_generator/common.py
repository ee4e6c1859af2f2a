"""Tiny framework: each source is written with inline markers, stripped on output.

Markers: «B» body start, «E» body end, ⟦...⟧ boilerplate, ⟪...⟫ must_keep.
"""

import datetime
import re
from pathlib import Path

import yaml

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

BP = re.compile(r"⟦(.*?)⟧", re.S)
MK = re.compile(r"⟪(.*?)⟫", re.S)


class Quoted(str):
    pass


yaml.SafeDumper.add_representer(
    Quoted, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style="'")
)


def norm(s):
    return " ".join(s.split())


def strip_markers(t):
    for m in "«B»", "«E»", "⟦", "⟧", "⟪", "⟫":
        t = t.replace(m, "")
    return t


def first_words(t, n=8):
    seg = t.split("«B»", 1)[1]
    seg = re.sub(r"^(\s*⟦[^⟧]*⟧)+\s*", "", seg)
    seg = re.split(r"\n\s*\n|⟦|«E»", seg, maxsplit=1)[0]
    seg = seg.replace("⟪", "").replace("⟫", "")
    return " ".join(seg.split()[:n])


def last_words(t, n=8):
    seg = t.split("«E»", 1)[0]
    seg = re.sub(r"(\s*⟦[^⟧]*⟧)+\s*$", "", seg)
    seg = re.split(r"\n\s*\n|⟧|«B»", seg)[-1]
    seg = seg.replace("⟪", "").replace("⟫", "")
    return " ".join(seg.split()[-n:])


def body_count(t):
    seg = t.split("«B»", 1)[1].split("«E»", 1)[0]
    seg = BP.sub(" ", seg)
    return len(strip_markers(seg).split())


def D(s):
    return None if s is None else datetime.date.fromisoformat(s)


def F(name, family, text=None, raw=None, enc="utf-8", bom=False, crlf=False, **g):
    return dict(name=name, family=family, text=text, raw=raw, enc=enc, bom=bom, crlf=crlf, g=g)


def gold_for(f):
    g = f["g"]
    fam = f["family"]
    if fam == "bad":
        d = {k: None for k in KEYS}
        d.update(
            readable=False,
            family="bad",
            bylines=[],
            placement=[],
            boilerplate=[],
            must_keep=[],
            refusal_reason=g["reason"],
        )
        return d
    t = f["text"]
    bps = [norm(x) for x in BP.findall(t)]
    mks = [norm(strip_markers(x)) for x in MK.findall(t)]
    photo = g.get("photo", "auto")
    if photo == "auto":
        photo = None
        for b in bps:
            if b.startswith("Foto: "):
                photo = b[len("Foto: ") :]
                break
    src = g.get("source")
    d = dict(
        readable=True,
        family=fam,
        title=norm(g["title"]),
        date=D(g.get("date")),
        published=g.get("published", True),
        bylines=g.get("bylines", []),
        source=src if fam in ("wire", "press_release") else None,
        section=g.get("section") if fam == "jekyll" else None,
        placement=g.get("placement", []) if fam == "jekyll" else [],
        bulletin_number=(Quoted(g["number"]) if g.get("number") else None)
        if fam == "press_release"
        else None,
        issuer=src if fam == "press_release" else None,
        dateline_city=g.get("city") if fam == "press_release" else None,
        body_first_words=first_words(t),
        body_last_words=last_words(t),
        boilerplate=bps,
        must_keep=mks,
        photo_credit=photo,
        refusal_reason=None,
    )
    return d


def write_batch(outdir, files):
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    for old in outdir.iterdir():
        if old.is_file():
            old.unlink()
    names = set()
    for f in files:
        assert f["name"] not in names, f["name"]
        names.add(f["name"])
        if f["raw"] is not None:
            data = f["raw"]
        else:
            t = strip_markers(f["text"])
            if f["crlf"]:
                t = t.replace("\n", "\r\n")
            data = t.encode(f["enc"])
            if f["bom"]:
                data = b"\xef\xbb\xbf" + data
            n = body_count(f["text"])
            if not 150 <= n <= 450:
                print(f"WARN {f['name']}: body words {n}")
        (outdir / f["name"]).write_bytes(data)
        stem = f["name"].rsplit(".", 1)[0]
        gold = gold_for(f)
        with open(outdir / f"{stem}.gold.yaml", "w", encoding="utf-8") as fh:
            yaml.safe_dump(gold, fh, allow_unicode=True, sort_keys=False, width=1000)
    fams = {}
    for f in files:
        fams[f["family"]] = fams.get(f["family"], 0) + 1
    print(outdir.name, len(files), fams)
