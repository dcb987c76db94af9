"""A format-neutral page: headings, paragraphs, lists, fields, tables and notes.

Views describe what to show as a Page; each renderer decides how it looks. Text in
a Span is always literal: no renderer interprets markup inside it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """A run of literal text. `style`: "", "strong", "em", "code", "mark", "grade", "link"."""

    text: str
    style: str = ""
    url: str = ""


Inline = tuple[Span, ...]


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 2


@dataclass(frozen=True)
class Paragraph:
    spans: Inline


@dataclass(frozen=True)
class Bullets:
    items: tuple[Inline, ...]
    numbered: bool = False


@dataclass(frozen=True)
class Fields:
    """Label: value lines, such as "Also called" or "Evidence grade"."""

    rows: tuple[tuple[str, Inline], ...]


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[Inline, ...], ...]


@dataclass(frozen=True)
class Note:
    """A closing note set apart from the body, such as the not-medical-advice line."""

    spans: Inline


@dataclass(frozen=True)
class Lines:
    """Lines shown exactly as they are, such as `file:line:col: message` diagnostics."""

    lines: tuple[str, ...]


Block = Heading | Paragraph | Bullets | Fields | Table | Note | Lines


@dataclass(frozen=True)
class Page:
    blocks: tuple[Block, ...]


def plain(text: str) -> Inline:
    return (Span(text),)


def paragraphs(text: str) -> list[Block]:
    """Split text on blank lines (or single newlines) into paragraphs."""
    return [Paragraph(plain(part.strip())) for part in text.split("\n") if part.strip()]


def inline_text(spans: Inline) -> str:
    return "".join(span.text for span in spans)
