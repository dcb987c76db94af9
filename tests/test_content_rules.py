"""Issue 12: one test per content rule that a review of data/ found broken.

Each test states a rule for the whole shipped data set (not one sentence), so that a
fact fixed in one place cannot survive, or come back, in another.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from stemcell_cli.core.cache import open_catalog
from stemcell_cli.core.catalog import Catalog
from stemcell_cli.core.model import Grade


@pytest.fixture(scope="module")
def shipped() -> Catalog:
    return open_catalog(None)


def _texts(value: Any) -> Iterator[str]:
    """Every piece of text inside a model object, depth first (ids and phrases left out)."""
    if isinstance(value, str):
        yield value
    elif hasattr(value, "_fields"):
        for name in value._fields:
            if name not in {"origin", "id", "phrases"}:
                yield from _texts(getattr(value, name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _texts(item)


def _all_texts(shipped: Catalog) -> list[str]:
    """All prose of the shipped data: entries, red flags and reference summaries and notes."""
    records: list[Any] = [
        *shipped.entries(),
        *shipped.red_flags.values(),
        *shipped.references.values(),
    ]
    return [" ".join(text.split()) for record in records for text in _texts(record)]


def _hits(shipped: Catalog, pattern: re.Pattern[str]) -> list[str]:
    return [text for text in _all_texts(shipped) if pattern.search(text)]


ONLY_CORD_BLOOD = re.compile(
    r"only (?:FDA[- ]approved )?stem cell products(?: FDA has approved)? (?:are|is)\b"
    r"|only (?:stem cell )?products? FDA has approved (?:are|is)\b",
    re.IGNORECASE,
)


def test_no_text_says_cord_blood_is_the_only_approved_stem_cell_product(
    shipped: Catalog,
) -> None:
    """Since 18 Dec 2024 FDA has also approved one MSC product (Ryoncil, for GVHD in children)."""
    assert _hits(shipped, ONLY_CORD_BLOOD) == []


def test_every_us_status_names_the_one_approved_msc_and_its_limits(shipped: Catalog) -> None:
    """Each condition's US status says Ryoncil exists and nothing is approved for pain uses."""
    missing = []
    for condition in shipped.conditions.values():
        us = " ".join(r.status for r in condition.regulatory if r.region == "United States")
        if "Ryoncil" not in us or not re.search(
            r"\bno (?:MSC or other )?stem cell product", us, re.I
        ):
            missing.append(condition.id)
    assert missing == []


def test_opioids_are_never_offered_for_chronic_low_back_pain(shipped: Catalog) -> None:
    """NICE NG59: weak opioids only for acute low back pain; no opioids for chronic."""
    wrong = [
        text
        for text in _hits(shipped, re.compile(r"\bweak opioids?\b", re.IGNORECASE))
        if not re.search(r"\bacute\b", text, re.IGNORECASE)
    ]
    assert wrong == []
    for condition_id in ("chronic-back-and-neck-pain", "spinal-disc-injuries"):
        care = " ".join(shipped.condition(condition_id).standard_care.options)
        assert re.search(r"\bno opioids\b[^.;]*\bchronic\b", care, re.IGNORECASE), condition_id


def test_cell_doses_split_over_injections_are_never_given_per_injection(
    shipped: Catalog,
) -> None:
    """The knee OA phase I study gave about 61 million cells in total over two injections."""
    assert _hits(shipped, re.compile(r"61 million[^.;]*\bper injection", re.IGNORECASE)) == []
    text = " ".join(_all_texts(shipped))
    assert re.search(r"61 million cells (?:in all|in total)", text)


PLACEHOLDER_TITLE = re.compile(
    r"\(descriptive\)|descriptive title|title not shown|not (?:shown|seen) in (?:the )?excerpt"
    r"|\bas reported\b|\breported by\b",
    re.IGNORECASE,
)


def test_no_reference_title_is_a_placeholder(shipped: Catalog) -> None:
    """A title is the source's own title; our descriptions of a source go in its `note`."""
    placeholders = [r.id for r in shipped.references.values() if PLACEHOLDER_TITLE.search(r.title)]
    assert placeholders == []


ABBREVIATION_END = re.compile(r"\b(?:al|Inc|Ltd|Co|Dr|St)\.$")
DOUBLED = re.compile(r"(?<!\b(?:al|Co|St))(?<!\b(?:Inc|Ltd))[?!.,;]\s*[.,;]|::")


def test_no_doubled_punctuation_in_reference_fields(shipped: Catalog) -> None:
    """No 'yet?.' or '..'; a title ends in a full stop only after an abbreviation ('Inc.')."""
    bad = [
        f"{r.id}.{field}"
        for r in shipped.references.values()
        for field in ("title", "authors", "journal", "note")
        if DOUBLED.search(getattr(r, field))
    ]
    bad += [
        f"{r.id}.title"
        for r in shipped.references.values()
        if r.title.endswith(".") and not ABBREVIATION_END.search(r.title)
    ]
    assert bad == []


def test_an_affiliation_is_not_an_author(shipped: Catalog) -> None:
    """Authors are people or the issuing body, never where they work or who reported them."""
    affiliation = re.compile(
        r"\([^)]*\b(?:Hospital|University|Department|Institute|School)\b[^)]*\)"
        r"|\b(?:reported by|as reported)\b",
        re.IGNORECASE,
    )
    assert [r.id for r in shipped.references.values() if affiliation.search(r.authors)] == []


def test_journal_is_only_the_journal_name(shipped: Catalog) -> None:
    """Volume, issue and pages have their own fields, so citations can be formatted."""
    assert [r.id for r in shipped.references.values() if re.search(r"\d", r.journal)] == []


UNCONTROLLED = re.compile(
    r"single-arm|uncontrolled|no control group|no comparator|no control\b|case series",
    re.IGNORECASE,
)


def test_uncontrolled_studies_are_not_typed_rct(shipped: Catalog) -> None:
    """A single-arm or uncontrolled study is a case series, never a randomized trial."""
    wrong = [
        r.id
        for r in shipped.references.values()
        if r.type == "rct" and UNCONTROLLED.search(r.summary + " " + r.note)
    ]
    assert wrong == []


def test_no_citation_line_doubles_its_punctuation(shipped: Catalog) -> None:
    """A title ending in '?' or '!' is not given an extra full stop ('yet?.')."""
    from stemcell_cli.views.base import citation

    lines = {r.id: "".join(s.text for s in citation(r)) for r in shipped.references.values()}
    assert {key: line for key, line in lines.items() if re.search(r"[?!]\.|\.\.", line)} == {}


# --- The one re-grading rule (docs/content.md) ------------------------------------

#: Most support first. A claim that trials measured and found wanting (not-supported)
#: says more than one nobody measured (untested), so untested comes last.
BEST_FIRST = ["established", "promising", "early", "preclinical", "not-supported", "untested"]
VERDICT_OPENINGS = {
    "established": "Established",
    "promising": "Promising",
    "early": "Early",
    "preclinical": "Only in animals",
    "not-supported": "Not shown",
    "untested": "Untested",
}
HUMAN_STUDY_TYPES = {"rct", "meta-analysis", "review", "case-series", "cohort"}


def test_a_benefit_takes_the_best_grade_any_condition_gives_it(shipped: Catalog) -> None:
    wrong = {}
    for benefit in shipped.benefits.values():
        grades = [
            link.grade.value
            for condition in shipped.conditions.values()
            for link in condition.benefits
            if link.id == benefit.id
        ]
        best = min(grades, key=BEST_FIRST.index)
        if benefit.evidence.grade.value != best:
            wrong[benefit.id] = (benefit.evidence.grade.value, best)
    assert wrong == {}


#: Words that say a grade: a verdict stands beside its grade's label ("Osteoarthritis
#: (tested, no benefit found): ...", "Best evidence for any condition: early studies
#: only" above "In short: ..."), so opening with them says the grade twice (stale2).
GRADE_WORDS = re.compile(
    r"^(?:Established|Promising|Early|Only in animals|Not shown|Untested|Not supported"
    r"|Preclinical|Lab and animal|Tested, no benefit|No trial in people)\b",
    re.IGNORECASE,
)
#: What an untested verdict says in its own words: that no study measured the claim.
NOTHING_MEASURED = re.compile(r"\bno (?:\w+ ){0,4}(?:study|studies|trial|trials)\b", re.I)


def _verdicts(shipped: Catalog) -> list[tuple[str, str, str]]:
    links = [
        (f"{c.id}/{link.id}", link.grade.value, link.verdict)
        for c in shipped.conditions.values()
        for link in c.benefits
    ]
    return links + [(b.id, b.evidence.grade.value, b.verdict) for b in shipped.benefits.values()]


def test_every_claim_has_a_one_line_verdict_in_its_own_words(shipped: Catalog) -> None:
    """One or two short sentences that do not open by repeating the grade beside them."""
    wrong = [
        where
        for where, _, verdict in _verdicts(shipped)
        if not verdict or GRADE_WORDS.search(verdict) or verdict.count(". ") > 1
    ]
    assert wrong == []


def test_a_verdict_says_what_its_grade_says(shipped: Catalog) -> None:
    """Varied openings stay honest: an untested verdict says no study measured the claim;
    an animals-only one names the animals; a not-supported one tells what trials found."""
    wrong = [
        f"{where} ({grade}): {verdict}"
        for where, grade, verdict in _verdicts(shipped)
        if (grade == "untested" and not NOTHING_MEASURED.search(verdict))
        or (grade == "preclinical" and not re.search(r"\banimals?\b", verdict, re.I))
        or (grade == "not-supported" and not re.search(r"\b(?:trials?|scans?)\b", verdict, re.I))
    ]
    assert wrong == []


def test_untested_means_the_note_says_nothing_measured_it(shipped: Catalog) -> None:
    """`untested` only where no study measured the claim, and the note opens by saying so."""
    nothing = re.compile(r"^No (?:\w+ )*(?:study|studies|trial|trials)\b", re.IGNORECASE)
    wrong = [
        f"{c.id}/{link.id}"
        for c in shipped.conditions.values()
        for link in c.benefits
        if link.grade.value == "untested" and not nothing.search(" ".join(link.note.split()))
    ]
    assert wrong == []


def test_graded_above_untested_means_a_cited_study_measured_it(shipped: Catalog) -> None:
    """early or better cites a study in people; preclinical cites an animal study."""
    wrong = []
    for c in shipped.conditions.values():
        for link in c.benefits:
            refs = [shipped.references[key] for key in link.references]
            grade = link.grade.value
            measured = any(r.type in HUMAN_STUDY_TYPES | {"guideline"} for r in refs)
            if grade in {"established", "promising", "early", "not-supported"} and not measured:
                wrong.append(f"{c.id}/{link.id}")
            if grade == "preclinical" and not any("animal" in r.summary for r in refs):
                wrong.append(f"{c.id}/{link.id}")
            if grade == "promising" and sum(r.type in {"rct", "meta-analysis"} for r in refs) < 2:
                wrong.append(f"{c.id}/{link.id}")
    assert wrong == []


def test_the_same_evidence_gets_the_same_grade(shipped: Catalog) -> None:
    """Two conditions that cite the same studies for a claim give it the same grade."""
    seen: dict[tuple[str, frozenset[str]], tuple[str, str]] = {}
    clashes = []
    for c in shipped.conditions.values():
        for link in c.benefits:
            key = (link.id, frozenset(link.references))
            if key in seen and seen[key][1] != link.grade.value:
                clashes.append((seen[key][0], c.id, link.id))
            seen.setdefault(key, (c.id, link.grade.value))
    assert clashes == []


# -- words1: a grade is named in words, never by its slug (review of 2026-11-28)
#
# "We grade this early", "It is not promising", "not graded not-supported overall" and
# "far from established" name grades by the scale's ids, which a patient cannot tell
# from ordinary words. A page names a grade by its label ("early studies only",
# "tested, no benefit found": data/grades.yaml) or not at all ("we do not rate it
# higher"). The slug as an ordinary word stays: "stopped early", "look promising",
# "well established"; so do the verdicts' openings ("Early.", "Untested."), which stand
# alone at the start of a line beside the grade's label.

GRADE_SLUGS = r"(?:established|promising|early|preclinical|untested|not-supported)"
BARE_GRADE_NAME = re.compile(
    # "not-supported" with its hyphen is only ever the id
    r"\bnot-supported\b"
    # a grading verb with a slug: "we grade this early", "graded not-supported"
    r"|\bgrad(?:e|es|ed|ing)\s+(?:(?:this|it|them|the claim)\s+)?(?:as\s+)?" + GRADE_SLUGS + r"\b"
    # a slug as the complement of a grade comparison, ending its clause: "it is not
    # promising:", "more than preclinical,", "far from established:", "we keep early because"
    r"|\b(?:is|are|was|were|be|been|stays?|keeps?|fits?|than|from|to|as|not|yet|already)\s+"
    + GRADE_SLUGS
    + r"(?=\s*(?:[.,;:)]|$|because\b|since\b|for\b|overall\b|and\b|but\b))",
    re.IGNORECASE,
)


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("We grade this early because the trials are small.", "grade this early"),
        ("It is not promising: the benefit is not consistent.", "not promising"),
        ("It is not graded not-supported overall.", "graded not-supported"),
        ("It is far from established: nothing is approved.", "from established"),
        ("It is more than preclinical, because people were treated.", "than preclinical"),
        ("We grade this untested because no trial measured it.", "grade this untested"),
        ("That fits early, not promising.", "fits early"),
        ("We keep early because the review finds a small benefit.", "keep early"),
        ("We rate this as early studies only.", None),
        ('We also do not rate it "tested, no benefit found" as a whole.', None),
        ("It is far from well established.", None),
        ("The trial was stopped early because of side effects.", None),
        ("Nearly a hundred animal studies look promising.", None),
        ("Drugs that calm the immune system, started early, are the proven treatment.", None),
        ("Early. In small trials, blood signs of inflammation fell.", None),
        ("Testing is still at an early stage.", None),
    ],
)
def test_the_bare_grade_name_rule(sentence: str, named: str | None) -> None:
    found = BARE_GRADE_NAME.search(sentence)
    assert (found.group() if found else None) == named


def test_no_text_names_a_grade_by_its_slug(shipped: Catalog) -> None:
    """Every text a user reads (each "Why this grade", benefit, topic, term and red flag)
    names a grade by its label in words, or not at all. Grade fields hold the ids
    themselves and are left out."""
    ids = {grade.value for grade in Grade}
    records: list[Any] = [*shipped.entries(), *shipped.red_flags.values()]
    named = [
        f"{record.id}: {found.group()!r} in {sentence}"
        for record in records
        for text in _prose(record)
        if text not in ids
        for sentence in _sentences_of(text)
        for found in BARE_GRADE_NAME.finditer(sentence)
    ]
    assert named == []


def test_animal_studies_of_one_disease_are_not_cited_for_another(shipped: Catalog) -> None:
    """The RA animal meta-analysis supports claims about rheumatoid arthritis only."""
    cited = [
        f"{c.id}/{link.id}"
        for c in shipped.conditions.values()
        if c.id != "rheumatoid-arthritis"
        for link in c.benefits
        if "liu-2019-ra-msc-preclinical-meta" in link.references
    ]
    assert cited == []


def test_every_condition_has_the_short_page_fields(shipped: Catalog) -> None:
    """Bottom line, a verdict per claim, cost and a regulatory summary of one or two sentences."""
    missing = []
    for c in shipped.conditions.values():
        if not c.regulatory_summary or len(re.findall(r"[.!?](?:\s|$)", c.regulatory_summary)) > 2:
            missing.append(f"{c.id}.regulatory_summary")
        if c.cost is None or not c.cost.references:
            missing.append(f"{c.id}.cost")
        missing += [f"{c.id}/{link.id}.verdict" for link in c.benefits if not link.verdict]
    assert missing == []


def test_not_approved_says_where(shipped: Catalog) -> None:
    """'Not approved anywhere' is not what the sources show (Korea approved Cartistem)."""
    assert _hits(shipped, re.compile(r"not approved anywhere|approved nowhere", re.I)) == []
    oa = shipped.condition("osteoarthritis")
    text = " ".join(r.status for r in oa.regulatory) + oa.regulatory_summary
    assert "Cartistem" in text
    assert re.search(r"\bin the US\b", oa.regulatory_summary)
    assert re.search(r"\bour sources name none in the UK or EU\b", oa.regulatory_summary, re.I)


def test_the_2020_and_2025_ema_warnings_are_not_mixed_up(shipped: Catalog) -> None:
    """The list of harms belongs to EMA's 2020 statement, not to the 2025 EMA/HMA notice."""
    harms_in_2025 = re.compile(r"(?:2025|March 2025)[^.]*(?:vision|brain bleed|tumour)", re.I)
    assert _hits(shipped, harms_in_2025) == []


def test_one_recall_is_not_called_a_single_supplier(shipped: Catalog) -> None:
    assert _hits(shipped, re.compile(r"processed by one company", re.I)) == []


def test_every_entry_reviewed_in_this_pass(shipped: Catalog) -> None:
    stale = [e.id for e in shipped.entries() if e.reviewed < "2026-11-26"]
    assert stale == []


# -- stale1: dated facts read as today's state (review of 2026-11-28)
#
# A user reads a regulatory sentence as true today. These rules hold the kinds of
# sentence that went stale in the past: an approval with no regulator's source behind
# it, an absence of approval with no scope ("no stem cell product is FDA-approved" was
# true until Dec 2024), and a time word ("now", "so far", "pending", "recently") with no
# year to anchor it, which silently stops being true.

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"(])")
#: A word of this kind never names what the sentence says is approved: it negates it
#: ("not approved", "unapproved"), or makes approval a requirement ("needs approval").
NOT_AN_APPROVAL = re.compile(
    r"\b(?:no|not|none|nothing|never|unapproved|without|neither|nor|needs?|needing|before)\b"
    r"|n't",
    re.IGNORECASE,
)
APPROVED = re.compile(r"\b(?:approved|authori[sz]ed|licensed)\b", re.IGNORECASE)
ABSENT_APPROVAL = re.compile(
    r"\b(?:no|nothing|none)\b[^.;]*\b(?:approved|authori[sz]ed|licensed|allowed)\b"
    r"|\bapproved (?:no|nothing)\b|\bnone has it\b",
    re.IGNORECASE,
)
#: What an absence of approval is about: a use ("for knee pain", "among uses") or a place.
APPROVAL_SCOPE = re.compile(r"\bfor\b|\buses?\b|\bin the (?:US|UK|EU)\b", re.IGNORECASE)
RELATIVE_TIME = re.compile(
    r"\b(?:now|currently|so far|to date|at present|nowadays|recent(?:ly)?|pending|newer|"
    r"newest|latest|this year|last year)\b",
    re.IGNORECASE,
)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")


def _sentences_of(text: str) -> list[str]:
    return SENTENCE_END.split(" ".join(text.split()))


def _prose(value: Any) -> Iterator[str]:
    """What a user reads of an entry: no ids, phrases, notes to maintainers or dates."""
    skip = {"origin", "id", "phrases", "references", "maintainer_notes", "aliases", "reviewed"}
    if isinstance(value, str):
        yield value
    elif hasattr(value, "_fields"):
        for name in value._fields:
            if name not in skip:
                yield from _prose(getattr(value, name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _prose(item)


def _regulatory_texts(shipped: Catalog) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """(where, text, its references) for every text that tells regulation as today's state."""
    for condition in shipped.conditions.values():
        for status in condition.regulatory:
            yield f"{condition.id}/{status.region}", status.status, status.references
        yield (
            f"{condition.id}/regulatory_summary",
            condition.regulatory_summary,
            condition.references,
        )
    for topic in shipped.topics.values():
        for section in topic.sections:
            if section.heading.lower().startswith("regulat"):
                yield f"{topic.id}/{section.heading}", section.body, topic.references
    for flag in shipped.red_flags.values():
        yield f"red flag {flag.id}", flag.why, flag.references


def _cites_a_regulator(shipped: Catalog, references: Any) -> bool:
    return any(shipped.references[ref].type == "regulator" for ref in references)


def test_an_approval_is_told_with_a_regulators_source(shipped: Catalog) -> None:
    """'X approved Y' stands only on a source of type regulator (never on a clinic's word).

    Checked on each US/EU/UK/other status with its own references, and on each entry as
    a whole (a glossary term or a topic that names an approval cites one)."""
    unbacked = [
        f"{where}: {sentence}"
        for where, text, references in _regulatory_texts(shipped)
        for sentence in _sentences_of(text)
        if APPROVED.search(sentence) and not NOT_AN_APPROVAL.search(sentence)
        if not _cites_a_regulator(shipped, references)
    ]
    records: list[Any] = [*shipped.entries(), *shipped.red_flags.values()]
    unbacked += [
        f"{record.id}: {sentence}"
        for record in records
        for text in _prose(record)
        for sentence in _sentences_of(text)
        if APPROVED.search(sentence) and not NOT_AN_APPROVAL.search(sentence)
        if not _cites_a_regulator(shipped, shipped.reference_ids(record))
    ]
    assert unbacked == []


def test_an_absence_of_approval_says_for_what_or_where(shipped: Catalog) -> None:
    """'No stem cell product is FDA-approved' went stale on 18 Dec 2024 (Ryoncil, for GVHD).

    What stays true is scoped: not approved for a use, or in a place."""
    records: list[Any] = [*shipped.entries(), *shipped.red_flags.values()]
    unscoped = [
        f"{record.id}: {sentence}"
        for record in records
        for text in _prose(record)
        for sentence in _sentences_of(text)
        if ABSENT_APPROVAL.search(sentence) and not APPROVAL_SCOPE.search(sentence)
    ]
    assert unscoped == []


def test_a_time_word_in_regulatory_text_has_a_year(shipped: Catalog) -> None:
    """'Now', 'so far', 'pending', 'recently' in a status must carry the year they hold for.

    Regulation changes (Ryoncil 2024, the 9th Circuit 2024, state laws 2024-2026); a time
    word with no year reads as true on every later day. Words inside quotes are the
    advert's, not ours."""
    unanchored = [
        f"{where}: {sentence}"
        for where, text, _ in _regulatory_texts(shipped)
        for sentence in _sentences_of(text)
        if RELATIVE_TIME.search(QUOTED.sub("", sentence)) and not YEAR.search(sentence)
    ]
    assert unanchored == []


def test_a_time_word_anywhere_a_user_reads_has_a_year(shipped: Catalog) -> None:
    """The same rule beyond regulatory text: risks, evidence, the glossary, red flags,
    reference summaries, short names and the conditions stemcell does not explain.
    stale3 (2026-11-29) found by hand that a trial "still running" and "no results yet"
    rested on a January 2026 source; a time word with no year reads as true on every
    later day wherever it stands. (An evidence grade's definition is the one place left
    out: "early" is "only small or first studies in people so far" of whichever entry
    it grades, which carries its own review date.)"""
    records: list[Any] = [*shipped.entries(), *shipped.red_flags.values()]
    records += [*shipped.references.values(), *shipped.short_names.values()]
    records += shipped.other_conditions.values()
    unanchored = [
        f"{record.id}: {sentence}"
        for record in records
        for text in _prose(record)
        for sentence in _sentences_of(text)
        if RELATIVE_TIME.search(QUOTED.sub("", sentence)) and not YEAR.search(sentence)
    ]
    assert unanchored == []


# -- stale2: an outside review of every dated and regulatory fact (2026-11-28)
#
# FDA's own pages say no stem cell product is approved for a joint, spine, tendon or
# pain use; for the UK and EU our sources only name none ("Our sources name no cell
# medicine approved in the EU for X"), so "not approved in the US, UK or EU" said more
# than they do. An absence of approval is also a fact that goes stale the day a product
# is approved (Ryoncil, Dec 2024), so in regulatory text it carries its year.

UK_OR_EU = re.compile(r"\b(?:UK|EU|United Kingdom|European Union|Europe)\b")
NOT_APPROVED = re.compile(
    r"\b(?:no|not|nothing|none|never)\b[^.;]*\b(?:approved|authori[sz]ed|licensed)\b",
    re.IGNORECASE,
)
OUR_SOURCES = re.compile(r"\bour sources\b", re.IGNORECASE)


def test_an_absence_of_approval_in_the_uk_or_eu_is_what_our_sources_name(
    shipped: Catalog,
) -> None:
    """'Not approved in the US, UK or EU' goes past our sources: they show FDA's word only.

    A sentence that says nothing is approved and names the UK or the EU says it as what
    our sources name ("our sources name none in the UK or EU")."""
    records: list[Any] = [*shipped.entries(), *shipped.red_flags.values()]
    too_broad = [
        f"{record.id}: {sentence}"
        for record in records
        for text in _prose(record)
        for sentence in _sentences_of(text)
        if NOT_APPROVED.search(sentence) and UK_OR_EU.search(sentence)
        if not OUR_SOURCES.search(sentence)
    ]
    assert too_broad == []


def _undated(shipped: Catalog, told: re.Pattern[str]) -> list[str]:
    """The regulatory sentences that tell `told` with no year and not as what our
    sources name."""
    return [
        f"{where}: {sentence}"
        for where, text, _ in _regulatory_texts(shipped)
        for sentence in _sentences_of(text)
        if told.search(sentence)
        if not YEAR.search(sentence) and not OUR_SOURCES.search(sentence)
    ]


def test_an_absence_of_approval_in_regulatory_text_is_dated(shipped: Catalog) -> None:
    """'No stem cell product is approved in the US for X' carries the year it holds for.

    What our sources name is a fact about our sources, dated by the entry's review; a
    fact about the world ("no product is approved") says when ("As of 2026")."""
    assert _undated(shipped, ABSENT_APPROVAL) == []


def test_every_regulatory_summary_opens_with_the_dated_us_absence(shipped: Catalog) -> None:
    """The short page's regulation line: the US fact with its year, then the UK and EU as
    what our sources name, never 'in the US, UK or EU'."""
    wrong = [
        condition.id
        for condition in shipped.conditions.values()
        if not re.match(
            r"As of (?:19|20)\d\d, no stem cell (?:shot|product) is approved in the US for ",
            " ".join(condition.regulatory_summary.split()),
        )
        or not re.search(
            r"\bour sources name none in the UK or EU\b", condition.regulatory_summary, re.I
        )
    ]
    assert wrong == []


#: Regulators and places outside the US whose rules our sources give as of one year
#: (the UK's 2009 answer, Health Canada 2019, Japan's 2014 law, Australia 2018, EMA 2020
#: and 2025): a sentence that tells their rule as today's says which year it comes from.
ELSEWHERE = re.compile(
    r"\b(?:MHRA|UK government|Health Canada|Canada|Japan(?:'s)?|Australia|TGA|EMA)\b"
)


def test_a_rule_from_outside_the_us_says_its_year(shipped: Catalog) -> None:
    """Our newest UK source on stem cell medicines is a 2009 answer in Parliament and
    Canada's is a 2019 notice: told without its year, such a rule reads as today's."""
    assert _undated(shipped, ELSEWHERE) == []


# -- newcomer12: "as of" a year is the year of the entry's review
#
# The tests above ask that an absence of approval carries a year; nothing asked which.
# "As of 2026" holds for the year the entry was last checked against its sources
# (`reviewed:`, which moves only when its facts are checked again: docs/content.md). A
# review in a later year that moves `reviewed:` must check each such sentence and say
# the new year, or the page tells an old year's fact as today's; a sentence left at an
# old year fails here, naming the entry. Red flags and references carry no review date
# of their own, so their "as of" years are not held here.

AS_OF = re.compile(r"\bas of ((?:19|20)\d\d)\b", re.IGNORECASE)


def _as_of_years(shipped: Catalog) -> list[tuple[str, str, str]]:
    """(entry id, its review date, the year an "as of" in its prose says) for each one."""
    return [
        (entry.id, entry.reviewed, year)
        for entry in shipped.entries()
        for text in _prose(entry)
        for year in AS_OF.findall(" ".join(text.split()))
    ]


def test_as_of_a_year_is_the_year_of_the_entrys_review(shipped: Catalog) -> None:
    dated = _as_of_years(shipped)
    assert dated, "no entry says 'as of' a year: the test reads nothing"
    assert [(i, r, y) for i, r, y in dated if y != r[:4]] == []
