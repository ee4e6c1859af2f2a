"""Index every article again: after loading rows that skipped Article.save()."""

from django.core.management.base import BaseCommand
from django.db import DEFAULT_DB_ALIAS, transaction

from articles.models import Article
from articles.search_index import rebuild_search_index


class Command(BaseCommand):
    help = "Reconstruye el índice de búsqueda de todas las notas."

    def add_arguments(self, parser):
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(self, *args, database, **options):
        with transaction.atomic(using=database):
            count = rebuild_search_index(Article, using=database)
        self.stdout.write(f"{count} notas indexadas.")
