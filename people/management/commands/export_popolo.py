"""python manage.py export_popolo [-o registro.json] [--verified-only]"""

import json

from django.core.management.base import BaseCommand

from people.mentions.popolo import build_popolo


class Command(BaseCommand):
    help = "Exporta el registro de funcionarios e instituciones como JSON Popolo."

    def add_arguments(self, parser):
        parser.add_argument(
            "-o", "--output", help="Archivo de salida (por omisión, la salida estándar)."
        )
        parser.add_argument(
            "--verified-only", action="store_true", help="Sólo entidades verificadas."
        )

    def handle(self, *args, output=None, verified_only=False, **options):
        data = build_popolo(include_discovered=not verified_only)
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        if output:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(text)
            if options["verbosity"] > 0:
                self.stderr.write(
                    f"{len(data['persons'])} personas, "
                    f"{len(data['organizations'])} organizaciones, "
                    f"{len(data['memberships'])} cargos -> {output}"
                )
        else:
            self.stdout.write(text, ending="")
