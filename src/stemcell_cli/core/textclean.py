"""Make text from outside (data files, adverts, web pages, file and directory names) safe
to show in any terminal or format.

`clean` is the one function such text goes through before any view or format sees it:
the loader applies it to every text value of the data, `check` to the advert, the
views to the file and directory names they show. `visible` is for diagnostics, which
quote the offending text: there every such character is shown as an escape instead.
"""

from __future__ import annotations

import re

from stemcell_cli.core.marks import FLOOD

#: Characters a terminal may act on or that change how the text around them looks:
#: C0 and C1 controls (tab and newline are handled apart), bidirectional overrides,
#: embeddings and isolates (U+202E makes "exe.txt" show as "txt.exe"), zero-width and
#: other invisible characters (soft hyphen, zero-width space, word joiner, invisible
#: operators, BOM, Mongolian vowel separator), interlinear annotations, the Unicode
#: tag characters, and lone surrogates (from file names that are not UTF-8).
_INVISIBLE = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000e0000-\U000e007f\ud800-\udfff"
)

# ANSI CSI and OSC sequences (OSC ends with BEL or ST), device control, privacy and
# application strings (ESC P/X/^/_ ... ST), two-character escapes (ESC c resets the
# terminal), their C1 forms, then any remaining invisible character.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[ -/]*[0-~]"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|\x9d[^\x07\x9c]*(?:\x07|\x9c)?"
    r"|[\x90\x98\x9e\x9f][^\x07\x9c]*(?:\x07|\x9c)?"
    f"|[{_INVISIBLE}]"
)
_NEWLINES = re.compile("\r\n|[\r\x85\u2028\u2029]")
# Any character that `clean` changes (escape sequences start with one of them).
_SUSPECT = re.compile(f"[{_INVISIBLE}\u2028\u2029]")
_SPACES = re.compile(r"\s+")
_FLOOD = re.compile(FLOOD)
# Everything `visible` shows as an escape: the invisible characters, tab, newline and
# the line and paragraph separators.
_SHOWN = re.compile(f"[{_INVISIBLE}\t\n\u2028\u2029]")


def clean(text: str, one_line: bool = False) -> str:
    """Remove terminal escape sequences, control, bidirectional and invisible
    characters; normalise newlines; cut a run of combining marks to a few (`marks`).
    `one_line` also turns every run of white space, newlines included, into one space
    (for names: a file name, a title)."""
    if _SUSPECT.search(text):  # most text has nothing to clean: one quick scan tells
        text = _ESCAPES.sub("", _NEWLINES.sub("\n", text))
    if _FLOOD.search(text):
        text = _FLOOD.sub(r"\1", text)
    return _SPACES.sub(" ", text).strip() if one_line else text


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def visible(text: str) -> str:
    """One line with every control, bidirectional and invisible character shown as an
    escape (`\\x1b`), and a run of combining marks cut as `clean` cuts it, for
    diagnostics: the reader sees what is there, and the terminal is never driven by
    it. Every line on stderr goes through it (cli.output.error), so a file name, an
    address or a value from outside is shown the same way in every message (attack6)."""
    if _FLOOD.search(text):
        text = _FLOOD.sub(r"\1", text)
    return _SHOWN.sub(_escaped, text)


def shortened(text: str, width: int = 80) -> str:
    """At most `width` characters: a longer text is cut and ends with an ellipsis."""
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def quoted(value: object, width: int = 80) -> str:
    """A value as a message quotes it: in quotes (as Python writes it), cut to `width`
    characters, so a 60,000 character setting or key is not a 60,000 character line."""
    return shortened(repr(value), width)
