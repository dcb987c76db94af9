"""Show long output through a pager on a terminal, never in a pipe.

`--pager` / `--no-pager` (or STEMCELL_PAGER, or `pager` in the config file) decide;
without either, output is paged only when stdout is a terminal and the text is taller
than it. A dumb terminal (TERM=dumb) is never paged. The pager is `$PAGER`, else
`less`; `less` gets `LESS=FRX` (quit if one screen, keep colours, leave the screen as it
is) unless `LESS` is already set, as git does.
"""

from __future__ import annotations

import os
import shutil
import subprocess

#: Set by the root command from --pager/--no-pager; None means "decide by size".
choice: bool | None = None


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
    """Send `text` through the pager, in the terminal's encoding; False when no pager
    could be run."""
    import sys

    from stemcell_cli.cli.output import fits_terminal

    command = os.environ.get("PAGER", "").strip() or "less"
    env = dict(os.environ)
    env.setdefault("LESS", "FRX")
    try:
        process = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=env)
    except OSError:
        return False
    assert process.stdin is not None
    try:
        encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
        process.stdin.write(fits_terminal(text).encode(encoding, "replace"))
        process.stdin.close()
    except BrokenPipeError:
        pass  # the reader quit the pager early
    return process.wait() != 127
