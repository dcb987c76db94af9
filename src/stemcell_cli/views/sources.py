"""`stemcell sources`: which references to show, who cites them, and their view.

The JSON form of the view is CSL-JSON (a list of CSL items), so it imports into
Zotero, pandoc and other citation tools; what CSL has no field for (our source
type, the citing entries, our finding) goes in each item's `custom` object.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from stemcell_cli.core.catalog import Catalog
from stemcell_cli.core.datadirs import normalize
from stemcell_cli.core.errors import NoMatch, NotFound
from stemcell_cli.core.kinds import kind_of
from stemcell_cli.core.model import Reference
from stemcell_cli.core.words import closest, plural
from stemcell_cli.views.base import View, citation
from stemcell_cli.views.document import (
    Block,
    Bullets,
    Fields,
    Heading,
    Inline,
    Page,
    Paragraph,
    Span,
    inline_text,
    plain,
)

#: A reference and what its format has no field for -> its JSON object.
JsonItem = Callable[[Reference, dict[str, Any]], dict[str, Any]]


@dataclass(frozen=True)
class Citer:
    id: str
    name: str
    kind: str  # condition, benefit, topic, term or red-flag

    def to_json(self) -> dict[str, str]:
        return {"id": self.id, "name": self.name, "kind": self.kind}


@dataclass(frozen=True)
class Selection:
    title: str
    references: tuple[Reference, ...]
    single: bool = False  # one reference asked for by its id: show it in full


def select(catalog: Catalog, name: str | None) -> Selection:
    """Every reference (in the order of what its line starts with, as a reader scans the
    list), an entry's references (in citing order), or one reference."""
    if name is None:
        refs = sorted(catalog.references.values(), key=line_order)
        return Selection("Sources", tuple(refs))
    try:
        entry = catalog.find(name)
    except NotFound as missed:
        ref = _reference(catalog, name)
        if ref is not None:
            return Selection(f"Source {ref.id}", (ref,), single=True)
        close = closest(name.casefold(), catalog.references, limit=2)
        raise NotFound("name or reference", name, [*missed.suggestions, *close]) from None
    refs = catalog.references_for(entry)
    if not refs:
        raise NoMatch(f"{entry.name} ({entry.id}) cites no references.")
    return Selection(f"Sources for {entry.name}", tuple(refs))


def line_order(ref: Reference) -> tuple[str, str]:
    """Where a reference's line sorts: by the words it starts with (the authors, else the
    year or the title), punctuation and case aside; then by id."""
    shown = inline_text(citation(ref))
    return re.sub(r"[\W_]+", " ", shown).strip().casefold(), ref.id


def _reference(catalog: Catalog, name: str) -> Reference | None:
    key = normalize(name)
    for ref in catalog.references.values():
        if normalize(ref.id) == key:
            return ref
    return None


def citers(catalog: Catalog, ref: Reference) -> list[Citer]:
    """The entries (and red flags) that cite a reference."""
    found = [Citer(e.id, e.name, kind_of(e)) for e in catalog.citing(ref.id)]
    found += [
        Citer(flag.id, flag.name, "red-flag")
        for flag in catalog.red_flags.values()
        if ref.id in catalog.reference_ids(flag)
    ]
    return found


def citer_spans(
    cited_by: list[Citer], link: Callable[[Citer], str] | None = None
) -> tuple[Span, ...]:
    """Who cites a reference, each with its kind; an entry's name is a link where
    `link` gives it an address (an exported vault does; red flags have no note)."""
    if not cited_by:
        return (Span("not cited by any entry"),)
    spans: list[Span] = []
    for n, citer in enumerate(cited_by):
        if n:
            spans.append(Span("; "))  # (a name may hold a comma: "Miracle, breakthrough ...")
        address = link(citer) if link is not None and citer.kind != "red-flag" else ""
        spans += [Span(citer.name, "link", address) if address else Span(citer.name)]
        spans.append(Span(f" ({citer.kind})"))
    return tuple(spans)


def reference_blocks(ref: Reference, cited_by: Inline) -> list[Block]:
    """One reference in full: its citation, type, who cites it, where its identifiers
    were checked, and what it found."""
    rows: list[tuple[str, Inline]] = [("Type", plain(ref.type)), ("Cited by", cited_by)]
    rows += [
        (label, plain(value))
        for label, value in (
            ("Trial registration", ref.registration),
            ("Also published", ref.also_published),
            ("Checked at", ref.seen_at),
            ("Note", ref.note),
        )
        if value
    ]
    blocks: list[Block] = [Paragraph(citation(ref)), Fields(tuple(rows))]
    if ref.summary:
        blocks += [Heading("What it found"), Paragraph(plain(ref.summary))]
    return blocks


def sources_view(catalog: Catalog, selection: Selection, json_item: JsonItem) -> View:
    """The references of `selection`; `json_item` turns each into its JSON form (the
    command line passes CSL-JSON's, render.csl.csl_item)."""
    cited = {ref.id: citers(catalog, ref) for ref in selection.references}
    blocks: list[Block] = [Heading(selection.title, 1)]
    if selection.single:
        ref = selection.references[0]
        blocks += reference_blocks(ref, citer_spans(cited[ref.id]))
    else:
        count = len(selection.references)
        blocks.append(Paragraph(plain(f"{plural(count, 'reference')}.")))
        blocks.append(
            Bullets(
                tuple(
                    (
                        *citation(ref),
                        Span(f" ({ref.type}) "),
                        Span("Cited by: ", "strong"),
                        *citer_spans(cited[ref.id]),
                    )
                    for ref in selection.references
                ),
                numbered=True,
            )
        )
        blocks.append(Paragraph(plain("Read one in full with: stemcell sources REFERENCE-ID")))
    data = [csl_json(ref, cited[ref.id], json_item) for ref in selection.references]
    return View(Page(tuple(blocks)), data)


def csl_json(ref: Reference, cited_by: list[Citer] | None, json_item: JsonItem) -> dict[str, Any]:
    """A reference as CSL-JSON, with our `custom` fields; `cited_by` is left out when
    None (`check` lists the sources of one report, not who else in the catalog cites them)."""
    custom: dict[str, Any] = {}
    if cited_by is not None:
        custom["cited_by"] = [citer.to_json() for citer in cited_by]
    custom["summary"] = ref.summary
    custom["seen_at"] = ref.seen_at
    return json_item(ref, custom)
