"""A format-neutral page: headings, paragraphs, lists, fields, tables and notes.

Views describe what to show as a Page; each renderer decides how it looks. Text in
a Span is always literal: no renderer interprets markup inside it.
"""

from typing import NamedTuple


class Span(NamedTuple):
    """A run of literal text. `style`: "", "strong", "em", "code", "mark", "grade", "link",
    "quote" (words quoted from outside, shown as "em": an advert's, which our own
    words are never mixed with), or "command" (something to type, such as `stemcell
    explain oa --full`: code in Markdown, so that a notes reader's smart punctuation
    makes no dash of its `--`; as plain text in a terminal). `url`: a link's address; a
    grade's id when its text names it in words."""

    text: str
    style: str = ""
    url: str = ""


Inline = tuple[Span, ...]


class Heading(NamedTuple):
    text: str
    level: int = 2
    #: The heading holds words from outside, such as the web address a check was asked
    #: for: Markdown makes any address in it inert (render/inert.py).
    outside: bool = False


class Paragraph(NamedTuple):
    spans: Inline


class Bullets(NamedTuple):
    items: tuple[Inline, ...]
    numbered: bool = False


class Fields(NamedTuple):
    """Label: value lines, such as "Also called" or "Evidence grade"."""

    rows: tuple[tuple[str, Inline], ...]


class Table(NamedTuple):
    """Rows of cells. `narrow`, when given, is shown instead where the table cannot fit.
    `short_cells`: every cell is a few words (a name, a grade in words), never running
    text, so a terminal may wrap a column down to its longest word (and sets rows that
    wrap apart with a blank line)."""

    headers: tuple[str, ...]
    rows: tuple[tuple[Inline, ...], ...]
    narrow: Bullets | None = None
    short_cells: bool = False


class Note(NamedTuple):
    """A closing note set apart from the body, such as the not-medical-advice line."""

    spans: Inline


class Lines(NamedTuple):
    """Lines shown exactly as they are, such as `file:line:col: message` diagnostics."""

    lines: tuple[str, ...]


Block = Heading | Paragraph | Bullets | Fields | Table | Note | Lines


class Page(NamedTuple):
    blocks: tuple[Block, ...]
    #: The page shows words from a data directory of the user's (views/base.py, `marked`):
    #: Markdown makes every web or e-mail address on it inert, as in an advert's quotes.
    outside: bool = False


def plain(text: str) -> Inline:
    return (Span(text),)


def paragraphs(text: str) -> list[Block]:
    """Split text on blank lines (or single newlines) into paragraphs."""
    return [Paragraph(plain(part.strip())) for part in text.split("\n") if part.strip()]


def inline_text(spans: Inline) -> str:
    return "".join(span.text for span in spans)
