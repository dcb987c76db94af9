"""The config file, `~/.config/stemcell/config.toml`: defaults for the output format,
the pager, the page length, the width and the data dir.

Where: `$STEMCELL_CONFIG`, else `$XDG_CONFIG_HOME/stemcell/config.toml` (an absolute one), else
`~/.config/stemcell/config.toml`. Order: the command line, then the environment, then
this file, then the built-in default. Click gives that order for the options that
have one (format, page length, data dir) through its `default_map`, which sits
between a variable and the option's default; width has no option. The pager's
STEMCELL_PAGER may name a command rather than say when to page, so it is not the
option's variable: the map gives its word, else the file's (see pager.py).

Start-up: every run is a new process, so the file is read only when a default is
needed and it exists, and TOML's reader is imported only then.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from stemcell_cli.core.errors import EXIT_DATA, StemcellError, UsageError
from stemcell_cli.core.files import xdg_home

FORMATS = ("auto", "rich", "markdown", "text", "json")
PAGES = ("short", "full")
DEFAULT_WIDTH = 100
MIN_WIDTH = 20
#: A config file is a few lines; anything far bigger is not one.
MAX_BYTES = 64 * 1024

#: Each setting: its variable in the environment, and its built-in default.
ENVIRONMENT = {
    "format": "STEMCELL_FORMAT",
    "pager": "STEMCELL_PAGER",
    "page": "STEMCELL_PAGE",
    "width": "STEMCELL_WIDTH",
    "data_dir": "STEMCELL_DATA_DIR",
}
BUILT_IN: dict[str, Any] = {
    "format": "auto",
    "pager": "auto",
    "page": "short",
    "width": DEFAULT_WIDTH,
    "data_dir": None,
}


class ConfigError(StemcellError):
    """A config file that cannot be read or holds a bad setting (exit 3, like bad data)."""

    exit_code = EXIT_DATA


def config_path() -> Path:
    chosen = os.environ.get("STEMCELL_CONFIG")
    if chosen:
        return Path(chosen).expanduser()
    return xdg_home("XDG_CONFIG_HOME", ".config") / "stemcell" / "config.toml"


#: The file read, by path (a run reads it once; tests point runs at other files).
_loaded: dict[Path, dict[str, Any]] = {}


def file_settings() -> dict[str, Any]:
    """The settings in the config file, checked; empty when there is no file."""
    path = config_path()
    if path not in _loaded:
        _loaded[path] = _read(path)
    return _loaded[path]


def _read(path: Path) -> dict[str, Any]:
    from stemcell_cli.core.files import NotAFile, TooLarge, read_bounded

    try:  # a regular file only: a FIFO or a device there must not hang or flood the run
        read = read_bounded(path, MAX_BYTES)
    except FileNotFoundError:
        return {}
    except TooLarge:
        raise ConfigError(f"config file {path}: larger than {MAX_BYTES // 1024} KiB") from None
    except NotAFile as exc:
        raise ConfigError(f"config file {path}: cannot be read: it {exc}") from None
    except OSError as exc:
        raise ConfigError(f"config file {path}: cannot be read: {exc.strerror or exc}") from None
    _check_owner(path, read.info)
    try:
        text = read.data.decode("utf-8")
    except UnicodeDecodeError:
        raise ConfigError(f"config file {path}: not UTF-8 text") from None
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path}: not valid TOML: {exc}") from None
    return {key: _check(path, key, value) for key, value in data.items()}


def _check_owner(path: Path, info: os.stat_result) -> None:
    """A ConfigError unless the file read (`info`, the opened file's own status, a link
    followed) is this user's or root's and not writable by all: it names a program to
    run (`pager`) and a data dir to read, so a file another user owns or anyone may
    write (in a shared folder) would run their choice (attack16; ssh refuses its own
    config file so). One a group may write is taken, as the export manifest is (a
    umask of 002 gives every file a private group)."""
    getuid = getattr(os, "getuid", None)
    if getuid is None:
        return
    if info.st_uid not in (getuid(), 0):
        raise ConfigError(f"config file {path}: another user owns it, so it is not read")
    if info.st_mode & 0o002:
        raise ConfigError(f"config file {path}: anyone may write it, so it is not read (chmod o-w)")


def _check(path: Path, key: str, value: Any) -> Any:
    """A setting's value as the program uses it, or a one-line error naming the key."""

    def bad(expected: str) -> ConfigError:
        from stemcell_cli.core.textclean import quoted

        return ConfigError(f"config file {path}: {key}: {expected}, not {quoted(value)}")

    if key == "format":
        if value not in FORMATS:
            raise bad(f"must be one of {', '.join(FORMATS)}")
        return value
    if key == "pager":  # when to page (true, false, "auto"), or the pager command
        from stemcell_cli.cli.pager import parse

        if not isinstance(value, (bool, str)):
            raise bad('must be true, false, "auto" or a pager command in quotes')
        try:
            parse(value, "pager")
        except UsageError as exc:
            raise ConfigError(f"config file {path}: {exc}") from None
        return value
    if key == "page":
        if value not in PAGES:
            raise bad('must be "short" or "full"')
        return value
    if key == "width":
        if type(value) is not int or value < MIN_WIDTH:
            raise bad(f"must be a whole number of columns, {MIN_WIDTH} or more")
        return value
    if key == "data_dir":
        if not isinstance(value, str) or not value.strip():
            raise bad("must be the path of a directory, in quotes")
        # A relative path is taken from the config file's folder, wherever we run.
        return path.parent / Path(value).expanduser()
    raise ConfigError(f"config file {path}: {key}: not a setting ({', '.join(ENVIRONMENT)})")


def from_environment(name: str) -> str | None:
    value = os.environ.get(ENVIRONMENT[name], "").strip()
    return value or None


def page_is_full() -> bool | None:
    """The page length's default from the environment, else the file (None: built-in)."""
    value = from_environment("page")
    if value is not None:
        if value not in PAGES:
            from stemcell_cli.core.textclean import quoted

            raise UsageError(f"STEMCELL_PAGE must be short or full, not {quoted(value)}")
        return value == "full"
    chosen = file_settings().get("page")
    return None if chosen is None else chosen == "full"


def width() -> int:
    """The widest a page is laid out, in columns: the environment, the file, else 100."""
    value = from_environment("width")
    if value is not None:
        if not value.isdigit() or int(value) < MIN_WIDTH:
            raise UsageError(f"STEMCELL_WIDTH must be a number of columns, {MIN_WIDTH} or more")
        return int(value)
    chosen: int = file_settings().get("width", DEFAULT_WIDTH)
    return chosen


class Defaults(dict[str, Any]):
    """Click's `default_map`, the same for every command and read only when asked.

    Click asks a context's map for each parameter the command line and the environment
    left unset, and for each sub-command's name (to get the sub-command's map): a
    command's name gives this same map, a parameter's name its default from the file.
    """

    def __init__(self, commands: Iterable[str]) -> None:
        super().__init__()
        self._commands = frozenset(commands)

    def get(self, key: str, default: Any = None) -> Any:
        if key in self._commands:
            return self
        if key == "full":
            full = page_is_full()
            return default if full is None else full
        settings = file_settings()
        if key == "fmt":
            return settings.get("format", default)
        if key == "pager":  # the environment's word, else the file's (a command: no word)
            from stemcell_cli.cli.pager import default_choice

            said = default_choice()
            return default if said is None or said[0] is None else said[0]
        if key == "data_dir":
            return settings.get("data_dir", default)
        return default
