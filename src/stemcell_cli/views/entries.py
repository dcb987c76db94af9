"""Entry pages: what `explain` shows for a condition, a benefit, a topic or a term.

Views read the Catalog and never format for a terminal; renderers do that.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from stemcell_cli.core.catalog import Catalog
from stemcell_cli.core.kinds import kind_of
from stemcell_cli.core.model import (
    Benefit,
    Condition,
    Entry,
    Evidence,
    Term,
    Topic,
)
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
    paragraphs,
    plain,
)

if TYPE_CHECKING:
    pass

from stemcell_cli.views.base import (
    DISCLAIMER,
    Linker,
    View,
    citation,
    grade_line,
    grade_span,
    origin_text,
    to_json,
)


def sources_blocks(catalog: Catalog, entry: Entry) -> list[Block]:
    refs = catalog.references_for(entry)
    if not refs:
        return []
    return [Heading("Sources"), Bullets(tuple(citation(ref) for ref in refs), numbered=True)]


def terms_blocks(catalog: Catalog, entry: Entry, links: Linker | None = None) -> list[Block]:
    linked = catalog.linked_terms(entry)
    if not linked:
        return []
    if links is not None:  # each term has a page of its own: link it, do not define it again
        return [Heading("Terms used"), Bullets(tuple((entry_name(t, links),) for t in linked))]
    items = tuple((*_named(t, links), Span(": " + _gist(t))) for t in linked)
    return [Heading("Terms used"), Bullets(items)]


def entry_name(entry: Entry, links: Linker | None = None) -> Span:
    """An entry's name: a link when `links` gives it an address, else strong text."""
    if links is not None:
        return Span(entry.name, "link", links(entry))
    return Span(entry.name, "strong")


def _named(entry: Entry, links: Linker | None = None) -> Inline:
    return (entry_name(entry, links), Span(" ("), Span(entry.id, "code"), Span(")"))


def _gist(entry: Term | Topic) -> str:
    return entry.definition if isinstance(entry, Term) else entry.summary


def closing_blocks(entry: Entry) -> list[Block]:
    return [
        Note(
            (
                Span(f"Reviewed {entry.reviewed}. ", "strong"),
                Span(DISCLAIMER),
                Span(f" Source: {origin_text(entry.origin)}."),
            )
        )
    ]


def evidence_blocks(evidence: Evidence) -> list[Block]:
    blocks: list[Block] = [Fields((("Evidence grade", grade_line(evidence.grade)),))]
    blocks += paragraphs(evidence.summary)
    if evidence.justification:
        blocks.append(Paragraph((Span("Why this grade: ", "strong"), Span(evidence.justification))))
    return blocks


def bullets(items: Iterable[str]) -> Bullets:
    return Bullets(tuple(plain(item) for item in items))


def header_fields(entry: Entry, extra: Sequence[tuple[str, Inline]] = ()) -> Fields:
    rows: list[tuple[str, Inline]] = []
    if entry.aliases:
        rows.append(("Also called", plain(", ".join(entry.aliases))))
    rows.extend(extra)
    rows.append(("Reviewed", plain(entry.reviewed)))
    return Fields(tuple(rows))


def resolved_json(catalog: Catalog, entry: Entry) -> dict[str, Any]:
    """The entry's own keys, plus its kind and its cross-references resolved."""
    data: dict[str, Any] = {"kind": kind_of(entry), **to_json(entry)}
    resolved: dict[str, Any] = {
        "references": [to_json(ref) for ref in catalog.references_for(entry)],
        "terms": [
            {"id": t.id, "name": t.name, "kind": kind_of(t)} for t in catalog.linked_terms(entry)
        ],
    }
    if isinstance(entry, Condition):
        resolved["benefits"] = [
            {"id": link.id, "name": catalog.benefits[link.id].name, "grade": link.grade.value}
            for link in entry.benefits
        ]
    if isinstance(entry, Benefit):
        resolved["conditions"] = [
            {"id": c.id, "name": c.name, "grade": link.grade.value, "note": link.note}
            for c, link in catalog.conditions_claiming(entry.id)
        ]
    if isinstance(entry, Term):
        resolved["see_also"] = [
            {"id": e.id, "name": e.name, "kind": kind_of(e)}
            for e in catalog.linked_entries(entry.see_also)
        ]
    data["resolved"] = resolved
    data["disclaimer"] = DISCLAIMER
    return data


# -- entry views ---------------------------------------------------------------


def condition_view(catalog: Catalog, condition: Condition, links: Linker | None = None) -> View:
    c = condition
    approach = c.stem_cell_approach
    blocks: list[Block] = [
        Heading(c.name, 1),
        Paragraph((Span(c.summary, "em"),)),
        header_fields(
            c,
            (
                ("Category", plain(c.category)),
                ("Evidence for stem cell therapy", grade_line(c.evidence.grade)),
            ),
        ),
        Heading("Overview"),
        *paragraphs(c.overview),
        Heading("Symptoms"),
        bullets(c.symptoms),
        Heading("Standard care"),
        *paragraphs(c.standard_care.summary),
    ]
    if c.standard_care.options:
        blocks.append(bullets(c.standard_care.options))
    blocks += [Heading(f"Stem cell therapy for {c.name.lower()}"), Heading("What is tried", 3)]
    blocks += paragraphs(approach.summary)
    rows = []
    if approach.cell_sources:
        rows.append(("Cell sources", plain("; ".join(approach.cell_sources))))
    if approach.routes:
        rows.append(("How it is given", plain("; ".join(approach.routes))))
    if rows:
        blocks.append(Fields(tuple(rows)))
    blocks += [
        Heading("Claimed benefits and what the evidence says", 3),
        Bullets(
            tuple(
                (
                    entry_name(catalog.benefits[link.id], links),
                    Span(" ("),
                    grade_span(link.grade),
                    Span("): " + link.note),
                )
                for link in c.benefits
            )
        ),
        Heading("What the evidence shows", 3),
        *evidence_blocks(c.evidence),
        Heading("Risks", 3),
        bullets(c.risks),
        Heading("Regulatory status", 3),
        Bullets(tuple((Span(r.region + ": ", "strong"), Span(r.status)) for r in c.regulatory)),
        Heading("Questions to ask a clinic", 3),
        bullets(c.questions),
        Heading("When to see a doctor"),
        bullets(c.see_a_doctor),
        *terms_blocks(catalog, c, links),
        *sources_blocks(catalog, c),
        *closing_blocks(c),
    ]
    return View(Page(tuple(blocks)), partial(resolved_json, catalog, c))


def benefit_view(catalog: Catalog, benefit: Benefit, links: Linker | None = None) -> View:
    b = benefit
    claimed_by = catalog.conditions_claiming(b.id)
    blocks: list[Block] = [
        Heading(b.name, 1),
        Paragraph((Span(b.summary, "em"),)),
        header_fields(b, (("Evidence grade", grade_line(b.evidence.grade)),)),
        Heading("The claim"),
        *paragraphs(b.claim),
        Heading("Proposed mechanism"),
        *paragraphs(b.mechanism),
        Heading("What the evidence shows"),
        *evidence_blocks(b.evidence),
        Heading("Caveats"),
        bullets(b.caveats),
    ]
    if claimed_by:
        blocks += [
            Heading("By condition"),
            Bullets(
                tuple(
                    (
                        entry_name(c, links),
                        Span(" ("),
                        grade_span(link.grade),
                        Span("): " + link.note),
                    )
                    for c, link in claimed_by
                )
            ),
        ]
    blocks += [*terms_blocks(catalog, b, links), *sources_blocks(catalog, b), *closing_blocks(b)]
    return View(Page(tuple(blocks)), partial(resolved_json, catalog, b))


def topic_view(catalog: Catalog, topic: Topic, links: Linker | None = None) -> View:
    blocks: list[Block] = [
        Heading(topic.name, 1),
        Paragraph((Span(topic.summary, "em"),)),
        header_fields(topic),
    ]
    for section in topic.sections:
        blocks.append(Heading(section.heading))
        blocks += paragraphs(section.body)
    blocks += [*terms_blocks(catalog, topic, links), *sources_blocks(catalog, topic)]
    blocks += closing_blocks(topic)
    return View(Page(tuple(blocks)), partial(resolved_json, catalog, topic))


def term_view(catalog: Catalog, term: Term, links: Linker | None = None) -> View:
    blocks: list[Block] = [Heading(term.name, 1), header_fields(term), *paragraphs(term.definition)]
    linked = catalog.linked_entries(term.see_also)
    if linked:
        blocks += [
            Heading("See also"),
            Bullets(
                tuple(
                    (
                        *_named(e, links),
                        Span(f" ({kind_of(e)})"),
                    )
                    for e in linked
                )
            ),
        ]
    blocks += [*sources_blocks(catalog, term), *closing_blocks(term)]
    return View(Page(tuple(blocks)), partial(resolved_json, catalog, term))


def entry_view(catalog: Catalog, entry: Entry, links: Linker | None = None) -> View:
    if isinstance(entry, Condition):
        return condition_view(catalog, entry, links)
    if isinstance(entry, Benefit):
        return benefit_view(catalog, entry, links)
    if isinstance(entry, Topic):
        return topic_view(catalog, entry, links)
    if isinstance(entry, Term):
        return term_view(catalog, entry, links)
    return generic_view(catalog, entry, links)


#: Fields every page shows in its own place, not as a section of their own.
_PLACED = {"id", "name", "aliases", "reviewed", "origin", "references", "terms", "maintainer_notes"}


def generic_view(catalog: Catalog, entry: Entry, links: Linker | None = None) -> View:
    """A kind without a page of its own (kinds.KINDS): each text field under its name."""
    blocks: list[Block] = [Heading(entry.name, 1), header_fields(entry)]
    for field in entry._fields:
        value = getattr(entry, field)
        if field in _PLACED or not value:
            continue
        if isinstance(value, str):
            blocks += [Heading(field.replace("_", " ").capitalize()), *paragraphs(value)]
        elif isinstance(value, tuple) and all(isinstance(item, str) for item in value):
            blocks += [Heading(field.replace("_", " ").capitalize()), bullets(value)]
    blocks += [*terms_blocks(catalog, entry, links), *sources_blocks(catalog, entry)]
    blocks += closing_blocks(entry)
    return View(Page(tuple(blocks)), partial(resolved_json, catalog, entry))
