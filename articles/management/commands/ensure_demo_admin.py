import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _


class Command(BaseCommand):
    help = _("Crea un administrador de demostración si todavía no hay ninguno.")

    def add_arguments(self, parser):
        parser.add_argument("--username", default="editor")

    def handle(self, *args, username, **options):
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            self.stdout.write(_("Ya existe un administrador; no se crea otro."))
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email="", password=password)
        self.stdout.write(
            _(
                "Administrador de demostración creado (se muestra una sola vez):\n"
                "  usuario:    %(user)s\n  contraseña: %(password)s\n"
                "  %(url)s/admin/"
            )
            % {"user": username, "password": password, "url": settings.SITE_URL}
        )
