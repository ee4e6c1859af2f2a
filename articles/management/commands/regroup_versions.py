"""Group every article's versions again (after upgrading, or after changing the tuning)."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from articles.models import Article
from articles.story_grouping import regroup


class Command(BaseCommand):
    help = _("Agrupa de nuevo las versiones de cada nota (boletín y notas que lo retoman).")

    def handle(self, *args, **options):
        ids = list(Article.objects.order_by("pk").values_list("pk", flat=True))
        regroup(ids)
        self.stdout.write(_("Notas revisadas: %(count)d.") % {"count": len(ids)})
