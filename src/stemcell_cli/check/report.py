"""`stemcell check`: findings in an advertisement, answered from the catalog, as a View.

The report leads with the answer: a verdict sentence, then the warning signs, then
each claim with what the evidence says, the conditions named, and at most
MAX_QUESTIONS questions to ask the clinic.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple

from stemcell_cli.check import lexicon as words
from stemcell_cli.check.advert import AdText, clean
from stemcell_cli.check.matcher import (
    CUE,
    GUARD,
    PART,
    STATED,
    Match,
    Matcher,
    Phrase,
)
from stemcell_cli.check.phrases import PhraseError
from stemcell_cli.core.catalog import Catalog
from stemcell_cli.core.errors import DataError
from stemcell_cli.core.grades import Grade
from stemcell_cli.core.model import Benefit, Condition
from stemcell_cli.views.base import DISCLAIMER, View, grade_span
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

MAX_QUESTIONS = 5
#: Questions this alike (difflib ratio, or share of content words) are asked once.
SIMILAR_QUESTION = 0.6
#: The body system of every condition in the catalog, for the many-conditions count.
JOINTS_AND_SPINE = "joints-and-spine"
#: many-conditions: this many body systems, or this many distinct conditions
#: (the labellers' rule in benchmarks/adverts/README.md).
MANY_SYSTEMS = 3
MANY_CONDITIONS = 6
MANY_CONDITIONS_ID = "many-conditions"
#: A body system of other_conditions whose name ends so lists general words for its
#: troubles ("arthritis", "joint pain"): they add the system, not a distinct condition.
GENERAL = "-in-general"
#: Grades whose claims the evidence does not support.
UNSUPPORTED = frozenset({Grade.NOT_SUPPORTED, Grade.UNTESTED, Grade.PRECLINICAL, Grade.EARLY})
_SMALL = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "for",
        "and",
        "or",
        "is",
        "are",
        "be",
        "it",
        "this",
        "that",
        "what",
        "how",
        "your",
        "you",
        "do",
        "does",
        "can",
        "will",
        "with",
        "on",
        "at",
        "by",
        "as",
        "if",
        "any",
        "my",
        "i",
        "me",
        "from",
    ]
)


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

    def places(self) -> dict[tuple[str, str], list[int]]:
        """The lines where each (kind, id) was found, each line once, in order."""
        lines: dict[tuple[str, str], list[int]] = {}
        for finding in self.findings:
            match = finding.match
            found = lines.setdefault((match.kind, match.entry_id), [])
            if not found or found[-1] != match.line:
                found.append(match.line)
        return lines


def _lexicon_files(catalog: Catalog) -> list[Path]:
    from stemcell_cli.core.datadirs import shipped_dir

    mine = [d / words.FILENAME for d in _user_dirs(catalog)]
    return [shipped_dir() / words.FILENAME, *(path for path in mine if path.is_file())]


def lexicon_for(catalog: Catalog) -> words.Lexicon:
    """The shipped word lists, with a user data directory's lists laid over them."""
    shipped, *others = _lexicon_files(catalog)
    found = words.load(shipped)
    for path in others:
        if path.is_file():
            mine = words.load(path)
            found = words.Lexicon(
                {**found.groups, **mine.groups},
                {**found.other_conditions, **mine.other_conditions},
                {**found.guards, **mine.guards},
                {**found.condition_phrases, **mine.condition_phrases},
                found.common + mine.common,
                found.not_asserting + mine.not_asserting,
                found.debunking + mine.debunking,
                {**found.pairs, **mine.pairs},
                found.stated_only + mine.stated_only,
            )
    return found


def _user_dirs(catalog: Catalog) -> list[Path]:
    origins = {entry.origin for entry in catalog.conditions.values()}
    origins |= {flag.origin for flag in catalog.red_flags.values()}
    return [Path(origin) for origin in sorted(origins) if origin and origin != "shipped"]


def phrases(catalog: Catalog, lexicon: words.Lexicon) -> Iterable[Phrase]:
    for benefit in catalog.benefits.values():
        for text in (benefit.name, *benefit.aliases, *benefit.phrases):
            yield Phrase("benefit", benefit.id, text)
    for condition in catalog.conditions.values():
        for text in (condition.name, *condition.aliases):
            yield Phrase("condition", condition.id, text)
    for flag_id in lexicon.stated_only:
        if flag_id not in catalog.red_flags:
            raise PhraseError(f"stated_only names an unknown red flag {flag_id!r}")
    stated = frozenset(lexicon.stated_only)
    for flag in catalog.red_flags.values():
        kind = STATED if flag.id in stated else "red_flag"
        for text in flag.phrases:
            yield Phrase(kind, flag.id, text)
    for condition_id, texts in lexicon.condition_phrases.items():
        if condition_id not in catalog.conditions:
            raise PhraseError(f"wordings for an unknown condition {condition_id!r}")
        for text in texts:
            yield Phrase("condition", condition_id, text)
    known = {*catalog.benefits, *catalog.conditions, *catalog.red_flags}
    for entry_id, texts in lexicon.guards.items():
        if entry_id not in known:
            raise PhraseError(f"a guard for an unknown entry {entry_id!r}")
        for text in texts:
            yield Phrase(GUARD, entry_id, text)
    for flag_id, pairs in lexicon.pairs.items():
        if flag_id not in catalog.red_flags:
            raise PhraseError(f"a pair of wordings for an unknown red flag {flag_id!r}")
        for number, pair in enumerate(pairs):
            for side, text in enumerate(pair):
                part_id = _part_id(flag_id, number, side)
                yield Phrase(PART, part_id, text)
                for guard in lexicon.guards.get(flag_id, ()):  # the flag's guards hold for it
                    yield Phrase(GUARD, part_id, guard)
    for text in lexicon.not_asserting:
        yield Phrase(CUE, "not-asserting", text)
    for text in lexicon.debunking:
        yield Phrase(CUE, "debunking", text)
    for system, names in lexicon.other_conditions.items():
        for index, text in enumerate(names):
            yield Phrase("other_condition", f"{system}/{index}", text)


def matcher_for(catalog: Catalog, lexicon: words.Lexicon | None = None) -> Matcher:
    """The compiled matcher: from the cache when its word lists and phrases are unchanged."""
    if lexicon is not None:
        try:
            return Matcher(phrases(catalog, lexicon), lexicon.groups, lexicon.common)
        except PhraseError as exc:
            from stemcell_cli.core.problems import Problem

            raise DataError([Problem("phrases", 0, 0, "", str(exc))]) from None
    from stemcell_cli.check import compiled

    return compiled.cached_matcher(
        catalog, _lexicon_files(catalog), lambda: matcher_for(catalog, lexicon_for(catalog))
    )


def build_report(catalog: Catalog, text: AdText, matcher: Matcher | None = None) -> Report:
    matcher = matcher if matcher is not None else matcher_for(catalog)
    matches = matcher.scan(text.lines, text.numbers)
    if any(match.kind == STATED for match in matches):
        matches = [m._replace(kind="red_flag") if m.kind == STATED else m for m in matches]
    matches = _many_conditions(catalog, _joined_pairs(matches))
    report = Report(text.label, _findings(catalog, matches), [], "")
    reviewed = [catalog.conditions[c].reviewed for c in report.entries("condition")]
    reviewed += [catalog.benefits[b].reviewed for b in report.entries("benefit")]
    if not reviewed:  # only red flags, or nothing: date the report by the benefits' review
        reviewed = [benefit.reviewed for benefit in catalog.benefits.values()]
    return report._replace(questions=_questions(catalog, report), reviewed=max(reviewed))


def _part_id(flag_id: str, number: int, side: int) -> str:
    return f"{flag_id}/{number}/{side}"


def _joined_pairs(matches: list[Match]) -> list[Match]:
    """The matches without the halves of pairs, and with the red flag of each pair of
    which both halves were found (at its first half, showing both), unless the text
    already shows that flag."""
    if not any(match.kind == PART for match in matches):
        return matches
    halves: dict[tuple[str, str], dict[str, Match]] = {}
    kept = []
    for match in matches:
        if match.kind == PART:
            flag_id, number, side = match.entry_id.rsplit("/", 2)
            halves.setdefault((flag_id, number), {}).setdefault(side, match)
        else:
            kept.append(match)
    shown = {match.entry_id for match in kept if match.kind == "red_flag"}
    for (flag_id, _), sides in halves.items():
        if len(sides) == 2 and flag_id not in shown:
            first, then = sorted(sides.values(), key=lambda m: (m.line, m.column))
            text = f"{first.text} \u2026 {then.text}"
            kept.append(Match("red_flag", flag_id, "", first.line, first.column, text))
            shown.add(flag_id)
    return sorted(kept, key=lambda m: (m.line, m.column, m.kind, m.entry_id))


def _many_conditions(catalog: Catalog, matches: list[Match]) -> list[Match]:
    """Add the many-conditions red flag when the text offers one product for conditions
    from MANY_SYSTEMS body systems, or for MANY_CONDITIONS distinct ones."""
    if MANY_CONDITIONS_ID not in catalog.red_flags:
        return matches
    named: dict[str, Match] = {}
    systems: set[str] = set()
    for match in matches:
        if match.kind == "condition":
            named.setdefault(match.entry_id, match)
            systems.add(JOINTS_AND_SPINE)
        elif match.kind == "other_condition":
            system = match.entry_id.split("/")[0]
            if system.endswith(GENERAL):  # "arthritis", "joint pain": a system, no disease
                systems.add(system.removesuffix(GENERAL))
                continue
            named.setdefault(" ".join(match.text.casefold().split()), match)
            systems.add(system)
    many = len(systems) >= MANY_SYSTEMS or len(named) >= MANY_CONDITIONS
    if not many or any(m.entry_id == MANY_CONDITIONS_ID for m in matches):
        return matches
    first = min(named.values(), key=lambda m: (m.line, m.column))
    listed = ", ".join(m.text for m in sorted(named.values(), key=lambda m: (m.line, m.column)))
    flag = Match("red_flag", MANY_CONDITIONS_ID, "", first.line, first.column, listed)
    return sorted([*matches, flag], key=lambda m: (m.line, m.column, m.kind, m.entry_id))


def _questions(catalog: Catalog, report: Report) -> list[tuple[str, str]]:
    """At most MAX_QUESTIONS, the conditions' first questions first, none asked twice."""
    lists = [
        (catalog.conditions[c].name, list(catalog.conditions[c].questions))
        for c in report.entries("condition")
    ]
    chosen: list[tuple[str, str]] = []
    for depth in range(max((len(q) for _, q in lists), default=0)):
        for name, questions in lists:
            if depth < len(questions) and len(chosen) < MAX_QUESTIONS:
                question = questions[depth]
                if not any(alike(question, q) for _, q in chosen):
                    chosen.append((name, question))
    return chosen


def alike(one: str, other: str) -> bool:
    """Two questions asking nearly the same thing, in nearly the same words: at least
    SIMILAR_QUESTION + 0.15 of the shorter one's content words (stems, small words left
    out) are the other's, or their words compare at a difflib ratio of at least
    SIMILAR_QUESTION (twice the words in common over all the words of both)."""
    from difflib import SequenceMatcher

    mine, theirs = _content_words(one), _content_words(other)
    if (
        mine
        and theirs
        and len(mine & theirs) / min(len(mine), len(theirs)) >= (SIMILAR_QUESTION + 0.15)
    ):
        return True
    # Compared word by word: letter by letter costs a millisecond a pair.
    matcher = SequenceMatcher(None, _words_of(one), _words_of(other))
    return (
        matcher.real_quick_ratio() >= SIMILAR_QUESTION
        and matcher.quick_ratio() >= SIMILAR_QUESTION
        and matcher.ratio() >= SIMILAR_QUESTION
    )


def _words_of(text: str) -> list[str]:
    """The words of a question, in small letters, without punctuation ("trial," is
    "trial")."""
    import re

    return re.findall(r"[^\W_]+(?:'[^\W_]+)?", text.casefold())


def _content_words(text: str) -> set[str]:
    from stemcell_cli.check.stemmer import stem

    return {stem(w) for w in _words_of(text) if w not in _SMALL}


def _findings(catalog: Catalog, matches: Iterable[Match]) -> list[Finding]:
    """A finding for each match but the other diseases; each entry's answer is looked up
    once, however often the advert names it."""
    answers: dict[tuple[str, str], tuple[str, Grade | None, str, tuple[str, ...]]] = {}
    shown: dict[str, str] = {}  # (a page names the same words again and again)
    findings = []
    new = tuple.__new__  # (skips the records' Python-level __new__)
    for match in matches:
        if match.kind == "other_condition":
            continue
        answer = answers.get(match[:2])  # (kind, entry_id)
        if answer is None:
            answer = answers[match[:2]] = _answer(catalog, match.kind, match.entry_id)
        text = shown.get(match.text)
        if text is None:
            text = shown[match.text] = _shown(match.text)
        findings.append(new(Finding, (new(Match, (*match[:5], text)), *answer)))
    return findings


def _answer(
    catalog: Catalog, kind: str, entry_id: str
) -> tuple[str, Grade | None, str, tuple[str, ...]]:
    """The name, grade, answer and references of an entry found: a red flag's own
    references, or the first three of a claim's or condition's evidence."""
    if kind == "red_flag":
        flag = catalog.red_flags[entry_id]
        return flag.name, None, flag.why, flag.references
    entries = catalog.benefits if kind == "benefit" else catalog.conditions
    entry: Benefit | Condition = entries[entry_id]
    evidence = entry.evidence
    return entry.name, evidence.grade, entry.summary, evidence.references[:3]


def _shown(text: str) -> str:
    """Advert text as shown in any format: no escapes or controls, one line."""
    return " ".join(clean(text).split())


def verdict(report: Report) -> str:
    """One sentence that answers first: how many unsupported claims, how many warnings."""
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


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _and(parts: Sequence[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def check_view(report: Report) -> View:
    blocks: list[Block] = [
        Heading(f"Check of {_shown(report.source)}", 1),
        Paragraph((Span(verdict(report), "strong"),)),
    ]
    places = report.places()
    flags = report.entries("red_flag")
    claims = report.entries("benefit")
    blocks.append(Heading("Warning signs"))
    blocks.append(_items_or_none([_flag_item(places, f) for f in flags.values()]))
    blocks.append(Heading("Claims and what the evidence says"))
    blocks.append(_items_or_none([_claim_item(places, f) for f in claims.values()]))
    conditions = report.entries("condition")
    if conditions:
        blocks.append(Heading("Conditions named"))
        blocks.append(Bullets(tuple(_claim_item(places, f) for f in conditions.values())))
    if report.questions:
        blocks.append(Heading("Questions to ask this clinic"))
        blocks.append(Bullets(tuple(plain(q) for _, q in report.questions)))
    blocks.append(Note(_closing(report)))
    # The data for JSON is made only when asked for: text formats never pay for it.
    return View(Page(tuple(blocks)), partial(_json, report))


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


def _flag_item(places: dict[tuple[str, str], list[int]], finding: Finding) -> Inline:
    spans: list[Span] = [
        Span(finding.name, "strong"),
        Span(": "),
        Span(f"\u201c{finding.match.text}\u201d", "em"),
        Span(f" ({_where(places, finding)}). {finding.answer}"),
    ]
    if finding.references:
        spans += [Span(" Sources: "), Span(", ".join(finding.references), "code")]
    return tuple(spans)


def _claim_item(places: dict[tuple[str, str], list[int]], finding: Finding) -> Inline:
    spans: list[Span] = [
        Span(f"\u201c{finding.match.text}\u201d", "em"),
        Span(f" ({_where(places, finding)}) \u2192 "),
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
    claims = report.entries("benefit")
    return {
        "kind": "check",
        "source": _shown(report.source),
        "verdict": verdict(report),
        "counts": {
            "unsupported_claims": sum(1 for f in claims.values() if f.grade in UNSUPPORTED),
            "claims": len(claims),
            "warning_signs": len(report.entries("red_flag")),
            "conditions": len(report.entries("condition")),
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
        "questions": [{"condition": c, "question": q} for c, q in report.questions],
        "reviewed": report.reviewed,
        "disclaimer": DISCLAIMER,
    }
