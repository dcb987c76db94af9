"""Rich output for terminals. Data text is only ever appended as literal Text, so Rich
markup, emoji codes or escape sequences in the data are never interpreted.

Layout is done by one renderable for the whole page, with list items and fields as
hanging-indent rows wrapped once each; Rich's tables measure every cell twice and took
two thirds of the time of `explain -f rich`. Table and Panel are imported only for the
blocks that need them (see benchmarks/run.py).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from rich.console import Console, ConsoleOptions, RenderableType
from rich.rule import Rule
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

from stemcell_cli.page import (
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
from stemcell_cli.render.base import Renderer

if TYPE_CHECKING:
    from stemcell_cli.views import View

GRADE_STYLES = {
    "established": "bold green",
    "promising": "bold cyan",
    "early": "bold yellow",
    "preclinical": "bold magenta",
    "not-supported": "bold red",
}
_STYLES = {"strong": "bold", "em": "italic", "code": "cyan", "mark": "bold reverse"}


def inline(spans: Inline) -> Text:
    text = Text()
    for span in spans:
        if span.style == "grade":
            text.append(f" {span.text} ", GRADE_STYLES.get(span.text, "bold"))
        elif span.style == "link" and span.url:
            text.append(span.text, Style(color="blue", underline=True, link=span.url))
        else:
            text.append(span.text, _STYLES.get(span.style, ""))
    return text


#: Characters one terminal cell wide (Latin, Greek, punctuation, arrows, maths): text made
#: only of these is wrapped here with plain string lengths, the rest by Rich.
_NARROW = re.compile("[\x20-\x7e\xa0-\u02ff\u0370-\u03ff\u2010-\u205e\u2190-\u22ff]*")


def wrap(console: Console, text: Text, width: int) -> list[Text]:
    """`text` cut into lines of at most `width` cells at spaces (long words are folded).

    Rich's own Text.wrap measures every word's cells and was most of the render time.
    """
    plain = text.plain
    if not _NARROW.fullmatch(plain):
        return list(text.wrap(console, width))
    offsets: list[int] = []
    start, size = 0, len(plain)
    while size - start > width:
        cut = plain.rfind(" ", start + 1, start + width + 1)
        if cut == -1:
            start += width  # a word longer than the line: fold it
        else:
            start = cut + 1
            while start < size and plain[start] == " ":
                start += 1
            if start == size:
                break
        offsets.append(start)
    lines = list(text.divide(offsets))
    for line in lines:
        line.rstrip()
    return lines


class Hanging:
    """Rows of (marker, body): markers in a column of their own, each body wrapped
    beside it with its continuation lines indented under the body's first line.
    With empty markers and no indent, it is a wrapped paragraph."""

    def __init__(self, rows: Sequence[tuple[Text, Text]], indent: int = 0) -> None:
        self.rows = rows
        self.indent = indent
        self.column = max((marker.cell_len for marker, _ in rows), default=0)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        hang = self.indent + self.column + (1 if self.column else 0)
        width = max(options.max_width - hang, 10)
        for marker, body in self.rows:
            for number, line in enumerate(wrap(console, body, width)):
                if number == 0:
                    yield Segment(" " * self.indent)
                    yield from marker.render(console)
                    yield Segment(" " * (hang - self.indent - marker.cell_len))
                else:
                    yield Segment(" " * hang)
                yield from line.render(console)
                yield Segment.line()


class PageRenderable:
    """A Page for Rich: blocks one after another, most of them after a blank line."""

    def __init__(self, page: Page) -> None:
        self.page = page

    def __rich_console__(
        self, console: Console, options: ConsoleOptions
    ) -> Iterator[RenderableType | Segment]:
        for block in self.page.blocks:
            shown = _fitting(block, options.max_width)
            if not isinstance(shown, (Table, Lines)):
                yield Segment.line()
            yield _block(shown)


def _fitting(block: Block, width: int) -> Block:
    """A table's narrow form when its columns cannot fit in `width`."""
    if isinstance(block, Table) and block.narrow is not None and width < table_width(block):
        return block.narrow
    return block


def table_width(table: Table) -> int:
    """The width a table needs: its widest cells, the first column wrapped to 20."""
    cells = [table.headers, *([inline_text(c) for c in row] for row in table.rows)]
    widths = [max(len(row[i]) for row in cells) for i in range(len(table.headers))]
    return min(widths[0], 20) + sum(widths[1:]) + 3 * len(widths) + 1


def _block(block: Block) -> RenderableType:
    if isinstance(block, Heading):
        if block.level == 1:
            return Text(block.text, "bold underline")
        if block.level == 2:
            return Rule(Text(block.text, "bold"), align="left", style="dim")
        return Text(block.text, "bold")
    if isinstance(block, Paragraph):
        return Hanging([(Text(), inline(block.spans))])
    if isinstance(block, Bullets):
        return Hanging(
            [
                (Text(f"{n}." if block.numbered else "•", "dim"), inline(item))
                for n, item in enumerate(block.items, 1)
            ],
            indent=1,
        )
    if isinstance(block, Fields):
        return Hanging([(Text(label + ":", "bold"), inline(value)) for label, value in block.rows])
    if isinstance(block, Table):
        from rich import box
        from rich.table import Table as RichTable

        table = RichTable(box=box.SIMPLE_HEAD, header_style="bold", expand=False)
        for header in block.headers:
            table.add_column(Text(header))
        for row in block.rows:
            table.add_row(*(inline(cell) for cell in row))
        return table
    if isinstance(block, Note):
        from rich.panel import Panel

        return Panel(inline(block.spans), border_style="dim")
    if isinstance(block, Lines):
        return Text("\n".join(block.lines))
    raise TypeError(type(block).__name__)


def make_console() -> Console:
    """Rich decides colour and width itself (NO_COLOR, FORCE_COLOR, TERM, COLUMNS).

    It renders into memory, never onto stdout: even a capture flushes stdout, which
    fails on a full disk before our writer can report it.
    """
    from stemcell_cli.output import stdout_is_terminal

    return Console(
        file=io.StringIO(),
        force_terminal=True if stdout_is_terminal() else None,
        highlight=False,
        markup=False,
        emoji=False,
    )


class RichRenderer(Renderer):
    def render(self, view: View) -> str:
        console = make_console()
        console.print(PageRenderable(view.page))
        output = console.file
        assert isinstance(output, io.StringIO)
        return output.getvalue()
