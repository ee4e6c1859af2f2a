"""python manage.py load_people fixtures/people.json"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from people.mentions.loading import FixtureError, load_people


class Command(BaseCommand):
    help = (
        "Carga o actualiza el registro de funcionarios e instituciones desde un JSON (idempotente)."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="Archivo JSON, p. ej. fixtures/people.json")

    def handle(self, *args, path, **options):
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CommandError(f"No se pudo leer {path}: {exc}") from exc
        try:
            report = load_people(data)
        except FixtureError as exc:
            raise CommandError(str(exc)) from exc
        if options["verbosity"] > 0:
            self.stdout.write(report.summary())
