"""Linking cost: ``extract_mentions`` alone, in-process, and ``manage.py relink_mentions``.

    DJANGO_SETTINGS_MODULE=newsroom.settings python -m bench.linking OUT.json CORPUS_DIR \\
        [--sample N] [--budget SECONDS]

The in-process part (this module's ``main``) runs on a database where
``load_people`` has loaded the generated registry and nothing was imported
yet: ``Registry.load()`` once, then up to N files of the corpus (evenly spread
over it, in manifest order) parsed with ``articles.importing.parsing.parse_bytes``
as the importer does, then ``people.mentions.extract_mentions`` timed article
by article, with the article's day as ``published_on``. Parsing is timed
apart; only the extraction counts. A warm-up over the first articles is not
counted. No database access while timing.

``bench_relink`` runs ``manage.py relink_mentions`` (every article) after the
imports: wall time, the command's own time and articles/s, peak memory.
"""

import argparse
import json
import re
import sys
import time
import traceback
from itertools import islice
from pathlib import Path

from bench.env import PYTHON, WORK, Backend, na, run_measured, spread, tail

WARMUP = 20
RELINKED = re.compile(
    r"(?P<articles>\d+) notas reenlazadas en (?P<seconds>[\d.]+) s \((?P<rate>[\d.]+) notas/s\)"
    r"(?::\s*(?P<officials>\d+) menciones de funcionarios, (?P<institutions>\d+) de instituciones)?"
)


def bench_extraction(
    backend: Backend, corpus_dir: Path, size: int, *, sample: int, budget: float
) -> dict:
    """``extract_mentions`` per article over (a spread sample of) the corpus, in a subprocess."""
    out = WORK / f"extract-{backend.name}-{size}.json"
    out.unlink(missing_ok=True)
    run = run_measured(
        [
            PYTHON,
            "-m",
            "bench.linking",
            str(out),
            str(corpus_dir),
            "--sample",
            str(sample),
            "--budget",
            str(budget),
        ],
        env=backend.env(),
        timeout=budget + 600,  # parsing the sample and loading the registry come first
        log=WORK / "logs" / f"{backend.name}-{size}-extract",
    )
    if run.timed_out:
        return na(f"timed out after {budget + 600:.0f} s")
    if run.returncode != 0 or not out.exists():
        return na(f"extraction probe exited {run.returncode}: {tail(run.stderr or run.stdout, 1)}")
    result = json.loads(out.read_text())
    result["max_rss_mb"] = round(run.max_rss_mb, 1) if run.max_rss_mb else None
    return result


def bench_relink(backend: Backend, size: int, *, timeout: float) -> dict:
    """``manage.py relink_mentions`` over every article of the imported corpus."""
    run = run_measured(
        [PYTHON, "manage.py", "relink_mentions", "--skip-checks"],
        env=backend.env(),
        timeout=timeout,
        log=WORK / "logs" / f"{backend.name}-{size}-relink",
    )
    if run.timed_out:
        return na(f"timed out after {timeout:.0f} s")
    if run.returncode != 0:
        output = run.stderr or run.stdout
        if "Unknown command" in output:
            return na("the relink_mentions command does not exist")
        return na(f"relink_mentions exited {run.returncode}: {tail(output, 1)}")
    match = RELINKED.search(run.stdout)
    articles = int(match["articles"]) if match else None
    result = {
        "seconds": round(run.seconds, 2),
        "max_rss_mb": round(run.max_rss_mb, 1) if run.max_rss_mb else None,
    }
    if articles is None:
        result["note"] = f"summary line not found: {tail(run.stdout, 1)}"
        return result
    result["articles"] = articles
    result["articles_per_s"] = round(articles / run.seconds, 1) if run.seconds else None
    result["seconds_in_command"] = float(match["seconds"])
    if result["seconds_in_command"] > 0:
        result["articles_per_s_in_command"] = round(articles / result["seconds_in_command"], 1)
    if match["officials"] is not None:
        result["official_mentions"] = int(match["officials"])
        result["institution_mentions"] = int(match["institutions"])
    return result


# In-process part (python -m bench.linking)


def _day(published_at):
    if published_at is None:
        return None
    from django.utils import timezone

    if timezone.is_aware(published_at):
        return timezone.localtime(published_at).date()
    return published_at.date()


def spread_sample(rows: list, count: int) -> list:
    """``count`` rows evenly spread over ``rows`` (all of them when there are fewer)."""
    if count <= 0 or count >= len(rows):
        return list(rows)
    step = len(rows) / count
    return [rows[int(i * step)] for i in range(count)]


def measure(corpus_dir: Path, sample: int, budget: float) -> dict:
    import django

    django.setup()
    from articles.importing.parsing import parse_bytes
    from bench.corpus import read_manifest
    from people.mentions import Registry, extract_mentions

    manifest = read_manifest(corpus_dir)
    chosen = spread_sample(manifest, sample)
    result: dict = {"corpus_files": len(manifest), "sample": len(chosen)}

    started = time.perf_counter()
    registry = Registry.load()
    result["registry_load_s"] = round(time.perf_counter() - started, 2)
    result["registry"] = {
        "officials": len(getattr(registry, "officials", ()) or ()),
        "institutions": len(getattr(registry, "institutions", ()) or ()),
    }

    def extract(article):
        return extract_mentions(
            article.title,
            article.deck,
            article.highlights,
            article.body,
            registry=registry,
            published_on=_day(article.published_at),
        )

    def parsed():
        """The sample parsed one file at a time (100,000 parsed articles need not fit)."""
        for path, _fmt, _index in chosen:
            data = (corpus_dir / path).read_bytes()
            begin = time.perf_counter()
            try:
                article = parse_bytes(data, source_path=path)
            except Exception:  # ImportFailure, or the parser being rewritten
                failures.append(path)
                continue
            parse_ms.append((time.perf_counter() - begin) * 1000)
            yield article

    failures: list[str] = []
    parse_ms: list[float] = []
    begin = time.perf_counter()
    for article in islice(parsed(), WARMUP):  # lazy set-up (automata, caches) is not counted
        extract(article)
    result["warmup_s"] = round(time.perf_counter() - begin, 3)
    parse_ms.clear()
    failures.clear()

    timings, officials, institutions = [], 0, 0
    deadline = time.perf_counter() + budget
    for article in parsed():
        begin = time.perf_counter()
        extraction = extract(article)
        timings.append((time.perf_counter() - begin) * 1000)
        officials += len(extraction.officials)
        institutions += len(extraction.institutions)
        if time.perf_counter() > deadline:
            result["note"] = f"stopped after {len(timings):,} articles: {budget:.0f} s budget"
            break
    result["parse_failures"] = len(failures)
    result["parse"] = spread(parse_ms)
    if not timings:
        result["na"] = "no file of the sample could be parsed"
        if failures:
            result["na"] += f" (e.g. {failures[0]})"
        return result
    figures = spread(timings)
    result["extract"] = figures
    total_s = sum(timings) / 1000
    result["extract_total_s"] = round(total_s, 2)
    result["articles_per_s"] = round(len(timings) / total_s, 1) if total_s else None
    result["officials_per_article"] = round(officials / len(timings), 2)
    result["institutions_per_article"] = round(institutions / len(timings), 2)
    return result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out")
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--sample", type=int, default=0, help="articles (0: every file)")
    parser.add_argument("--budget", type=float, default=300.0, help="seconds of extraction")
    args = parser.parse_args(argv)
    result = measure(args.corpus, args.sample, args.budget)
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception:
        traceback.print_exc()
        sys.exit(2)
