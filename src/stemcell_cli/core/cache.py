"""A cache of the validated dataset, so a run does not re-parse unchanged YAML.

Keyed on each data file's size, modification and change times, inode and device, and
on the SHA-256 of the very bytes the loader parsed: when the stats match it is used
at once; when they moved, the hashes decide. A file edited while it was being read, or
between the stats and the read, leaves nothing cached. A data file that could not be
read afresh (unreadable, not a regular file, a broken link) is never served from the
cache either. It is written atomically, and ignored (then rebuilt) when corrupt, of
the wrong shape, from another version, or unreadable. Set STEMCELL_NO_CACHE=1 to
bypass it, and STEMCELL_CACHE_DIR to move it (default: $XDG_CACHE_HOME/stemcell or
~/.cache/stemcell), used only when it is ours (usable_cache_dir).

Beside it, `names-*.marshal` keeps only the sorted completion index, so that a
keystroke of shell completion reads neither the entries nor the name index of a big
data dir (cached_completions).

Each file is a marker, a CRC-32 of the rest, then the rest in `marshal` format, with
each entry marshalled again on its own so that a run decodes only the entries it
shows. marshal is Python's own format for compiled modules; it builds plain values
and never runs code (unlike pickle), and it reads the 5,000-entry benchmark about
four times faster than JSON and needs no import. Like Python's own `__pycache__`, it
is only read from a file the user owns and nobody else may write, and only when the
checksum matches, so a damaged or planted file is rebuilt, never decoded.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import stat
import sys
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stemcell_cli import __version__
from stemcell_cli.core.datadirs import MAX_DATA_FILE_BYTES, DataDir
from stemcell_cli.core.files import read_bounded, read_head, stamp, write_atomically, xdg_home
from stemcell_cli.core.kinds import KINDS

if TYPE_CHECKING:
    from stemcell_cli.core.catalog import Catalog
    from stemcell_cli.core.completion import Completions
    from stemcell_cli.core.store import Store

FORMAT = 5
MARKER = b"stemcell dataset cache\n"
#: Which Python wrote it: marshal may change between versions.
PYTHON = list(sys.version_info[:2])

_PACKAGE = Path(__file__).resolve().parents[1]
_KIND_NAMES = {kind.name for kind in KINDS}


def program_stamp() -> list[list[Any]]:
    """Every module of stemcell, in every sub-package: where, how big, when changed.

    Both caches are keyed on it, so a changed program (an editable install, a patched
    module, an upgrade) never serves data validated or pages built by the old one."""
    stamp = []
    folders = [str(_PACKAGE)]
    while folders:
        with os.scandir(folders.pop()) as entries:
            for entry in entries:
                if entry.name.endswith(".py"):
                    info = entry.stat()
                    stamp.append([entry.path, info.st_size, info.st_mtime_ns])
                elif entry.name not in ("__pycache__", "data") and entry.is_dir():
                    folders.append(entry.path)
    return sorted(stamp)


def cache_dir() -> Path:
    explicit = os.environ.get("STEMCELL_CACHE_DIR")
    if explicit:
        return Path(explicit)
    return xdg_home("XDG_CACHE_HOME", ".cache") / "stemcell"


def lstat_or_make_private(folder: Path, *, parents: bool = False) -> os.stat_result | None:
    """The folder's own `lstat` (a link is not followed), after creating it private
    (0700) when it is missing (its parents too when `parents`); None when it can be
    neither read nor made."""
    try:
        return os.lstat(folder)
    except FileNotFoundError:
        pass
    except OSError:
        return None
    try:
        if parents:
            folder.parent.mkdir(parents=True, exist_ok=True)
        folder.mkdir(mode=0o700)
        return os.lstat(folder)
    except OSError:
        return None


def usable_cache_dir() -> Path | None:
    """The cache folder, if it is ours to read and write: created private (0700) when
    missing; None (the cache is then skipped, silently: it only costs speed) when it is
    not a folder, is another user's or writable by anyone else, or is a symbolic link
    that another user made or that leads to such a folder (attack6). A link of this
    user's to a folder of this user's (`~/.cache` on another disk) is used, through the
    folder it leads to, so a link swapped after this check is not followed."""
    folder = cache_dir()
    info = lstat_or_make_private(folder, parents=True)
    if info is None:
        return None
    if stat.S_ISLNK(info.st_mode):
        if not owned(info):
            return None
        try:
            folder = Path(os.path.realpath(folder, strict=True))
            info = os.lstat(folder)
        except (OSError, RuntimeError):  # a broken link or a loop of links
            return None
    return folder if stat.S_ISDIR(info.st_mode) and trusted(info) else None


def cache_path(dirs: Sequence[DataDir], content: str = "dataset") -> Path:
    """The cache file of `content` ("dataset" or "names") for these data dirs."""
    key = "\0".join(f"{d.label}\0{d.path.resolve()}" for d in dirs)
    # A short name only; the stats stored inside decide whether the file is ours.
    digest = zlib.crc32(key.encode("utf-8", "surrogateescape"))
    return cache_dir() / f"{content}-{digest:08x}.marshal"


def _usable_path(dirs: Sequence[DataDir], content: str = "dataset") -> Path | None:
    """`cache_path` in the usable cache folder, or None when there is none."""
    folder = usable_cache_dir()
    return None if folder is None else folder / cache_path(dirs, content).name


#: The largest cache file read back (a dataset of the largest data files allowed).
MAX_CACHE_BYTES = 512 * 1024 * 1024


#: The data files of some data dirs, and what identifies the version of each (data_stamp).
Stamp = tuple[list[Path], list[list[Any]]]


def data_stamp(dirs: Sequence[DataDir]) -> Stamp | None:
    """The data files of `dirs` and what identifies the version of each: path, size,
    modification and change times, inode and device (files.stamp).

    None when any file would be refused when read (unreadable, not a regular file, a
    broken link) or a folder cannot be searched: then nothing may be served from a
    cache, and reading the data afresh reports the problem, cached or not.
    """
    files: list[Path] = []
    stats: list[list[Any]] = []
    for data_dir in dirs:
        for kind in KINDS:
            path = data_dir.path / kind.filename
            try:
                info = os.stat(path)
            except FileNotFoundError:
                if os.path.lexists(path):
                    return None  # a broken link: an error when read
                continue
            except OSError:
                return None
            if not stat.S_ISREG(info.st_mode) or not os.access(path, os.R_OK):
                return None
            files.append(path)
            stats.append([str(path), *stamp(info)])
    return files, stats


def _hashes(files: Sequence[Path], stats: Sequence[list[Any]]) -> list[str] | None:
    """The SHA-256 of each file, if each is still the version `stats` describes."""
    import hashlib  # only when the stats changed: loading OpenSSL costs start-up

    hashes = []
    for path, expected in zip(files, stats, strict=True):
        try:
            read = read_bounded(path, MAX_DATA_FILE_BYTES)
        except OSError:
            return None
        if read.changed or [str(path), *stamp(read.info)] != expected:
            return None
        hashes.append(hashlib.sha256(read.data).hexdigest())
    return hashes


def _fresh(dirs: Sequence[DataDir]) -> Store:
    from stemcell_cli.core.loader import load_dataset
    from stemcell_cli.core.store import to_store

    return to_store(load_dataset(dirs))


def cached_store(dirs: Sequence[DataDir]) -> Store:
    """The validated entries of `dirs`, from the cache when it is still valid."""
    found = None if os.environ.get("STEMCELL_NO_CACHE") else data_stamp(dirs)
    if found is None:
        return _fresh(dirs)
    files, stats = found
    target = _usable_path(dirs)
    if target is None:
        return _fresh(dirs)
    stored = _read(target)
    if (
        stored is not None
        and _is_store(stored.get("data"))
        and stored.get("program") == program_stamp()
    ):
        if stored["stats"] == stats:
            return stored["data"]  # type: ignore[no-any-return]
        hashes = _hashes(files, stats)
        if hashes is not None and hashes == stored["hashes"]:
            _write(target, {"stats": stats, "hashes": hashes, "data": stored["data"]})
            return stored["data"]  # type: ignore[no-any-return]
    return _load_and_keep(dirs, target, stats)


def _load_and_keep(dirs: Sequence[DataDir], target: Path, stats: list[list[Any]]) -> Store:
    """The entries read afresh, kept in the cache stamped with what was actually read:
    the hash of the bytes parsed, under the status each file had when `stats` was
    taken. If any file was another version when read, or changed while being read,
    nothing is kept: the next run reads the files again."""
    from stemcell_cli.core.loader import load_dataset
    from stemcell_cli.core.store import to_store

    seen: dict[str, tuple[list[int] | None, str, bool]] = {}
    dataset = load_dataset(dirs, seen)
    hashes = []
    for expected in stats:
        read = seen.get(expected[0])
        if read is None or read[2] or read[0] != expected[1:]:
            return to_store(dataset)
        hashes.append(read[1])
    if len(seen) == len(stats):
        _write(target, {"stats": stats, "hashes": hashes, "data": to_store(dataset, encode=True)})
    return to_store(dataset)


def cached_completions(dirs: Sequence[DataDir]) -> Completions:
    """The completion index of `dirs`, kept in a small file of its own so that a
    keystroke reads neither the entries nor the name index of a big data dir."""
    from stemcell_cli.core.catalog import Catalog
    from stemcell_cli.core.completion import completion_index

    found = None if os.environ.get("STEMCELL_NO_CACHE") else data_stamp(dirs)
    if found is None:
        return completion_index(Catalog(_fresh(dirs)).names())
    target = _usable_path(dirs, "names")
    if target is None:
        return completion_index(Catalog(_fresh(dirs)).names())
    stored = _read(target)
    if (
        stored is not None
        and stored["stats"] == found[1]
        and stored.get("program") == program_stamp()
        and _is_index(stored.get("index"))
    ):
        return stored["index"]  # type: ignore[no-any-return]
    index = completion_index(Catalog(cached_store(dirs)).names())
    again = data_stamp(dirs)
    if again is not None and again[1] == found[1]:  # the data did not change meanwhile
        _write(target, {"stats": found[1], "hashes": [], "index": index})
    return index


def _read(target: Path) -> dict[str, Any] | None:
    try:
        read = read_bounded(target, MAX_CACHE_BYTES, follow=False)
    except OSError:
        return None
    if not trusted(read.info):
        return None
    stored = decode(read.data)
    if (
        not isinstance(stored, dict)
        or stored.get("format") != FORMAT
        or stored.get("version") != __version__
        or stored.get("python") != PYTHON
        or not isinstance(stored.get("stats"), list)
        or not isinstance(stored.get("hashes"), list)
    ):
        return None
    return stored


def trusted(info: os.stat_result) -> bool:
    """Owned by this user and writable by nobody else (where the system has owners)."""
    return owned(info) and not info.st_mode & 0o022


def owned(info: os.stat_result) -> bool:
    """Owned by this user (where the system has owners)."""
    getuid = getattr(os, "getuid", None)
    return getuid is None or info.st_uid == getuid()


def encode(payload: dict[str, Any]) -> bytes:
    body = marshal.dumps(payload)
    return MARKER + zlib.crc32(body).to_bytes(4, "big") + body


def decode(raw: bytes) -> Any:
    """The payload of a cache file, or None unless its marker and checksum are right."""
    start = len(MARKER) + 4
    if not raw.startswith(MARKER) or len(raw) < start:
        return None
    body = memoryview(raw)[start:]
    if zlib.crc32(body) != int.from_bytes(raw[len(MARKER) : start], "big"):
        return None
    try:
        return marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return None


def _is_store(data: Any) -> bool:
    """The shape `Catalog` expects: every kind -> rows of
    [id, origin, [[lookup key, name]...], entry bytes]."""
    return (
        isinstance(data, dict)
        and data.keys() == _KIND_NAMES
        and all(
            isinstance(rows, list)
            and all(
                isinstance(row, list)
                and len(row) == 4
                and isinstance(row[0], str)
                and isinstance(row[1], str)
                and isinstance(row[2], list)
                and all(
                    isinstance(pair, list)
                    and len(pair) == 2
                    and isinstance(pair[0], str)
                    and isinstance(pair[1], str)
                    for pair in row[2]
                )
                and isinstance(row[3], bytes)
                for row in rows
            )
            for rows in data.values()
        )
    )


def _is_index(index: Any) -> bool:
    """The shape of the completion index: text of whole lines (completion.Completions)."""
    return isinstance(index, str) and (not index or index.endswith("\n"))


def _write(target: Path, content: dict[str, Any]) -> None:
    payload = {
        "format": FORMAT,
        "version": __version__,
        "python": PYTHON,
        "program": program_stamp(),
        **content,
    }
    with contextlib.suppress(OSError):  # a cache that cannot be written only costs speed
        write_atomically(target, encode(payload))
        _remove_old_json_cache(target.with_suffix(".json"))
        _remove_stale_temporaries(target)


def _remove_stale_temporaries(target: Path) -> None:
    """Remove the temporary files that killed runs left while writing `target`: named
    as write_atomically names them, an hour old, this user's, starting with MARKER."""
    import re
    import time

    pattern = re.compile(rf"\.{re.escape(target.name)}\.[0-9a-f]{{12}}\.tmp")
    with os.scandir(target.parent) as entries:
        for entry in entries:
            if not pattern.fullmatch(entry.name) or not entry.is_file(follow_symlinks=False):
                continue
            if time.time() - entry.stat(follow_symlinks=False).st_mtime < 3600:
                continue  # perhaps another run writing right now
            with contextlib.suppress(OSError):
                head, info = read_head(entry.path, len(MARKER))
                if trusted(info) and head == MARKER:
                    os.unlink(entry.path)


def _remove_old_json_cache(path: Path) -> None:
    """Remove the JSON cache stemcell 0.1 kept under this name, if that is what it is:
    a regular file of this user's that starts as that cache did."""
    try:
        head, info = read_head(path, 16)
    except OSError:
        return
    if trusted(info) and head.startswith(b'{"format": '):
        path.unlink(missing_ok=True)


def open_catalog(user_dir: Path | None = None) -> Catalog:
    """Load (from the cache when valid) and index the shipped data plus `user_dir`."""
    from stemcell_cli.core.catalog import Catalog
    from stemcell_cli.core.datadirs import data_dirs

    dirs = data_dirs(user_dir)
    mine = [d.path for d in dirs if not d.shipped]
    return Catalog(cached_store(dirs), reload=lambda: rebuilt_store(dirs), user_dirs=mine)


def rebuilt_store(dirs: Sequence[DataDir]) -> Store:
    """The entries read afresh from the data files, and the cache written anew."""
    from stemcell_cli.core.loader import load_dataset
    from stemcell_cli.core.store import to_store

    found = None if os.environ.get("STEMCELL_NO_CACHE") else data_stamp(dirs)
    target = None if found is None else _usable_path(dirs)
    if found is None or target is None:
        return to_store(load_dataset(dirs))
    return _load_and_keep(dirs, target, found[1])
