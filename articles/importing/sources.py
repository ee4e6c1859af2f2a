"""Finding source files and giving each a stable identity."""

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

# Files that are never articles: editor and OS droppings.
IGNORED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


@dataclass(frozen=True)
class SourceFile:
    path: Path  # as found on disk
    key: str  # identity: POSIX path relative to the import root

    @property
    def display(self) -> str:
        return str(self.path)


def iter_source_files(paths: Iterable[str | os.PathLike]) -> Iterator[SourceFile]:
    """Yield every file under ``paths`` in a stable order, streaming.

    A directory is walked recursively and its files are keyed relative to
    it; a file given directly is keyed by its name. Hidden files and
    directories (a leading dot) are skipped.
    """
    for given in paths:
        given = Path(given)
        if given.is_dir():
            for dirpath, dirnames, filenames in os.walk(given):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if name.startswith(".") or name in IGNORED_NAMES:
                        continue
                    path = Path(dirpath) / name
                    yield SourceFile(path=path, key=path.relative_to(given).as_posix())
        else:
            yield SourceFile(path=given, key=given.name)


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
