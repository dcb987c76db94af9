"""Finished pages of the read-only commands, reused while nothing they depend on changed.

`stemcell explain osteoarthritis >> notes.md` writes the same Markdown every time until
a data file, the program or the request changes, so the text is kept in the cache
directory (pages/) and written straight out next time: such a run reads no catalog and
builds no page, which is most of what it costs beyond Python, Typer (and Rich) starting.

A kept page is used only when its first line is exactly what this run would write
there: a marker, the request (command, arguments, output format, and for Rich
everything the Console decided from the terminal and environment: width, colours,
characters), stemcell's version, what identifies the version of every data file (size,
modification and change times, inode; cache.data_stamp) and the size and
modification time of every module of the program, so editing either (even in a
development checkout, even with the modification time put back) is never served
stale. A data file that could not be read afresh is never served from here either.

The pages folder is used only when it is a real folder (not a symbolic link) that
this user owns and nobody else can write; a page is read only when this user owns it
and nobody else can write it; writes are atomic; STEMCELL_NO_CACHE=1 turns it off.
At most LIMIT pages are kept: beyond that the older half is dropped, and only files
whose name and first line prove they are kept pages are ever deleted.
"""

from __future__ import annotations

import os
import re
import stat
import time
import zlib
from collections.abc import Sequence
from pathlib import Path

from stemcell_cli import __version__
from stemcell_cli.core.cache import (
    Stamp,
    data_stamp,
    lstat_or_make_private,
    program_stamp,
    trusted,
    usable_cache_dir,
)
from stemcell_cli.core.datadirs import DataDir
from stemcell_cli.core.files import read_bounded, read_head, write_atomically

FORMAT = 2
LIMIT = 256
#: How every kept page starts: what proves a file in pages/ is one before it is deleted.
MARKER = "stemcell kept page "
#: The largest kept page read back.
MAX_PAGE_BYTES = 64 * 1024 * 1024
_PAGE_NAME = r"[0-9a-f]{8}\.txt"
#: A temporary file of an interrupted write_atomically of a page.
_TEMPORARY_NAME = r"\.[0-9a-f]{8}\.txt\.[0-9a-f]{12}\.tmp"
#: Temporary files older than this are left by runs that were killed.
_STALE_SECONDS = 3600


def _header(dirs: Sequence[DataDir], request: Sequence[object], stamp: Stamp | None) -> str | None:
    """The first line of the page for `request`, with the data files as `stamp` says
    (cache.data_stamp); None when they could not be stamped."""
    if stamp is None:
        return None
    folders = [(os.path.abspath(d.path), d.path.is_dir()) for d in dirs]
    key = (FORMAT, __version__, tuple(request), folders, stamp[1], program_stamp())
    return MARKER + repr(key)


def _folder() -> Path | None:
    """The pages folder, if it is ours to use: created private when missing; None when
    it is a symbolic link, not a folder, or another user's or writable by others, or
    when the cache folder holding it is not ours to use (cache.usable_cache_dir)."""
    base = usable_cache_dir()
    if base is None:
        return None
    folder = base / "pages"
    info = lstat_or_make_private(folder)
    if info is None:
        return None
    return folder if stat.S_ISDIR(info.st_mode) and trusted(info) else None


def _name(dirs: Sequence[DataDir], request: Sequence[object]) -> str:
    key = repr(([(d.label, os.path.abspath(d.path)) for d in dirs], tuple(request)))
    return f"{zlib.crc32(key.encode('utf-8', 'surrogateescape')):08x}.txt"


def recall(dirs: Sequence[DataDir], request: Sequence[object]) -> str | None:
    """The kept page for `request`, if it is still exactly what would be shown."""
    if os.environ.get("STEMCELL_NO_CACHE"):
        return None
    folder = _folder()
    if folder is None:
        return None
    try:
        read = read_bounded(folder / _name(dirs, request), MAX_PAGE_BYTES, follow=False)
        if not trusted(read.info):
            return None
        kept = read.data.decode("utf-8")
        header = _header(dirs, request, data_stamp(dirs))
    except (OSError, UnicodeDecodeError):
        return None
    first, newline, page = kept.partition("\n")
    return page if header is not None and newline and first == header else None


def keep(
    dirs: Sequence[DataDir], request: Sequence[object], page: str, built_on: Stamp | None
) -> None:
    """Keep `page` for `request`; failing to is only a missed speed-up.

    `built_on` is what the data files were (cache.data_stamp) before the page's data
    was read: the page is kept under it, so a file edited since is never served stale
    (and when they changed already, the page is not kept at all)."""
    if os.environ.get("STEMCELL_NO_CACHE"):
        return
    folder = _folder()
    if folder is None:
        return
    try:
        header = _header(dirs, request, built_on)
        if header is None or header != _header(dirs, request, data_stamp(dirs)):
            return
        target = folder / _name(dirs, request)
        write_atomically(target, (header + "\n" + page).encode("utf-8"))
        _prune(folder, target.name)
    except (OSError, UnicodeEncodeError):
        pass


def _ours(folder: Path, name: str) -> bool:
    """Whether a file in the pages folder is provably a kept page (or a temporary one):
    a regular file, not a link, of this user's, that starts with MARKER."""
    try:
        head, info = read_head(folder / name, len(MARKER))
    except OSError:
        return False
    return trusted(info) and head == MARKER.encode("ascii")


def _prune(folder: Path, newest: str) -> None:
    """Drop the older half of the pages once there are LIMIT, never `newest`; and the
    temporary files of killed runs. Only files whose name and header prove they are
    ours: anything else in the folder is never touched."""
    pages: list[tuple[int, str]] = []
    now = time.time()
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name == newest or not entry.is_file(follow_symlinks=False):
                continue
            if re.fullmatch(_PAGE_NAME, entry.name):
                pages.append((entry.stat(follow_symlinks=False).st_mtime_ns, entry.name))
            elif (
                re.fullmatch(_TEMPORARY_NAME, entry.name)
                and now - entry.stat(follow_symlinks=False).st_mtime > _STALE_SECONDS
                and _ours(folder, entry.name)
            ):
                (folder / entry.name).unlink(missing_ok=True)
    if len(pages) < LIMIT:
        return
    ours = sorted(page for page in pages if _ours(folder, page[1]))
    if len(ours) < LIMIT:
        return
    for _, name in ours[: len(ours) // 2]:
        (folder / name).unlink(missing_ok=True)
