"""Finding source files, safely, and naming them for reports.

A file is found under a folder the operator named; the walk never leaves
that folder (a symlink pointing outside it is refused, unless the operator
allows it) and never opens anything but regular files (a FIFO would block
the run for ever). A file's identity is decided later (persist.ImportState):
its absolute path, with symlinks resolved, plus its content hash.
"""

import hashlib
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation import gettext as _

# Files that are never articles: editor and OS droppings.
IGNORED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}

# Characters that must never reach a terminal or a report line raw: C0/C1
# controls (newlines forge report lines, ESC drives the terminal) and the
# bidirectional overrides and isolates (they reorder what is shown).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` with undecodable bytes and control characters shown as escapes."""
    raw = os.fsencode(text) if isinstance(text, str) else text
    decoded = raw.decode("utf-8", "backslashreplace")
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), decoded)


def storable(text: str) -> str:
    """A file name as text a database accepts: undecodable bytes as escapes."""
    return os.fsencode(text).decode("utf-8", "backslashreplace")


@dataclass(frozen=True)
class SourceFile:
    path: Path  # as found on disk
    key: str  # POSIX path relative to the folder given (or the file's name)
    absolute: str = ""  # the file's identity here: absolute path, symlinks resolved
    problem: str = ""  # why it cannot be read at all (outside the tree, not a file)

    @property
    def display(self) -> str:
        return printable(str(self.path))


def _classify(path: Path, root: Path | None, *, follow_outside: bool) -> tuple[str, str]:
    """(absolute identity, problem) for one directory entry."""
    try:
        resolved = path.resolve(strict=True)
        mode = os.stat(resolved).st_mode
    except (OSError, RuntimeError):
        return storable(str(path.absolute())), _("enlace roto o archivo inaccesible")
    if root is not None and not follow_outside and not resolved.is_relative_to(root):
        return storable(str(resolved)), _(
            "enlace simbólico fuera de la carpeta importada; se omite"
        )
    if not stat.S_ISREG(mode):
        return storable(str(resolved)), _(
            "no es un archivo regular (FIFO, dispositivo o socket); se omite"
        )
    return storable(str(resolved)), ""


def iter_source_files(
    paths: Iterable[str | os.PathLike], *, follow_outside: bool = False
) -> Iterator[SourceFile]:
    """Yield every file under ``paths`` in a stable order, streaming.

    A directory is walked recursively (symlinked directories are not
    entered) and its files are keyed relative to it; a file given directly
    is keyed by its name. Hidden files and directories (a leading dot) are
    skipped.
    """
    for given in paths:
        given = Path(given)
        if given.is_dir():
            root = given.resolve()
            for dirpath, dirnames, filenames in os.walk(given):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if name.startswith(".") or name in IGNORED_NAMES:
                        continue
                    path = Path(dirpath) / name
                    absolute, problem = _classify(path, root, follow_outside=follow_outside)
                    key = storable(path.relative_to(given).as_posix())
                    yield SourceFile(path=path, key=key, absolute=absolute, problem=problem)
        else:
            # A file named on the command line is the operator's explicit choice.
            absolute, problem = _classify(given, None, follow_outside=True)
            yield SourceFile(
                path=given, key=storable(given.name), absolute=absolute, problem=problem
            )


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
