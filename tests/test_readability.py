"""What a patient reads first is plain: Flesch-Kincaid grade 8 or below, short sentences.

The fields held to the limits are listed by `plainlang.patient_first`: each entry's
summary (the bottom line), each one-line verdict, `regulatory_summary`,
`cost.summary`, and the first sentence of every section of prose.

The grade is the Flesch-Kincaid formula, computed offline by tests/plainlang.py:

    grade = 0.39 x (words / sentences) + 11.8 x (syllables / words) - 15.59

with a sentence splitter that keeps decimals ("1.2 points") and abbreviations
("e.g.", "U.S.") inside their sentence. Limits: grade 8, 25 words a sentence.

`stemcell check`'s report is read by the same patients, and its own words are held to
the same limits (`plainlang.check_first`): each warning sign's explanation, each
claim's and condition's answer line, the verdict in each of its shapes, and the
closing note. So is every question to ask a clinic (`plainlang.questions`): `explain`
lists them, `check` asks at most five, and patients take them to the clinic.

A short jargon word slips past the formula ("sham", "MSC"), so the words a patient
reads first also carry no unexplained jargon (`JARGON`): the first time such a word
appears in a field it is glossed in brackets, "a fake (sham) shot" or "placebo (a
dummy treatment)", or defined in its own sentence ("MSCs are cells ...").

A field says each thing once (dedupe1): a patient at a grade-8 reading level gives up on
a page that says a thing twice ("There is no separate idea of how cells would do this.
There is no separate biological idea here.", review4).
"""

from __future__ import annotations

import re

import pytest
from plainlang import (
    GRADE_LIMIT,
    SENTENCE_WORD_LIMIT,
    check_first,
    data_fields,
    measure,
    page_short_names,
    patient_first,
    questions,
    says_again,
    sentences,
    short_names,
    shown,
    syllables,
)
from typer.testing import CliRunner

from stemcell_cli.cli.app import app
from stemcell_cli.core.cache import open_catalog
from stemcell_cli.core.catalog import Catalog
from stemcell_cli.views.document import Page
from stemcell_cli.views.short_names import Speller, said_texts, short_names_of, spell_out


@pytest.fixture(scope="module")
def shipped() -> Catalog:
    return open_catalog(None)


class TestTheMeasure:
    def test_decimals_and_abbreviations_do_not_end_a_sentence(self) -> None:
        text = "Pain fell 1.2 points, e.g. in the U.S. trials. Then it rose."
        assert sentences(text) == [
            "Pain fell 1.2 points, e.g. in the U.S. trials.",
            "Then it rose.",
        ]

    @pytest.mark.parametrize(
        ("word", "count"),
        [("cell", 1), ("table", 2), ("injection", 3), ("helped", 1), ("wanted", 2), ("FDA", 3)],
    )
    def test_syllables(self, word: str, count: int) -> None:
        assert syllables(word) == count

    def test_grade_follows_the_formula(self) -> None:
        m = measure("The cat sat on the mat. It was a good day.")
        expected = 0.39 * m.words / m.sentences + 11.8 * m.syllables / m.words - 15.59
        assert m.sentences == 2
        assert m.grade == pytest.approx(expected)
        assert m.grade < 2


def test_every_patient_first_field_is_at_grade_8_or_below(shipped: Catalog) -> None:
    too_hard = {
        where: round(measure(text).grade, 1)
        for where, text in patient_first(shipped)
        if measure(text).grade > GRADE_LIMIT
    }
    assert too_hard == {}


def test_every_patient_first_sentence_has_25_words_or_fewer(shipped: Catalog) -> None:
    too_long = {
        where: measure(text).longest_sentence
        for where, text in patient_first(shipped)
        if measure(text).longest_sentence > SENTENCE_WORD_LIMIT
    }
    assert too_long == {}


def test_every_field_check_shows_in_its_own_words_is_at_grade_8_or_below(
    shipped: Catalog,
) -> None:
    too_hard = {
        where: round(measure(text).grade, 1)
        for where, text in check_first(shipped)
        if measure(text).grade > GRADE_LIMIT
    }
    assert too_hard == {}


def test_every_sentence_check_shows_in_its_own_words_has_25_words_or_fewer(
    shipped: Catalog,
) -> None:
    too_long = {
        where: measure(text).longest_sentence
        for where, text in check_first(shipped)
        if measure(text).longest_sentence > SENTENCE_WORD_LIMIT
    }
    assert too_long == {}


def test_check_fields_cover_every_warning_sign_claim_condition_verdict_and_note(
    shipped: Catalog,
) -> None:
    """The measured list keeps up with the data: a new red flag is measured too."""
    where = [w for w, _ in check_first(shipped)]
    assert {w.split(": ")[0] for w in where if w.startswith("red flag ")} == {
        f"red flag {flag}" for flag in shipped.red_flags
    }
    assert sum(w.startswith("benefit ") for w in where) == len(shipped.benefits)
    assert sum(w.startswith("condition ") for w in where) == len(shipped.conditions)
    assert sum(w.startswith("evidence grade ") for w in where) == len(shipped.evidence_grades)
    assert sum(w.startswith("verdict: ") for w in where) == 4
    assert "closing note" in where


def test_every_question_to_ask_a_clinic_is_at_grade_8_or_below(shipped: Catalog) -> None:
    """Each question as a patient reads it aloud at the clinic, one question a sentence
    where it asks two ("Is this part of a registered clinical trial? Can I see ...?")."""
    too_hard = {
        where: round(measure(text).grade, 1)
        for where, text in questions(shipped)
        if measure(text).grade > GRADE_LIMIT
    }
    assert too_hard == {}


def test_every_question_to_ask_a_clinic_has_25_words_or_fewer_a_sentence(
    shipped: Catalog,
) -> None:
    too_long = {
        where: measure(text).longest_sentence
        for where, text in questions(shipped)
        if measure(text).longest_sentence > SENTENCE_WORD_LIMIT
    }
    assert too_long == {}


def test_every_question_of_every_condition_benefit_and_topic_is_measured(
    shipped: Catalog,
) -> None:
    """The measured list keeps up with the data: a new question is measured too, the
    questions of each benefit (benefitq1: asked of a clinic that makes the claim) and
    the general ones of the topics (generalq1) that `check` asks when a page names no
    condition."""
    measured = [text for _, text in questions(shipped)]
    spell = shown(shipped)
    assert measured == [
        *(spell(str(q)) for c in shipped.conditions.values() for q in c.questions),
        *(spell(str(q)) for b in shipped.benefits.values() for q in b.questions),
        *(spell(str(q)) for t in shipped.topics.values() for q in t.questions),
    ]
    assert any(t.questions for t in shipped.topics.values())
    assert all(2 <= len(b.questions) <= 4 for b in shipped.benefits.values())


def test_patient_first_text_has_no_statistical_jargon(shipped: Catalog) -> None:
    """No 'SMD', and a confidence interval is never called a 'range'."""
    jargon = re.compile(r"\bSMD\b|\brange\s+\d|\bI2\b|\bodds ratio\b", re.IGNORECASE)
    assert [where for where, text in patient_first(shipped) if jargon.search(text)] == []


# Jargon a patient may not know, as a pattern each; the glossary explains most of them
# (`stemcell explain TERM`). All-capital abbreviations match in capitals only.
JARGON = {
    "placebo": r"placebos?",
    "sham": r"sham",
    "randomized": r"(?i:randomi[sz]ed)",
    "controlled trial": r"(?i:controlled trials?)",
    "blinded": r"(?i:blind(?:ed|ing))",
    "MSC": r"MSCs?",
    "mesenchymal": r"(?i:mesenchymal)",
    "meta-analysis": r"(?i:meta-analys[ie]s)",
    "systematic review": r"(?i:systematic reviews?)",
    "case series": r"(?i:case series)",
    "RCT": r"RCTs?",
    "autologous": r"(?i:autologous)",
    "allogeneic": r"(?i:allogen(?:e)?ic)",
    "intra-articular": r"(?i:intra-articular)",
    "intradiscal": r"(?i:intradiscal)",
    "SVF": r"SVF|(?i:stromal vascular fraction)",
    "BMAC": r"BMAC",
    "PRP": r"PRP",
    "cytokine": r"(?i:cytokines?)",
    "paracrine": r"(?i:paracrine)",
    "NSAID": r"NSAIDs?",
    "biologics": r"(?i:biologics)",
    "treat-to-target": r"(?i:treat-to-target)",
    "harvest": r"(?i:harvest)",
    "adverse event": r"(?i:adverse events?)",
}


def unglossed_jargon(text: str) -> list[str]:
    """The jargon words whose first appearance in `text` has no gloss: it is not inside
    brackets, not followed by one ("placebo (a dummy treatment)"), and does not open its
    own definition ("MSCs are ...")."""
    found = []
    for name, pattern in JARGON.items():
        first = re.search(rf"(?<!\w){pattern}(?!\w)", text)
        if first is None:
            continue
        before, after = text[: first.start()], text[first.end() :]
        in_brackets = before.count("(") > before.count(")")
        bracket_after = after.startswith(" (")
        defined = re.match(r"\s+(?:is|are)\s", after) is not None
        if not (in_brackets or bracket_after or defined):
            found.append(name)
    return found


@pytest.mark.parametrize(
    ("text", "unglossed"),
    [
        ("The best trial found no less pain than a sham.", ["sham"]),
        ("It was no better than a fake (sham) shot, or a sham.", []),
        ("Compare it with a placebo (a dummy treatment).", []),
        ("In the lab, MSCs seem to calm the immune system.", ["MSC"]),
        ("MSCs are cells taken from bone marrow.", []),
        ("Did the sham-controlled trial help?", ["sham", "controlled trial"]),
        ("It was the best-blinded trial.", ["blinded"]),
        ("Ask about SVF, PRP and NSAID gel.", ["SVF", "PRP", "NSAID"]),
        ("A shammed result is not a shame.", []),
    ],
)
def test_the_jargon_rule(text: str, unglossed: list[str]) -> None:
    assert unglossed_jargon(text) == unglossed


def _a_definition(where: str) -> bool:
    """A glossary entry's own definition, which is the gloss of its word (its hint, shown
    beside the name on a short page, is read as any other field: patient7)."""
    return where.startswith("term ") and not where.endswith(": hint")


def test_no_unexplained_jargon_in_what_check_and_explain_show_first(shipped: Catalog) -> None:
    """Each field `check` shows in its own words, each question to ask a clinic and each
    patient-first field of `explain` glosses a jargon word the first time it uses it. A
    glossary entry's own definition is the gloss, so definitions are left out."""
    fields = [
        *check_first(shipped),
        *questions(shipped),
        *((w, t) for w, t in patient_first(shipped) if not _a_definition(w)),
    ]
    unexplained = {where: found for where, text in fields if (found := unglossed_jargon(text))}
    assert unexplained == {}


# Short names a patient meets (acronym1): each one `check` or `explain` uses is said in
# brackets where a page first uses it, from data/short_names.yaml (views/short_names.py).
# These are left as they are, each for its reason.
SHORT_NAMES_LEFT = {
    "US": "an everyday name",
    "UK": "an everyday name",
    "EU": "an everyday name, and the regulation of each region is headed by its full name",
    "II": "a phase number, told where phases are explained",
    "III": "a phase number, told where phases are explained",
    "DREAM": "a trial's name, said with the word trial",
    "MILES": "a trial's name, said with the word trial",
    "NAME": "the placeholder of `--section NAME` in the last line of a short page",
}


def unsaid_short_names(text: str) -> list[str]:
    """The short names whose first use in `text` does not say what it is."""
    return [name for name, said in short_names(text) if not said and name not in SHORT_NAMES_LEFT]


#: Short names and their words for the rule's examples (the shipped ones may change).
RULE_NAMES = {
    "FDA": "the US drug agency",
    "MSC": "a kind of stem cell",
    "ACR": "a body of doctors",
    "ACR/AF": "two US bodies",
}


@pytest.mark.parametrize(
    ("text", "spelled"),
    [
        (
            "FDA warned a clinic. FDA said so.",
            "FDA (the US drug agency) warned a clinic. FDA said so.",
        ),
        (
            "The US Food and Drug Administration (FDA) and the FDA's page.",
            "The US Food and Drug Administration (FDA) and the FDA's page.",
        ),
        ("The FDA's page.", "The FDA's (the US drug agency) page."),
        ("Stem cells (MSCs) and MSCs.", "Stem cells (MSCs) and MSCs."),
        ("MSCs are cells. MSC shots.", "MSCs are cells. MSC shots."),
        ("MSC-based shots.", "MSC-based (a kind of stem cell) shots."),
        (
            "The ACR/AF guideline, then the ACR.",
            "The ACR/AF (two US bodies) guideline, then the ACR (a body of doctors).",
        ),
        ("FDAX and XFDA and fda are other words.", "FDAX and XFDA and fda are other words."),
        ("(early): FDA warned.", "(early): FDA (the US drug agency) warned."),
    ],
)
def test_the_short_name_rule(text: str, spelled: str) -> None:
    """A short name is said once, at its first use, unless that use says what it is
    already (inside brackets, followed by one, or opening a definition)."""
    assert Speller(RULE_NAMES)(text) == spelled


def test_a_page_says_a_short_name_once_and_never_in_quotes_headings_names_or_sources() -> None:
    """Not in a heading, a name in bold, a quote of the advert or a source; the row of
    the entry's other names says what they are, and so does a name in bold that holds
    the long form."""
    from stemcell_cli.views.document import Bullets, Fields, Heading, Paragraph, Span

    page = Page(
        (
            Heading("What FDA says"),
            Fields((("Also called", (Span("OA, knee arthritis"),)),)),
            Paragraph((Span("FDA rules", "strong"), Span(":"))),
            Paragraph((Span("Visual analogue scale (VAS)", "strong"), Span(": a VAS is"))),
            Paragraph((Span("\u201cFDA approved\u201d", "quote"), Span(" OA and FDA."))),
            Paragraph((Span("FDA again."),)),
            Heading("Sources"),
            Bullets(((Span("FDA. A page."),),), numbered=True),
        )
    )
    names = {"FDA": "the US regulator", "OA": "osteoarthritis", "VAS": "a pain line"}
    assert spell_out(page, names).blocks == (
        Heading("What FDA says"),
        Fields((("Also called", (Span("OA, knee arthritis"),)),)),
        Paragraph((Span("FDA rules", "strong"), Span(":"))),
        Paragraph((Span("Visual analogue scale (VAS)", "strong"), Span(": a VAS is"))),
        Paragraph(
            (Span("\u201cFDA approved\u201d", "quote"), Span(" OA and FDA (the US regulator)."))
        ),
        Paragraph((Span("FDA again."),)),
        Heading("Sources"),
        Bullets(((Span("FDA. A page."),),), numbered=True),
    )


def test_every_short_name_is_said_at_its_first_use_in_what_check_and_explain_show_first(
    shipped: Catalog,
) -> None:
    """Each field the jargon test reads, as a page shows it when the field is the first
    to use a short name, says what each short name is ("FDA (the US drug agency)"): a
    new short name in the data needs its words in data/short_names.yaml, or a reason in
    SHORT_NAMES_LEFT."""
    fields = [
        *check_first(shipped),
        *questions(shipped),
        *((w, t) for w, t in patient_first(shipped) if not _a_definition(w)),
    ]
    unsaid = {where: found for where, text in fields if (found := unsaid_short_names(text))}
    assert unsaid == {}


def _pages(shipped: Catalog) -> list[tuple[str, Page]]:
    """`check`'s report on the seed, every condition's, benefit's and topic's `explain`
    page, short and full, and `compare` of all conditions and of all benefits."""
    from pathlib import Path

    from stemcell_cli.check.page.source import read_text
    from stemcell_cli.check.report import build_report
    from stemcell_cli.check.view import check_view
    from stemcell_cli.views.compare import compare_view
    from stemcell_cli.views.entries import entry_view
    from stemcell_cli.views.layout import Layout

    seed = Path(__file__).parent / "fixtures" / "seed.txt"
    pages: list[tuple[str, Page]] = [
        ("check seed", check_view(build_report(shipped, read_text(str(seed))), shipped).page)
    ]
    for entries in (shipped.conditions, shipped.benefits, shipped.topics):
        for entry in entries.values():
            for full in (False, True):
                page = entry_view(shipped, entry, layout=Layout(full, ())).page
                pages.append((f"explain {entry.id}{' --full' if full else ''}", page))
    pages.append(("compare conditions", compare_view(shipped, [*shipped.conditions.values()]).page))
    pages.append(("compare benefits", compare_view(shipped, [*shipped.benefits.values()]).page))
    return pages


def test_every_page_says_each_short_name_at_its_first_use_and_only_once(
    shipped: Catalog,
) -> None:
    """Across a whole page (the report on the seed, each `explain` page, short and
    full) the first use of each short name says what it is, and the words that say it
    are added once a page, not in every field that uses the name."""
    names = short_names_of(shipped)
    unsaid: dict[str, list[str]] = {}
    twice: dict[str, list[str]] = {}
    for where, page in _pages(shipped):
        found = [
            name
            for name, said in page_short_names(page)
            if not said and name not in SHORT_NAMES_LEFT
        ]
        if found:
            unsaid[where] = found
        whole = "\n".join(text for text, _ in said_texts(page))
        repeated = [n for n, says in names.items() if whole.count(f"{n} ({says})") > 1]
        if repeated:
            twice[where] = repeated
    assert unsaid == {}
    assert twice == {}


def test_every_section_shown_alone_says_each_short_name_at_its_first_use(
    shipped: Catalog,
) -> None:
    """`explain X --section S` shows one section whole: a short name its own words
    explain in an earlier section ("US hip and knee surgeons (AAHKS)") is first used in
    it bare, so it needs its words in data/short_names.yaml too (newcomer2: AAHKS on
    `explain osteoarthritis -s evidence`)."""
    from stemcell_cli.views.entries import (
        benefit_sections,
        condition_sections,
        entry_view,
        topic_sections,
    )
    from stemcell_cli.views.layout import Layout

    unsaid: dict[str, list[str]] = {}
    for entries, sections in (
        (shipped.conditions, condition_sections),
        (shipped.benefits, benefit_sections),
        (shipped.topics, topic_sections),
    ):
        for entry in entries.values():
            for part in sections(shipped, entry):  # type: ignore[operator]
                page = entry_view(shipped, entry, layout=Layout(False, (part.name,))).page
                found = [
                    name
                    for name, said in page_short_names(page)
                    if not said and name not in SHORT_NAMES_LEFT
                ]
                if found:
                    unsaid[f"explain {entry.id} -s {part.name}"] = found
    assert unsaid == {}


#: Warning signs whose `why` gives the same fact, because it is the point of both.
SAME_POINT = {
    frozenset(("pay-up-front", "pay-to-join-trial")): (
        "FDA's word on being charged outside a trial it oversees is what both signs are about"
    ),
}


class TestSaidOnce:
    def test_a_field_says_each_thing_once(self) -> None:
        """No two sentences of one field of our data start with the same four words or
        share most of their content words (`plainlang.says_again`): a plain lead sentence
        followed by the longer one it was written from says the thing twice (review4:
        "Clinics say ... The clinic says ...", "No study has compared ... None of the
        studies ... compared"). Keep one, or make the second add what the first does not."""
        twice = []
        for where, text in data_fields():
            said = [s for s in sentences(text) if len(s.split()) >= 4]
            for n, first in enumerate(said):
                for second in said[n + 1 :]:
                    why = says_again(first, second)
                    if why:
                        twice.append(f"{where} ({why}): {first!r} / {second!r}")
        assert twice == []

    def test_no_two_warning_signs_explain_themselves_with_the_same_sentence(
        self, shipped: Catalog
    ) -> None:
        """A report shows every warning sign it finds, one under the other, each with its
        `why`: a fact two whys share is read twice by the patient (patient5 found FDA's
        approvals told under "Promises a permanent fix" and "Uses FDA words", "still
        experimental" under three signs, "likely being deceived" under three). Each why
        gives its own sign's point; a pair whose point is the same fact is listed in
        SAME_POINT with its reason."""
        flags = list(shipped.red_flags.values())
        twice = []
        for n, one in enumerate(flags):
            for other in flags[n + 1 :]:
                if frozenset((one.id, other.id)) in SAME_POINT:
                    continue
                for first in sentences(one.why):
                    for second in sentences(other.why):
                        why = says_again(first, second)
                        if why:
                            twice.append(f"{one.id} / {other.id} ({why}): {first!r} / {second!r}")
        assert twice == []

    def test_an_untested_claim_gives_its_reason_once_on_the_full_page(
        self, shipped: Catalog
    ) -> None:
        """An untested claim's note opens with the scoped "No ... study" sentence
        (test_content_rules.py) that is its verdict's reason in other words: the full
        page gives the note right after the grade's label, not both reasons ("No tendon
        study we found checked for inflammation. No study of tendons we found checked
        for signs of inflammation.", untested2; stale2). The short page, which shows no
        note, keeps the whole verdict."""
        runner = CliRunner()
        wrong = []
        for c in shipped.conditions.values():
            pages = {
                how: " ".join(
                    runner.invoke(
                        app, ["explain", c.id, *more, "--format", "text"], env={"COLUMNS": "400"}
                    ).output.split()
                )
                for how, more in (("full", ["--full"]), ("short", []))
            }
            for link in c.benefits:
                if link.grade.value != "untested":
                    continue
                note = " ".join(link.note.split())
                if f"): {note}" not in pages["full"] or link.verdict in pages["full"]:
                    wrong.append(f"{c.id} --full/{link.id}: {link.verdict!r} said before the note")
                if link.verdict not in pages["short"]:
                    wrong.append(f"{c.id}/{link.id}: the verdict is not on the short page")
        assert wrong == []

    def test_the_measure_finds_a_thing_said_twice(self) -> None:
        """The measure itself: review4's repeats are found; sentences that share only
        their subject are not."""
        assert says_again(
            "There is no separate idea of how cells would do this.",
            "There is no separate biological idea here.",
        )
        assert says_again(
            "No study has compared how many people had surgery with and without cells.",
            "None of the studies in our sources compared how many people went on to have"
            " surgery after cells with how many did after another treatment.",
        )
        assert not says_again(
            "Stem cells for rheumatoid arthritis have helped in animals.",
            "They are not proven, and proven drugs come first.",
        )
