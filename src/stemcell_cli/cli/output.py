"""The one place that writes to stdout and stderr."""

from __future__ import annotations

import codecs
import contextlib
import os
import sys
from collections.abc import Iterable

from stemcell_cli.core.errors import OutputError

EXIT_BROKEN_PIPE = 141  # what a shell reports for a writer killed by SIGPIPE

# Typographic characters and their ASCII stand-ins, for terminals that cannot show them.
_ASCII = str.maketrans(
    {
        "\u2014": "--",
        "\u2013": "-",
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2022": "*",
        "\u2026": "...",
        "\u2265": ">=",
        "\u2264": "<=",
        "\u00b1": "+/-",
        "\u00d7": "x",
        "\u00a0": " ",
    }
)


def configure_stdio() -> None:
    """Never crash on an encoding the text does not fit (LANG=C, PYTHONIOENCODING=ascii)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="replace")


def stdout_is_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (ValueError, AttributeError):
        return False


def _fits(text: str, stream: object) -> str:
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        if codecs.lookup(encoding).name == "utf-8":
            return text
    except LookupError:
        return text
    return text.translate(_ASCII)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def write(text: str) -> None:
    """Write the whole output; a closed pipe ends quietly, a failed write is an error.

    On a terminal, output taller than the screen goes through the pager (see pager.py).
    """
    if stdout_is_terminal():
        from stemcell_cli.cli import pager

        if pager.wanted(text, True, pager.terminal_rows(), pager.choice) and pager.page(text):
            return
    try:
        sys.stdout.write(_fits(text, sys.stdout))
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        raise SystemExit(EXIT_BROKEN_PIPE) from None
    except OSError as exc:
        _silence_stdout()
        raise OutputError(f"stemcell: cannot write output: {exc.strerror or exc}") from None


def error(lines: Iterable[str]) -> None:
    """Plain lines on stderr (never styled: they are often read by other programs)."""
    from stemcell_cli.core.textclean import visible  # messages may quote what the user typed

    try:
        for line in (part for text in lines for part in text.split("\n")):
            sys.stderr.write(_fits(visible(line), sys.stderr) + "\n")
        sys.stderr.flush()
    except OSError:
        pass
