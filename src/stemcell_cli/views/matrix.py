"""`stemcell matrix`: the grade of every condition x claimed benefit pair, with a legend.

Each cell names its grade in words, as every other page does ("early studies only",
`label` in data/grades.yaml), under the benefits' own names, and the legend says what
each grade means in plain words (`plain`): a reader needs no code or column number to
look up. The grid's cells are a few words each, so a terminal
wraps them within their columns and the grid fits 100 columns; where even that
cannot fit, the rich renderer shows one line per condition instead, its benefits
grouped by grade. JSON keeps the ids and the numbered columns.
"""

from __future__ import annotations

from stemcell_cli.core.catalog import Catalog
from stemcell_cli.core.model import Benefit, Grade
from stemcell_cli.views.base import View, grade_name, grade_named
from stemcell_cli.views.document import (
    Bullets,
    Heading,
    Inline,
    Page,
    Paragraph,
    Span,
    Table,
    plain,
)

NO_LINK = "-"


def _listed(names: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def matrix_view(catalog: Catalog) -> View:
    benefits = list(catalog.benefits.values())
    conditions = list(catalog.conditions.values())
    grades = {(c.id, link.id): link.grade for c in conditions for link in c.benefits}
    names = {grade: grade_name(catalog, grade) for grade in Grade}

    def cell(condition_id: str, benefit_id: str) -> Inline:
        grade = grades.get((condition_id, benefit_id))
        return (grade_named(grade, names[grade]),) if grade is not None else plain(NO_LINK)

    def by_grade(condition_id: str) -> Inline:
        """A condition's benefits grouped by grade, strongest first: "early studies only
        for a and b; no trial in people for c"."""
        groups: list[tuple[Grade, list[Benefit]]] = [
            (grade, [b for b in benefits if grades.get((condition_id, b.id)) == grade])
            for grade in Grade
        ]
        spans: list[Span] = []
        for grade, graded in (group for group in groups if group[1]):
            if spans:
                spans.append(Span("; "))
            spans.append(grade_named(grade, names[grade]))
            spans.append(Span(" for " + _listed([b.name.lower() for b in graded])))
        return tuple(spans) or plain("no benefit linked")

    rows = tuple((plain(c.name), *(cell(c.id, b.id) for b in benefits)) for c in conditions)
    narrow = Bullets(
        tuple((Span(c.name, "strong"), Span(": "), *by_grade(c.id)) for c in conditions)
    )
    headers = ("Condition", *(b.name for b in benefits))
    words = catalog.evidence_grades
    grade_items = [
        (grade_named(grade, names[grade]), Span(f": {' '.join(words[grade.value].plain.split())}"))
        for grade in Grade
    ]
    unlinked = any(cell == plain(NO_LINK) for row in rows for cell in row[1:])
    no_link = (
        Span(NO_LINK, "strong"),
        Span(" (a dash): the condition's entry does not discuss it"),
    )
    page = Page(
        (
            Heading("Claimed benefits by condition: how strong the evidence is", 1),
            Table(headers, rows, narrow, short_cells=True),
            Heading("What each grade means"),
            Bullets((*grade_items, *([no_link] if unlinked else []))),
            Paragraph(plain("Details: stemcell explain CONDITION, stemcell explain BENEFIT")),
        )
    )
    data = {
        "benefits": [{"column": n, "id": b.id, "name": b.name} for n, b in enumerate(benefits, 1)],
        "conditions": [
            {
                "id": c.id,
                "name": c.name,
                "grades": {
                    b.id: grades[c.id, b.id].value for b in benefits if (c.id, b.id) in grades
                },
            }
            for c in conditions
        ],
        "grades": {grade.value: catalog.grade_meaning(grade) for grade in Grade},
    }
    return View(page, data)
