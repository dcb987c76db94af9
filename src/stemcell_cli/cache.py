"""A JSON cache of the validated dataset, so a run does not re-parse unchanged YAML.

Keyed on each data file's size, modification time and SHA-256: when the sizes and
times match it is used at once; when only the times moved, the hashes decide. It is
JSON, never pickle, written atomically, and ignored (then rebuilt) when corrupt, from
another version, or unreadable. Set STEMCELL_NO_CACHE=1 to bypass it, and
STEMCELL_CACHE_DIR to move it (default: $XDG_CACHE_HOME/stemcell or ~/.cache/stemcell).
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stemcell_cli import __version__
from stemcell_cli.datadirs import DataDir, data_files

if TYPE_CHECKING:
    from stemcell_cli.catalog import Store

FORMAT = 2


def cache_dir() -> Path:
    explicit = os.environ.get("STEMCELL_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "stemcell"


def cache_path(dirs: Sequence[DataDir]) -> Path:
    key = "\0".join(f"{d.label}\0{d.path.resolve()}" for d in dirs)
    # A short name only; the stats stored inside decide whether the file is ours.
    digest = zlib.crc32(key.encode("utf-8", "surrogateescape"))
    return cache_dir() / f"dataset-{digest:08x}.json"


def _stat(path: Path) -> list[Any]:
    info = path.stat()
    return [str(path), info.st_size, info.st_mtime_ns]


def _sha256(path: Path) -> str:
    import hashlib  # only when the stats changed: loading OpenSSL costs start-up

    return hashlib.sha256(path.read_bytes()).hexdigest()


def _fresh(dirs: Sequence[DataDir]) -> Store:
    from stemcell_cli.catalog import to_store
    from stemcell_cli.loader import load_dataset

    return to_store(load_dataset(dirs))


def cached_store(dirs: Sequence[DataDir]) -> Store:
    """The validated entries of `dirs`, from the cache when it is still valid."""
    if os.environ.get("STEMCELL_NO_CACHE"):
        return _fresh(dirs)
    try:
        files = data_files(dirs)
        stats = [_stat(path) for path in files]
    except OSError:
        return _fresh(dirs)
    target = cache_path(dirs)
    stored = _read(target)
    if stored is not None:
        if stored["stats"] == stats:
            return stored["data"]  # type: ignore[no-any-return]
        try:
            hashes = [_sha256(path) for path in files]
        except OSError:
            hashes = []
        if hashes and hashes == stored["hashes"]:
            _write(target, stats, hashes, stored["data"])
            return stored["data"]  # type: ignore[no-any-return]
    from stemcell_cli.catalog import to_store
    from stemcell_cli.loader import load_dataset

    dataset = load_dataset(dirs)
    try:
        hashes = [_sha256(path) for path in files]
    except OSError:
        return to_store(dataset)
    _write(target, stats, hashes, to_store(dataset, encode=True))
    return to_store(dataset)


def _read(target: Path) -> dict[str, Any] | None:
    try:
        stored = json.loads(target.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if (
        not isinstance(stored, dict)
        or stored.get("format") != FORMAT
        or stored.get("version") != __version__
        or not isinstance(stored.get("stats"), list)
        or not isinstance(stored.get("hashes"), list)
        or not _is_store(stored.get("data"))
    ):
        return None
    return stored


def _is_store(data: Any) -> bool:
    """The shape `Catalog` expects: kind -> rows of [id, origin, [[key, name]...], JSON text]."""
    return isinstance(data, dict) and all(
        isinstance(rows, list)
        and all(
            isinstance(row, list)
            and len(row) == 4
            and isinstance(row[0], str)
            and isinstance(row[1], str)
            and isinstance(row[2], list)
            and all(isinstance(pair, list) and len(pair) == 2 for pair in row[2])
            and isinstance(row[3], str)
            for row in rows
        )
        for rows in data.values()
    )


def _write(target: Path, stats: list[Any], hashes: list[str], data: Store) -> None:
    payload = {
        "format": FORMAT,
        "version": __version__,
        "stats": stats,
        "hashes": hashes,
        "data": data,
    }
    import tempfile

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".dataset-", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(payload, handle, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # a cache that cannot be written only costs speed
