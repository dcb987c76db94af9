"""Short names said where a page first uses them (acronym1).

A patient meets "ISSCR", "FDA" or "EMA" in what `check` and `explain` show, and the
reading-grade formula cannot see that a short word is hard. What each one is lives in
the data (data/short_names.yaml); `spell_out` says it in brackets after the first use
on a page, "FDA (the US drug agency)", and leaves later uses on that
page as they are. A first use that already says what it is keeps its own words: it
sits inside brackets ("stem cells (MSCs)"), is followed by a bracket ("PRP (a part of
your blood)") or opens its own definition ("MSCs are ..."). A plural or possessive
("MSCs", "FDA's") is the same name; the brackets go after a word it starts
("MSC-based"). Names are in capitals (the loader refuses any other,
`core/schema.py`'s SHORT_NAME_PATTERN): a name is found as written, so one in small
letters ("pain") would explain ordinary words.

Only our own words are read: the text of paragraphs, lists, fields, tables and notes,
but not headings, quotes of an advert (style "quote"), code, links, nor the numbered
list of sources under the "Sources" heading (their titles keep their own words). A name
or label in bold (an entry's name: "GRADE certainty of evidence" in a list of terms)
is left as it is, and says what a short name is when it holds the long form
("Visual analogue scale (VAS)"). The
row of an entry's other names ("Also called: OA, ...") says what they are: the names
of the entry the page is about.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any, Literal

from stemcell_cli.views.base import ALSO_CALLED, SOURCES
from stemcell_cli.views.document import (
    Block,
    Bullets,
    Fields,
    Heading,
    Inline,
    Note,
    Page,
    Paragraph,
    Span,
    Table,
)

#: Span styles that are not our own words: a quote, code, a command, a link.
_NOT_OURS = frozenset({"quote", "code", "command", "link"})
#: A character a short name is not used after (nor U+2019): it would be inside a word.
_INSIDE_WORD = re.compile(r"[\w'/-]")


class Speller:
    """Says what each short name of `names` (short name -> what it is) is the first
    time the texts it is given use it; `seen` holds the names met so far."""

    def __init__(self, names: Mapping[str, str]) -> None:
        self.names = dict(names)
        self.seen: set[str] = set()
        alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
        # A use is a name not inside a word: not after a letter, digit, "_", an apostrophe
        # (straight or U+2019), "/" or "-", nor before a letter, digit, "_", an apostrophe
        # or "/". The pattern starts with the names, so `re` skips in C to a place that
        # starts one, and the character before is checked there (`_uses`); U+2019 is a
        # test of its own, as a set that holds it with other characters is costly to
        # compile (speed5).
        self._pattern = (
            re.compile(rf"({alternatives})(?:s|['\u2019]s)?(?:-\w+)*(?![\w'/])(?!\u2019)")
            if names
            else None
        )

    def _uses(self, text: str) -> Iterator[re.Match[str]]:
        """The uses of the names in `text`, in order: what `finditer` would give with the
        character before checked by a look-behind in the pattern (acronym1's pattern)."""
        pattern = self._pattern
        if pattern is None:
            return
        search = pattern.search
        found = search(text)
        while found is not None:
            start = found.start()
            if start and (_INSIDE_WORD.match(text, start - 1) or text[start - 1] == "\u2019"):
                found = search(text, start + 1)
            else:
                yield found
                found = search(text, found.end())

    def said(self, text: str) -> str:
        """Take the names `text` uses as said (a row of the page's own names)."""
        if self._pattern is not None:
            self.seen.update(found.group(1) for found in self._uses(text))
        return text

    def named(self, text: str) -> str:
        """A name or label in bold is left as it is; it says what a short name is only
        when it holds its long form ("Visual analogue scale (VAS)")."""
        if self._pattern is not None:
            for found in self._uses(text):
                if says_what_it_is(text, found.start(), found.end()):
                    self.seen.add(found.group(1))
        return text

    def __call__(self, text: str) -> str:
        if self._pattern is None:
            return text
        parts: list[str] = []
        last = 0
        for found in self._uses(text):
            name = found.group(1)
            if name in self.seen:
                continue
            self.seen.add(name)
            if says_what_it_is(text, found.start(), found.end()):
                continue
            parts += [text[last : found.end()], f" ({self.names[name]})"]
            last = found.end()
        return "".join(parts) + text[last:] if parts else text


def says_what_it_is(text: str, start: int, end: int) -> bool:
    """Whether the use of a word at `text[start:end]` says what it is: inside
    brackets, followed by a bracket, or opening its own definition. (A bracket closed
    before any opens closes one of an earlier text: "(early): Early ...".)"""
    depth = 0
    for mark in re.findall(r"[()]", text[:start]):
        depth = depth + 1 if mark == "(" else max(0, depth - 1)
    after = text[end:]
    return depth > 0 or after.startswith(" (") or re.match(r"\s+(?:is|are)\s", after) is not None


def short_names_of(catalog: Any) -> dict[str, str]:
    """Each short name of the catalog's data and what it is."""
    return {entry.name: entry.says for entry in catalog.short_names.values()}


def spell_out(page: Page, names: Mapping[str, str]) -> Page:
    """`page` with each short name of `names` said the first time our words use it."""
    if not names:
        return page
    return _mapped(page, Speller(names))


#: The role of a text of a page for the short names it uses: our words (""), the row of
#: the entry's own names ("names"), or a name or label in bold ("name", which says what
#: a short name is only when it holds its long form: "Visual analogue scale (VAS)").
Role = Literal["", "names", "name"]


def said_texts(page: Page) -> list[tuple[str, Role]]:
    """The texts of `page` that `spell_out` reads, in reading order, each with its role."""
    collector = _Collector()
    _mapped(page, collector)
    return collector.texts


class _Collector:
    def __init__(self) -> None:
        self.texts: list[tuple[str, Role]] = []

    def __call__(self, text: str) -> str:
        self.texts.append((text, ""))
        return text

    def said(self, text: str) -> str:
        self.texts.append((text, "names"))
        return text

    def named(self, text: str) -> str:
        self.texts.append((text, "name"))
        return text


Reader = Speller | _Collector


def _mapped(page: Page, reader: Reader) -> Page:
    blocks: list[Block] = []
    sources = False
    for block in page.blocks:
        if isinstance(block, Heading):
            sources = block.text == SOURCES
            blocks.append(block)
        elif sources and isinstance(block, Bullets) and block.numbered:
            blocks.append(block)
        elif isinstance(block, Fields):
            rows = tuple(
                (label, _inline(value, reader, label == ALSO_CALLED)) for label, value in block.rows
            )
            blocks.append(Fields(rows))
        else:
            blocks.append(_block(block, reader))
    return Page(tuple(blocks))


def _block(block: Block, reader: Reader) -> Block:
    if isinstance(block, Paragraph):
        return Paragraph(_inline(block.spans, reader))
    if isinstance(block, Note):
        return Note(_inline(block.spans, reader))
    if isinstance(block, Bullets):
        return block._replace(items=tuple(_inline(item, reader) for item in block.items))
    if isinstance(block, Table):
        speller = reader if isinstance(reader, Speller) else None
        before = set(speller.seen) if speller else set()
        rows = tuple(tuple(_inline(cell, reader) for cell in row) for row in block.rows)
        narrow = block.narrow
        if narrow is not None and speller is not None:
            # The narrow list is shown instead of the table: it meets the names afresh.
            after, speller.seen = speller.seen, before
            narrow = narrow._replace(items=tuple(_inline(item, reader) for item in narrow.items))
            speller.seen |= after
        return block._replace(rows=rows, narrow=narrow)
    return block


def _inline(spans: Inline, reader: Reader, own_names: bool = False) -> Inline:
    changed: list[Span] = []
    for span in spans:
        if span.style in _NOT_OURS:
            changed.append(span)
        elif span.style == "strong":
            changed.append(Span(reader.named(span.text), span.style, span.url))
        else:
            change = reader.said if own_names else reader
            changed.append(Span(change(span.text), span.style, span.url))
    return tuple(changed)
