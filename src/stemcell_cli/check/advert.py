"""Read the text to check: a file or stdin, plain text or a saved web page.

Limits: at most MAX_BYTES; a file with NUL bytes is taken for binary and refused;
bytes that are not UTF-8 are replaced (and reported as a warning). HTML is
reduced to its text with the standard library's parser, skipping scripts and
styles; each piece of text stays on the line where it was in the page, so line
numbers point into the file as saved.
"""

from __future__ import annotations

import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import NamedTuple

from stemcell_cli.core.errors import InputError

MAX_BYTES = 5 * 1024 * 1024
_HTML_HINT = re.compile(rb"<(?:!doctype\s+html|html|body|p|div|h[1-6]|li|br)\b", re.IGNORECASE)
_SKIPPED = frozenset({"script", "style", "noscript", "template"})


class AdText(NamedTuple):
    label: str
    lines: list[str]
    warnings: list[str]
    #: The line number in the source of each of `lines` (None: 1, 2, 3, ...).
    numbers: list[int] | None = None


def read_text(source: str) -> AdText:
    """The lines of `source` (a path, or `-` for stdin), as a reader would see them."""
    label = "stdin" if source == "-" else source
    raw = _read_bytes(source, label)
    if not raw.strip():
        raise InputError(f"stemcell: {label}: nothing to check, the input is empty")
    if b"\0" in raw[:8192]:
        raise InputError(f"stemcell: {label}: looks like a binary file, not text")
    warnings: list[str] = []
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = raw.decode("utf-8", errors="replace")
        warnings.append(
            f"stemcell: warning: {label}: not valid UTF-8 (first bad byte at offset "
            f"{exc.start}); unreadable bytes were replaced"
        )
    is_html = source.lower().endswith((".html", ".htm")) or _HTML_HINT.search(raw[:65536])
    lines = _html_lines(text) if is_html else text.splitlines()
    return AdText(label, lines, warnings)


def _read_bytes(source: str, label: str) -> bytes:
    try:
        if source == "-":
            data = sys.stdin.buffer.read(MAX_BYTES + 1)
        else:
            path = Path(source)
            if path.is_dir():
                raise InputError(f"stemcell: {label}: is a directory, not a text file")
            with path.open("rb") as handle:
                data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise InputError(f"stemcell: {label}: no such file") from None
    except OSError as exc:
        raise InputError(f"stemcell: {label}: cannot be read ({exc.strerror})") from None
    if len(data) > MAX_BYTES:
        raise InputError(
            f"stemcell: {label}: larger than the {MAX_BYTES // (1024 * 1024)} MiB limit for check"
        )
    return data


class _TextByLine(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: dict[int, list[str]] = {}
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED and self._skipping:
            self._skipping -= 1

    def handle_data(self, data: str) -> None:
        if self._skipping:
            return
        line, _ = self.getpos()
        for index, piece in enumerate(data.split("\n")):
            self.lines.setdefault(line + index, []).append(piece)


def _html_lines(text: str) -> list[str]:
    parser = _TextByLine()
    parser.feed(text)
    parser.close()
    last = max(parser.lines, default=0)
    return [" ".join(" ".join(parser.lines.get(n, [])).split()) for n in range(1, last + 1)]
