"""A check report as a page that leads with the answer: the verdict, the warning signs,
what the grades shown mean, each claim with what the evidence says, the conditions
named, the questions to ask, and the sources cited, numbered as `explain` lists them."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from stemcell_cli.check.report import MANY_CONDITIONS_ID, Finding, Report, shown
from stemcell_cli.core.grades import Grade
from stemcell_cli.views.base import DISCLAIMER, View, grade_span, numbered_sources
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
from stemcell_cli.views.spelled import short_names_of, spell_out

if TYPE_CHECKING:
    from stemcell_cli.core.catalog import Catalog
    from stemcell_cli.core.model import Reference

#: Where each reference cited is in the report's list of sources: id -> its number.
Numbers = dict[str, int]

#: Grades whose claims the evidence does not support.
UNSUPPORTED = frozenset({Grade.NOT_SUPPORTED, Grade.UNTESTED, Grade.PRECLINICAL, Grade.EARLY})


def verdict(report: Report) -> str:
    """One sentence that answers first: how many unsupported claims, how many warnings;
    or, for a text that reads as a warning about such offers, that it does."""
    if report.warning:
        return _warning_verdict(report)
    claims = list(report.entries("benefit").values())
    unsupported = sum(1 for f in claims if f.grade in UNSUPPORTED)
    supported = len(claims) - unsupported
    flags = len(report.entries("red_flag"))
    parts: list[str] = []
    if unsupported:
        parts.append(f"makes {_count(unsupported, 'claim')} the evidence does not support")
    if supported:
        parts.append(f"{_count(supported, 'claim')} with some support")
    if not claims:
        parts.append("makes none of the benefit claims we track")
    sign = f"shows {_count(flags, 'warning sign')}" if flags else "shows no warning sign we track"
    return f"This advert {_and(parts)} and {sign}."


def _warning_verdict(report: Report) -> str:
    named = [
        _count(len(report.entries(kind)), noun)
        for kind, noun in (("benefit", "claim"), ("red_flag", "warning sign"))
        if report.entries(kind)
    ]
    discussed = f" It discusses {_and(named)}, listed below." if named else ""
    return (
        "This text reads as a warning about such offers, not as an advert. It warns about"
        " them again and again and offers nothing of its own." + discussed
    )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _and(parts: Sequence[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def check_view(report: Report, catalog: Catalog) -> View:
    blocks: list[Block] = [
        Heading(f"Check of {shown(report.source)}", 1),
        Paragraph((Span(verdict(report), "strong"),)),
    ]
    places = report.places()
    flags = report.entries("red_flag")
    claims = report.entries("benefit")
    conditions = report.entries("condition")
    cited = _cited(catalog, [*flags.values(), *claims.values(), *conditions.values()])
    numbers = {ref.id: n for n, ref in enumerate(cited, 1)}
    discussed = " it discusses" if report.warning else ""
    blocks.append(Heading(f"Warning signs{discussed}"))
    blocks.append(_items_or_none([_flag_item(places, f, numbers) for f in flags.values()]))
    blocks += _grades_blocks(_grades(catalog, [*claims.values(), *conditions.values()]))
    blocks.append(Heading(f"Claims{discussed} and what the evidence says"))
    blocks.append(_items_or_none([_claim_item(places, f, numbers) for f in claims.values()]))
    if conditions:
        blocks.append(Heading("Conditions named"))
        blocks.append(Bullets(tuple(_claim_item(places, f, numbers) for f in conditions.values())))
    if report.questions:
        blocks.append(
            Heading(
                "Questions to ask a clinic" if report.warning else "Questions to ask this clinic"
            )
        )
        blocks.append(Bullets(tuple(plain(asked.question) for asked in report.questions)))
    blocks += numbered_sources(cited)
    blocks.append(Note(_closing(report)))
    # Each short name our words use is said the first time (acronym1).
    page = spell_out(Page(tuple(blocks)), short_names_of(catalog))
    # The data for JSON is made only when asked for: text formats never pay for it.
    return View(page, partial(_json, report, catalog, cited))


def _cited(catalog: Catalog, findings: Sequence[Finding]) -> list[Reference]:
    """The references the findings shown cite, each once, in order of first citation
    down the page (numbered so: the first is [1])."""
    cited: dict[str, Reference] = {}
    for finding in findings:
        for ref_id in finding.references:
            ref = catalog.references.get(ref_id)
            if ref is not None:
                cited.setdefault(ref_id, ref)
    return list(cited.values())


def _grades(catalog: Catalog, findings: Sequence[Finding]) -> dict[Grade, str]:
    """Each grade the findings shown carry, strongest first, with its plain words from
    the data (data/grades.yaml); a grade the data gives no words is left out."""
    shown = {finding.grade for finding in findings}
    words = catalog.evidence_grades
    return {
        grade: words[grade.value].plain
        for grade in Grade
        if grade in shown and grade.value in words
    }


def _grades_blocks(grades: dict[Grade, str]) -> list[Block]:
    """What each grade the report shows means, in plain words, before the claims."""
    if not grades:
        return []
    items = tuple((grade_span(grade), Span(f": {words}")) for grade, words in grades.items())
    return [Heading("What the evidence grades mean"), Bullets(items)]


def _citing(references: Sequence[str], numbers: Numbers) -> list[Span]:
    """ "Sources: [1], [3]": a finding's references by their numbers in the list of
    sources (an id the catalog cannot resolve is shown as it is)."""
    if not references:
        return []
    cited = ", ".join(f"[{numbers[r]}]" if r in numbers else r for r in references)
    return [Span(" Sources: "), Span(cited)]


def _items_or_none(items: Sequence[Inline]) -> Block:
    """A section's findings as a list, or a line saying there are none."""
    return Bullets(tuple(items)) if items else Paragraph(plain("None found."))


def _where(places: dict[tuple[str, str], list[int]], finding: Finding) -> str:
    """ "line L, column C" of the first place, then "also line(s)" with up to five more
    lines and "..." when there are others."""
    match = finding.match
    more = places[match.kind, match.entry_id][1:]
    where = f"line {match.line}, column {match.column}"
    if more:
        shown = ", ".join(str(n) for n in more[:5]) + (", ..." if len(more) > 5 else "")
        where += f"; also line{'s' if len(more) > 1 else ''} {shown}"
    return where


def _flag_item(
    places: dict[tuple[str, str], list[int]], finding: Finding, numbers: Numbers
) -> Inline:
    match = finding.match
    if match.entry_id == MANY_CONDITIONS_ID and not match.phrase:
        # The conditions counted, from many lines: a list of ours, not a quote.
        found = [Span("the page names "), Span(match.text, "quote"), Span(" (from ")]
    else:
        found = [Span(f"\u201c{match.text}\u201d", "quote"), Span(" (")]
    spans: list[Span] = [
        Span(finding.name, "strong"),
        Span(": "),
        *found,
        Span(f"{_where(places, finding)}). {finding.answer}"),
        *_citing(finding.references, numbers),
    ]
    return tuple(spans)


def _claim_item(
    places: dict[tuple[str, str], list[int]], finding: Finding, numbers: Numbers
) -> Inline:
    spans: list[Span] = [
        Span(f"\u201c{finding.match.text}\u201d", "quote"),
        Span(f" ({_where(places, finding)}) \u2192 "),
        Span(finding.name, "strong"),
    ]
    if finding.grade is not None:  # "(evidence: early)": not read as part of the name
        spans += [Span(" (evidence: "), grade_span(finding.grade), Span(")")]
    spans.append(Span(f". {finding.answer}"))
    spans += _citing(finding.references, numbers)
    return tuple(spans)


def _closing(report: Report) -> Inline:
    reviewed = f"Reviewed {report.reviewed}. " if report.reviewed else ""
    return (
        Span(reviewed, "strong"),
        Span(DISCLAIMER),
        Span(" A phrase found is not proof of what the clinic offers; read it in context."),
    )


def _json(report: Report, catalog: Catalog, cited: Sequence[Reference]) -> dict[str, Any]:
    """The report's data; `sources` are the references cited, in the order of their
    numbers on the page, each as `stemcell sources -f json` gives it (CSL-JSON) but
    without `custom.cited_by` (the catalog's other entries that cite it: costly to find
    and beside the point of one report), and `grades` the plain words of each grade the
    page shows."""
    from stemcell_cli.render.csl import csl_item
    from stemcell_cli.views.sources import csl_json

    claims = report.entries("benefit")
    conditions = report.entries("condition")
    return {
        "kind": "check",
        "source": shown(report.source),
        "verdict": verdict(report),
        "reading": "warning" if report.warning else "advert",
        "counts": {
            "unsupported_claims": sum(1 for f in claims.values() if f.grade in UNSUPPORTED),
            "claims": len(claims),
            "warning_signs": len(report.entries("red_flag")),
            "conditions": len(conditions),
        },
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
        # Whose question it is: a condition named, or a claim made (benefitq1); a general
        # one (a topic's) has neither.
        "questions": [
            {"condition": a.condition or None, "benefit": a.benefit or None, "question": a.question}
            for a in report.questions
        ],
        "sources": [csl_json(ref, None, csl_item) for ref in cited],
        "grades": {
            grade.value: words
            for grade, words in _grades(catalog, [*claims.values(), *conditions.values()]).items()
        },
        "reviewed": report.reviewed,
        "disclaimer": DISCLAIMER,
    }
