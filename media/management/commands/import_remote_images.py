from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from media.remote import import_remote_images

LABELS = {"imported": _("traída"), "reused": _("ya estaba en la biblioteca"), "failed": _("falló")}


class Command(BaseCommand):
    help = _("Trae a la biblioteca las imágenes principales externas de las notas importadas.")

    def add_arguments(self, parser):
        parser.add_argument("slugs", nargs="*", help=_("Sólo estas notas (slugs)."))
        parser.add_argument("--timeout", type=float, default=10.0, help=_("Segundos por imagen."))
        parser.add_argument("--max-mb", type=int, default=None, help=_("Tamaño máximo por imagen."))

    def handle(self, *args, slugs, timeout, max_mb, **options):
        max_bytes = max_mb * 1024 * 1024 if max_mb else None
        report = import_remote_images(slugs=slugs, timeout=timeout, max_bytes=max_bytes)
        for outcome in report.outcomes:
            line = f"{outcome.slug}: {LABELS[outcome.status]}"
            self.stdout.write(f"{line} ({outcome.detail})" if outcome.detail else line)
        self.stdout.write(
            _("Traídas: %(imported)d, reutilizadas: %(reused)d, fallidas: %(failed)d.")
            % {key: report.count(key) for key in ("imported", "reused", "failed")}
        )
        if report.count("failed"):
            self.stderr.write(_("Algunas imágenes no se pudieron traer; ver arriba."))
