from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from articles.roles import setup_roles


class Command(BaseCommand):
    help = _("Crea o actualiza los grupos Reporteros y Editores con sus permisos.")

    def handle(self, *args, **options):
        for name, count in setup_roles().items():
            self.stdout.write(_("%(group)s: %(count)d permisos") % {"group": name, "count": count})
