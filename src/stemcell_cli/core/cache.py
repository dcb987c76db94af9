"""A cache of the validated dataset, so a run does not re-parse unchanged YAML.

Keyed on each data file's size, modification time and SHA-256: when the sizes and
times match it is used at once; when only the times moved, the hashes decide. It is
written atomically, and ignored (then rebuilt) when corrupt, from another version, or
unreadable. Set STEMCELL_NO_CACHE=1 to bypass it, and STEMCELL_CACHE_DIR to move it
(default: $XDG_CACHE_HOME/stemcell or ~/.cache/stemcell).

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
import sys
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stemcell_cli import __version__
from stemcell_cli.core.datadirs import DataDir, data_files

if TYPE_CHECKING:
    from stemcell_cli.core.catalog import Catalog
    from stemcell_cli.core.completion import Completions
    from stemcell_cli.core.store import Store

FORMAT = 4
MARKER = b"stemcell dataset cache\n"
#: Which Python wrote it: marshal may change between versions.
PYTHON = list(sys.version_info[:2])


def cache_dir() -> Path:
    explicit = os.environ.get("STEMCELL_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "stemcell"


def cache_path(dirs: Sequence[DataDir], content: str = "dataset") -> Path:
    """The cache file of `content` ("dataset" or "names") for these data dirs."""
    key = "\0".join(f"{d.label}\0{d.path.resolve()}" for d in dirs)
    # A short name only; the stats stored inside decide whether the file is ours.
    digest = zlib.crc32(key.encode("utf-8", "surrogateescape"))
    return cache_dir() / f"{content}-{digest:08x}.marshal"


def _stat(path: Path) -> list[Any]:
    info = path.stat()
    return [str(path), info.st_size, info.st_mtime_ns]


def _sha256(path: Path) -> str:
    import hashlib  # only when the stats changed: loading OpenSSL costs start-up

    return hashlib.sha256(path.read_bytes()).hexdigest()


def _fresh(dirs: Sequence[DataDir]) -> Store:
    from stemcell_cli.core.loader import load_dataset
    from stemcell_cli.core.store import to_store

    return to_store(load_dataset(dirs))


def _stats(dirs: Sequence[DataDir]) -> tuple[list[Path], list[list[Any]]] | None:
    try:
        files = data_files(dirs)
        return files, [_stat(path) for path in files]
    except OSError:
        return None


def cached_store(dirs: Sequence[DataDir]) -> Store:
    """The validated entries of `dirs`, from the cache when it is still valid."""
    found = None if os.environ.get("STEMCELL_NO_CACHE") else _stats(dirs)
    if found is None:
        return _fresh(dirs)
    files, stats = found
    target = cache_path(dirs)
    stored = _read(target)
    if stored is not None and _is_store(stored.get("data")):
        if stored["stats"] == stats:
            return stored["data"]  # type: ignore[no-any-return]
        try:
            hashes = [_sha256(path) for path in files]
        except OSError:
            hashes = []
        if hashes and hashes == stored["hashes"]:
            _write(target, {"stats": stats, "hashes": hashes, "data": stored["data"]})
            return stored["data"]  # type: ignore[no-any-return]
    from stemcell_cli.core.loader import load_dataset
    from stemcell_cli.core.store import to_store

    dataset = load_dataset(dirs)
    try:
        hashes = [_sha256(path) for path in files]
    except OSError:
        return to_store(dataset)
    _write(target, {"stats": stats, "hashes": hashes, "data": to_store(dataset, encode=True)})
    return to_store(dataset)


def cached_completions(dirs: Sequence[DataDir]) -> Completions:
    """The completion index of `dirs`, kept in a small file of its own so that a
    keystroke reads neither the entries nor the name index of a big data dir."""
    from stemcell_cli.core.catalog import Catalog
    from stemcell_cli.core.completion import completion_index

    found = None if os.environ.get("STEMCELL_NO_CACHE") else _stats(dirs)
    if found is None:
        return completion_index(Catalog(_fresh(dirs)).names())
    target = cache_path(dirs, "names")
    stored = _read(target)
    if stored is not None and stored["stats"] == found[1] and _is_index(stored.get("index")):
        return stored["index"]  # type: ignore[no-any-return]
    index = completion_index(Catalog(cached_store(dirs)).names())
    _write(target, {"stats": found[1], "hashes": [], "index": index})
    return index


def _read(target: Path) -> dict[str, Any] | None:
    try:
        with open(target, "rb") as handle:
            if not trusted(os.fstat(handle.fileno())):
                return None
            raw = handle.read()
    except OSError:
        return None
    stored = decode(raw)
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
    getuid = getattr(os, "getuid", None)
    return getuid is None or (info.st_uid == getuid() and not info.st_mode & 0o022)


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
    """The shape `Catalog` expects: kind -> rows of [id, origin, [[key, name]...], entry]."""
    return isinstance(data, dict) and all(
        isinstance(rows, list)
        and all(
            isinstance(row, list)
            and len(row) == 4
            and isinstance(row[0], str)
            and isinstance(row[1], str)
            and isinstance(row[2], list)
            and all(isinstance(pair, list) and len(pair) == 2 for pair in row[2])
            and isinstance(row[3], bytes)
            for row in rows
        )
        for rows in data.values()
    )


def _is_index(index: Any) -> bool:
    """The shape of the completion index: text of whole lines (completion.Completions)."""
    return isinstance(index, str) and (not index or index.endswith("\n"))


def _write(target: Path, content: dict[str, Any]) -> None:
    payload = {"format": FORMAT, "version": __version__, "python": PYTHON, **content}
    with contextlib.suppress(OSError):  # a cache that cannot be written only costs speed
        write_atomically(target, encode(payload))
        target.with_suffix(".json").unlink(missing_ok=True)  # left by stemcell 0.1's JSON cache


def write_atomically(target: Path, data: bytes) -> None:
    """Write a private file in one step: readers see the old file or the whole new one.

    The temporary name is random (and opened exclusively, never through a symlink), so
    concurrent writers never share one; tempfile would cost a millisecond of import.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{os.urandom(6).hex()}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_BINARY", 0)
    descriptor = os.open(temporary, flags, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def open_catalog(user_dir: Path | None = None) -> Catalog:
    """Load (from the cache when valid) and index the shipped data plus `user_dir`."""
    from stemcell_cli.core.catalog import Catalog
    from stemcell_cli.core.datadirs import data_dirs

    return Catalog(cached_store(data_dirs(user_dir)))
