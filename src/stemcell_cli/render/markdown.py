"""Markdown for notes: never hard-wrapped, no ANSI, data text escaped.

Data text is escaped where Markdown would read it as formatting: inline characters
(`*`, `_`, `[`, `#`, ...) anywhere, and at the start of a line what would begin a
block (`- ` or `+ ` a list, `1) ` or `2. ` a numbered one, `---` a rule, `===` a
heading). A page ends with an empty line, so that pages appended to one file
(`stemcell explain x >> notes.md`) each start as a block of their own.

Words from outside (an advert's quotes, style "quote"; a heading marked `outside`)
have every web or e-mail address in them made inert (`render.inert`: no autolinking
reader links them) and `&` escaped, so no `&#58;` is read as the character it names.
So has every word of a page marked `outside` (one that shows text from a data
directory of the user's: views/base.py, `marked`), our own words on it too; only its
links (our sources', a reference's `url`, another note's address) stay links.
"""

from __future__ import annotations

import re
from collections.abc import Callable
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
    Page,
    Paragraph,
    Span,
    Table,
)

if TYPE_CHECKING:
    from stemcell_cli.views.base import View

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")
#: The start of a line that Markdown would read as a list item, a rule or a heading
#: underline: `-`, `+` or `*` before a space; `1)` or `2.` before a space; `-` or `=`
#: starting a line of only those.
_BLOCK_START = re.compile(
    r"^([ \t]*)(?:([-+*])(?=[ \t]|$)|(\d{1,9})([.)])(?=[ \t]|$)|([-=])(?=[-= \t]*$))",
    re.MULTILINE,
)
_PLAIN_URL = re.compile(r"^[A-Za-z0-9._~:/?#@!$&*+,;=%-]+$")


def escape(text: str) -> str:
    """Backslash-escape characters Markdown would read as formatting."""
    return _SPECIAL.sub(r"\\\1", text)


def outside(text: str) -> str:
    """Words from outside, escaped, with their addresses made inert."""
    # (imported here: only a check's page holds outside words, and every other command's
    # start-up stays as it was)
    from stemcell_cli.render.inert import inert

    return escape(inert(text)).replace("&", "\\&")


#: How a page's words are written: `escape`, or `outside` on a page marked so.
Words = Callable[[str], str]


def inline(spans: Inline, words: Words = escape) -> str:
    return "".join(_span(span, words) for span in spans)


def _escaped_line_start(match: re.Match[str]) -> str:
    indent, marker, number, delimiter, rule = match.groups()
    if number is not None:
        return f"{indent}{number}\\{delimiter}"
    return f"{indent}\\{marker or rule}"


def lines(spans: Inline, words: Words = escape) -> str:
    """Inline text that may begin a line of its own: nothing at a line start makes a
    list, a rule or a heading of it."""
    return _BLOCK_START.sub(_escaped_line_start, inline(spans, words))


def _span(span: Span, words: Words = escape) -> str:
    core = span.text.strip()
    if not core:
        return span.text
    # Emphasis markers must touch the text they mark, so spaces go outside them.
    lead = span.text[: len(span.text) - len(span.text.lstrip())]
    trail = span.text[len(span.text.rstrip()) :]
    if span.style in ("strong", "grade", "mark"):
        body = f"**{words(core)}**"
    elif span.style == "quote":
        body = f"*{outside(core)}*"
    elif span.style == "em":
        body = f"*{words(core)}*"
    elif span.style in ("code", "command"):
        body = f"`{core.replace('`', '')}`"
    elif span.style == "link" and span.url and core != span.url:
        body = f"[{words(core)}]({_destination(span.url)})"
    elif span.style == "link" and span.url:
        body = f"<{_autolink(span.url)}>"
    else:
        return words(span.text)
    return lead + body + trail


def _autolink(url: str) -> str:
    """An address as the inside of an autolink (`<https://...>`), which ends at the
    first `<`, `>` or space: each written as %XX, so the whole address stays one link
    (a DOI may hold `<` and `>`) and no part of it is read as Markdown of its own."""
    return url.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20")


def _destination(url: str) -> str:
    """A link destination; in angle brackets when it holds spaces or parentheses."""
    if _PLAIN_URL.match(url):
        return url
    return "<" + url.replace("<", "%3C").replace(">", "%3E").replace("\n", "%0A") + ">"


class MarkdownRenderer(Renderer):
    def render(self, view: View) -> str:
        return render_page(view.page) + "\n"  # an empty line: the next page starts clean


def render_page(page: Page) -> str:
    words = outside if page.outside else escape
    return "\n\n".join(_block(block, words) for block in page.blocks) + "\n"


def _block(block: Block, words: Words) -> str:
    if isinstance(block, Heading):
        return "#" * block.level + " " + (outside if block.outside else words)(block.text)
    if isinstance(block, Paragraph):
        return lines(block.spans, words)
    if isinstance(block, Bullets):
        return "\n".join(
            (f"{n}. " if block.numbered else "- ") + lines(item, words)
            for n, item in enumerate(block.items, 1)
        )
    if isinstance(block, Fields):
        return "\n".join(
            f"- **{words(label)}:** {lines(value, words)}" for label, value in block.rows
        )
    if isinstance(block, Table):
        head = "| " + " | ".join(words(h) for h in block.headers) + " |"
        rule = "|" + "|".join(" --- " for _ in block.headers) + "|"
        rows = [
            "| " + " | ".join(inline(cell, words).replace("\n", " ") for cell in row) + " |"
            for row in block.rows
        ]
        return "\n".join([head, rule, *rows])
    if isinstance(block, Note):
        return "> " + lines(block.spans, words).replace("\n", "\n> ")
    if isinstance(block, Lines):
        fence = "````" if any("```" in line for line in block.lines) else "```"
        return "\n".join([fence + "text", *block.lines, fence])
    raise TypeError(type(block).__name__)
