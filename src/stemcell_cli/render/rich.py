"""Rich output for terminals. Data text is only ever handed to Rich as literal segment
text, so Rich markup, emoji codes or escape sequences in the data are never interpreted.

The page is laid out here, line by line, as Rich Segments: list items and fields are
hanging-indent rows, headings are rules, the closing note sits in a box drawn with
Rich's own box characters. Rich's Console then does what it is best at: colour support
(NO_COLOR, FORCE_COLOR, TERM), width (COLUMNS), ASCII fallbacks and the escape codes.
Passing one renderable per block instead made Rich re-measure and re-crop every
segment, most of the time of `explain -f rich` (see benchmarks/run.py). Tables, rare
and hard to lay out well, are still drawn by Rich's Table.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import rich.console
from rich.box import ROUNDED
from rich.cells import cell_len, set_cell_size
from rich.console import Console
from rich.control import strip_control_codes
from rich.segment import Segment, Segments
from rich.style import Style
from rich.text import Text

from stemcell_cli.render.base import PIPE, Renderer, Terminal
from stemcell_cli.views.document import (
    Block,
    Bullets,
    Fields,
    Heading,
    Inline,
    Lines,
    Note,
    Page,
    Paragraph,
    Table,
    inline_text,
)

if TYPE_CHECKING:
    from stemcell_cli.views.base import View

GRADE_STYLES = {
    "established": "bold green",
    "promising": "bold cyan",
    "early": "bold yellow",
    "preclinical": "bold magenta",
    "untested": "bold blue",
    "not-supported": "bold red",
}
_STYLES = {
    "strong": "bold",
    "em": "italic",
    "quote": "italic",
    "code": "cyan",
    "mark": "bold reverse",
}

#: Text and its style: a run of one inline span.
Piece = tuple[str, Style]
Line = list[Segment]

NEWLINE = Segment("\n")

#: The narrowest a list item or field value may be beside its marker or label.
MIN_BODY = 20
#: The widest field label a value is set beside. A longer one ("Overall evidence for
#: stem cell therapy:") has its value under it, so it does not push every value of its
#: block to the right half of the screen, a long "Also called" list wrapping down the
#: first screen of a full page in a narrow column (patient18).
MAX_LABEL = 20
#: The narrowest a table column of running text may get before the table is stacked.
MIN_PROSE = 24
#: The narrowest a column of short cells may get (a grade in words on two or three lines).
MIN_SHORT = 12
#: Spaces between table columns.
GAP = 2


def pieces(spans: Inline) -> list[Piece]:
    """The styled runs of `spans` (control characters dropped as Rich's Text drops them)."""
    runs: list[Piece] = []
    for span in spans:
        text = strip_control_codes(span.text)
        if span.style == "grade":
            # (a grade named in words carries its id: "early studies only", "early")
            grade = span.url or span.text
            runs.append((text, Style.parse(GRADE_STYLES.get(grade, "bold"))))
        elif span.style == "link" and span.url:
            runs.append((text, Style(color="blue", underline=True, link=span.url)))
        else:
            runs.append((text, Style.parse(_STYLES.get(span.style, ""))))
    return runs


#: Characters one terminal cell wide (Latin, Greek, punctuation, arrows, maths): text made
#: only of these is wrapped here with plain string lengths, the rest by Rich.
_NARROW = re.compile("[\x20-\x7e\xa0-\u02ff\u0370-\u03ff\u2010-\u205e\u2190-\u22ff]*")


def narrow(text: str) -> bool:
    """Whether every character of `text` takes one terminal cell (a printable ASCII
    check first: the pattern is slow on long text)."""
    return (text.isascii() and text.isprintable()) or bool(_NARROW.fullmatch(text))


def cells(text: str) -> int:
    """The terminal cells `text` takes; Rich measures only text with wide characters."""
    return len(text) if narrow(text) else cell_len(text)


def line_spans(plain: str, width: int) -> list[tuple[int, int]]:
    """(start, end) of each line of `plain` cut at spaces to at most `width` characters;
    a word longer than a line is broken after a hyphen or slash (else folded), and
    spaces at a cut are dropped."""
    spans: list[tuple[int, int]] = []
    start, size = 0, len(plain)
    while size - start > width:
        cut = _cut(plain, start, width)
        if cut == -1:  # a word longer than a line: break it after a hyphen or slash if any
            inside = max(
                plain.rfind("-", start + 1, start + width),
                plain.rfind("/", start + 1, start + width),
            )
            end = inside + 1 if inside > start else start + width
            spans.append((start, end))
            start = end
            continue
        following = cut + 1
        while following < size and plain[following] == " ":
            following += 1
        if following == size:
            break
        spans.append((start, cut))
        start = following
    spans.append((start, size))
    return [(begin, begin + len(plain[begin:end].rstrip())) for begin, end in spans]


#: A source's number in a list ("Sources: [4], [5], [6]"), after a comma or a colon, and
#: a number after "line" or "column" ("(line 15, column 1"): the space before it is no
#: place to cut. Cut there, "Sources: [4], [5]," read as if the list ended, and "(line"
#: as a word of its own (patient14). Nor is the space after a finding's arrow ("→
#: Rotator cuff tears"): cut there, the arrow ended a line and pointed at nothing
#: (patient17); the line is cut before it instead.
_CITED = re.compile(r"\[\d+\]")
_PLACE = re.compile(r"(?:\bline|\blines|\bcolumn)\Z")
_ARROW = "\u2192"


def _bound(plain: str, space: int) -> bool:
    """Whether the space at `space` binds the words on either side of it."""
    if plain[space - 1 : space] == _ARROW:
        return True
    after = plain[space + 1 : space + 2]
    if after == "[":
        return plain[space - 1] in ",:" and _CITED.match(plain, space + 1) is not None
    return after.isdigit() and _PLACE.search(plain, max(space - 7, 0), space) is not None


def _cut(plain: str, start: int, width: int) -> int:
    """The space to cut the line from `start` at: the last that fits and binds nothing
    (`_bound`), or the last that fits when every one binds."""
    last = cut = plain.rfind(" ", start + 1, start + width + 1)
    while cut > start and _bound(plain, cut):
        cut = plain.rfind(" ", start + 1, cut)
    return cut if cut > start else last


def wrap(console: Console, runs: Sequence[Piece], width: int) -> list[Line]:
    """`runs` as lines of segments at most `width` cells wide.

    Rich's own Text.wrap measures every word's cells and was most of the render time,
    so only text with wide or combining characters is left to it.
    """
    if len(runs) == 1 and narrow(runs[0][0]):
        text, style = runs[0]
        return [[Segment(text[start:end], style)] for start, end in line_spans(text, width)]
    plain = "".join(text for text, _ in runs)
    if not narrow(plain):
        whole = Text.assemble(*runs)
        return [list(line.render(console)) for line in whole.wrap(console, width)]
    bounds: list[tuple[int, int, str, Style]] = []
    offset = 0
    for text, style in runs:
        bounds.append((offset, offset + len(text), text, style))
        offset += len(text)
    lines: list[Line] = []
    first = 0  # the first run that can still reach the current line
    for start, end in line_spans(plain, width):
        while first < len(bounds) and bounds[first][1] <= start:
            first += 1
        line: Line = []
        for run_start, run_end, text, style in bounds[first:]:
            if run_start >= end:
                break
            low, high = max(start, run_start), min(end, run_end)
            if low < high:
                line.append(Segment(text[low - run_start : high - run_start], style))
        lines.append(line)
    return lines


def hanging(
    console: Console,
    rows: Sequence[tuple[Sequence[Piece], Sequence[Piece]]],
    width: int,
    indent: int = 0,
    widest: int = 0,
) -> Iterator[Segment]:
    """Rows of (marker, body): markers in a column of their own, each body wrapped
    beside it with its continuation lines indented under the body's first line.
    With empty markers and no indent, it is a wrapped paragraph. When the markers
    would leave the bodies less than MIN_BODY cells, each body goes under its marker;
    so does the body of a marker wider than `widest` (when given), the column being
    as wide as the other markers."""
    sizes = [sum(cells(text) for text, _ in marker) for marker, _ in rows]
    column = max((size for size in sizes if not widest or size <= widest), default=0)
    hang = indent + column + (1 if column else 0)
    if width - hang < MIN_BODY and column:
        yield from _stacked(console, rows, width, indent)
        return
    margin, under = Segment(" " * indent), Segment(" " * hang)
    for (marker, body), size in zip(rows, sizes, strict=True):
        if size > column:
            yield from _stacked(console, [(marker, body)], width, indent)
            continue
        first, *rest = wrap(console, body, max(width - hang, 1)) or [[]]
        yield margin
        yield from (Segment(text, style) for text, style in marker)
        yield Segment(" " * (hang - indent - size))
        yield from first
        yield NEWLINE
        for line in rest:
            yield under
            yield from line
            yield NEWLINE


def _stacked(
    console: Console,
    rows: Sequence[tuple[Sequence[Piece], Sequence[Piece]]],
    width: int,
    indent: int,
) -> Iterator[Segment]:
    hang = indent + 2
    for marker, body in rows:
        for margin, lines in (
            (indent, wrap(console, marker, max(width - indent, 1))),
            (hang, wrap(console, body, max(width - hang, 1))),
        ):
            for line in lines:
                yield Segment(" " * margin)
                yield from line
                yield NEWLINE


def rule(console: Console, title: str, width: int) -> Iterator[Segment]:
    """A level-2 heading: the title in bold, then a dim line to the right edge."""
    title = strip_control_codes(title).replace("\n", " ")
    ascii_only = console.options.ascii_only
    if cells(title) > width - 2:
        more = "..." if ascii_only else "…"
        title = set_cell_size(title, max(width - 2 - len(more), 0)) + more if width > 3 else ""
    character = "-" if ascii_only else "─"
    yield Segment(title, Style.parse("bold"))
    yield Segment(" ")
    yield Segment(character * max(width - cells(title) - 1, 0), Style.parse("dim"))
    yield NEWLINE


def boxed(console: Console, runs: Sequence[Piece], width: int) -> Iterator[Segment]:
    """Text in a dim rounded box as wide as the page (ASCII where the terminal needs)."""
    box = ROUNDED.substitute(console.options, safe=console.safe_box)
    border = Style.parse("dim")
    inner = max(width - 4, 1)
    yield Segment(box.get_top([width - 2]), border)
    yield NEWLINE
    for line in wrap(console, runs, inner):
        yield Segment(box.mid_left, border)
        yield Segment(" ")
        yield from line
        yield Segment(" " * (inner - sum(cells(s.text) for s in line)) + " ")
        yield Segment(box.mid_right, border)
        yield NEWLINE
    yield Segment(box.get_bottom([width - 2]), border)
    yield NEWLINE


def page_segments(
    console: Console, page: Page, width: int, room: int | None = None
) -> Iterator[Segment]:
    """The whole page, laid out `width` cells wide (a table that needs it may take up to
    `room`, the terminal's width); most blocks come after a blank line."""
    room = max(room or width, width)
    for block in page.blocks:
        if isinstance(block, Table):
            yield from _table(console, block, width, room)
            continue
        if not isinstance(block, Lines):
            yield NEWLINE
        yield from _block(console, block, width)


def column_widths(table: Table, width: int) -> list[int] | None:
    """The width of each column so that the table fits `width` with no word cut (ids,
    names and grades whole), or None when it cannot: columns start as wide as their
    widest cell and the widest gives way first, down to its longest word, and running
    text down to MIN_PROSE (short cells down to MIN_SHORT)."""
    texts = [list(table.headers), *([_shown(cell) for cell in row] for row in table.rows)]
    count = len(table.headers)
    natural = [max(cells(row[i]) for row in texts) for i in range(count)]
    floor = MIN_SHORT if table.short_cells else MIN_PROSE
    minimum = [
        max(
            max((cells(word) for row in texts for word in row[i].split()), default=1),
            min(natural[i], floor),
        )
        for i in range(count)
    ]
    available = width - 1 - GAP * (count - 1)
    if sum(minimum) > available:
        return None
    widths = list(natural)
    for _ in range(sum(widths) - available):
        shrinkable = [i for i in range(count) if widths[i] > minimum[i]]
        widths[max(shrinkable, key=lambda i: widths[i])] -= 1
    return widths


def _shown(cell: Inline) -> str:
    """A cell's text as drawn (a grade gets a space either side)."""
    return "".join(text for text, _ in pieces(cell))


def _block(console: Console, block: Block, width: int) -> Iterator[Segment]:
    if isinstance(block, Heading):
        if block.level == 2:
            return rule(console, block.text, width)
        style = "bold underline" if block.level == 1 else "bold"
        return hanging(
            console, [((), [(strip_control_codes(block.text), Style.parse(style))])], width
        )
    if isinstance(block, Paragraph):
        return hanging(console, [((), pieces(block.spans))], width)
    if isinstance(block, Bullets):
        dim = Style.parse("dim")
        bullet = "*" if console.options.ascii_only else "\u2022"
        return hanging(
            console,
            [
                ([(f"{n}." if block.numbered else bullet, dim)], pieces(item))
                for n, item in enumerate(block.items, 1)
            ],
            width,
            indent=1,
        )
    if isinstance(block, Fields):
        bold = Style.parse("bold")
        rows = [([(label + ":", bold)], pieces(value)) for label, value in block.rows]
        return hanging(console, rows, width, widest=MAX_LABEL)
    if isinstance(block, Note):
        return boxed(console, pieces(block.spans), width)
    if isinstance(block, Lines):
        return hanging(console, [((), [(line, Style.null())]) for line in block.lines], width)
    raise TypeError(type(block).__name__)


def _table(console: Console, block: Table, width: int, room: int) -> Iterator[Segment]:
    """A table whose cells wrap at spaces only, within `width` (or, if it needs more,
    the terminal's `room`); where it cannot fit, the view's narrow form, or each row
    stacked as "Header: value" lines under its first cell."""
    widths = column_widths(block, width) or column_widths(block, room)
    if widths is None:
        if block.narrow is not None:
            yield NEWLINE
            yield from _block(console, block.narrow, width)
        else:
            yield from _stacked_table(console, block, width)
        return
    bold = Style.parse("bold")
    yield NEWLINE
    yield from _row(console, [[(h, bold)] for h in block.headers], widths)
    character = "-" if console.options.ascii_only else "\u2500"
    rule_width = sum(widths) + GAP * (len(widths) - 1)
    yield Segment(" ")
    yield Segment(character * rule_width, Style.parse("dim"))
    yield NEWLINE
    rows = [[pieces(cell) for cell in row] for row in block.rows]
    # short cells that wrap make rows of several lines: a blank line tells them apart
    apart = block.short_cells and any(
        cells("".join(text for text, _ in cell)) > width
        for row in rows
        for cell, width in zip(row, widths, strict=True)
    )
    for number, row in enumerate(rows):
        if apart and number:
            yield NEWLINE
        yield from _row(console, row, widths)


def _row(console: Console, row: list[list[Piece]], widths: list[int]) -> Iterator[Segment]:
    wrapped = [wrap(console, cell, width) or [[]] for cell, width in zip(row, widths, strict=True)]
    last = len(widths) - 1
    for number in range(max(len(lines) for lines in wrapped)):
        line: Line = [Segment(" ")]
        for column, lines in enumerate(wrapped):
            segments = lines[number] if number < len(lines) else []
            line += segments
            if column < last:  # pad to the next column; never trailing spaces
                used = sum(cells(segment.text) for segment in segments)
                line.append(Segment(" " * (widths[column] - used + GAP)))
        while line and not line[-1].text.strip() and not line[-1].style:
            line.pop()
        yield from line
        yield NEWLINE


def _stacked_table(console: Console, block: Table, width: int) -> Iterator[Segment]:
    bold = Style.parse("bold")
    for row in block.rows:
        yield NEWLINE
        yield from hanging(console, [((), pieces(row[0]))], width)
        labelled = [
            ([(header + ":", bold)], pieces(cell))
            for header, cell in zip(block.headers[1:], row[1:], strict=True)
            if inline_text(cell).strip()
        ]
        yield from hanging(console, labelled, width, indent=2)


class _Buffer(io.StringIO):
    """Where Rich renders: memory, with the encoding of the real output, which is how
    Rich learns to draw boxes and rules in ASCII."""

    def __init__(self, encoding: str) -> None:
        super().__init__()
        self._encoding = encoding

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._encoding


#: The narrowest a page is laid out, whatever COLUMNS or the terminal says (the least
#: STEMCELL_WIDTH may be, cli/config.py's MIN_WIDTH).
NARROWEST = 20


def make_console(terminal: Terminal = PIPE) -> Console:
    """Rich decides colour and width itself (NO_COLOR, FORCE_COLOR, TERM, COLUMNS).

    It renders into memory, never onto stdout: even a capture flushes stdout, which
    fails on a full disk before our writer can report it.
    """
    console = Console(
        file=_Buffer("ascii" if terminal.ascii else "utf-8"),
        force_terminal=True if terminal.is_terminal else None,
        highlight=False,
        markup=False,
        emoji=False,
    )
    # COLUMNS=0 made a page of nothing, and COLUMNS=1 one of a letter a line (attack7):
    # a page is laid out no narrower than STEMCELL_WIDTH may make it.
    if console.width < NARROWEST:
        console.width = NARROWEST
    return console


class RichRenderer(Renderer):
    def __init__(self, terminal: Terminal = PIPE) -> None:
        super().__init__(terminal)
        self.console = make_console(terminal)

    def render(self, view: View) -> str:
        output = self.console.file = _Buffer(self.console.encoding)
        room = self.console.width
        width = min(room, self.terminal.max_width)
        segments = list(page_segments(self.console, view.page, width, room))
        self.console.print(Segments(segments), crop=False)
        return output.getvalue()

    def variant(self) -> tuple[object, ...]:
        """Everything Rich decided that shapes the output: the width and characters of
        the layout, then colours, links and escape codes (see Console._render_buffer),
        and which Rich made them."""
        console = self.console
        made_by = Path(rich.console.__file__ or "").stat()
        return (
            console.width,
            self.terminal.max_width,
            console.options.ascii_only,
            console.safe_box,
            console.legacy_windows,
            console.color_system,
            console.no_color,
            console.is_terminal,
            made_by.st_size,
            made_by.st_mtime_ns,
        )
