"""`stemcell compare`: two or more conditions, or two or more benefits, side by side.

A short table gives the picture at a glance (grade, counts, regions); sections
below put the longer texts of each entry next to each other.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from stemcell_cli.core.catalog import Catalog
from stemcell_cli.core.errors import UsageError
from stemcell_cli.core.kinds import kind_of
from stemcell_cli.core.model import Benefit, Condition, Entry, Grade
from stemcell_cli.views.base import DISCLAIMER, View, grade_name, grade_span, to_json
from stemcell_cli.views.document import Block, Bullets, Heading, Inline, Page, Span, Table, plain
from stemcell_cli.views.short_names import short_names_of, spell_out

KINDS = ("condition", "benefit")
#: Risks and caveats shown per entry; `stemcell explain` has them all.
SHOWN = 3


def resolve(catalog: Catalog, names: Sequence[str]) -> list[Condition] | list[Benefit]:
    """The entries to compare: all conditions or all benefits, each once, in order."""
    entries: list[Entry] = []
    for name in names:
        entry = catalog.find(name, KINDS)
        if entry not in entries:
            entries.append(entry)
    if len(entries) < 2:
        raise UsageError("compare needs two or more different conditions or benefits")
    kinds = {kind_of(entry) for entry in entries}
    if len(kinds) > 1:
        raise UsageError("compare conditions with conditions, benefits with benefits")
    if kinds == {"condition"}:
        return [e for e in entries if isinstance(e, Condition)]
    return [e for e in entries if isinstance(e, Benefit)]


def _grades(catalog: Catalog, grades: Sequence[Grade]) -> str:
    """How many claims have each grade, the grades in words ("2 early studies only; 3
    tested, no benefit found": semicolons, as a grade's words may hold a comma)."""
    counts = {grade: sum(1 for g in grades if g is grade) for grade in Grade}
    named = [f"{n} {grade_name(catalog, grade)}" for grade, n in counts.items() if n]
    return "; ".join(named) or "none"


def _by_entry(
    title: str, entries: Sequence[Condition] | Sequence[Benefit], texts: Any
) -> list[Block]:
    items: list[Inline] = []
    for entry in entries:
        for text in texts(entry):
            items.append((Span(entry.name, "strong"), Span(": " + text)))
    return [Heading(title), Bullets(tuple(items))]


def compare_view(catalog: Catalog, entries: list[Condition] | list[Benefit]) -> View:
    headers: tuple[str, ...]
    rows: tuple[tuple[Inline, ...], ...]
    if entries and isinstance(entries[0], Condition):
        conditions = [e for e in entries if isinstance(e, Condition)]
        headers = ("Condition", "Grade", "Benefits (as graded)", "Risks", "Regulatory", "Sources")
        rows = tuple(
            (
                plain(c.name),
                (grade_span(catalog, c.evidence.grade),),
                plain(_grades(catalog, [link.grade for link in c.benefits])),
                plain(str(len(c.risks))),
                plain(", ".join(r.region for r in c.regulatory)),
                plain(str(len(catalog.reference_ids(c)))),
            )
            for c in conditions
        )
        sections = [
            *_by_entry("Evidence", conditions, lambda c: [c.summary]),
            *_by_entry(
                "How stem cells are tried", conditions, lambda c: [c.stem_cell_approach.summary]
            ),
            *_by_entry("Main risks", conditions, lambda c: c.risks[:SHOWN]),
            *_by_entry(
                "Regulatory status",
                conditions,
                lambda c: [f"{r.region}: {r.status}" for r in c.regulatory],
            ),
            *_by_entry("Standard care first", conditions, lambda c: [c.standard_care.summary]),
        ]
    else:
        benefits = [e for e in entries if isinstance(e, Benefit)]
        headers = ("Benefit", "Grade", "Conditions (as graded)", "Caveats", "Sources")
        rows = tuple(
            (
                plain(b.name),
                (grade_span(catalog, b.evidence.grade),),
                plain(
                    _grades(catalog, [link.grade for _, link in catalog.conditions_claiming(b.id)])
                ),
                plain(str(len(b.caveats))),
                plain(str(len(catalog.reference_ids(b)))),
            )
            for b in benefits
        )
        sections = [
            *_by_entry("The claim", benefits, lambda b: [b.claim]),
            *_by_entry("What the evidence shows", benefits, lambda b: [b.evidence.summary]),
            *_by_entry("Caveats", benefits, lambda b: b.caveats[:SHOWN]),
        ]
    names = " / ".join(entry.name for entry in entries)
    page = Page(
        (
            Heading(f"Compare: {names}", 1),
            Table(headers, rows),
            *sections,
            Bullets((plain("More on each: stemcell explain NAME"),)),
        )
    )
    page = spell_out(page, short_names_of(catalog))  # (as explain's pages: acronym1)
    data = {
        "kind": kind_of(entries[0]),
        "entries": [to_json(entry) for entry in entries],
        "disclaimer": DISCLAIMER,
    }
    return View(page, data)
