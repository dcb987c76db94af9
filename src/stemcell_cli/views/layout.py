"""Layered pages: a short page by default, everything with --full, chosen parts with
--section, built from one list of named sections per kind of entry.

Each section has its full form and, when it belongs on the short page, a short form
(the first few risks, one line per claim). A page is its title, the sections the
layout picks in the page's own order, the closing note, and then, when anything was
left out, one last line saying how to get the rest.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from stemcell_cli.core.errors import UsageError
from stemcell_cli.views.document import Block, Inline, Paragraph, Span

SHORT, FULL, SECTIONS = "short", "full", "sections"


class Layout(NamedTuple):
    """Which page: the short one, the full one, or only the named sections (whole)."""

    full: bool = False
    sections: tuple[str, ...] = ()
    #: --section was given: with no name in it ("-s ,") that is a usage error, not the
    #: short page (leftovers4)
    asked: bool = False

    @property
    def name(self) -> str:
        return SECTIONS if self.sections else FULL if self.full else SHORT


FULL_PAGE = Layout(full=True)


class Section(NamedTuple):
    """A named part of a page: its blocks in full, and on the short page (None: not there)."""

    name: str
    full: list[Block]
    short: list[Block] | None = None


def section(name: str, full: list[Block], short: list[Block] | None = None) -> Section:
    return Section(name, full, short)


def same(name: str, blocks: list[Block]) -> Section:
    """A section that is the same on the short page and the full one."""
    return Section(name, blocks, blocks)


class Assembled(NamedTuple):
    blocks: list[Block]
    #: The names of the sections shown, in page order.
    shown: list[str]
    #: The names of the sections left out (that have something to show).
    omitted: list[str]


def check_sections(
    wanted: Sequence[str], names: Sequence[str], what: str, asked: bool = False
) -> None:
    """A usage error naming the sections a page has, for a name it does not have, or
    for none when sections were `asked` for ("-s ,": leftovers4)."""
    if asked and not wanted:
        raise UsageError(f"--section named no section of {what}. Its sections: {', '.join(names)}")
    unknown = [name for name in wanted if name not in names]
    if unknown:
        from stemcell_cli.core.textclean import quoted

        name = quoted(unknown[0])  # (cut to 80 characters, as every value quoted: attack13)
        raise UsageError(f"no section {name} on {what}. Its sections: {', '.join(names)}")


def assemble(sections: Sequence[Section], layout: Layout, what: str) -> Assembled:
    """The blocks of the sections `layout` picks, and which were shown and left out.

    `what` names the page in an error ("a condition page")."""
    names = [s.name for s in sections]
    check_sections(layout.sections, names, what, layout.asked)
    blocks: list[Block] = []
    shown: list[str] = []
    omitted: list[str] = []
    for part in sections:
        if layout.sections:
            chosen = part.full if part.name in layout.sections else None
        else:
            chosen = part.full if layout.full else part.short
        if chosen:
            blocks += chosen
            shown.append(part.name)
        if part.full and chosen != part.full:
            omitted.append(part.name)  # left out, or shortened: --section gives it whole
    return Assembled(blocks, shown, omitted)


def more_line(entry_id: str, layout: Layout, omitted: Sequence[str]) -> list[Block]:
    """The last line of a page that left something out: how to get the rest."""
    if layout.full or not omitted:
        return []
    command = f"stemcell explain {entry_id}"
    spans: Inline
    if layout.sections:
        spans = (
            Span("More: "),
            Span(command, "command"),
            Span(" (the short page), or add "),
            Span("--full", "command"),
            Span(" for everything."),
        )
    else:
        spans = (
            Span("More: "),
            Span(f"{command} --full", "command"),
            Span(", or "),
            Span("--section NAME", "command"),
            Span(f": {', '.join(omitted)}."),
        )
    return [Paragraph(spans)]


def slug(heading: str) -> str:
    """A section name from a heading: "Before you decide" -> "before-you-decide"."""
    return re.sub(r"[^a-z0-9]+", "-", heading.casefold()).strip("-")


_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]?(?=\s+[A-Z0-9\"'\u201c\u2018(])")
#: Words a full stop ends without ending the sentence.
_ABBREVIATIONS = {"al", "e.g", "i.e", "vs", "dr", "mr", "mrs", "ms", "st", "approx"}


_INITIALS = re.compile(r"[a-z](?:\.[a-z])*")


def first_sentence(text: str) -> str:
    """The first sentence of `text`: up to a full stop, ! or ? before a capital or a
    digit, except after an abbreviation or an initial ("et al.", "U.S.")."""
    text = " ".join(text.split())
    for end in _SENTENCE_END.finditer(text):
        word = text[: end.start()].rsplit(" ", 1)[-1].casefold()
        if word in _ABBREVIATIONS or _INITIALS.fullmatch(word):
            continue
        return text[: end.end()]
    return text


def opening(text: str, sentences: int = 2) -> str:
    """The first sentences of the first paragraph of `text` (a section's lead)."""
    paragraph = next((part for part in text.split("\n") if part.strip()), "")
    lead: list[str] = []
    rest = " ".join(paragraph.split())
    while rest and len(lead) < sentences:
        sentence = first_sentence(rest)
        lead.append(sentence)
        rest = rest[len(sentence) :].strip()
    return " ".join(lead)


#: Where a long sentence may be cut to its main clause, best first.
_CLAUSE_ENDS = ("; ", ": ", ", but ", ", and ", ", while ", ", so ")


def gist(text: str, most: int = 25) -> str:
    """The first sentence of `text`, cut to its main clause when longer than `most`
    words (at a semicolon, a colon, or ", but", ", and", ...), for short pages."""
    sentence = first_sentence(text)
    if len(sentence.split()) <= most:
        return sentence
    for mark in _CLAUSE_ENDS:
        at = sentence.find(mark)
        if at > 0 and len(sentence[:at].split()) >= 6:
            return sentence[:at].rstrip(",;: ") + "."
    return sentence
