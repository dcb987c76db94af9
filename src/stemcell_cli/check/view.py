"""A check report as a page that leads with the answer: the verdict, the warning signs,
what the grades shown mean (before the first section that names one), each claim with
what the evidence says, the conditions named, the questions to ask, and the sources
cited, numbered, each in a few words (`views.base.short_citation`).

Each finding quotes the advert's words around what was found (`quotes.widened`), once:
a quote shown above in the report is referred back to, not printed again (`Quoted`).
Grades are named in words (data/grades.yaml, `label`); JSON keeps their ids."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from stemcell_cli.check.quotes import SHORT
from stemcell_cli.check.report import MANY_CONDITIONS_ID, Finding, Report, shown
from stemcell_cli.core.grades import Grade
from stemcell_cli.views.base import (
    DISCLAIMER,
    NOT_ADVICE,
    View,
    grade_name,
    grade_named,
    numbered_sources,
)
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
from stemcell_cli.views.short_names import short_names_of, spell_out

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
    # A text is called an advert only when it speaks as the one offering: a news story
    # or a review that quotes a clinic's claims is a page (patient5, and 2026-11-29).
    page = "advert" if report.selling and (claims or flags) else "page"
    return f"This {page} {_and(parts)} and {sign}."


def _warning_verdict(report: Report) -> str:
    named = [
        _count(len(report.entries(kind)), noun)
        for kind, noun in (("benefit", "claim"), ("red_flag", "warning sign"))
        if report.entries(kind)
    ]
    discussed = f" It discusses {_and(named)}, listed below." if named else ""
    return (
        # Not "it warns again and again": a page read by its words (the genre model)
        # may hold few cues of a warning (patient14).
        "This text reads as a warning about such offers, not as an advert. It offers"
        " nothing of its own." + discussed
    )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _and(parts: Sequence[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def check_view(report: Report, catalog: Catalog) -> View:
    blocks: list[Block] = [
        # A web address checked is outside words (links1); a file's name is the user's.
        Heading(f"Check of {shown(report.source)}", 1, outside=bool(report.typed)),
        Paragraph((Span(verdict(report), "strong"),)),
        *_first_steps(report, catalog),
    ]
    places = report.places()
    flags = report.entries("red_flag")
    claims = report.entries("benefit")
    conditions = report.entries("condition")
    cited = _cited(catalog, [*flags.values(), *claims.values(), *conditions.values()])
    numbers = {ref.id: n for n, ref in enumerate(cited, 1)}
    discussed = " it discusses" if report.warning else ""
    names = _grade_names(catalog)
    quoted = Quoted()
    blocks.append(Heading(f"Warning signs{discussed}"))
    blocks.append(
        _items_or_none(
            [_flag_item(places, f, numbers, quoted.under("Warning signs")) for f in flags.values()]
        )
    )
    # What the grades mean, just before the first section that names one: before the
    # claims, or, when the page makes none, after their "None found." (patient16)
    glossary = _grades_blocks(_grades(catalog, [*claims.values(), *conditions.values()]), names)
    blocks += glossary if claims else []
    blocks.append(Heading(f"Claims{discussed} and what the evidence says"))
    items = [
        _claim_item(places, f, numbers, names, quoted.under("Claims")) for f in claims.values()
    ]
    blocks.append(_items_or_none(items))
    blocks += [] if claims else glossary
    if conditions:
        blocks.append(Heading("Conditions named"))
        items = [
            _claim_item(places, f, numbers, names, quoted.under("Conditions named"))
            for f in conditions.values()
        ]
        blocks.append(Bullets(tuple(items)))
    if report.questions:
        blocks.append(
            Heading(
                "Questions to ask this clinic" if _offering(report) else "Questions to ask a clinic"
            )
        )
        blocks.append(Bullets(tuple(plain(asked.question) for asked in report.questions)))
    blocks += numbered_sources(cited, short=True)
    blocks.append(Note(_closing(report, catalog)))
    # Each short name our words use is said the first time (acronym1).
    page = spell_out(Page(tuple(blocks)), short_names_of(catalog))
    # The data for JSON is made only when asked for: text formats never pay for it.
    return View(page, partial(_json, report, catalog, cited))


def _offering(report: Report) -> bool:
    """Whether the text speaks as the one offering, the only one with a clinic of its own
    to name ("this clinic", "the clinic"): a news story, a warning or a page whose offer
    we cannot see has none (patient12, patient14)."""
    return report.selling and not report.warning


def _before_you_decide(report: Report, catalog: Catalog) -> str:
    """What to do before deciding on the offer (the topics' `before_you_decide`, in
    data/topics.yaml); nothing for a text read as a warning, which offers nothing."""
    if report.warning:
        return ""
    return " ".join(t.before_you_decide for t in catalog.topics.values() if t.before_you_decide)


def _first_steps(report: Report, catalog: Catalog) -> list[Block]:
    """Right under the verdict, on the first screen (patient5): what to do before
    deciding, then when to see a doctor now rather than a clinic."""
    blocks: list[Block] = []
    advice = _before_you_decide(report, catalog)
    if advice:
        blocks.append(Paragraph(plain(advice)))
    doctor = catalog.see_a_doctor()
    if doctor:
        blocks += [Heading("When to see a doctor"), Bullets(tuple(plain(d) for d in doctor))]
    return blocks


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


def _grade_names(catalog: Catalog) -> dict[Grade, str]:
    """Each grade's name in words (views/base.py's `grade_name`, as `explain` names it)."""
    return {grade: grade_name(catalog, grade) for grade in Grade}


def _grades_blocks(grades: dict[Grade, str], names: dict[Grade, str]) -> list[Block]:
    """What each grade the report shows means, in plain words, before the first
    section that names one."""
    if not grades:
        return []
    items = tuple(
        (grade_named(grade, names[grade]), Span(f": {words}")) for grade, words in grades.items()
    )
    return [Heading("What the evidence grades mean"), Bullets(items)]


class Quoted:
    """The quotes shown so far down the page, each with the section it is under, so a
    finding whose words were quoted above refers back to them instead of quoting them
    again: one phrase of an advert often backs a warning sign and a claim."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []  # (quote without its "…", section)
        self.lists: list[tuple[int, frozenset[str], str]] = []  # (line, names, section)
        self.section = ""

    def listed(self, finding: Finding) -> None:
        """Keep a many-conditions list shown in this section: its first line and names."""
        names = frozenset(_folded(name) for name in finding.match.text.split(", "))
        self.lists.append((finding.match.line, names - {""}, self.section))

    def under(self, section: str) -> Quoted:
        self.section = section
        return self

    def spans(self, finding: Finding) -> list[Span]:
        """The finding's quote, or a reference back to the one above that holds it:
        "the same words as under Warning signs" when its own words are that whole quote
        or most of it (`_long_and_most`), else its own words, "quoted above"
        (within the longer quote), so the reader sees which words make this finding
        (patient12: "the same words" for a claim made by three words of a warning
        sign's sentence hid them). A window of a long sentence
        ("…" at an end) that overlaps a window above by OVERLAP words or more, neither
        holding the other, is the same sentence: its own words are shown "from the
        sentence quoted under Warning signs" (review4), not a second window of it. A quote
        that holds a whole quote above (SHORT words or more) is that sentence again, cut
        longer: its own words are shown the same way (patient13)."""
        quote = finding.quote or finding.match.text
        bare = quote.strip("\u2026 ")
        window = quote != bare
        for before, section in self.shown:
            if bare in before:
                own = _words(finding.match.text)
                if bare == before and (own == bare or own not in bare or _long_and_most(own, bare)):
                    return self._same(bare)
                return self._within(finding, section, "quoted")
        if window:
            for before, section in self.shown:
                if _overlapping(before, bare):
                    return self._within(finding, section, _said(finding, before))
        for before, section in self.shown:
            # A quote above that this one holds (SHORT words or more: one sentence, cut
            # shorter above): its own words, not the sentence again (patient13).
            if _long(before) and before in bare:
                return self._within(finding, section, _said(finding, before))
        for line, names, section in self.lists:
            # The same line of names as a list above (two of its names or more): its own
            # words, not the list again (patient21: gp05's line of 11 complaints was
            # named under Warning signs and quoted whole under Conditions named).
            if finding.match.line == line and _names_in(names, bare) >= LISTED:
                return self._within(finding, section, "from the list")
        self.shown.append((bare, self.section))
        return [Span(_in_quotes(quote), "quote")]

    def _within(self, finding: Finding, section: str, said: str) -> list[Span]:
        """The finding's own words, once, with where the quote holding them is: the next
        finding of them says "the same words"."""
        words = finding.match.text
        same = self._same(words)
        if same:
            return same
        self.shown.append((words, self.section))
        quoted = Span(_in_quotes(words), "quote")
        return [quoted, Span(f", {said} {self._where(section)}")]

    def _same(self, words: str) -> list[Span]:
        for before, section in self.shown:
            if words == before:
                return [Span(f"the same words as {self._where(section)}", "em")]
        return []

    def _where(self, section: str) -> str:
        return "above" if section == self.section else f"under {section}"


#: How many names of a many-conditions list above a quote on its line holds, at least,
#: to be that list again ("low back pain" alone is one name a sentence may hold).
LISTED = 2


def _folded(words: str) -> str:
    """The words casefolded, their runs of spaces as one space."""
    return " ".join(words.casefold().split())


def _names_in(names: frozenset[str], quote: str) -> int:
    """How many of `names` stand in `quote` as whole names between list marks."""
    items = {_folded(item.strip(".;:!?\u2026 ")) for item in quote.split(",")}
    return len(names & items)


#: How many words two windows of a sentence share, at least, to be told as one (fewer,
#: "the patients who come", can be two sentences' words: both are quoted).
OVERLAP = SHORT


def _long(words: str) -> bool:
    """Words too many to name again beside a quote that holds them: SHORT or more (a
    warning sign's own words are named inside its quote below that, `_sign_words`)."""
    return len(words.split()) >= SHORT


def _long_and_most(words: str, quote: str) -> bool:
    """Whether `words` are too many to name again (`_long`) and most of `quote` (more than
    half its words): then they are "the same words" as the quote above. Others are
    named, so the reader sees which words of which sentence above they are (patient20:
    "cells to heal his damaged knee", 6 of 12 words, was "the same words as under Warning
    signs" below two signs' quotes)."""
    return _long(words) and 2 * len(words.split()) > len(quote.split())


def _said(finding: Finding, before: str) -> str:
    """How a quote above that holds the finding's sentence, but not all of it, is named:
    "quoted" when it holds the finding's own words, else "from the sentence quoted"."""
    return "quoted" if _words(finding.match.text) in before else "from the sentence quoted"


def _words(text: str) -> str:
    """The text with its runs of spaces and line breaks as one space each."""
    return " ".join(text.split())


def _overlapping(one: str, other: str) -> bool:
    """Whether the words of `one` end with OVERLAP or more that `other` starts with, or
    the other way round: two windows of one sentence. Words are compared without the
    marks around them but a sentence's end (`_MARKS`): a quote cut at the end of its
    words ("such as ACL tears") and a window of its sentence ("such as ACL tears,
    degenerative ...") share "tears" (patient19: the comma showed one sentence twice
    under Conditions named)."""
    first, second = _marks_off(one), _marks_off(other)
    for n in range(min(len(first), len(second)), OVERLAP - 1, -1):
        if first[-n:] == second[:n] or second[-n:] == first[:n]:
            return True
    return False


#: The marks a word may carry at either end that a cut may drop: a comma, a colon, quote
#: marks, brackets. Not a sentence's end (".", "!", "?"): a quote ending "pain." and a
#: window starting "pain from ..." are two sentences, both quoted (review14).
_MARKS = ",;:\"'()[]\u201c\u201d\u2018\u2019"


def _marks_off(text: str) -> list[str]:
    """The words of `text`, each without the marks at its ends but a sentence's end."""
    return [word.strip(_MARKS) for word in text.split()]


def _citing(references: Sequence[str], numbers: Numbers) -> list[Span]:
    """ "Sources: [1], [3]": a finding's references by their numbers in the list of
    sources, smallest first ("[3], [2], [4]" read as a slip: patient12); an id the
    catalog cannot resolve is shown as it is, after them."""
    if not references:
        return []
    known = sorted(numbers[r] for r in references if r in numbers)
    cited = ", ".join([*(f"[{n}]" for n in known), *(r for r in references if r not in numbers)])
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
    places: dict[tuple[str, str], list[int]], finding: Finding, numbers: Numbers, quoted: Quoted
) -> Inline:
    match = finding.match
    if match.entry_id == MANY_CONDITIONS_ID and not match.phrase:
        # The conditions counted, from many lines: a list of ours, not a quote.
        found = [Span("the page names "), Span(_named_once(match.text), "quote"), Span(" (from ")]
        quoted.listed(finding)
    else:
        shown_as = quoted.spans(finding)
        found = [*shown_as, Span(" ("), *_sign_words(finding, shown_as)]
    spans: list[Span] = [
        Span(finding.name, "strong"),
        Span(": "),
        *found,
        Span(f"{_where(places, finding)}). {finding.answer}"),
        *_citing(finding.references, numbers),
    ]
    return tuple(spans)


def _named_once(listed: str) -> str:
    """The many-conditions list with each name once: a name that is another listed
    name, or whose words lie inside one ("eye" beside "eye disorders"), is left out, so
    the reader is not shown "eye, eye disorders, eye disorders" (patient15). The finding,
    its count and JSON's text are unchanged."""
    names = [name.strip() for name in listed.split(", ") if name.strip()]
    folded = [" ".join(name.casefold().split()) for name in names]
    inside = _inside_others(set(folded))
    seen: set[str] = set()
    kept = []
    for name, words in zip(names, folded, strict=True):
        if words not in seen and words not in inside:
            kept.append(name)
        seen.add(words)
    return ", ".join(kept)


def _inside_others(names: set[str]) -> set[str]:
    """Those of `names` (words joined by one space) that are a run of another's words.
    Each name's runs of the lengths the names have are looked up, so a list of many
    names costs about its length, not its length squared (each name against every other
    made a page of 100,000 distinct names run for an hour: attack13)."""
    sizes = sorted({name.count(" ") + 1 for name in names})
    inside: set[str] = set()
    for name in names:
        words = name.split(" ")
        for size in sizes:
            if size >= len(words):
                break
            runs = (" ".join(words[at : at + size]) for at in range(len(words) - size + 1))
            inside.update(run for run in runs if run in names)
    return inside


def _sign_words(finding: Finding, shown_as: Sequence[Span]) -> list[Span]:
    """ "the words “cutting-edge”, ": a warning sign's few words (fewer than SHORT, the
    quotes widened for being short), found inside the quote of SHORT words or more shown
    for them, so the reader sees which words are the sign (review4). Words already shown
    on their own ("“…”, quoted above") are not named again."""
    words = " ".join(finding.match.text.split())
    quote = " ".join((finding.quote or "").split())
    if len(words.split()) >= SHORT or len(quote.split()) < SHORT or words not in quote:
        return []
    if len(quote.strip("\u2026 ").split()) - len(words.split()) <= NEARLY:
        return []  # the quote is nearly the words: naming them again repeats it (patient13)
    if any(span.text == _in_quotes(words) for span in shown_as):
        return []
    return [Span("the words "), Span(_in_quotes(words), "quote"), Span(", ")]


#: Words a warning sign's quote may have beyond the sign's own, at most, for the quote
#: alone to show them: "85 to 90 percent have seen improvements." needs no "the words
#: “90 percent have seen improvements”" after it (patient13).
NEARLY = 2

#: The page's own double quote marks that close (a straight one closes unless it opens).
_CLOSING = frozenset('\u201d"')
#: What may stand after a straight quote mark that closes (or at the end of the words),
#: the "…" of a cut too (`…a cure"…`).
_AFTER_CLOSING = frozenset(",.;:!?)]}>\u2014\u2013-\u2026")


#: What ends a quoted sentence, before the page's closing mark.
_STOPS = frozenset(".!?")


def _opens(words: str, at: int, depth: int) -> bool:
    """Whether the straight quote mark at `at` opens: at the start or after a space;
    after a bracket or a dash, unless it ends an open quote (a space, a mark or the end
    follows it: `"cure—" he said`); else, when no quote is open, unless a space, a mark or
    the end follows it (`href="https://..."` opens; `free," he said` closes)."""
    before = words[at - 1] if at else " "
    if before.isspace():
        return True
    after = words[at + 1] if at + 1 < len(words) else " "
    ends = after.isspace() or after in _AFTER_CLOSING
    if before in "([{\u2014\u2013-":
        return not (depth and ends)
    return not depth and not ends


def _in_quotes(words: str) -> str:
    """The page's words inside our double quotes, its own double quote marks made single
    ones, as a quote within a quote is written, and a mark whose partner the quote cut
    off given it: the page's `"Our average patient is pain free in four weeks,"` cut at
    the comma left a mark open (patient13). The page's marks around the whole quote are
    dropped, ours say the same: its quoted sentence, `"This ensures a lifetime."` (its
    closing mark, after the full stop, left out of the sentence or not), read as a slip
    in double marks with single ones inside them (patient14). So is the closing mark
    after the stop of the last sentence of a quotation that opened sentences before:
    `They help repair your joints."` is shown without it, not with an opening mark the
    page does not have before "They" (review8)."""
    marks: list[str] = []
    depth = unopened = 0
    unopened_at = -1  # where the first closing mark without its opening stands
    # where the page's quote that opens at the start closes (-1: none opens there)
    closed_at = -1
    opens_first = words[:1] == "\u201c" or (words[:1] == '"' and _opens(words, 0, 0))
    for i, char in enumerate(words):
        opening = char == "\u201c" or (char == '"' and _opens(words, i, depth))
        if opening:
            depth += 1
            marks.append("\u2018")
        elif char in _CLOSING:
            if depth:
                depth -= 1
                if not depth and closed_at < 0 and opens_first:
                    closed_at = i
            else:
                unopened += 1
                unopened_at = unopened_at if unopened_at >= 0 else i
            marks.append("\u2019")
        else:
            marks.append(char)
    if opens_first and not unopened and len(words) > 2:
        if closed_at == len(words) - 1:
            marks = marks[1:-1]
        elif closed_at < 0 and depth == 1 and words.rstrip()[-1:] in _STOPS:
            marks, depth = marks[1:], 0  # its closing mark stood after the stop, not quoted
    elif (
        unopened == 1
        and not depth
        and len(words) > 2
        and unopened_at == len(words) - 1
        and words[:-1].rstrip()[-1:] in _STOPS
    ):
        marks, unopened = marks[:-1], 0  # the last sentence of a quotation, its mark after
    return "\u201c" + "\u2018" * unopened + "".join(marks) + "\u2019" * depth + "\u201d"


def _claim_item(
    places: dict[tuple[str, str], list[int]],
    finding: Finding,
    numbers: Numbers,
    names: dict[Grade, str],
    quoted: Quoted,
) -> Inline:
    spans: list[Span] = [
        *quoted.spans(finding),
        Span(f" ({_where(places, finding)}) \u2192 "),
        Span(finding.name, "strong"),
    ]
    if finding.grade is not None:  # "(evidence: early studies only)": not the name's
        spans += [Span(" (evidence: "), grade_named(finding.grade, names[finding.grade])]
        spans.append(Span(")"))
    spans.append(Span(f". {finding.answer}"))
    spans += _citing(finding.references, numbers)
    return tuple(spans)


def _closing(report: Report, catalog: Catalog) -> Inline:
    """The review date and the note that this is not medical advice; whom to ask before
    deciding only when the first screen did not already say it (`_first_steps`)."""
    reviewed = f"Reviewed {report.reviewed}. " if report.reviewed else ""
    said = bool(_before_you_decide(report, catalog))
    # "the clinic" only where the verdict says "advert": a news story has none (patient14)
    proves = "what the clinic offers" if _offering(report) else "what the page claims"
    return (
        Span(reviewed, "strong"),
        Span(NOT_ADVICE if said else DISCLAIMER),
        Span(f" A phrase we found does not prove {proves}. Read it where it stands on the page."),
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
        # (added by idn1: a web address as typed, and all in ASCII with its host as
        # looked up, `xn--...`; `source` shows the host as a browser would)
        "source_typed": shown(report.typed or report.source),
        "source_ascii": shown(report.ascii) if report.ascii else None,
        "verdict": verdict(report),
        # (added by patient5: what to do before deciding, null for a text read as a
        # warning; when to see a doctor now, whatever the condition)
        "before_you_decide": _before_you_decide(report, catalog) or None,
        "see_a_doctor": catalog.see_a_doctor(),
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
                # (added by report3: the words shown, with their sentence around them)
                "quote": f.quote or f.match.text,
                "phrase": f.match.phrase,
                "id": f.match.entry_id,
                "name": f.name,
                "grade": f.grade.value if f.grade is not None else None,
                "answer": f.answer,
                "references": list(f.references),
            }
            for f in report.findings
        ],
        # (added by bound2: the findings of an entry past the first MAX_FINDINGS, left
        # out and counted; [] unless a text names one entry that often)
        "more": [
            {"kind": kind, "id": entry_id, "findings": count}
            for kind, entry_id, count in report.more
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
