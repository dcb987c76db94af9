"""`stemcell check`: findings in an advertisement, answered from the catalog, as a View."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from stemcell_cli.check.advert import AdText
from stemcell_cli.check.matcher import Match, Matcher, Phrase
from stemcell_cli.core.catalog import Catalog
from stemcell_cli.core.model import Benefit, Condition, Grade
from stemcell_cli.views.document import (
    Block,
    Bullets,
    Heading,
    Inline,
    Note,
    Page,
    Paragraph,
    Span,
    plain,
)
from stemcell_cli.views.entries import DISCLAIMER, View, grade_span

#: Questions taken from each condition the text names (the rest: `stemcell explain`).
QUESTIONS_PER_CONDITION = 3
SIMILAR_QUESTION = 0.7
KIND_TITLES = {
    "benefit": "Benefit claims",
    "condition": "Conditions named",
    "red_flag": "Red flags",
}


class Finding(NamedTuple):
    match: Match
    name: str
    grade: Grade | None
    answer: str
    references: tuple[str, ...]


class Report(NamedTuple):
    source: str
    findings: list[Finding]
    questions: list[tuple[str, str]]
    reviewed: str

    @property
    def red_flags(self) -> list[Finding]:
        return [f for f in self.findings if f.match.kind == "red_flag"]

    def entries(self, kind: str) -> dict[str, Finding]:
        """The first finding of each entry of `kind`, in order of appearance."""
        first: dict[str, Finding] = {}
        for finding in self.findings:
            if finding.match.kind == kind:
                first.setdefault(finding.match.entry_id, finding)
        return first


def phrases(catalog: Catalog) -> Iterable[Phrase]:
    for benefit in catalog.benefits.values():
        for text in (benefit.name, *benefit.aliases, *benefit.phrases):
            yield Phrase("benefit", benefit.id, text, ordered=False)
    for condition in catalog.conditions.values():
        for text in (condition.name, *condition.aliases):
            yield Phrase("condition", condition.id, text, ordered=True)
    for flag in catalog.red_flags.values():
        for text in flag.phrases:
            yield Phrase("red_flag", flag.id, text, ordered=True)


def build_report(catalog: Catalog, text: AdText) -> Report:
    findings = [_answer(catalog, match) for match in Matcher(phrases(catalog)).scan(text.lines)]
    report = Report(text.label, findings, [], "")
    questions: list[tuple[str, str]] = []
    reviewed: list[str] = []
    for condition_id in report.entries("condition"):
        condition = catalog.conditions[condition_id]
        reviewed.append(condition.reviewed)
        for question in condition.questions[:QUESTIONS_PER_CONDITION]:
            if not any(_alike(question, q) for _, q in questions):
                questions.append((condition.name, question))
    for benefit_id in report.entries("benefit"):
        reviewed.append(catalog.benefits[benefit_id].reviewed)
    if not reviewed:  # only red flags, or nothing: date the report by the benefits' review
        reviewed = [benefit.reviewed for benefit in catalog.benefits.values()]
    return report._replace(questions=questions, reviewed=max(reviewed, default=""))


def _alike(one: str, other: str) -> bool:
    """Questions that several conditions ask in nearly the same words are asked once."""
    from difflib import SequenceMatcher

    return SequenceMatcher(None, one.casefold(), other.casefold()).ratio() >= SIMILAR_QUESTION


def _answer(catalog: Catalog, match: Match) -> Finding:
    if match.kind == "red_flag":
        flag = catalog.red_flags[match.entry_id]
        return Finding(match, flag.name, None, flag.why, flag.references)
    entries = catalog.benefits if match.kind == "benefit" else catalog.conditions
    entry: Benefit | Condition = entries[match.entry_id]
    evidence = entry.evidence
    return Finding(match, entry.name, evidence.grade, entry.summary, evidence.references[:3])


def summary_line(report: Report) -> str:
    benefits = report.entries("benefit")
    counts = {grade: 0 for grade in Grade}
    for finding in benefits.values():
        if finding.grade is not None:
            counts[finding.grade] += 1
    graded = ", ".join(f"{n} {grade.value}" for grade, n in counts.items())
    flags = len(report.entries("red_flag"))
    conditions = len(report.entries("condition"))
    return (
        f"{len(benefits)} benefit claim{'s' if len(benefits) != 1 else ''}: {graded}; "
        f"{conditions} condition{'s' if conditions != 1 else ''} named; "
        f"{flags} red flag{'s' if flags != 1 else ''}"
    )


def check_view(report: Report) -> View:
    blocks: list[Block] = [
        Heading(f"Check of {report.source}", 1),
        Paragraph((Span("Summary: ", "strong"), Span(summary_line(report)))),
    ]
    for kind, title in KIND_TITLES.items():
        found = [f for f in report.findings if f.match.kind == kind]
        blocks.append(Heading(title))
        if not found:
            blocks += [Paragraph(plain("None found."))]
            continue
        blocks.append(Bullets(tuple(_finding_item(f) for f in found)))
    if report.questions:
        blocks.append(Heading("Questions to ask this clinic"))
        blocks.append(Bullets(tuple(plain(q) for _, q in report.questions)))
    blocks.append(Note(_closing(report)))
    return View(Page(tuple(blocks)), _json(report))


def _finding_item(finding: Finding) -> Inline:
    match = finding.match
    spans: list[Span] = [
        Span(f"Line {match.line}, column {match.column}: ", "strong"),
        Span(f"\u201c{match.text}\u201d", "em"),
        Span(" \u2192 "),
        Span(finding.name, "strong"),
    ]
    if finding.grade is not None:
        spans += [Span(" "), grade_span(finding.grade)]
    spans.append(Span(f". {finding.answer}"))
    if finding.references:
        spans += [Span(" Sources: "), Span(", ".join(finding.references), "code")]
    return tuple(spans)


def _closing(report: Report) -> Inline:
    reviewed = f"Reviewed {report.reviewed}. " if report.reviewed else ""
    return (
        Span(reviewed, "strong"),
        Span(DISCLAIMER),
        Span(" A phrase found is not proof of what the clinic offers; read it in context."),
    )


def _json(report: Report) -> dict[str, Any]:
    return {
        "kind": "check",
        "source": report.source,
        "summary": summary_line(report),
        "findings": [
            {
                "line": f.match.line,
                "column": f.match.column,
                "kind": f.match.kind,
                "text": f.match.text,
                "phrase": f.match.phrase,
                "id": f.match.entry_id,
                "name": f.name,
                "grade": f.grade.value if f.grade is not None else None,
                "answer": f.answer,
                "references": list(f.references),
            }
            for f in report.findings
        ],
        "questions": [{"condition": c, "question": q} for c, q in report.questions],
        "reviewed": report.reviewed,
        "disclaimer": DISCLAIMER,
    }
