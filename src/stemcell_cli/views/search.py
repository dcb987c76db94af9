"""The page of `stemcell search`: each hit with the field that matched and a snippet."""

from __future__ import annotations

from typing import Any

from stemcell_cli.core.search import TIER_LABELS, Hit
from stemcell_cli.views.document import Bullets, Heading, Inline, Page, Paragraph, Span, plain
from stemcell_cli.views.entries import View

SNIPPET_CONTEXT = 60


def snippet(hit: Hit) -> Inline:
    """The matched words with some text either side; the match itself is marked."""
    text = hit.field.text
    start = max(0, hit.start - SNIPPET_CONTEXT)
    end = min(len(text), hit.start + hit.length + SNIPPET_CONTEXT)
    before = ("\u2026" if start else "") + text[start : hit.start]
    after = text[hit.start + hit.length : end] + ("\u2026" if end < len(text) else "")
    matched = text[hit.start : hit.start + hit.length]
    return tuple(
        Span(" ".join(part.replace("\n", " ").split(" ")), style)
        for part, style in ((before, ""), (matched, "mark"), (after, ""))
    )


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
    count = f"{len(hits)} match{'es' if len(hits) != 1 else ''}"
    page = Page(
        (
            Heading(f"Search: {query}", 1),
            Paragraph(plain(f"{count}, best first. Read one with: stemcell explain ID")),
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
        }
        for rank, hit in enumerate(hits, 1)
    ]
    return View(page, {"query": query, "hits": data})
