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
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from operator import attrgetter
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
    if isinstance(text, str) and text.isprintable():
        # The common case, and exact: an undecodable byte is a surrogate and
        # every character _UNPRINTABLE matches is a control or format one.
        return text
    raw = os.fsencode(text) if isinstance(text, str) else text
    decoded = raw.decode("utf-8", "backslashreplace")
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), decoded)


def storable(text: str) -> str:
    """A file name as text a database accepts: undecodable bytes as escapes."""
    if text.isascii():
        return text
    return os.fsencode(text).decode("utf-8", "backslashreplace")


@dataclass(frozen=True, slots=True)
class SourceFile:
    path: str | Path  # as found on disk
    key: str  # POSIX path relative to the folder given (or the file's name)
    absolute: str = ""  # the file's identity here: absolute path, symlinks resolved
    problem: str = ""  # why it cannot be read at all (outside the tree, not a file)
    # What the file system says of the file without reading it (size, times,
    # inode), or "" when that cannot be trusted yet: see ``signature``.
    signature: str = ""

    @property
    def display(self) -> str:
        return printable(str(self.path))


# A file modified this recently may still change within the same clock tick
# without its times changing (git's "racy" files): its signature is not
# recorded, so the next run reads and hashes it again.
SETTLED_NS = 2_000_000_000


def signature(info: os.stat_result, now_ns: int) -> str:
    """The file's size, modification and change times and inode, as one text.

    A run trusts an unchanged signature instead of reading the file: writing a
    file changes its ctime, which no user can set back, so equal signatures
    mean equal content (the same test git and rsync make). "" for a file
    modified less than SETTLED_NS ago.
    """
    if now_ns - max(info.st_mtime_ns, info.st_ctime_ns) < SETTLED_NS:
        return ""
    return f"{info.st_size}:{info.st_mtime_ns}:{info.st_ctime_ns}:{info.st_dev}:{info.st_ino}"


def _classify(path: Path, root: Path | None, *, follow_outside: bool) -> tuple[str, str, str]:
    """(absolute identity, problem, signature) for one path, symlinks resolved."""
    try:
        resolved = path.resolve(strict=True)
        info = os.stat(resolved)
    except (OSError, RuntimeError):
        return storable(str(path.absolute())), _("enlace roto o archivo inaccesible"), ""
    if root is not None and not follow_outside and not resolved.is_relative_to(root):
        return (
            storable(str(resolved)),
            _("enlace simbólico fuera de la carpeta importada; se omite"),
            "",
        )
    if not stat.S_ISREG(info.st_mode):
        return (
            storable(str(resolved)),
            _("no es un archivo regular (FIFO, dispositivo o socket); se omite"),
            "",
        )
    return storable(str(resolved)), "", signature(info, time.time_ns())


def iter_source_files(
    paths: Iterable[str | os.PathLike], *, follow_outside: bool = False
) -> Iterator[SourceFile]:
    """Yield every file under ``paths`` in a stable order, streaming.

    A directory is walked recursively (symlinked directories are not
    entered) and its files are keyed relative to it; a file given directly
    is keyed by its name. Hidden files and directories (a leading dot) are
    skipped. Within a folder, its files come first, by name, then its
    subfolders, by name.
    """
    for given in paths:
        given = Path(given)
        if given.is_dir():
            root = given.resolve()
            yield from _walk(given, root, follow_outside=follow_outside)
        else:
            # A file named on the command line is the operator's explicit choice.
            absolute, problem, sign = _classify(given, None, follow_outside=True)
            yield SourceFile(
                path=given,
                key=storable(given.name),
                absolute=absolute,
                problem=problem,
                signature=sign,
            )


def _walk(given: Path, root: Path, *, follow_outside: bool) -> Iterator[SourceFile]:
    # One directory listing per folder and one lstat per file: a folder
    # entered here is no symlink, so a plain file's resolved path is its
    # folder's plus its name (resolving every path was most of a re-run).
    # What can be decided per folder is (the clock, whether its names need
    # escaping); per file, only its own name and its lstat.
    folders = [(str(given), str(root).rstrip("/"), "")]  # (path as given, resolved, key prefix)
    while folders:
        folder, resolved_folder, prefix = folders.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=_name)
        except OSError:
            continue  # as os.walk: an unreadable folder is passed over
        now_ns = time.time_ns()
        folder_ascii = prefix.isascii() and resolved_folder.isascii()
        resolved_prefix = resolved_folder + "/"
        subfolders = []
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            try:
                if entry.is_dir():  # symlinked folders included, never entered
                    if not entry.is_symlink():
                        subfolders.append((entry.path, resolved_prefix + name, f"{prefix}{name}/"))
                    continue
            except OSError:
                pass
            if name in IGNORED_NAMES:
                continue
            path = entry.path
            if folder_ascii and name.isascii():  # storable() would change nothing
                key, absolute = prefix + name, resolved_prefix + name
            else:
                key, absolute = storable(prefix + name), storable(resolved_prefix + name)
            try:
                plain = entry.is_file(follow_symlinks=False)
                info = entry.stat(follow_symlinks=False) if plain else None
            except OSError:
                plain = False
            if plain:
                yield SourceFile(path, key, absolute, "", signature(info, now_ns))
            else:  # a symlink, a FIFO, a device: the careful way
                absolute, problem, sign = _classify(Path(path), root, follow_outside=follow_outside)
                yield SourceFile(path, key, absolute, problem, sign)
        # Depth first, in name order: the stack pops the first subfolder next.
        folders.extend(reversed(subfolders))


_name = attrgetter("name")


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
