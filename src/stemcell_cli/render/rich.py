"""Rich output for terminals. Data text is only ever appended as literal Text, so Rich
markup, emoji codes or escape sequences in the data are never interpreted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.style import Style
from rich.table import Table as RichTable
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


def renderables(page: Page, width: int = 80) -> list[RenderableType]:
    return [_block(_fitting(block, width)) for block in page.blocks]


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
            return Padding(Text(block.text, "bold underline"), (1, 0, 0, 0))
        if block.level == 2:
            return Padding(Rule(Text(block.text, "bold"), align="left", style="dim"), (1, 0, 0, 0))
        return Padding(Text(block.text, "bold"), (1, 0, 0, 0))
    if isinstance(block, Paragraph):
        return Padding(inline(block.spans), (1, 0, 0, 0))
    if isinstance(block, Bullets):
        grid = RichTable.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column()
        for n, item in enumerate(block.items, 1):
            grid.add_row(Text(f"{n}." if block.numbered else "•", "dim"), inline(item))
        return Padding(grid, (1, 0, 0, 1))
    if isinstance(block, Fields):
        grid = RichTable.grid(padding=(0, 1))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column()
        for label, value in block.rows:
            grid.add_row(Text(label + ":", "bold"), inline(value))
        return Padding(grid, (1, 0, 0, 0))
    if isinstance(block, Table):
        table = RichTable(box=box.SIMPLE_HEAD, header_style="bold", expand=False)
        for header in block.headers:
            table.add_column(Text(header))
        for row in block.rows:
            table.add_row(*(inline(cell) for cell in row))
        return table
    if isinstance(block, Note):
        return Padding(Panel(inline(block.spans), border_style="dim"), (1, 0, 0, 0))
    if isinstance(block, Lines):
        return Text("\n".join(block.lines))
    raise TypeError(type(block).__name__)


def make_console() -> Console:
    """Rich decides colour and width itself (NO_COLOR, FORCE_COLOR, TERM, COLUMNS)."""
    return Console(highlight=False, markup=False, emoji=False)


class RichRenderer(Renderer):
    def render(self, view: View) -> str:
        console = make_console()
        with console.capture() as capture:
            console.print(Group(*renderables(view.page, console.width)))
        return capture.get()
