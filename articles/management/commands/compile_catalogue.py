"""Compile every ``locale/*/LC_MESSAGES/*.po`` under LOCALE_PATHS to ``.mo`` with polib.

GNU gettext's ``msgfmt`` is often missing on a fresh machine; polib is pure
Python. The compiled ``.mo`` is committed too (a test keeps it in step with
the ``.po``), so a server started without ``make`` is in Spanish as well.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _


def catalogues() -> list[Path]:
    """Every ``.po`` file of the project's locale folders, in a stable order."""
    return sorted(
        po for base in settings.LOCALE_PATHS for po in Path(base).glob("*/LC_MESSAGES/*.po")
    )


def compiled(po_path: Path) -> bytes:
    """The ``.mo`` bytes for one ``.po`` file (fuzzy and obsolete entries left out)."""
    catalogue = polib.pofile(str(po_path))
    for entry in catalogue.fuzzy_entries():
        catalogue.remove(entry)
    return catalogue.to_binary()


def compile_all() -> list[Path]:
    """Write the ``.mo`` next to each ``.po`` when it changed; the paths written."""
    written = []
    for po_path in catalogues():
        mo_path = po_path.with_suffix(".mo")
        data = compiled(po_path)
        if not mo_path.exists() or mo_path.read_bytes() != data:
            mo_path.write_bytes(data)
            written.append(mo_path)
    return written


class Command(BaseCommand):
    help = _("Compila los catálogos de traducción (.po a .mo) sin necesidad de msgfmt.")

    def handle(self, *args, **options):
        written = compile_all()
        self.stdout.write(
            _("Catálogos compilados: %(count)d actualizados de %(total)d.")
            % {"count": len(written), "total": len(catalogues())}
        )
