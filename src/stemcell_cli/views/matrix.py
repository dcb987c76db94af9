"""`stemcell matrix`: the grade of every condition x claimed benefit pair, with a legend.

Benefits are numbered columns and grades short codes, so the grid fits 80 columns;
where even that cannot fit, the rich renderer shows one line per condition instead.
"""

from __future__ import annotations

from stemcell_cli.core.catalog import Catalog
from stemcell_cli.core.model import Grade
from stemcell_cli.views.base import View
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

CODES = {
    Grade.ESTABLISHED: "EST",
    Grade.PROMISING: "PRO",
    Grade.EARLY: "EAR",
    Grade.PRECLINICAL: "PRE",
    Grade.UNTESTED: "UNT",
    Grade.NOT_SUPPORTED: "N/S",
}
NO_LINK = "-"


def matrix_view(catalog: Catalog) -> View:
    benefits = list(catalog.benefits.values())
    conditions = list(catalog.conditions.values())
    grades = {(c.id, link.id): link.grade for c in conditions for link in c.benefits}

    def cell(condition_id: str, benefit_id: str) -> Inline:
        grade = grades.get((condition_id, benefit_id))
        return (Span(CODES[grade], "grade"),) if grade is not None else plain(NO_LINK)

    rows = tuple((plain(c.name), *(cell(c.id, b.id) for b in benefits)) for c in conditions)
    narrow = Bullets(
        tuple(
            (
                Span(c.name, "strong"),
                Span(": "),
                Span(
                    ", ".join(
                        f"{n} {CODES[grades[c.id, b.id]]}"
                        for n, b in enumerate(benefits, 1)
                        if (c.id, b.id) in grades
                    )
                    or "no benefit linked"
                ),
            )
            for c in conditions
        )
    )
    headers = ("Condition", *(str(n) for n in range(1, len(benefits) + 1)))
    legend_benefits = Bullets(
        tuple(
            (Span(f"{n} "), Span(b.name), Span(" ("), Span(b.id, "code"), Span(")"))
            for n, b in enumerate(benefits, 1)
        )
    )
    grade_items = [
        (Span(code, "grade"), Span(f" {grade.value}: {catalog.grade_meaning(grade)}"))
        for grade, code in CODES.items()
    ]
    no_link = plain(f"{NO_LINK} the condition's entry does not discuss this benefit")
    legend_grades = Bullets((*grade_items, no_link))
    page = Page(
        (
            Heading("Claimed benefits by condition: grade of the evidence", 1),
            Table(headers, rows, narrow),
            Heading("Columns (claimed benefits)"),
            legend_benefits,
            Heading("Grades"),
            legend_grades,
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
