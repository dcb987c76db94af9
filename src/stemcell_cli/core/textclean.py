"""Make text from data files or user input safe to show in any terminal or format."""

from __future__ import annotations

import re

# ANSI CSI and OSC sequences (OSC ends with BEL or ST), then any remaining control
# characters except tab and newline, C1 controls, and bidirectional overrides that
# could make text display in a different order than it is stored.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|\x9d[^\x07\x9c]*(?:\x07|\x9c)?"
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)

# Every character a terminal could act on, newline and tab included.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """Remove terminal escape sequences, control and bidi characters; normalise newlines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _ESCAPES.sub("", text)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """One line with every control and bidi character shown as an escape (`\\x1b`).

    For diagnostics, which quote the offending text: the reader sees what is there,
    and the terminal is never driven by it.
    """
    return _CONTROLS.sub(_escaped, text)
