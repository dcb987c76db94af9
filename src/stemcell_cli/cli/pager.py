"""Show long output through a pager on a terminal, never in a pipe.

When to page: `--pager` / `--no-pager`, else a word in STEMCELL_PAGER, else one in the
config file's `pager`; without any, output is paged only when stdout is a terminal and
the text is taller than it. A dumb terminal (TERM=dumb) is never paged.

What to page with: STEMCELL_PAGER and the file's `pager` take either a word (`1`/`0`,
`true`/`false`, `yes`/`no`, `on`/`off`, `always`/`never`, `auto`: when to page) or a
command (`less -S`: what to page with, split as a shell would but run without one). An
empty value or `cat` means no pager at all, as in git. Without a command, the pager is
`$PAGER`, else `less`. Every pager gets `LESS=FRX` (quit if one screen, keep colours,
leave the screen as it is) unless `LESS` is already set, as git does.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from typing import Any, NamedTuple

from stemcell_cli.core.errors import UsageError

#: Set by the root command from --pager/--no-pager or the defaults below it (the
#: environment's word, then the file's); None means "decide by size".
choice: bool | None = None

VARIABLE = "STEMCELL_PAGER"
#: The words of when to page, as Click reads a boolean, "auto", and "always" and "never"
#: as --color takes them.
WHEN = {
    **dict.fromkeys(("1", "true", "t", "yes", "y", "on", "always"), "always"),
    **dict.fromkeys(("0", "false", "f", "no", "n", "off", "never"), "never"),
    "auto": "auto",
}


class Setting(NamedTuple):
    """What one place (the environment, the config file) says about the pager."""

    #: "always", "never", "auto", or None when the place names a command instead.
    when: str | None
    #: The pager command's words, () for no pager, or None when the place says when.
    command: tuple[str, ...] | None


def parse(value: Any, where: str) -> Setting:
    """A value of STEMCELL_PAGER or of the config file's `pager` (TOML's true and false
    too); a command that cannot be split is a usage error naming `where`."""
    if value is True or value is False:
        return Setting("always" if value else "never", None)
    text = str(value).strip()
    if text.lower() in WHEN:
        return Setting(WHEN[text.lower()], None)
    if not text:
        return Setting(None, ())
    import shlex

    from stemcell_cli.core.textclean import quoted

    try:
        words = tuple(shlex.split(text))
    except ValueError as exc:
        raise UsageError(f"{where}: cannot read the pager command {quoted(text)}: {exc}") from None
    if "\0" in text:  # TOML can spell one; no program name or argument can hold it
        raise UsageError(f"{where}: the pager command {quoted(text)} holds a NUL character")
    return Setting(None, () if words in ((), ("cat",)) else words)


def from_environment() -> Setting | None:
    """What STEMCELL_PAGER says; None when it is not set (set and empty: no pager)."""
    value = os.environ.get(VARIABLE)
    return None if value is None else parse(value, VARIABLE)


def from_file() -> Setting | None:
    """What the config file's `pager` says; None when the file does not set it."""
    from stemcell_cli.cli.config import file_settings

    value = file_settings().get("pager")
    return None if value is None else parse(value, "config file: pager")


def default_choice() -> tuple[bool | None, str] | None:
    """When to page without --pager/--no-pager, and where that was said: the
    environment's word, else the file's; None when neither says."""
    for where, setting in (
        (f"environment ({VARIABLE})", from_environment),
        ("config file", from_file),
    ):
        said = setting()
        if said is not None and said.when is not None:
            return {"always": True, "never": False}.get(said.when), where
    return None


def command() -> tuple[tuple[str, ...] | None, str]:
    """The pager command's words and where they come from; None for `$PAGER` or `less`
    (run as before, through the shell, as git runs $PAGER)."""
    for where, setting in (
        (f"environment ({VARIABLE})", from_environment),
        ("config file", from_file),
    ):
        said = setting()
        if said is not None and said.command is not None:
            return said.command, where
    return None, "environment (PAGER)" if os.environ.get("PAGER", "").strip() else "built-in"


def wanted(text: str, is_terminal: bool, rows: int, chosen: bool | None) -> bool:
    """Whether to page `text`: never off a terminal; else as chosen, or when too tall."""
    if not is_terminal or os.environ.get("TERM") == "dumb":
        return False
    if chosen is not None:
        return chosen
    return text.count("\n") > rows - 1


def terminal_rows() -> int:
    return shutil.get_terminal_size().lines


def page(text: str) -> bool:
    """Send `text` through the pager, in the terminal's encoding; False when there is
    no pager or none could be run (the caller then prints the text itself)."""
    import sys

    from stemcell_cli.cli.output import error, fits_terminal

    words, where = command()
    if words == ():
        return False
    env = dict(os.environ)
    env.setdefault("LESS", "FRX")
    try:
        if words is None:
            shell = os.environ.get("PAGER", "").strip() or "less"
            process = subprocess.Popen(shell, shell=True, stdin=subprocess.PIPE, env=env)
        else:
            process = subprocess.Popen(words, stdin=subprocess.PIPE, env=env)
    except OSError as exc:
        if words is not None:
            reason = "not found" if isinstance(exc, FileNotFoundError) else exc.strerror or exc
            from stemcell_cli.core.textclean import quoted

            error([f"stemcell: pager {quoted(words[0])} from {where}: {reason}; shown without it"])
        return False
    assert process.stdin is not None
    try:
        encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
        process.stdin.write(fits_terminal(text).encode(encoding, "replace"))
        process.stdin.close()
    except BrokenPipeError:
        pass  # the reader quit the pager early
    return process.wait() != 127
