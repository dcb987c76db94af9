"""Writing a set of files into a directory safely: atomically, idempotently, never over a
file someone else wrote or changed (unless forced), and never outside the directory.

A manifest (`.stemcell-export.json`) in the directory keeps the SHA-256 of every file
we wrote. A file is ours when its content still has the hash we recorded. A run writes
what is missing, updates what is ours, removes what is ours and no longer wanted, and
keeps every other file (edited notes, files someone else put there) as it is, saying
so; `force` overwrites those too.

Safety:
- Every path inside the directory is reached one folder at a time from the directory
  itself (a descriptor of each folder, opened without following links), so a symbolic
  link inside it is never followed: a linked folder where we write is an error, a
  linked file is never read or written through, and nothing can land outside.
- The manifest is untrusted input: it is taken only when it is this user's and not
  writable by all, read with a size limit, only paths of the shape we write are taken
  from it, and nothing is removed but a note or bibliography in a folder this run
  writes to, whose content proves it is ours.
- Each file is written to a temporary file in its folder and renamed into place.
  Before the first write, the manifest records what the run is about to write and the
  names of its temporary files; so a run that is killed or runs out of disk part way
  leaves nothing in the way: the next run recognises every note it wrote, and removes
  its temporary files.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import stat
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stemcell_cli.core.errors import OutputError, UsageError
from stemcell_cli.core.files import NotAFile, TooLarge, read_bounded

MANIFEST = ".stemcell-export.json"
#: The one temporary name of the manifest: a leftover of a killed run is ours by name.
MANIFEST_TEMPORARY = ".stemcell-export.json.tmp"
#: The largest manifest read (thousands of notes take a few hundred KiB).
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
#: The largest note read back to compare with what would be written.
MAX_NOTE_BYTES = 64 * 1024 * 1024

WRITTEN = "written"
UNCHANGED = "unchanged"
REMOVED = "removed"
KEPT = "kept"

#: What a path we write looks like: a file at the top, or one folder deep, of plain
#: names (letters, digits, dots, hyphens, underscores; no leading dot).
_PART = r"[A-Za-z0-9_][A-Za-z0-9_.-]*"
_OURS = re.compile(rf"(?:{_PART}/)?{_PART}")
_HASH = re.compile(r"sha256:[0-9a-f]{64}")
_TEMPORARY = re.compile(r"\.(?P<name>[A-Za-z0-9_][A-Za-z0-9_.-]*)\.[0-9a-f]{12}\.tmp")

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_DIR_FD = bool(_NOFOLLOW and _DIRECTORY) and {os.open, os.stat, os.mkdir, os.unlink, os.rename} <= (
    os.supports_dir_fd
)


@dataclass(frozen=True)
class FileResult:
    path: str
    status: str  # written, unchanged, removed or kept


def digest(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def is_our_shape(path: object) -> bool:
    """Whether a path from the manifest could be one we write (never `..`, absolute,
    hidden, deeper than one folder, or with characters beyond plain names)."""
    return isinstance(path, str) and bool(_OURS.fullmatch(path)) and ".." not in path


@dataclass
class Manifest:
    """What the manifest says: the hash of each file we wrote; what an unfinished run
    was about to write (`pending`); the temporary files it would have used."""

    files: dict[str, str] = field(default_factory=dict)
    pending: dict[str, str] = field(default_factory=dict)
    temporary: list[str] = field(default_factory=list)

    def recorded(self, path: str) -> set[str]:
        return {h for h in (self.files.get(path), self.pending.get(path)) if h}

    def text(self) -> str:
        document: dict[str, Any] = {
            "generator": "stemcell export",
            "note": "Hashes of the files stemcell wrote here; it overwrites only these.",
            "files": dict(sorted(self.files.items())),
        }
        if self.pending or self.temporary:
            document["writing"] = dict(sorted(self.pending.items()))
            document["temporary"] = sorted(self.temporary)
        return json.dumps(document, indent=2) + "\n"


def parse_manifest(raw: bytes) -> Manifest:
    """The manifest's content, taking only well-formed entries of paths of our shape."""
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return Manifest()
    if not isinstance(document, dict):
        return Manifest()

    def hashes(value: object) -> dict[str, str]:
        if not isinstance(value, dict):
            return {}
        return {
            path: recorded
            for path, recorded in value.items()
            if is_our_shape(path) and isinstance(recorded, str) and _HASH.fullmatch(recorded)
        }

    temporary = document.get("temporary")
    return Manifest(
        hashes(document.get("files")),
        hashes(document.get("writing")),
        [t for t in temporary if is_temporary_of_ours(t)] if isinstance(temporary, list) else [],
    )


def is_temporary_of_ours(path: object) -> bool:
    if not isinstance(path, str):
        return False
    folder, _, name = path.rpartition("/")
    match = _TEMPORARY.fullmatch(name)
    return bool(match) and (not folder or is_our_shape(folder)) and ".." not in path


class LinkInTheWay(OutputError):
    def __init__(self, shown: str) -> None:
        super().__init__(
            f"cannot write into {shown}: it is a symbolic link, and stemcell never writes "
            "through one (remove the link, or export somewhere else)"
        )


class _Folder:
    """A folder of the vault, reached without following links: by a descriptor where
    the system allows (then no path is looked up twice), else by path after checking
    that no part of it is a link."""

    def __init__(self, path: Path, descriptor: int | None) -> None:
        self.path = path
        self.fd = descriptor

    def at(self, name: str) -> str:
        return name if self.fd is not None else str(self.path / name)

    def lstat(self, name: str) -> os.stat_result | None:
        try:
            return os.stat(self.at(name), dir_fd=self.fd, follow_symlinks=False)
        except FileNotFoundError:
            return None

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)


class Vault:
    """The export directory and the folders in it, each opened once."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._folders: dict[str, _Folder] = {}
        descriptor = os.open(directory, os.O_RDONLY | _DIRECTORY) if _DIR_FD else None
        self._folders[""] = _Folder(directory, descriptor)

    def close(self) -> None:
        for folder in self._folders.values():
            folder.close()

    def folder(self, name: str, create: bool) -> _Folder | None:
        """The folder `name` ("" for the top), created if missing and `create`; None
        when it is missing. Raises LinkInTheWay for a link, OSError for a file."""
        if name in self._folders:
            return self._folders[name]
        top = self._folders[""]
        info = top.lstat(name)
        if info is None:
            if not create:
                return None
            with contextlib.suppress(FileExistsError):
                os.mkdir(top.at(name), dir_fd=top.fd)
            info = top.lstat(name)
            if info is None:
                raise FileNotFoundError(errno.ENOENT, "vanished", str(self.directory / name))
        if stat.S_ISLNK(info.st_mode):
            raise LinkInTheWay(str(self.directory / name))
        if not stat.S_ISDIR(info.st_mode):
            raise NotADirectoryError(errno.ENOTDIR, "not a directory", str(self.directory / name))
        descriptor = None
        if top.fd is not None:
            try:
                descriptor = os.open(name, os.O_RDONLY | _DIRECTORY | _NOFOLLOW, dir_fd=top.fd)
            except OSError as exc:
                if exc.errno in (errno.ELOOP, errno.ENOTDIR):  # swapped for a link meanwhile
                    raise LinkInTheWay(str(self.directory / name)) from None
                raise
        found = _Folder(self.directory / name, descriptor)
        self._folders[name] = found
        return found

    def _split(self, path: str, create: bool = False) -> tuple[_Folder | None, str]:
        folder, _, name = path.rpartition("/")
        return self.folder(folder, create), name

    def _named(self, exc: OSError, path: str) -> OSError:
        """The error, naming the file by its full path (a descriptor-relative call names
        only the last part)."""
        shown = str(self.directory / path)
        if isinstance(exc, (NotAFile, TooLarge)):
            exc.filename = shown
            return exc
        return OSError(exc.errno, exc.strerror or str(exc), shown)

    def read(self, path: str) -> bytes | None:
        """The file's bytes; None when it is not there. A link, or anything but a regular
        file, raises NotAFile: it is never read through."""
        folder, name = self._split(path)
        if folder is None:
            return None
        if folder.fd is None:  # no descriptors here: look before opening, by path
            info = folder.lstat(name)
            if info is not None and stat.S_ISLNK(info.st_mode):
                raise NotAFile(self.directory / path, "a symbolic link")
        try:
            return read_bounded(folder.at(name), MAX_NOTE_BYTES, False, folder.fd).data
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise self._named(exc, path) from None

    def write(self, path: str, data: bytes, temporary: str, mode: int = 0o666) -> None:
        """Write `data` to `path` through the temporary file `temporary` (its name in the
        same folder), renamed into place; the temporary file never outlives a failure."""
        folder, name = self._split(path, create=True)
        assert folder is not None
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | getattr(os, "O_BINARY", 0)
        try:
            descriptor = os.open(folder.at(temporary), flags, mode, dir_fd=folder.fd)
        except OSError as exc:
            raise self._named(exc, path) from None
        try:
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(
                folder.at(temporary), folder.at(name), src_dir_fd=folder.fd, dst_dir_fd=folder.fd
            )
        except BaseException as exc:
            with contextlib.suppress(OSError):
                os.unlink(folder.at(temporary), dir_fd=folder.fd)
            if isinstance(exc, OSError):
                raise self._named(exc, path) from None
            raise

    def remove(self, path: str) -> None:
        folder, name = self._split(path)
        if folder is not None:
            os.unlink(folder.at(name), dir_fd=folder.fd)  # unlink never follows a link

    def remove_temporary(self, path: str) -> None:
        """Remove a temporary file a killed run left (or a link in its place)."""
        try:
            folder, name = self._split(path)
        except (OSError, OutputError):
            return
        if folder is None:
            return
        # A name that cannot be looked at ("File name too long", no permission) names no
        # file proved ours: nothing is removed.
        try:
            info = folder.lstat(name)
        except OSError:
            return
        # A link there is removed, never followed: unlinking a link leaves its target.
        if info is not None and (stat.S_ISREG(info.st_mode) or stat.S_ISLNK(info.st_mode)):
            with contextlib.suppress(OSError):
                os.unlink(folder.at(name), dir_fd=folder.fd)

    def manifest(self) -> Manifest:
        """The manifest: empty when missing, unreadable, too big, a link, not a file, or
        not this user's own (`_trusted`)."""
        top = self._folders[""]
        try:
            read = read_bounded(top.at(MANIFEST), MAX_MANIFEST_BYTES, follow=False, dir_fd=top.fd)
        except OSError:
            return Manifest()
        return parse_manifest(read.data) if _trusted(read.info) else Manifest()

    def write_manifest(self, manifest: Manifest) -> None:
        self.remove_temporary(MANIFEST_TEMPORARY)
        self.write(MANIFEST, manifest.text().encode("utf-8"), MANIFEST_TEMPORARY, 0o644)


def _trusted(info: os.stat_result) -> bool:
    """Whether a manifest may say which files are ours: this user's, and not writable by
    all (where the system has owners). In a folder others can write, another user's
    manifest could list your own notes with their hashes and have them removed (attack5).
    It is written readable by all but writable by its owner only; one a group may write
    is still taken, as one written under a umask of 002 was (before attack5)."""
    getuid = getattr(os, "getuid", None)
    return getuid is None or (info.st_uid == getuid() and not info.st_mode & stat.S_IWOTH)


def _temporary_name(path: str) -> str:
    folder, _, name = path.rpartition("/")
    temporary = f".{name}.{os.urandom(6).hex()}.tmp"
    return f"{folder}/{temporary}" if folder else temporary


@contextlib.contextmanager
def _open_vault(directory: Path) -> Iterator[Vault]:
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise UsageError(f"{directory} exists and is not a directory") from None
    vault = Vault(directory)
    try:
        yield vault
    finally:
        vault.close()


def export_files(
    directory: Path, notes: Mapping[str, str], force: bool = False
) -> list[FileResult]:
    """Write `notes` (relative path -> text) into `directory`; see the module docstring.

    Returns what became of each file: written, unchanged, removed, or kept (a file
    that is not ours, left as it is)."""
    wanted = {path: text.encode("utf-8") for path, text in notes.items()}
    try:
        if directory.exists() and not directory.is_dir():
            raise UsageError(f"{directory} exists and is not a directory")
        with _open_vault(directory) as vault:
            return _export(vault, wanted, force)
    except OSError as exc:
        raise _output_error(exc) from None


def _export(vault: Vault, wanted: dict[str, bytes], force: bool) -> list[FileResult]:
    manifest = vault.manifest()
    for leftover in manifest.temporary:
        vault.remove_temporary(leftover)
    results: list[FileResult] = []
    new = Manifest()
    to_write: dict[str, str] = {}  # path -> its temporary file
    for path, data in wanted.items():
        try:
            current, link = vault.read(path), False
        except NotAFile as exc:
            if exc.what != "a symbolic link":
                raise
            current, link = None, True  # a link where a note goes: never read through
        if current == data:
            results.append(FileResult(path, UNCHANGED))
            new.files[path] = digest(data)
        elif force or (not link and (current is None or _recorded(manifest, path, current))):
            results.append(FileResult(path, WRITTEN))
            to_write[path] = _temporary_name(path)
            new.files[path] = digest(data)
        else:
            results.append(FileResult(path, KEPT))
            if path in manifest.files:
                new.files[path] = manifest.files[path]  # ours again once it is as we wrote it
    folders = {path.rpartition("/")[0] for path in wanted}
    stale = [
        path
        for path in sorted(manifest.files.keys() | manifest.pending.keys())
        if path not in wanted and _removable(path, folders) and _is_ours(vault, manifest, path)
    ]
    results += [FileResult(path, REMOVED) for path in stale]
    if to_write or stale:
        # Say what is about to be written before writing it: if the run is cut short,
        # the next one knows these notes and temporary files for ours.
        vault.write_manifest(
            Manifest(
                {**manifest.files, **{p: h for p, h in new.files.items() if p not in to_write}},
                {path: new.files[path] for path in to_write},
                list(to_write.values()),
            )
        )
    for path, temporary in to_write.items():
        vault.write(path, wanted[path], temporary.rpartition("/")[2])
    for path in stale:
        vault.remove(path)
    if new.text() != _manifest_text(vault):
        vault.write_manifest(new)
    return results


def _manifest_text(vault: Vault) -> str:
    top = vault.folder("", create=False)
    assert top is not None
    try:
        data = read_bounded(top.at(MANIFEST), MAX_MANIFEST_BYTES, follow=False, dir_fd=top.fd)
        return data.data.decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def _removable(path: str, folders: set[str]) -> bool:
    """Whether a path the manifest lists may be removed if its content proves it ours: a
    note (.md) or bibliography (.bib) in a folder this export writes to."""
    folder, _, name = path.rpartition("/")
    return folder in folders and name.endswith((".md", ".bib"))


def _recorded(manifest: Manifest, path: str, current: bytes) -> bool:
    return digest(current) in manifest.recorded(path)


def _is_ours(vault: Vault, manifest: Manifest, path: str) -> bool:
    """Whether the file at `path` (from the manifest) is provably one we wrote: a
    regular file, reached without a link, whose content has a hash we recorded."""
    try:
        current = vault.read(path)
    except (OSError, OutputError):
        return False
    return current is not None and _recorded(manifest, path, current)


def _output_error(exc: OSError) -> OutputError:
    where = f" {exc.filename}" if exc.filename else ""
    reason = exc.strerror or str(exc)
    if isinstance(exc, (NotAFile, TooLarge)):
        reason = str(exc)
    return OutputError(f"cannot write{where}: {reason}")
