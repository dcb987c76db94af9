"""View models: what each command shows, as a format-neutral Page plus JSON-ready data.

Views read the Catalog and never format for a terminal; renderers do that.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from enum import Enum
from functools import partial
from typing import TYPE_CHECKING, Any, NamedTuple

from stemcell_cli.core.catalog import Catalog
from stemcell_cli.core.datadirs import SHIPPED
from stemcell_cli.core.model import (
    Benefit,
    Condition,
    Entry,
    Evidence,
    Grade,
    Reference,
    Term,
    Topic,
    kind_of,
)
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
    paragraphs,
    plain,
)

if TYPE_CHECKING:
    from stemcell_cli.core.problems import Problem

#: Gives the address of another entry's page, when the output has one (an exported
#: vault does); names of other entries then become links.
Linker = Callable[[Entry], str]

DISCLAIMER = (
    "Educational information, not medical advice. Talk to a doctor you trust, "
    "one who is not selling the treatment, before you decide."
)


class View(NamedTuple):
    """What a command shows: `page` for the text formats, `data` for JSON.

    `data` may be a function returning the data, so text output never pays for it.
    """

    page: Page
    data: Any

    def json_data(self) -> Any:
        return self.data() if callable(self.data) else self.data


# -- shared pieces -------------------------------------------------------------


def to_json(value: Any) -> Any:
    """Records as plain JSON values: records to objects, tuples to arrays, enums to text."""
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return {name: to_json(getattr(value, name)) for name in value._fields}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (list, tuple)):
        return [to_json(item) for item in value]
    return value


def grade_span(grade: Grade) -> Span:
    return Span(grade.value, "grade")


def grade_line(grade: Grade) -> Inline:
    return (grade_span(grade), Span(f" ({grade.meaning})"))


def origin_text(origin: str) -> str:
    return "data shipped with stemcell" if origin == SHIPPED else f"your data in {origin}"


def citation(ref: Reference) -> Inline:
    """One reference as a citation line, identifiers included."""
    parts: list[Span] = []
    if ref.authors:
        parts.append(Span(ref.authors.rstrip(".") + ". "))
    if ref.year:
        parts.append(Span(f"({ref.year}). "))
    title = ref.title.rstrip(".")
    # A title that ends in its own mark ("Are we there yet?") takes no full stop.
    parts.append(Span(title if title.endswith(("?", "!")) else title + ".", "em"))
    where = ref.journal
    if ref.volume:
        where += f" {ref.volume}"
        if ref.issue:
            where += f"({ref.issue})"
        if ref.pages:
            where += f":{ref.pages}"
    elif ref.volume_pages:
        where += f" {ref.volume_pages}"
    if where.strip():
        parts.append(Span(f" {where.strip()}."))
    ids = [
        label + value
        for label, value in (("DOI ", ref.doi), ("PMID ", ref.pmid), ("PMCID ", ref.pmcid))
        if value
    ]
    if ids:
        parts.append(Span(" " + ", ".join(ids) + "."))
    if ref.link:
        parts.append(Span(" "))
        parts.append(Span(ref.link, "link", ref.link))
    parts.append(Span(f" [{ref.id}]", "code"))
    return tuple(parts)


def sources_blocks(catalog: Catalog, entry: Entry) -> list[Block]:
    refs = catalog.references_for(entry)
    if not refs:
        return []
    return [Heading("Sources"), Bullets(tuple(citation(ref) for ref in refs), numbered=True)]


def terms_blocks(catalog: Catalog, entry: Entry, links: Linker | None = None) -> list[Block]:
    linked = catalog.linked_terms(entry)
    if not linked:
        return []
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
    return term_view(catalog, entry, links)


# -- list views ----------------------------------------------------------------


def condition_list_view(conditions: Sequence[Condition], title: str) -> View:
    rows = tuple(
        (
            (Span(c.id, "code"),),
            plain(c.name),
            plain(c.category),
            (grade_span(c.evidence.grade),),
            plain(c.summary),
        )
        for c in conditions
    )
    page = Page(
        (
            Heading(title, 1),
            Table(("ID", "Condition", "Category", "Evidence", "Summary"), rows),
            Paragraph(plain("Read one with: stemcell explain ID")),
        )
    )
    data = [
        {
            "id": c.id,
            "name": c.name,
            "aliases": list(c.aliases),
            "category": c.category,
            "summary": c.summary,
            "grade": c.evidence.grade.value,
            "benefits": [{"id": link.id, "grade": link.grade.value} for link in c.benefits],
            "reviewed": c.reviewed,
            "origin": c.origin,
        }
        for c in conditions
    ]
    return View(page, data)


def benefit_list_view(catalog: Catalog) -> View:
    benefits = list(catalog.benefits.values())
    rows = tuple(
        (
            (Span(b.id, "code"),),
            plain(b.name),
            (grade_span(b.evidence.grade),),
            plain(str(len(catalog.conditions_claiming(b.id)))),
            plain(b.summary),
        )
        for b in benefits
    )
    page = Page(
        (
            Heading("Claimed benefits of stem cell therapy", 1),
            Table(("ID", "Benefit", "Evidence", "Conditions", "Summary"), rows),
            Paragraph(plain("Read one with: stemcell explain ID")),
        )
    )
    data = [
        {
            "id": b.id,
            "name": b.name,
            "aliases": list(b.aliases),
            "summary": b.summary,
            "grade": b.evidence.grade.value,
            "conditions": [c.id for c, _ in catalog.conditions_claiming(b.id)],
            "reviewed": b.reviewed,
            "origin": b.origin,
        }
        for b in benefits
    ]
    return View(page, data)


def validation_view(problems: Sequence[Problem], counts: dict[str, int], where: str) -> View:
    """`validate`: one line per problem and a count, or a one-line summary."""
    if problems:
        n = len(problems)
        lines = [str(p) for p in problems] + [
            f"{n} problem{'s' if n != 1 else ''} found in {where}"
        ]
    else:
        summary = ", ".join(f"{count} {kind}" for kind, count in counts.items())
        lines = [f"Data is valid ({where}): {summary}."]
    return View(Page((Lines(tuple(lines)),)), [p.to_json() for p in problems])
