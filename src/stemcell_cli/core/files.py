"""Writing files safely: the one atomic writer of the cache, the page cache and export."""

from __future__ import annotations

import os
from pathlib import Path


def write_atomically(target: Path, data: bytes, private: bool = True) -> None:
    """Write `target` in one step: a reader sees the old file or the whole new one.

    The data goes to a temporary file with a random name in the same folder, opened
    exclusively and never through a symlink, is flushed to disk (so a crash cannot
    leave a renamed but empty file), then renamed over the target. `private` files
    (caches) are readable by this user only; others get the usual mode less the umask.
    A failed write leaves no temporary file behind.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{os.urandom(6).hex()}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_BINARY", 0)
    descriptor = os.open(temporary, flags, 0o600 if private else 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
