from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from media.demo import load_demo_images


class Command(BaseCommand):
    help = _("Pone las fotos de la redacción de demostración en la biblioteca de medios.")

    def handle(self, *args, **options):
        report = load_demo_images()
        self.stdout.write(
            _(
                "Imágenes de demostración: %(added)d nuevas, %(kept)d ya estaban; "
                "%(linked)d notas con imagen de la biblioteca."
            )
            % {"added": report.added, "kept": report.kept, "linked": report.articles_linked}
        )
