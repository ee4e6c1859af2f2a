"""An archive with 1% hostile files, imported by the real command (issue 11 §2).

    python -m bench.hostile --count 100000 [--database-url URL] [--keep DIR]

Builds ``count`` files: good notes, and every hundredth a hostile one (deep
YAML, YAML alias and merge-key bombs, 200 KB lines of link and tag openers,
names with newlines, terminal escapes, bidi overrides or bytes that are not
UTF-8, titles full of invisible characters, symlinks out of the tree, FIFOs),
then runs ``manage.py import_articles`` on a scratch database (a fresh SQLite
file, or ``--database-url``, which is migrated first and left as it is) and
prints what happened: counts, failures by reason, and whether every good file
was imported. A figure, never a test: not part of ``make test``.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def note(title: str, body: str) -> str:
    return f"---\ntitle: {title}\nauthor: REDACCION\ncategory: Local\n---\n\n{body}\n"


def good(n: int) -> str:
    return note(
        f"Reunión número {n} sobre obras en la región",
        f"El Instituto Mexicano del Seguro Social (IMSS) informó sobre la reunión {n} "
        f"con alcaldes de la región.\n\nEl IMSS dará seguimiento a los acuerdos {n}.",
    )


def _bomb(levels: int = 20) -> str:
    lines = ["l0: &l0 {x: 1, y: 2}"]
    lines += [
        f"l{i}: &l{i} {{<<: [*l{i - 1}, *l{i - 1}, *l{i - 1}, *l{i - 1}]}}"
        for i in range(1, levels)
    ]
    return "\n".join(lines)


def _laughs(levels: int = 9) -> str:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, levels)]
    return "\n".join(lines)


# (file name suffix, content) for each hostile kind; None content means a special file.
HOSTILE = [
    ("anidado.md", "---\ntitle: [" + "[" * 100_000 + "\n---\n"),
    ("bomba-fusion.md", f"---\ntitle: Bomba\n{_bomb()}\n---\n\nTexto.\n"),
    ("bomba-alias.md", f"---\ntitle: Bomba\n{_laughs()}\n---\n\nTexto.\n"),
    ("etiquetas.md", note("Línea de etiquetas {n}", "<a " * 70_000)),
    ("enlaces.md", note("Línea de enlaces {n}", "[a](b " * 35_000)),
    ("autoenlaces.md", note("Línea de autoenlaces {n}", "<http://a" * 22_000)),
    ("salto\nfalló: falso.md", note("Nombre con salto {n}", "Texto de la nota {n}.")),
    ("escape\x1b[2J.md", note("Nombre con escape {n}", "Texto de la nota {n}.")),
    ("invertido\u202egpj.md", note("Nombre invertido {n}", "Texto de la nota {n}.")),
    (b"no-utf8-\xff.md", note("Nombre que no es UTF-8 {n}", "Texto de la nota {n}.")),
    ("invisible.md", note("\u202eTítulo\u200b con\u00ad invisibles {n}\ufeff", "Texto {n}.")),
    ("enlace-fuera.md", None),
    ("tuberia.md", None),
]


def build(tree: Path, count: int) -> tuple[int, Counter]:
    """Write the archive; (good files, hostile files by kind)."""
    outside = tree.parent / "fuera-del-arbol.md"
    outside.write_text(note("Fuera del árbol", "No debe importarse."), encoding="utf-8")
    kinds: Counter = Counter()
    goods = 0
    for n in range(count):
        folder = tree / f"{n // 1000:03d}"
        if n % 1000 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        if n % 100 != 99:
            (folder / f"buena-{n:06d}.md").write_text(good(n), encoding="utf-8")
            goods += 1
            continue
        name, content = HOSTILE[(n // 100) % len(HOSTILE)]
        label = name if isinstance(name, str) else name.decode("latin-1")
        kinds[label.split(".")[0][:12]] += 1
        raw_name = os.fsencode(folder) + b"/" + f"h{n:06d}-".encode() + os.fsencode(name)
        if name == "enlace-fuera.md":
            os.symlink(outside, raw_name)
        elif name == "tuberia.md":
            os.mkfifo(raw_name)
        else:
            with open(raw_name, "w", encoding="utf-8") as handle:
                handle.write(content.replace("{n}", str(n)))
    return goods, kinds


def run(cmd: list[str], env: dict, timeout: float) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, timeout=timeout)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--database-url", default="", help="default: a fresh SQLite file")
    parser.add_argument("--keep", metavar="DIR", help="build the archive here and keep it")
    parser.add_argument("--timeout", type=float, default=6 * 3600)
    args = parser.parse_args(argv)

    work = Path(args.keep or tempfile.mkdtemp(prefix="hostile-"))
    tree = work / "archivo"
    tree.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    goods, kinds = build(tree, args.count)
    print(f"archive: {args.count:,} files ({goods:,} good, {sum(kinds.values()):,} hostile)")
    print(f"  built in {time.monotonic() - started:.1f} s under {tree}")

    env = dict(os.environ, PYTHONUNBUFFERED="1", NEWSROOM_VAR_DIR=str(work / "var"))
    env.pop("DATABASE_URL", None)
    if args.database_url:
        env["DATABASE_URL"] = args.database_url
    migrate = run([sys.executable, "manage.py", "migrate", "-v0"], env, 900)
    people = run(
        [sys.executable, "manage.py", "load_people", "fixtures/people.json", "-v0"], env, 900
    )
    if migrate.returncode or people.returncode:
        print((migrate.stderr + people.stderr).decode("utf-8", "replace")[-2000:])
        return 2

    report = work / "informe.json"
    started = time.monotonic()
    result = run(
        [sys.executable, "manage.py", "import_articles", str(tree), "--report", str(report)],
        env,
        args.timeout,
    )
    elapsed = time.monotonic() - started
    stdout = result.stdout.decode("utf-8", "replace")
    summary = next((ln for ln in stdout.splitlines() if ln.startswith("Resumen")), "")
    print(
        f"import: exit {result.returncode} in {elapsed:.1f} s ({args.count / elapsed:,.0f} files/s)"
    )
    print(f"  {summary}")
    if result.returncode not in (0, 1) or not report.exists():
        print(result.stderr.decode("utf-8", "replace")[-2000:])
        return 2

    files = json.loads(report.read_text(encoding="utf-8"))["files"]
    good_created = sum(
        1 for f in files if re.search(r"/buena-\d+\.md$", f["path"]) and f["status"] == "created"
    )
    reasons = Counter(
        re.sub(r"\d+", "N", f["error"] or "") for f in files if f["status"] == "failed"
    )
    forged = [
        ln
        for ln in stdout.splitlines()
        if not re.match(r"(creado|actualizado|sin cambios|omitido|falló): |Resumen", ln)
    ]
    print(f"  good files imported: {good_created:,} of {goods:,}")
    print(f"  report lines not starting with a status (forged): {len(forged)}")
    print("  failures by reason:")
    for reason, count in reasons.most_common():
        print(f"    {count:6,}  {reason}")
    return 0 if good_created == goods and not forged else 1


if __name__ == "__main__":
    sys.exit(main())
