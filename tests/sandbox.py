"""The test session's own home: no test reads or writes the user's cache or config.

Imported by conftest.py before any test module (and so before `stemcell_cli` and the
catalogs some test modules build at import time): it points HOME, the XDG folders,
STEMCELL_CACHE_DIR and STEMCELL_CONFIG into a fresh folder of this session, and
installs an audit hook that records every file operation of this process on the
user's real stemcell cache and config folders, as they were before the session moved
them. conftest.py fails the session when anything was recorded. Subprocesses inherit
the moved environment.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

#: Variables of ours that would change what a test sees; no test starts with them.
OURS = (
    "STEMCELL_DATA_DIR",
    "STEMCELL_FORMAT",
    "STEMCELL_NO_CACHE",
    "STEMCELL_CACHE_DIR",
    "STEMCELL_CONFIG",
    "NO_COLOR",
    "FORCE_COLOR",
    "COLUMNS",
    "LINES",
    "TERM",
    "PAGER",
    "STEMCELL_PAGE",
    "STEMCELL_PAGER",
    "STEMCELL_WIDTH",
)
#: Audit events (sys.audit) that open, list, create, change or delete a path; the path
#: arguments come first (two for renames and links).
EVENTS = {
    "open": 1,
    "os.listdir": 1,
    "os.scandir": 1,
    "os.mkdir": 1,
    "os.rmdir": 1,
    "os.remove": 1,
    "os.chmod": 1,
    "os.chown": 1,
    "os.utime": 1,
    "os.truncate": 1,
    "os.rename": 2,
    "os.link": 2,
    "os.symlink": 2,
    "shutil.rmtree": 1,
    "shutil.copytree": 2,
    "shutil.move": 2,
}


def real_places(env: dict[str, str]) -> list[Path]:
    """The user's stemcell cache and config, where stemcell would look with `env`:
    the variables' places and the defaults under HOME, both."""
    home = Path(env.get("HOME") or Path.home())
    found = [home / ".cache" / "stemcell", home / ".config" / "stemcell"]
    if env.get("STEMCELL_CACHE_DIR"):
        found.append(Path(env["STEMCELL_CACHE_DIR"]))
    if env.get("XDG_CACHE_HOME"):
        found.append(Path(env["XDG_CACHE_HOME"]) / "stemcell")
    if env.get("XDG_CONFIG_HOME"):
        found.append(Path(env["XDG_CONFIG_HOME"]) / "stemcell")
    if env.get("STEMCELL_CONFIG"):
        found.append(Path(env["STEMCELL_CONFIG"]))
    return [Path(os.path.abspath(place)) for place in found]


class Watcher:
    """Records the file operations of this process on paths under `roots`."""

    def __init__(self, roots: Iterable[Path]) -> None:
        spelled = {os.path.abspath(root) for root in roots}
        spelled |= {os.path.realpath(root) for root in spelled}
        self.roots = tuple(sorted(spelled))
        self.touches: list[str] = []

    def covers(self, path: str) -> bool:
        return any(path == root or path.startswith(root + os.sep) for root in self.roots)

    def see(self, event: str, args: tuple[Any, ...]) -> None:
        for arg in args[: EVENTS[event]]:
            if isinstance(arg, int) or arg is None:
                continue  # a file descriptor, or a path relative to one
            try:
                path = os.path.abspath(os.fsdecode(arg))
            except TypeError:
                continue
            if self.covers(path) or self.covers(os.path.realpath(path)):
                self.touches.append(f"{event} {path}")


_watchers: list[Watcher] = []


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event in EVENTS:
        for watcher in _watchers:
            watcher.see(event, args)


def watch(watcher: Watcher) -> None:
    """Start recording for `watcher` (hooks stay for the life of the process)."""
    _watchers.append(watcher)


def unwatch(watcher: Watcher) -> None:
    _watchers.remove(watcher)


def _move_home() -> tuple[Path, Path]:
    session = Path(tempfile.mkdtemp(prefix="stemcell-tests-")).resolve()
    home = session / "home"
    config = session / "config" / "stemcell" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text("# The test session's own config: no settings.\n", encoding="utf-8")
    places = {
        "HOME": home,
        "XDG_CACHE_HOME": session / "xdg-cache",
        "XDG_CONFIG_HOME": session / "xdg-config",
        "XDG_DATA_HOME": session / "xdg-data",
        "XDG_STATE_HOME": session / "xdg-state",
    }
    for place in places.values():
        place.mkdir()
    for name in OURS:
        os.environ.pop(name, None)
    os.environ.update({name: str(place) for name, place in places.items()})
    os.environ["STEMCELL_CACHE_DIR"] = str(session / "cache")
    os.environ["STEMCELL_CONFIG"] = str(config)
    return session, config


if "stemcell_cli" in sys.modules:  # pragma: no cover - a plugin imported it first
    raise RuntimeError("stemcell_cli was imported before the test session moved HOME")

#: The user's environment as the session found it, and the real places it names.
USER_ENV = dict(os.environ)
REAL = real_places(USER_ENV)
SESSION, CONFIG = _move_home()
WATCHER = Watcher(REAL)
watch(WATCHER)
sys.addaudithook(_audit)
