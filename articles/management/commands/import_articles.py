import json
import sys
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError
from django.utils.translation import gettext as _

from articles.importing.pipeline import DatabaseUnavailable, import_paths
from articles.importing.records import FileOutcome, Status
from articles.importing.sources import iter_source_files

STATUS_LABELS = {
    Status.CREATED: "creado",
    Status.UPDATED: "actualizado",
    Status.UNCHANGED: "sin cambios",
    Status.SKIPPED: "omitido",
    Status.FAILED: "falló",
}


def first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class Progress:
    """Count, rate and ETA on a terminal; silent when output is not a TTY."""

    def __init__(self, stream, total: int | None):
        self.stream = stream
        self.enabled = stream.isatty()
        self.total = total
        self.done = 0
        self.started = time.monotonic()
        self.last_draw = 0.0
        self.shown = False

    def tick(self) -> None:
        self.done += 1
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last_draw < 0.2:
            return
        self.last_draw = now
        rate = self.done / max(now - self.started, 1e-6)
        line = f"{self.done:,}"
        if self.total:
            eta = (self.total - self.done) / rate if rate else 0
            line += f"/{self.total:,} · ETA {eta:,.0f} s"
        self.stream.write(f"\r{line} · {rate:,.0f} archivos/s  ")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        """Erase the progress line so a report line can be printed in its place."""
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.shown = False


class Command(BaseCommand):
    help = _("Importa notas desde archivos o directorios (Jekyll, agencia, comunicado).")

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--draft", action="store_true", help=_("importar todo como borrador"))
        parser.add_argument("--dry-run", action="store_true", help=_("analizar sin escribir"))
        parser.add_argument(
            "--overwrite-edited",
            action="store_true",
            help=_("sobrescribir notas que un editor cambió desde la importación"),
        )
        parser.add_argument(
            "--restore-deleted",
            action="store_true",
            help=_("volver a importar notas que un editor eliminó"),
        )
        parser.add_argument(
            "--rehash",
            action="store_true",
            help=_("leer y comparar cada archivo aunque su tamaño y sus fechas no hayan cambiado"),
        )
        parser.add_argument(
            "--follow-links",
            action="store_true",
            help=_("seguir enlaces simbólicos que salen de la carpeta importada"),
        )
        parser.add_argument("--report", metavar="FILE.json", help=_("escribir el informe JSON"))
        parser.add_argument("--max-bytes", type=int, default=None, help=_("tamaño máximo"))
        parser.add_argument(
            "--workers",
            type=int,
            default=None,
            help=_("procesos que analizan archivos en paralelo (0: ninguno; por omisión, 2)"),
        )

    def handle(
        self,
        *args,
        paths,
        draft,
        dry_run,
        overwrite_edited,
        restore_deleted,
        rehash,
        follow_links,
        report,
        max_bytes,
        workers,
        **opts,
    ):
        from pathlib import Path

        missing = [p for p in paths if not Path(p).exists()]
        if missing:
            raise CommandError(
                _("no existe: %(paths)s") % {"paths": ", ".join(missing)}, returncode=2
            )
        if max_bytes is not None and max_bytes <= 0:
            raise CommandError(_("--max-bytes debe ser un entero positivo"), returncode=2)

        total = None
        if sys.stderr.isatty():
            # Listing the tree is cheap next to importing it, and gives the ETA.
            total = sum(1 for _source in iter_source_files(paths, follow_outside=follow_links))
        progress = Progress(sys.stderr, total=total)

        def show(outcome: FileOutcome) -> None:
            progress.tick()
            if outcome.status != Status.UNCHANGED:
                progress.clear()
                self.stdout.write(self.describe(outcome))

        started = time.monotonic()
        try:
            result = import_paths(
                paths,
                max_bytes=max_bytes,
                draft=draft,
                dry_run=dry_run,
                overwrite_edited=overwrite_edited,
                restore_deleted=restore_deleted,
                rehash=rehash,
                follow_outside=follow_links,
                on_outcome=show,
                workers=workers,
            )
        except (DatabaseUnavailable, DatabaseError) as exc:
            progress.clear()
            self.stderr.write(
                _(
                    "Error: la base de datos dejó de responder (%(error)s). Lo importado antes "
                    "del fallo se conserva; vuelva a ejecutar el mismo comando para terminar."
                )
                % {"error": first_line(exc)}
            )
            sys.exit(3)
        progress.clear()
        elapsed = time.monotonic() - started

        counts = result.counts()
        self.stdout.write(
            _(
                "Resumen%(dry)s: %(created)d creados, %(updated)d actualizados, "
                "%(unchanged)d sin cambios, %(skipped)d omitidos, %(failed)d fallidos "
                "(%(total)d archivos en %(elapsed).1f s)."
            )
            % {
                "dry": _(" (simulación)") if dry_run else "",
                "total": len(result.outcomes),
                "elapsed": elapsed,
                **counts,
            }
        )
        if report:
            Path(report).write_text(
                json.dumps(result.as_dict(), ensure_ascii=False, indent=2), encoding="utf-8"
            )
        if result.failed:
            sys.exit(1)

    @staticmethod
    def describe(outcome: FileOutcome) -> str:
        label = STATUS_LABELS[outcome.status]
        line = f"{label}: {outcome.path}"
        if outcome.article:
            line += f" → {outcome.article}"
        if outcome.error:
            line += f": {outcome.error}"
        if outcome.warnings:
            line += " (" + "; ".join(outcome.warnings) + ")"
        return line
