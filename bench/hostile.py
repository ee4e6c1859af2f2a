"""An archive with 1% hostile files, imported by the real command (issue 11 §2).

    python -m bench.hostile --count 100000 [--database-url URL] [--keep DIR]

Builds ``count`` files: good notes, and every hundredth a hostile one (deep
YAML, YAML alias and merge-key bombs, 1 MB lines of link and tag openers,
names with newlines, terminal escapes, bidi overrides or bytes that are not
UTF-8, titles full of invisible characters, symlinks out of the tree, FIFOs,
files over the size limit), then runs ``manage.py import_articles`` on a
scratch database (a fresh SQLite file, or ``--database-url``, which is
migrated first and left as it is) and prints what happened: wall time, files
per second, peak memory, counts, what became of each hostile kind against
what it should, failures by reason, whether every good file was imported, and
what the database holds (no title or slug with an invisible character, nothing
from outside the tree). A figure, never a test: not part of ``make test``.
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

from bench.env import run_measured

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


def _line(unit: str) -> str:
    """One line of ``unit`` repeated to just under the 1 MiB import limit."""
    return unit * ((1_000_000 - 200) // len(unit))


CREATED, FAILED = "created", "failed"
# A special file instead of content: a symlink out of the tree, a FIFO, a sparse huge file.
SYMLINK, FIFO, SPARSE = object(), object(), object()

# (file name suffix, content, what the import must do with it) for each hostile kind.
# Readable notes with hostile names, titles or lines are imported (names escaped in the
# report, titles without invisible characters); the rest fail alone, in one Spanish line.
HOSTILE = [
    ("anidado.md", "---\ntitle: [" + "[" * 100_000 + "\n---\n", FAILED),
    ("bomba-fusion.md", f"---\ntitle: Bomba\n{_bomb()}\n---\n\nTexto.\n", FAILED),
    ("bomba-alias.md", f"---\ntitle: Bomba\n{_laughs()}\n---\n\nTexto.\n", FAILED),
    ("etiquetas.md", note("Línea de etiquetas {n}", _line("<a ")), CREATED),
    ("enlaces.md", note("Línea de enlaces {n}", _line("[a](b ")), CREATED),
    ("autoenlaces.md", note("Línea de autoenlaces {n}", _line("<http://a")), CREATED),
    ("salto\nfalló: falso.md", note("Nombre con salto {n}", "Texto de la nota {n}."), CREATED),
    ("escape\x1b[2J.md", note("Nombre con escape {n}", "Texto de la nota {n}."), CREATED),
    ("invertido\u202egpj.md", note("Nombre invertido {n}", "Texto de la nota {n}."), CREATED),
    (b"no-utf8-\xff.md", note("Nombre que no es UTF-8 {n}", "Texto de la nota {n}."), CREATED),
    (
        "invisible.md",
        note("\u202eTítulo\u200b con\u00ad invisibles {n}\ufeff", "Texto {n}."),
        CREATED,
    ),
    ("enlace-fuera.md", SYMLINK, FAILED),
    ("tuberia.md", FIFO, FAILED),
    ("enorme.md", note("Archivo enorme {n}", "Un párrafo largo de relleno. " * 70_000), FAILED),
    ("gigante.md", SPARSE, FAILED),  # 4 GiB, sparse: costs no disk
]
SPARSE_BYTES = 4 * 1024**3
_HOSTILE_NAME = re.compile(r"/h(\d{6})-")


def kind_of(n: int) -> tuple:
    return HOSTILE[(n // 100) % len(HOSTILE)]


def label(name: str | bytes) -> str:
    text = name if isinstance(name, str) else name.decode("latin-1")
    return re.split(r"[.\n\x1b\u202e]", text)[0]


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
        name, content, _expected = kind_of(n)
        kinds[label(name)] += 1
        raw_name = os.fsencode(folder) + b"/" + f"h{n:06d}-".encode() + os.fsencode(name)
        if content is SYMLINK:
            os.symlink(outside, raw_name)
        elif content is FIFO:
            os.mkfifo(raw_name)
        elif content is SPARSE:
            with open(raw_name, "wb") as handle:
                handle.write(note("Archivo gigante {n}", "Texto.").encode())
                handle.truncate(SPARSE_BYTES)
        else:
            with open(raw_name, "w", encoding="utf-8") as handle:
                handle.write(content.replace("{n}", str(n)))
    return goods, kinds


def run(cmd: list[str], env: dict, timeout: float) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, timeout=timeout)


# What the database holds after the run, printed as JSON by ``manage.py shell``.
DATABASE_CHECK = """
import json, unicodedata
from articles.models import Article
def hidden(text):
    return any(unicodedata.category(c) in ("Cf", "Cc") for c in text or "")
rows = Article.objects.values_list("title", "slug")
print(json.dumps({
    "articles": Article.objects.count(),
    "invisible_in_title_or_slug": sum(hidden(t) or hidden(s) for t, s in rows.iterator()),
    "from_outside_the_tree": Article.objects.filter(title__contains="Fuera del").count(),
}))
"""


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
    command = [sys.executable, "manage.py", "import_articles", str(tree), "--report", str(report)]
    result = run_measured(command, env=env, timeout=args.timeout, log=work / "logs" / "import")
    elapsed, stdout = result.seconds, result.stdout
    summary = next((ln for ln in stdout.splitlines() if ln.startswith("Resumen")), "")
    memory = f"{result.max_rss_mb:,.0f} MB" if result.max_rss_mb else "n/a"
    print(
        f"import: exit {result.returncode} in {elapsed:.1f} s "
        f"({args.count / elapsed:,.0f} files/s), peak memory {memory}"
    )
    print(f"  {summary}")
    if result.returncode not in (0, 1) or not report.exists():
        print(result.stderr[-2000:])
        return 2

    files = json.loads(report.read_text(encoding="utf-8"))["files"]
    good_created = sum(
        1 for f in files if re.search(r"/buena-\d+\.md$", f["path"]) and f["status"] == CREATED
    )
    by_kind: dict[str, Counter] = {}
    wrong = 0
    for f in files:
        match = _HOSTILE_NAME.search(f["path"])
        if not match:
            continue
        name, _content, expected = kind_of(int(match.group(1)))
        by_kind.setdefault(label(name), Counter())[f["status"]] += 1
        wrong += f["status"] != expected
    reasons = Counter(re.sub(r"\d+", "N", f["error"] or "") for f in files if f["status"] == FAILED)
    forged = [
        ln
        for ln in stdout.splitlines()
        if not re.match(r"(creado|actualizado|sin cambios|omitido|falló): |Resumen", ln)
    ]
    print(f"  files in the report: {len(files):,} of {args.count:,}")
    print(f"  good files imported: {good_created:,} of {goods:,}")
    print(f"  report lines not starting with a status (forged): {len(forged)}")
    print(f"  hostile files with another outcome than expected: {wrong}")
    print("  hostile kinds (expected -> outcomes):")
    for name, _content, expected in HOSTILE:
        outcomes = ", ".join(f"{s} {c}" for s, c in sorted(by_kind.get(label(name), {}).items()))
        print(f"    {label(name):14} {expected:8} -> {outcomes}")
    print("  failures by reason:")
    for reason, count in reasons.most_common():
        print(f"    {count:6,}  {reason}")
    shell = run([sys.executable, "manage.py", "shell", "-c", DATABASE_CHECK], env, 900)
    database = json.loads(shell.stdout.decode().strip().splitlines()[-1])
    print(f"  database: {database}")
    clean = not database["invisible_in_title_or_slug"] and not database["from_outside_the_tree"]
    ok = good_created == goods and not forged and not wrong and len(files) == args.count
    return 0 if ok and clean else 1


if __name__ == "__main__":
    sys.exit(main())
