"""Writing a set of files into a directory safely: atomically, idempotently, and never
over a file someone else wrote or changed unless forced.

A manifest (`.stemcell-export.json`) in the directory keeps the SHA-256 of every
file we wrote. A file is ours when its current content still has the hash we
recorded; any other existing file with different content is someone else's, and
the whole export is refused (nothing written) unless `force` is set.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from stemcell_cli.core.errors import OutputError, UsageError

MANIFEST = ".stemcell-export.json"

WRITTEN = "written"
UNCHANGED = "unchanged"
REMOVED = "removed"


@dataclass(frozen=True)
class FileResult:
    path: str
    status: str  # written, unchanged or removed


class Refused(OutputError):
    """Files in the way that we did not write (or that changed since we wrote them)."""

    def __init__(self, directory: Path, paths: list[str]) -> None:
        self.directory = directory
        self.paths = paths
        super().__init__(f"refusing to overwrite {len(paths)} file(s) in {directory}")

    def lines(self) -> list[str]:
        count = len(self.paths)
        return [
            f"stemcell: refusing to overwrite {count} file{'s' if count != 1 else ''} in "
            f"{self.directory} that stemcell did not write (or that changed since):",
            *(f"  {path}" for path in self.paths),
            "Nothing was written. Use --force to overwrite them.",
        ]


def digest(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def read_manifest(directory: Path) -> dict[str, str]:
    """Path -> hash of the files a previous export wrote; empty if missing or unreadable."""
    try:
        data = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
        files = data["files"]
    except (OSError, ValueError, TypeError, KeyError):
        return {}
    if not isinstance(files, dict):
        return {}
    return {str(k): str(v) for k, v in files.items()}


def manifest_text(files: Mapping[str, bytes]) -> str:
    document = {
        "generator": "stemcell export",
        "note": "Hashes of the files stemcell wrote here; it overwrites only these.",
        "files": {path: digest(data) for path, data in sorted(files.items())},
    }
    return json.dumps(document, indent=2) + "\n"


def write_atomic(target: Path, data: bytes) -> None:
    """Write through a temporary file in the same directory, then rename over the target."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise


def _read(path: Path) -> bytes | None:
    """The file's bytes; None when nothing is there. Raises OSError for what is not a file."""
    if not os.path.lexists(path):
        return None
    if path.is_dir():
        raise IsADirectoryError(21, "is a directory", str(path))
    return path.read_bytes()


def export_files(
    directory: Path, notes: Mapping[str, str], force: bool = False
) -> list[FileResult]:
    """Write `notes` (relative path -> text) into `directory`; see the module docstring."""
    if directory.exists() and not directory.is_dir():
        raise UsageError(f"stemcell: {directory} exists and is not a directory")
    wanted = {path: text.encode("utf-8") for path, text in notes.items()}
    manifest = read_manifest(directory)
    results: list[FileResult] = []
    conflicts: list[str] = []
    try:
        for path, data in wanted.items():
            current = _read(directory / path)
            if current == data:
                results.append(FileResult(path, UNCHANGED))
                continue
            if current is not None and manifest.get(path) != digest(current):
                conflicts.append(path)
            results.append(FileResult(path, WRITTEN))
        stale = []
        for path, recorded in sorted(manifest.items()):
            if path not in wanted and _is_ours(directory, path, recorded):
                stale.append(path)
                results.append(FileResult(path, REMOVED))
    except OSError as exc:
        raise _output_error(exc) from None
    if conflicts and not force:
        raise Refused(directory, conflicts)
    try:
        for result in results:
            if result.status == WRITTEN:
                write_atomic(directory / result.path, wanted[result.path])
        for path in stale:
            (directory / path).unlink()
        manifest_data = manifest_text(wanted).encode("utf-8")
        if _read(directory / MANIFEST) != manifest_data:
            write_atomic(directory / MANIFEST, manifest_data)
    except OSError as exc:
        raise _output_error(exc) from None
    return results


def _is_ours(directory: Path, path: str, recorded: str) -> bool:
    # Only a plain relative path inside the directory is trusted from the manifest.
    parts = Path(path).parts
    if not parts or Path(path).is_absolute() or ".." in parts:
        return False
    try:
        current = _read(directory / path)
    except OSError:
        return False
    return current is not None and digest(current) == recorded


def _output_error(exc: OSError) -> OutputError:
    where = f" {exc.filename}" if exc.filename else ""
    return OutputError(f"stemcell: cannot write{where}: {exc.strerror or exc}")
