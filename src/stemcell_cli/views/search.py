"""The page of `stemcell search`: each hit with the field that matched and a snippet,
and the command that reads each kind of hit."""

from __future__ import annotations

from typing import Any

from stemcell_cli.core.kinds import kind_names
from stemcell_cli.core.search import TIER_LABELS, Hit
from stemcell_cli.core.words import plural
from stemcell_cli.views.base import View
from stemcell_cli.views.document import Bullets, Heading, Inline, Page, Paragraph, Span

SNIPPET_CONTEXT = 60

#: kind of hit -> the command that shows it in full.
READ_WITH = {"reference": "stemcell sources"}
DEFAULT_READ = "stemcell explain"


def read_command(hit: Hit) -> str:
    """The command that shows a hit in full: `explain` for entries, `sources` for references."""
    return f"{READ_WITH.get(hit.kind, DEFAULT_READ)} {hit.id}"


def snippet(hit: Hit) -> Inline:
    """The matched words with some whole words either side; the match itself is marked."""
    text = hit.field.text
    start = max(0, hit.start - SNIPPET_CONTEXT)
    end = min(len(text), hit.start + hit.length + SNIPPET_CONTEXT)
    if start:  # begin at the start of a word, never inside one
        space = text.find(" ", start, hit.start)
        start = space + 1 if space >= 0 else hit.start
    if end < len(text):  # and end after a whole word
        space = text.rfind(" ", hit.start + hit.length, end)
        end = space if space >= 0 else hit.start + hit.length
    before = ("\u2026" if start else "") + text[start : hit.start]
    after = text[hit.start + hit.length : end].rstrip() + ("\u2026" if end < len(text) else "")
    matched = text[hit.start : hit.start + hit.length]
    return tuple(
        Span(" ".join(part.replace("\n", " ").split(" ")), style)
        for part, style in ((before, ""), (matched, "mark"), (after, ""))
    )


def _hint(hits: list[Hit]) -> Inline:
    """How to read each kind of hit found: "stemcell explain ID (condition, term); ...",
    each command a "command" span (code in Markdown, notes1)."""
    found = {hit.kind for hit in hits}
    kinds = [kind for kind in (*kind_names(), *sorted(found)) if kind in found]
    commands: dict[str, list[str]] = {}
    for kind in dict.fromkeys(kinds):
        commands.setdefault(READ_WITH.get(kind, DEFAULT_READ), []).append(kind)
    spans: list[Span] = []
    for command, names in commands.items():
        if spans:
            spans.append(Span("; "))
        spans += [Span(f"{command} ID", "command"), Span(f" ({', '.join(names)})")]
    return tuple(spans)


def search_view(query: str, hits: list[Hit]) -> View:
    items = tuple(
        (
            Span(hit.name, "strong"),
            Span(f" ({hit.kind} "),
            Span(hit.id, "code"),
            Span(f"), {hit.field.label}: "),
            *snippet(hit),
        )
        for hit in hits
    )
    count = plural(len(hits), "match")
    page = Page(
        (
            Heading(f"Search: {query}", 1),
            Paragraph((Span(f"{count}, best first. Read one with: "), *_hint(hits), Span("."))),
            Bullets(items, numbered=True),
        )
    )
    data: list[dict[str, Any]] = [
        {
            "rank": rank,
            "kind": hit.kind,
            "id": hit.id,
            "name": hit.name,
            "matched": TIER_LABELS[hit.tier],
            "field": hit.field.label,
            "snippet": "".join(span.text for span in snippet(hit)),
            "command": read_command(hit),
        }
        for rank, hit in enumerate(hits, 1)
    ]
    return View(page, {"query": query, "hits": data})
