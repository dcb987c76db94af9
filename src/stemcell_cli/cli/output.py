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
        "\u2192": "->",
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


def ascii_only(stream: object = None) -> bool:
    """Whether the output can hold only ASCII: its encoding is not UTF-8, or the locale
    is not (LANG=C, or LC_ALL/LC_CTYPE naming another character set; Python may still
    write UTF-8 then, but the terminal cannot show it)."""
    encoding = getattr(stream if stream is not None else sys.stdout, "encoding", None) or "utf-8"
    try:
        if codecs.lookup(encoding).name != "utf-8":
            return True
    except LookupError:
        return True
    if os.name == "nt":
        return False
    env = os.environ
    if (
        not env.get("LC_ALL")
        and env.get("LC_CTYPE") == "C.UTF-8"
        and env.get("LANG", "C")
        in (
            "C",
            "POSIX",
        )
    ):
        return True  # Python coerced LANG=C to C.UTF-8 for itself (PEP 538), not the terminal
    for name in ("LC_ALL", "LC_CTYPE", "LANG"):
        value = env.get(name)
        if value:
            return not any(tag in value.casefold() for tag in ("utf-8", "utf8"))
    return False


def stdout_is_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (ValueError, AttributeError):
        return False


def _fits(text: str, stream: object) -> str:
    """`text` as the stream's locale can show it: typographic characters as their ASCII
    stand-ins, accents dropped, anything else as "?"."""
    if text.isascii() or not ascii_only(stream):
        return text
    import unicodedata

    text = unicodedata.normalize("NFKD", text.translate(_ASCII))
    return "".join(
        char if char.isascii() else "" if unicodedata.combining(char) else "?" for char in text
    )


def fits_terminal(text: str) -> str:
    """`text` as stdout's locale can show it (for the pager too)."""
    return _fits(text, sys.stdout)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def write(text: str) -> None:
    """Write the whole output; a closed pipe ends quietly, a failed write is an error.

    On a terminal, output taller than the screen goes through the pager (see pager.py).
    """
    if stdout_is_terminal():
        from stemcell_cli.cli import pager

        if pager.wanted(text, True, pager.terminal_rows(), pager.choice) and pager.page(text):
            return
    if sys.stdout is None:  # started with stdout closed (`stemcell ... >&-`)
        raise OutputError("cannot write output: standard output is closed")
    try:
        sys.stdout.write(_fits(text, sys.stdout))
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        raise SystemExit(EXIT_BROKEN_PIPE) from None
    except (OSError, ValueError) as exc:  # ValueError: a stream closed meanwhile
        _silence_stdout()
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise OutputError(f"cannot write output: {reason}") from None


def error(lines: Iterable[str]) -> None:
    """Plain lines on stderr (never styled: they are often read by other programs)."""
    from stemcell_cli.core.textclean import visible  # messages may quote what the user typed

    try:
        for line in (part for text in lines for part in text.split("\n")):
            sys.stderr.write(_fits(visible(line), sys.stderr) + "\n")
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):  # stderr closed or gone: nowhere to say it
        pass
