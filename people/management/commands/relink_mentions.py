"""python manage.py relink_mentions [ids…] [--slug S …] [--since YYYY-MM-DD] [--batch-size N]"""

import datetime
import time

from django.core.management.base import BaseCommand, CommandError

from people.mentions import Registry, link_articles
from people.mentions.linking import ARTICLE_FIELDS


class Command(BaseCommand):
    help = (
        "Vuelve a buscar funcionarios e instituciones en las notas (todas, o las elegidas) "
        "y reemplaza sus menciones automáticas. Las menciones manuales no se tocan."
    )

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int, help="Ids de notas (opcional).")
        parser.add_argument(
            "--slug", action="append", default=[], help="Slug de una nota (repetible)."
        )
        parser.add_argument("--since", help="Sólo notas publicadas desde esta fecha (AAAA-MM-DD).")
        parser.add_argument("--batch-size", type=int, default=500)

    def handle(self, *args, ids, slug, since, batch_size, **options):
        from articles.models import Article

        queryset = Article.objects.all()
        if ids:
            queryset = queryset.filter(pk__in=ids)
        if slug:
            queryset = queryset.filter(slug__in=slug)
        if since:
            try:
                day = datetime.date.fromisoformat(since)
            except ValueError as exc:
                raise CommandError(f"Fecha inválida: {since}") from exc
            queryset = queryset.filter(published_at__date__gte=day)
        article_ids = list(queryset.order_by("pk").values_list("pk", flat=True))
        verbose = options["verbosity"] > 0
        started = time.perf_counter()
        registry = Registry.load()
        totals = {
            "articles": 0,
            "officials": 0,
            "institutions": 0,
            "new_officials": 0,
            "new_institutions": 0,
        }
        batch_size = max(1, batch_size)
        for offset in range(0, len(article_ids), batch_size):
            chunk = article_ids[offset : offset + batch_size]
            articles = Article.objects.filter(pk__in=chunk).only(*ARTICLE_FIELDS).order_by("pk")
            stats = link_articles(articles, registry=registry, batch_size=batch_size)
            totals["articles"] += stats.articles
            totals["officials"] += stats.official_mentions
            totals["institutions"] += stats.institution_mentions
            totals["new_officials"] += stats.discovered_officials
            totals["new_institutions"] += stats.discovered_institutions
            if verbose and len(article_ids) > batch_size:
                self.stdout.write(f"  {totals['articles']}/{len(article_ids)} notas")
        elapsed = time.perf_counter() - started
        rate = totals["articles"] / elapsed if elapsed else 0.0
        if verbose:
            self.stdout.write(
                f"{totals['articles']} notas reenlazadas en {elapsed:.2f} s ({rate:.0f} notas/s): "
                f"{totals['officials']} menciones de funcionarios, "
                f"{totals['institutions']} de instituciones; descubiertos "
                f"{totals['new_officials']} funcionarios y "
                f"{totals['new_institutions']} instituciones."
            )
