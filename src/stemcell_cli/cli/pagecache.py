"""Finished pages of the read-only commands, reused while nothing they depend on changed.

`stemcell explain osteoarthritis >> notes.md` writes the same Markdown every time until
a data file, the program or the request changes, so the text is kept in the cache
directory (pages/) and written straight out next time: such a run reads no catalog and
builds no page, which is most of what it costs beyond Python, Typer (and Rich) starting.

A kept page is used only when its first line is exactly what this run would write
there: the request (command, arguments, output format, and for Rich everything the
Console decided from the terminal and environment: width, colours, characters),
stemcell's version, and the size and modification time of every data file and of
every module of the program, so editing either (even in a development checkout) is
never served stale. As with the dataset cache, a file is read only when this user owns
it and nobody else can write it, writes are atomic, STEMCELL_NO_CACHE=1 turns it
off, and at most LIMIT pages are kept (the oldest half is dropped beyond that).
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Sequence
from pathlib import Path

from stemcell_cli import __version__
from stemcell_cli.core.cache import cache_dir, trusted, write_atomically
from stemcell_cli.core.datadirs import DataDir, data_files

FORMAT = 1
LIMIT = 256

_PACKAGE = Path(__file__).resolve().parents[1]  # stemcell_cli, not cli/


def _program() -> list[tuple[str, int, int]]:
    """Every module of stemcell, in every sub-package: where, how big, when changed."""
    found = []
    folders = [str(_PACKAGE)]
    while folders:
        with os.scandir(folders.pop()) as entries:
            for entry in entries:
                if entry.name.endswith(".py"):
                    info = entry.stat()
                    found.append((entry.path, info.st_size, info.st_mtime_ns))
                elif entry.name != "__pycache__" and entry.is_dir():
                    folders.append(entry.path)
    return sorted(found)


def _header(dirs: Sequence[DataDir], request: Sequence[object]) -> str:
    folders = [(os.path.abspath(d.path), d.path.is_dir()) for d in dirs]
    data = [(os.path.abspath(path), *_size_and_time(path)) for path in data_files(dirs)]
    return repr((FORMAT, __version__, tuple(request), folders, data, _program()))


def _size_and_time(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_size, info.st_mtime_ns


def _path(dirs: Sequence[DataDir], request: Sequence[object]) -> Path:
    key = repr(([(d.label, os.path.abspath(d.path)) for d in dirs], tuple(request)))
    digest = zlib.crc32(key.encode("utf-8", "surrogateescape"))
    return cache_dir() / "pages" / f"{digest:08x}.txt"


def recall(dirs: Sequence[DataDir], request: Sequence[object]) -> str | None:
    """The kept page for `request`, if it is still exactly what would be shown."""
    if os.environ.get("STEMCELL_NO_CACHE"):
        return None
    try:
        with open(_path(dirs, request), encoding="utf-8", newline="") as handle:
            if not trusted(os.fstat(handle.fileno())):
                return None
            kept = handle.read()
        header = _header(dirs, request)
    except (OSError, UnicodeDecodeError):
        return None
    first, newline, page = kept.partition("\n")
    return page if newline and first == header else None


def keep(dirs: Sequence[DataDir], request: Sequence[object], page: str) -> None:
    """Keep `page` for `request`; failing to is only a missed speed-up."""
    if os.environ.get("STEMCELL_NO_CACHE"):
        return
    target = _path(dirs, request)
    try:
        kept = _header(dirs, request) + "\n" + page
        write_atomically(target, kept.encode("utf-8"))
        _prune(target)
    except (OSError, UnicodeEncodeError):
        pass


def _prune(newest: Path) -> None:
    """Drop the older half of the pages once there are more than LIMIT, never `newest`."""
    pages = [
        e for e in os.scandir(newest.parent) if e.name.endswith(".txt") and e.path != str(newest)
    ]
    if len(pages) < LIMIT:
        return
    pages.sort(key=lambda entry: entry.stat().st_mtime_ns)
    for entry in pages[: len(pages) // 2]:
        Path(entry.path).unlink(missing_ok=True)
