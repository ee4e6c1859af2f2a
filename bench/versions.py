"""What grouping "Otras versiones" costs as the archive grows (figures, not a test).

    python -m bench.versions [--count 10000] [--seed 7]

Builds ``count`` published articles from the synthetic corpus (bench/corpus.py)
straight into a scratch SQLite database (or ``DATABASE_URL``'s, which is
emptied: use a scratch PostgreSQL database), then measures, wall and CPU time:
storing every signature, regrouping every article (what the end of an import
of the whole archive does) and the size of the largest group, regrouping one
article (what an admin save does, with its query count) and the article page's versions query.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import timedelta


def _clock():
    return time.perf_counter(), time.process_time()


def _since(start):
    wall, cpu = _clock()
    return wall - start[0], cpu - start[1]


def build(count: int, seed: int) -> None:
    from django.utils import timezone

    from articles.models import Article
    from bench.corpus import EPOCH, SPAN_MINUTES, Writer

    corpus = Writer(seed)
    rows = []
    for index in range(count):
        source = corpus.source(index)
        rng = corpus.rng(index)  # the date, as Writer.source draws it
        rng.random()
        when = EPOCH + timedelta(minutes=rng.randrange(SPAN_MINUTES))
        if rng.random() < 0.35:
            when = EPOCH + timedelta(minutes=SPAN_MINUTES - rng.randrange(SPAN_MINUTES // 3))
        paragraphs = [p.strip() for p in source.text.split("\n\n") if p.strip()]
        rows.append(
            Article(
                title=paragraphs[0][:200],
                slug=f"nota-{index}",
                body_html="".join(f"<p>{p}</p>" for p in paragraphs[1:]),
                status=Article.Status.PUBLISHED,
                published_at=timezone.make_aware(when),
                source_format=source.format,
            )
        )
        if len(rows) == 2000:
            Article.objects.bulk_create(rows)
            rows = []
    Article.objects.bulk_create(rows)


def measure(count: int, seed: int) -> dict:
    from django.db import connection
    from django.db.models import Count
    from django.test.utils import CaptureQueriesContext

    from articles import story_grouping
    from articles.models import Article
    from articles.story_models import StoryGroup, StoryVersion

    figures = {"articles": count}
    start = _clock()
    build(count, seed)
    figures["build_s"] = round(_since(start)[0], 1)
    ids = list(Article.objects.values_list("id", flat=True))

    start = _clock()
    for i in range(0, len(ids), story_grouping.BATCH):
        story_grouping.refresh_signatures(ids[i : i + story_grouping.BATCH])
    wall, cpu = _since(start)
    figures["signature_ms_per_article"] = (
        round(wall / count * 1000, 2),
        round(cpu / count * 1000, 2),
    )

    start = _clock()
    story_grouping.regroup(ids)
    wall, cpu = _since(start)
    figures["regroup_all_s"] = (round(wall, 1), round(cpu, 1))
    figures["regroup_ms_per_article"] = (
        round(wall / count * 1000, 2),
        round(cpu / count * 1000, 2),
    )
    figures["groups"] = StoryGroup.objects.count()
    figures["grouped_articles"] = StoryVersion.objects.filter(group__isnull=False).count()
    sizes = StoryVersion.objects.filter(group__isnull=False).values("group").annotate(n=Count("pk"))
    figures["largest_group"] = max((row["n"] for row in sizes), default=0)

    samples = list(Article.objects.order_by("?").values_list("id", flat=True)[:30])
    times, queries = [], []
    for article_id in samples:
        with CaptureQueriesContext(connection) as captured:
            start = _clock()
            story_grouping.regroup([article_id])
            times.append(_since(start)[0])
        queries.append(len(captured))
    figures["one_article_regroup_ms_median_max"] = (
        round(statistics.median(times) * 1000, 1),
        round(max(times) * 1000, 1),
    )
    figures["one_article_regroup_queries_max"] = max(queries)

    grouped = StoryVersion.objects.filter(group__isnull=False).values_list("article_id", flat=True)
    article = Article.objects.get(pk=grouped.first() or samples[0])
    with CaptureQueriesContext(connection) as captured:
        start = _clock()
        story_grouping.other_versions(article)
        figures["page_versions_ms"] = round(_since(start)[0] * 1000, 2)
    figures["page_versions_queries"] = len(captured)
    return figures


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-versions-") as var_dir:
        os.environ["NEWSROOM_VAR_DIR"] = var_dir
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
        import django
        from django.core.management import call_command

        django.setup()
        call_command("migrate", verbosity=0)
        if os.environ.get("DATABASE_URL"):
            call_command("flush", "--noinput", verbosity=0)
        figures = measure(args.count, args.seed)
    for key, value in figures.items():
        print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
