"""Plain text for dumb terminals and simple pipes: no markup, no colour, no wrapping."""

from __future__ import annotations

from typing import TYPE_CHECKING

from stemcell_cli.render.base import Renderer
from stemcell_cli.views.document import (
    Block,
    Bullets,
    Fields,
    Heading,
    Inline,
    Lines,
    Note,
    Paragraph,
    Table,
    inline_text,
)

if TYPE_CHECKING:
    from stemcell_cli.views.base import View

_UNDERLINE = {1: "=", 2: "-"}
#: A table with a narrow form (the matrix) wider than this shows that form instead: text
#: is never wrapped, and a dumb terminal would fold a wide grid beyond reading.
TABLE_WIDTH = 100


def inline(spans: Inline) -> str:
    return inline_text(spans)


class TextRenderer(Renderer):
    def render(self, view: View) -> str:
        return "\n\n".join(_block(block) for block in view.page.blocks) + "\n"


def _block(block: Block) -> str:
    if isinstance(block, Heading):
        if block.level in _UNDERLINE:
            return block.text + "\n" + _UNDERLINE[block.level] * len(block.text)
        return block.text.upper()
    if isinstance(block, Paragraph):
        return inline(block.spans)
    if isinstance(block, Bullets):
        return "\n".join(
            (f"  {n}. " if block.numbered else "  * ") + inline(item)
            for n, item in enumerate(block.items, 1)
        )
    if isinstance(block, Fields):
        return "\n".join(f"{label}: {inline(value)}" for label, value in block.rows)
    if isinstance(block, Table):
        cells = [list(block.headers)] + [[inline(c) for c in row] for row in block.rows]
        # The last column (usually a summary) is left unpadded so lines never trail spaces.
        widths = [max(len(row[i]) for row in cells) for i in range(len(block.headers) - 1)]
        lines = []
        for row in cells:
            padded = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
            lines.append("  ".join([*padded, row[-1]]).rstrip())
        last = max(len(row[-1]) for row in cells)
        lines.insert(1, "  ".join("-" * w for w in widths) + "  " + "-" * last)
        if block.narrow is not None and max(map(len, lines)) > TABLE_WIDTH:
            return _block(block.narrow)
        return "\n".join(lines)
    if isinstance(block, Note):
        return "Note: " + inline(block.spans)
    if isinstance(block, Lines):
        return "\n".join(block.lines)
    raise TypeError(type(block).__name__)
