"""The lists of `conditions list` and `benefits list`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stemcell_cli.core.catalog import Catalog
from stemcell_cli.core.model import (
    Condition,
)
from stemcell_cli.views.document import (
    Heading,
    Page,
    Paragraph,
    Span,
    Table,
    plain,
)

if TYPE_CHECKING:
    pass

from stemcell_cli.views.base import View, grade_span, origin_value


def condition_list_view(catalog: Catalog, conditions: Sequence[Condition], title: str) -> View:
    rows = tuple(
        (
            (Span(c.id, "code"),),
            plain(c.name),
            plain(c.category),
            (grade_span(catalog, c.evidence.grade),),
            plain(c.summary),
        )
        for c in conditions
    )
    page = Page(
        (
            Heading(title, 1),
            Table(("ID", "Condition", "Category", "Evidence", "Summary"), rows),
            Paragraph((Span("Read one with: "), Span("stemcell explain ID", "command"))),
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
            "origin": origin_value(c.origin),
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
            (grade_span(catalog, b.evidence.grade),),
            plain(str(len(catalog.conditions_claiming(b.id)))),
            plain(b.summary),
        )
        for b in benefits
    )
    page = Page(
        (
            Heading("Claimed benefits of stem cell therapy", 1),
            Table(("ID", "Benefit", "Evidence", "Conditions", "Summary"), rows),
            Paragraph((Span("Read one with: "), Span("stemcell explain ID", "command"))),
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
            "origin": origin_value(b.origin),
        }
        for b in benefits
    ]
    return View(page, data)
