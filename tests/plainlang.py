"""Plain-language measures for the shipped content, offline and dependency-free.

Flesch-Kincaid grade level (Kincaid et al., 1975):

    grade = 0.39 x (words / sentences) + 11.8 x (syllables / words) - 15.59

Words are runs of letters or digits (a hyphenated word or a number such as "1.2" or
"0-10" is one word). Sentences end at ".", "!" or "?" followed by a space and a
capital letter, digit or quote; a full stop inside a number ("1.2 points") or after
a known abbreviation ("e.g.", "i.e.", "U.S.", "Dr.", "et al.") does not end one.
Syllables are counted by a rule of thumb for English (groups of vowels, less a
silent final "e", "-es" or "-ed"); a number counts one syllable per digit and an
all-capital abbreviation one per letter ("FDA", "MHRA"), since both are read out,
unless it is said as a word (four letters or more with two vowel groups: "NICE").

`patient_first(catalog)` lists what a patient reads first, the fields held to the
limits of tests/test_readability.py: grade 8 or below, 25 words or fewer a sentence.
`check_first(catalog)` lists the same for `stemcell check`'s own words, held to the
same limits, and `questions(catalog)` every question to ask a clinic (which `explain`
lists and `check` asks), held to them too. Each field is given as a page shows it
when the field is the first to use a short name (acronym1): "FDA" followed by what it
is in brackets (data/short_names.yaml, views/short_names.py), so the measures count the
words a short name brings.

`says_again(a, b)` tells when two sentences of ours say nearly the same thing (dedupe1):
the same first words, or most of their content words (stems) shared. `data_fields()`
lists every field of prose in the shipped data files, where a sentence is said once.

`short_names(text)` finds the short names a text uses (2 to 6 capitals, digits
allowed: "FDA", "NG59", "HCT/P") and tells whether the first use of each says what it
is (`short_names.says_what_it_is`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from stemcell_cli.check.words.stemmer import stem
from stemcell_cli.views.short_names import Speller, said_texts, says_what_it_is, short_names_of

GRADE_LIMIT = 8.0
SENTENCE_WORD_LIMIT = 25

ABBREVIATIONS = (
    "e.g.",
    "i.e.",
    "U.S.",
    "U.K.",
    "Dr.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "vs.",
    "etc.",
    "et al.",
    "No.",
    "St.",
    "approx.",
)
_WORD = re.compile(r"[A-Za-z0-9\u00C0-\u024F]+(?:[-'\u2019.,][A-Za-z0-9\u00C0-\u024F]+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d)\]]*\s+(?=[\"'\u201c(\[]?[A-Z0-9])")
_VOWELS = re.compile(r"[aeiouy]+")
_EXTRA = re.compile(r"[^cst]ia|[^p]eo|ua|uo|ium|iet|ie[rn]$|iou|[aeiou]ing$|cien")


def sentences(text: str) -> list[str]:
    """Split prose into sentences, keeping decimals and abbreviations whole."""
    text = " ".join(text.split())
    if not text:
        return []
    protected = text
    for abbreviation in ABBREVIATIONS:
        protected = protected.replace(abbreviation, abbreviation.replace(".", "\0"))
    parts = _SENTENCE_END.split(protected)
    return [part.replace("\0", ".").strip() for part in parts if part.strip()]


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def syllables(word: str) -> int:
    """Syllables in one word (see the module docstring for the rule of thumb)."""
    parts = [p for p in re.split(r"[-'\u2019]", word) if p]
    if len(parts) > 1:
        return sum(syllables(part) for part in parts)
    if re.fullmatch(r"[0-9.,]+", word):
        return max(1, sum(ch.isdigit() for ch in word))
    spelled = len(word) < 4 or len(_VOWELS.findall(word.lower())) < 2
    if len(word) > 1 and word.isupper() and word.isalpha() and spelled:
        return len(word)  # spelled out: "FDA", "MHRA"; "NICE" and "WOMAC" are said as words
    w = word.lower()
    w = re.sub(r"[^a-z]", "", w)
    if not w:
        return 1
    count = len(_VOWELS.findall(w))
    silent_e = w.endswith("e") and not re.search(r"[^aeiouy]le$", w)
    silent_ed = re.search(r"[^aeiouytd]ed$", w) is not None
    silent_es = re.search(r"[^aeiouysxzh]es$", w) is not None and not w.endswith(("ces", "ges"))
    if count > 1 and (silent_e or silent_ed or silent_es):
        count -= 1
    count += len(_EXTRA.findall(w))
    return max(1, count)


@dataclass(frozen=True)
class Measure:
    words: int
    sentences: int
    syllables: int
    longest_sentence: int

    @property
    def grade(self) -> float:
        """Flesch-Kincaid grade level."""
        if not self.words:
            return 0.0
        return 0.39 * self.words / self.sentences + 11.8 * self.syllables / self.words - 15.59


def measure(text: str) -> Measure:
    split = sentences(text)
    counts = [len(words(s)) for s in split]
    all_words = [w for s in split for w in words(s)]
    return Measure(
        words=len(all_words),
        sentences=max(1, len(split)),
        syllables=sum(syllables(w) for w in all_words),
        longest_sentence=max(counts, default=0),
    )


def first_sentence(text: str) -> str:
    split = sentences(text)
    return split[0] if split else ""


#: A capitalised short name: 2 to 6 capitals or digits (from a capital), names joined
#: by "/" ("ACR/AF", "HCT/P"), a plural or possessive, or the start of a hyphenated word.
SHORT_NAME = re.compile(
    r"(?<![\w'\u2019/-])[A-Z][A-Z0-9]{1,5}(?:/[A-Z][A-Z0-9]*)*(?:s|['\u2019]s)?(?:-\w+)*"
    r"(?![\w'\u2019/])"
)


def short_names(text: str, said: bool = False) -> Iterator[tuple[str, bool]]:
    """(name, explained) for the first use of each short name in `text`; all are
    explained when `said` (a row of a page's own names, "Also called")."""
    seen: set[str] = set()
    for found in SHORT_NAME.finditer(text):
        name = re.sub(r"(?:s|['\u2019]s)?(?:-\w+)*$", "", found.group())
        if len(name) < 2 or not any(ch.isalpha() for ch in name) or name in seen:
            continue
        seen.add(name)
        yield name, said or says_what_it_is(text, found.start(), found.end())


def page_short_names(page: Any) -> Iterator[tuple[str, bool]]:
    """(name, explained) for the first use of each short name on a page (views.short_names's
    Page) in our own words: the row of the entry's own names says what they are, and a
    name in bold counts only where it holds the long form ("Visual analogue scale (VAS)")."""
    seen: set[str] = set()
    for text, role in said_texts(page):
        for name, explained in short_names(text, role == "names"):
            if name in seen or (role == "name" and not explained):
                continue
            seen.add(name)
            yield name, explained


def shown(catalog: Any) -> Callable[[str], str]:
    """A field as a page shows it when the field is the first to use its short names."""
    names = short_names_of(catalog)
    return lambda text: Speller(names)(text)


def patient_first(catalog: Any) -> Iterator[tuple[str, str]]:
    """(where, text) for every piece of text a patient reads first, as shown."""
    spell = shown(catalog)
    for where, text in _patient_first(catalog):
        yield where, spell(text)


def _patient_first(catalog: Any) -> Iterator[tuple[str, str]]:
    for c in catalog.conditions.values():
        yield f"condition {c.id}: summary", c.summary
        if c.regulatory_summary:
            yield f"condition {c.id}: regulatory_summary", c.regulatory_summary
        if c.cost is not None:
            yield f"condition {c.id}: cost.summary", c.cost.summary
        for link in c.benefits:
            if link.verdict:
                yield f"condition {c.id}: benefits.{link.id}.verdict", link.verdict
            yield (
                f"condition {c.id}: benefits.{link.id}.note (first sentence)",
                first_sentence(link.note),
            )
        sections = {
            "overview": c.overview,
            "standard_care.summary": c.standard_care.summary,
            "stem_cell_approach.summary": c.stem_cell_approach.summary,
            "evidence.summary": c.evidence.summary,
            "evidence.justification": c.evidence.justification,
        }
        sections.update({f"regulatory.{r.region}": r.status for r in c.regulatory})
        for name, text in sections.items():
            yield f"condition {c.id}: {name} (first sentence)", first_sentence(text)
    for b in catalog.benefits.values():
        yield f"benefit {b.id}: summary", b.summary
        if b.verdict:
            yield f"benefit {b.id}: verdict", b.verdict
        for name, text in {
            "claim": b.claim,
            "mechanism": b.mechanism,
            "evidence.summary": b.evidence.summary,
            "evidence.justification": b.evidence.justification,
        }.items():
            yield f"benefit {b.id}: {name} (first sentence)", first_sentence(text)
    for t in catalog.topics.values():
        yield f"topic {t.id}: summary", t.summary
        for section in t.sections:
            yield f"topic {t.id}: {section.heading} (first sentence)", first_sentence(section.body)
    for term in catalog.terms.values():
        yield f"term {term.id}: definition (first sentence)", first_sentence(term.definition)
        # Beside its name where a short page lists the terms its words use (patient7).
        if term.hint:
            yield f"term {term.id}: hint", term.hint


def check_first(catalog: Any) -> Iterator[tuple[str, str]]:
    """(where, text) for `stemcell check`'s own words that a patient reads, as shown:
    each warning sign's explanation (a red flag's `why`), each claim's and condition's
    answer line (its `summary`), what to do and when to see a doctor (the topics'
    `before_you_decide` and `see_a_doctor`), the verdict in each of its shapes, and the
    closing note.
    The questions to ask a clinic it asks are listed by `questions`."""
    spell = shown(catalog)
    for where, text in _check_first(catalog):
        yield where, spell(text)


def _check_first(catalog: Any) -> Iterator[tuple[str, str]]:
    from stemcell_cli.check.view import check_view, verdict
    from stemcell_cli.views.document import Note, inline_text

    for flag in catalog.red_flags.values():
        yield f"red flag {flag.id}: why", flag.why
    for b in catalog.benefits.values():
        yield f"benefit {b.id}: summary (answer line)", b.summary
    for c in catalog.conditions.values():
        yield f"condition {c.id}: summary (answer line)", c.summary
    # What each evidence grade means, as the report explains the grades it shows (report2).
    for grade in catalog.evidence_grades.values():
        yield f"evidence grade {grade.id}: plain", grade.plain
    # What to do, and when to see a doctor now, right under the verdict (patient5).
    for topic in catalog.topics.values():
        if topic.before_you_decide:
            yield f"first steps {topic.id}: before_you_decide", topic.before_you_decide
        for n, line in enumerate(topic.see_a_doctor):
            yield f"first steps {topic.id}: see_a_doctor line {n}", line
    reports = _sample_reports(catalog)
    for shape, report in reports.items():
        yield f"verdict: {shape}", verdict(report)
    page = check_view(next(iter(reports.values())), catalog).page
    note = next(block for block in page.blocks if isinstance(block, Note))
    yield "closing note", inline_text(note.spans)


def questions(catalog: Any) -> Iterator[tuple[str, str]]:
    """(where, text) for every question to ask a clinic, as shown (`_questions`)."""
    spell = shown(catalog)
    for where, text in _questions(catalog):
        yield where, spell(text)


def _questions(catalog: Any) -> Iterator[tuple[str, str]]:
    """(where, text) for every question to ask a clinic: each condition's `questions:`,
    its text only (a question's `topic:` is a tag, never shown). Patients take them to
    the clinic: `explain` lists them (the short page the first five) and `check` asks at
    most five; each benefit's, asked of a clinic that makes that claim (benefitq1); and
    each topic's general `questions:`, with which `check` makes up its five when a page
    names too few conditions. Terms carry no questions."""
    for c in catalog.conditions.values():
        for n, question in enumerate(c.questions):
            yield f"question {c.id}: questions[{n}]", str(question)
    for b in catalog.benefits.values():
        for n, question in enumerate(b.questions):
            yield f"question benefit {b.id}: questions[{n}]", str(question)
    for t in catalog.topics.values():
        for n, question in enumerate(t.questions):
            yield f"question topic {t.id}: questions[{n}]", str(question)


def _sample_reports(catalog: Any) -> dict[str, Any]:
    """A report of each shape the verdict takes, with the shipped review date."""
    from stemcell_cli.check.matching.findings import Match
    from stemcell_cli.check.report import Finding, Report
    from stemcell_cli.core.grades import Grade

    def found(kind: str, entry_id: str, grade: Grade | None = None) -> Finding:
        return Finding(Match(kind, entry_id, "", 1, 1, entry_id), entry_id, grade, "", ())

    unsupported = [found("benefit", f"u{n}", Grade.EARLY) for n in range(3)]
    supported = [found("benefit", "s", Grade.PROMISING)]
    flags = [found("red_flag", f"f{n}") for n in range(2)]
    reviewed = max(c.reviewed for c in catalog.conditions.values())
    shapes = {
        "claims and warning signs": [*unsupported, *flags],
        "claims with and without support, one warning sign": [
            *unsupported,
            *supported,
            flags[0],
        ],
        "no claim, no warning sign": [],
    }
    reports = {name: Report("advert.txt", f, [], reviewed) for name, f in shapes.items()}
    reports["a text that reads as a warning"] = Report(
        "page.txt", [*unsupported, *flags], [], reviewed, warning=True
    )
    return reports


#: Two sentences of ours say the same thing when they start with these many same words
#: or share this share of their content stems (Dice: twice the shared over both).
SAME_OPENING = 4
SAME_CONTENT = 0.6
#: Words that carry no content of their own.
_STOP_WORDS = """a an the and or but if so as of in on at to for from by with without into onto
    than then that this these those there here it its is are was were be been being
    has have had do does did can could may might will would should shall must not no
    nor any all some each every one more most less few many much such only just also
    very who whom which what when where why how they them their you your we our us he
    she his her i me my about after before over under up down out off again still yet
    other same both either neither own"""
_STOP = frozenset(_STOP_WORDS.split())


def content_stems(sentence: str) -> set[str]:
    """The stems of a sentence's content words (no small words, no bare numbers)."""
    return {stem(w) for w in words(sentence.lower()) if w not in _STOP and not w.isdigit()}


def says_again(a: str, b: str) -> str | None:
    """Why sentence `b` says nearly what `a` says ("same opening", "overlap 0.67"), or
    None: "There is no separate idea of how cells would do this. There is no separate
    biological idea here." (review4)."""
    ca, cb = content_stems(a), content_stems(b)
    if ca and cb:
        dice = 2 * len(ca & cb) / (len(ca) + len(cb))
        if dice >= SAME_CONTENT:
            return f"overlap {dice:.2f}"
    opening = [w.lower() for w in words(a)[:SAME_OPENING]]
    if len(opening) == SAME_OPENING and opening == [w.lower() for w in words(b)[:SAME_OPENING]]:
        return "same opening"
    return None


DATA = Path(__file__).resolve().parents[1] / "data"
#: Keys of the data files that hold no prose of ours: word lists and references.
_NOT_PROSE = frozenset(("phrases", "aliases", "maintainer_notes", "references", "terms"))


def data_fields() -> Iterator[tuple[str, str]]:
    """(where, text) for every string of prose in the shipped entry files."""

    def walk(node: object, where: str) -> Iterator[tuple[str, str]]:
        if isinstance(node, dict):
            for key, value in node.items():
                if key not in _NOT_PROSE:
                    yield from walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for n, value in enumerate(node):
                yield from walk(value, f"{where}[{n}]")
        elif isinstance(node, str):
            yield where, node

    for name in ("conditions", "benefits", "topics", "red_flags", "grades", "glossary"):
        yield from walk(yaml.safe_load((DATA / f"{name}.yaml").read_text("utf-8")), name)
