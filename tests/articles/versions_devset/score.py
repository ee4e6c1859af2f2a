"""Score "Otras versiones" on the blind development set (figures, not a test).

    .venv/bin/python -m tests.articles.versions_devset.score [--batch b1] [--verbose]

Each batch folder (``b1/``, ``b2/``) holds source files and a ``gold.yaml`` of
groups (versions of one story, press release first) and singletons (traps).
The batch is imported by the real importer into a scratch SQLite database
with the officials registry loaded (``fixtures/people.json``), which groups it
at the end of the run; pairs of files in the same predicted group are compared
with the gold pairs: pair precision and recall. ``b2`` is held out: score it
once, never tune on it.
"""

import argparse
import json
import os
import sys
import tempfile
from itertools import combinations
from pathlib import Path

import yaml

DEVSET = Path(__file__).resolve().parent
ROOT = DEVSET.parents[2]
SOURCE_SUFFIXES = (".txt", ".md")  # gold.yaml is no article


def gold_pairs(gold: dict) -> set[frozenset[str]]:
    return {
        frozenset(pair)
        for group in gold.get("groups") or []
        for pair in combinations(group["files"], 2)
    }


def predicted_groups() -> dict[str, list[str]]:
    from articles.models import Article

    groups: dict[str, list[str]] = {}
    rows = Article.objects.filter(story__group__isnull=False).values_list(
        "source_file", "story__group_id"
    )
    for source_file, group_id in rows:
        groups.setdefault(str(group_id), []).append(Path(source_file).name)
    return groups


def pairs_of(groups: dict[str, list[str]]) -> set[frozenset[str]]:
    return {frozenset(p) for files in groups.values() for p in combinations(sorted(files), 2)}


def prf(predicted: set, gold: set) -> dict:
    hits = len(predicted & gold)
    precision = hits / len(predicted) if predicted else 1.0
    recall = hits / len(gold) if gold else 1.0
    return {
        "pairs_predicted": len(predicted),
        "pairs_gold": len(gold),
        "pairs_right": hits,
        "precision": round(precision, 3),
        "recall": round(recall, 3),
    }


def shares(gold: dict) -> list[dict]:
    """Each gold rewrite's measured share and the release it was measured against."""
    from articles.models import Article

    by_file = {
        Path(a.source_file).name: a
        for a in Article.objects.select_related("story", "story__release").filter(
            source_file__isnull=False
        )
    }
    rows = []
    for group in gold.get("groups") or []:
        release = group.get("press_release")
        for name, hint in (group.get("copied_share_hint") or {}).items():
            article = by_file.get(name)
            story = getattr(article, "story", None) if article else None
            measured = story.share if story else None
            against = story.release.source_file if story and story.release_id else None
            rows.append(
                {
                    "file": name,
                    "hint": hint,
                    "share": None if measured is None else round(measured, 2),
                    "release_right": bool(against and Path(against).name == release),
                }
            )
    return rows


def score_batch(batch: str, *, verbose: bool = False) -> dict:
    from django.core.management import call_command

    from articles.importing.pipeline import import_paths
    from articles.story_grouping import regroup_imported

    folder = DEVSET / batch
    gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    call_command("load_people", str(ROOT / "fixtures" / "people.json"), verbosity=0)
    sources = sorted(p for p in folder.iterdir() if p.suffix in SOURCE_SUFFIXES)
    report = import_paths(sources)
    # The importer groups at the end of its run; grouping again changes nothing
    # and keeps the figures independent of how the run is wired.
    regroup_imported(report.outcomes)
    failed = [o.path for o in report.outcomes if o.status == "failed"]
    groups = predicted_groups()
    predicted, expected = pairs_of(groups), gold_pairs(gold)
    result = {"batch": batch, **prf(predicted, expected), "failed_imports": failed}
    share_rows = shares(gold)
    result["shares"] = share_rows
    if verbose:
        result["false_pairs"] = sorted(sorted(p) for p in predicted - expected)
        result["missed_pairs"] = sorted(sorted(p) for p in expected - predicted)
        result["groups"] = sorted(sorted(files) for files in groups.values())
    return result


def _setup(var_dir: str) -> None:
    os.environ["NEWSROOM_VAR_DIR"] = var_dir
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", default="b1", help="b1 (development) or b2 (held out)")
    parser.add_argument("--verbose", action="store_true", help="list wrong and missed pairs")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="versions-devset-") as var_dir:
        _setup(var_dir)
        result = score_batch(args.batch, verbose=args.verbose)
    print(
        f"{result['batch']}: pair precision {result['precision']:.3f}, "
        f"recall {result['recall']:.3f} ({result['pairs_right']} right of "
        f"{result['pairs_predicted']} predicted, {result['pairs_gold']} in the gold)"
    )
    for row in result["shares"]:
        share = "—" if row["share"] is None else f"{row['share'] * 100:.0f} %"
        mark = "" if row["release_right"] else "  (release not matched)"
        print(f"  {row['file']}: hint {row['hint']}, measured {share}{mark}")
    if result["failed_imports"]:
        print("failed imports:", ", ".join(result["failed_imports"]))
    if args.verbose:
        for key in ("false_pairs", "missed_pairs", "groups"):
            print(f"{key}:")
            for item in result[key]:
                print("  ", " + ".join(item))
    if args.json:
        Path(args.json).write_text(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
