"""Reading and writing files safely: the one bounded reader of everything stemcell reads
back (data files, caches, kept pages, the export manifest), and the one atomic writer
of the cache, the page cache and export."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

_READ_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO opens at once instead of waiting for a writer
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_BINARY", 0)
)
_CHUNK = 1024 * 1024


def xdg_home(variable: str, default: str) -> Path:
    """The folder an XDG Base Directory variable names (`XDG_CACHE_HOME`,
    `XDG_CONFIG_HOME`), else `default` under the home folder. A relative value is
    ignored, as the spec asks: it would name a folder of wherever the command runs, a
    cloned repository's `config.toml` or a cache written into it (attack16)."""
    value = os.environ.get(variable, "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path(os.path.expanduser("~")) / default


class NotAFile(OSError):
    """Something that is not a regular file where one was expected (a FIFO, a device,
    a directory, a socket; or a symbolic link where links are not followed)."""

    def __init__(self, path: str | os.PathLike[str], what: str) -> None:
        super().__init__(f"is {what}, not a regular file")
        self.filename = os.fspath(path)
        self.what = what

    def __str__(self) -> str:
        return str(self.args[0])


class TooLarge(OSError):
    def __init__(self, path: str | os.PathLike[str], size: int, limit: int) -> None:
        super().__init__(f"is {_sizes(size, limit)}")
        self.filename = os.fspath(path)
        self.size = size
        self.limit = limit

    def __str__(self) -> str:
        return str(self.args[0])


def _sizes(size: int, limit: int) -> str:
    """A size and the limit it is over, exact: in MiB when both are whole MiB, else in
    bytes ("16 MiB" for a file a byte over would say it is not over at all)."""
    mib = 1024 * 1024
    if size % mib == 0 and limit % mib == 0 and limit:
        return f"{size // mib} MiB; the limit is {limit // mib} MiB"
    in_mib = f" ({limit // mib} MiB)" if limit % mib == 0 and limit else ""
    return f"{size:,} bytes; the limit is {limit:,} bytes{in_mib}"


class Read:
    """What `read_bounded` read: the bytes, the file's status when it was opened, and
    whether the file changed while it was read (then the bytes may be of neither version).

    A plain class: a named tuple would cost every run a fraction of a millisecond to
    create when this module is imported."""

    __slots__ = ("changed", "data", "info")

    def __init__(self, data: bytes, info: os.stat_result, changed: bool) -> None:
        self.data = data
        self.info = info
        self.changed = changed


def kind_of_file(mode: int) -> str:
    """What a file is, in words, from its `st_mode`."""
    for test, what in (
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISLNK, "a symbolic link"),
    ):
        if test(mode):
            return what
    return "not a regular file"


def same_file(one: os.stat_result, other: os.stat_result) -> bool:
    """The same file with the same content as far as its status tells: device, inode,
    size, modification and change times."""
    return stamp(one) == stamp(other)


def stamp(info: os.stat_result) -> list[int]:
    """What identifies a version of a file: size, modification time, change time (which
    no one can set back), inode and device."""
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev]


def _open_regular(
    path: str | os.PathLike[str], follow: bool, dir_fd: int | None
) -> tuple[int, os.stat_result]:
    """An open descriptor of a regular file and its status; raises NotAFile otherwise.

    Opened first (never blocking, so a FIFO cannot hang the run, and never through a
    symbolic link unless `follow`), then checked with `fstat` on what was opened."""
    flags = _READ_FLAGS | (0 if follow else getattr(os, "O_NOFOLLOW", 0))
    try:
        descriptor = os.open(path, flags, dir_fd=dir_fd)
    except OSError as exc:
        if not follow and exc.errno in (errno.ELOOP, errno.EMLINK):  # Linux, BSD
            raise NotAFile(path, "a symbolic link") from None
        raise
    try:
        info = os.fstat(descriptor)
    except OSError:
        os.close(descriptor)
        raise
    if not stat.S_ISREG(info.st_mode):
        os.close(descriptor)
        raise NotAFile(path, kind_of_file(info.st_mode))
    return descriptor, info


def read_bounded(
    path: str | os.PathLike[str],
    limit: int,
    follow: bool = True,
    dir_fd: int | None = None,
) -> Read:
    """Read a regular file of at most `limit` bytes, and nothing else.

    Anything but a regular file raises NotAFile (see _open_regular), a file over
    `limit` bytes TooLarge, before a byte is read. At most `limit` bytes are ever
    read, even from a file that grows meanwhile.
    """
    descriptor, info = _open_regular(path, follow, dir_fd)
    try:
        if info.st_size > limit:
            raise TooLarge(path, info.st_size, limit)
        data = _read_at_most(descriptor, info.st_size, limit)
        if len(data) > limit:
            raise TooLarge(path, len(data), limit)
        return Read(data, info, not same_file(info, os.fstat(descriptor)))
    finally:
        os.close(descriptor)


def read_head(
    path: str | os.PathLike[str], size: int, follow: bool = False, dir_fd: int | None = None
) -> tuple[bytes, os.stat_result]:
    """The first `size` bytes of a regular file (fewer if it is shorter), and its status:
    enough to tell whose a file is from its header."""
    descriptor, info = _open_regular(path, follow, dir_fd)
    try:
        return os.read(descriptor, size), info
    finally:
        os.close(descriptor)


def _read_at_most(descriptor: int, expected: int, limit: int) -> bytes:
    """Until the end of the file, but never more than limit + 1 bytes (one more than
    allowed tells that the file grew too big). A regular file usually takes one read."""
    pieces: list[bytes] = []
    total = 0
    want = min(expected, limit) + 1
    while total <= limit:
        piece = os.read(descriptor, want)
        if not piece:
            break
        pieces.append(piece)
        total += len(piece)
        want = min(_CHUNK, limit + 1 - total)
    return pieces[0] if len(pieces) == 1 else b"".join(pieces)


class WriteError(OSError):
    """A write that failed, naming the file it was writing (a full disk says which)."""


def write_atomically(target: Path, data: bytes, private: bool = True) -> None:
    """Write `target` in one step: a reader sees the old file or the whole new one.

    The data goes to a temporary file with a random name in the same folder, opened
    exclusively and never through a symlink, is flushed to disk (so a crash cannot
    leave a renamed but empty file), then renamed over the target. `private` files
    (caches) are readable by this user only; others get the usual mode less the umask.
    A failed write leaves no temporary file behind, and its error names `target`.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{os.urandom(6).hex()}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_BINARY", 0)
    descriptor = os.open(temporary, flags, 0o600 if private else 0o666)
    try:
        try:
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as exc:
            raise WriteError(exc.errno, exc.strerror or str(exc), str(target)) from None
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
