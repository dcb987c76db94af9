"""`stemcell check`: claims, conditions and red flags found in advertising text."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from stemcell_cli.check.matching.wordings import lexicon_for, matcher_for
from stemcell_cli.check.page import source as adtext
from stemcell_cli.check.page.source import AdText
from stemcell_cli.check.report import build_report
from stemcell_cli.cli.app import app
from stemcell_cli.core.cache import open_catalog

SEED = Path(__file__).parent / "fixtures" / "seed.txt"
SCRIPT = str(Path(sys.executable).parent / "stemcell")
SEED_BENEFIT_LINES = {
    "tissue-regeneration": 9,
    "reduced-inflammation": 11,
    "avoid-surgery": 13,
    "delay-degeneration": 15,
    "personalized-treatment": 17,
    "fewer-side-effects": 19,
}
SEED_CONDITION_LINES = {
    "osteoarthritis": 26,
    "rheumatoid-arthritis": 27,
    "spinal-disc-injuries": 28,
    "tendon-and-ligament-injuries": 29,
    "chronic-back-and-neck-pain": 30,
    "rotator-cuff-tears": 31,
    "hip-and-knee-pain": 32,
}
CATALOG = open_catalog()
GROUPS = lexicon_for(CATALOG).groups
#: Entries whose shares of patients need a word of how they fared (`check/rules/success_rates.py`).
FARED = frozenset(lexicon_for(CATALOG).fared)
#: The words of a rate that needs a figure in its sentence (`check/rules/success_rates.py`).
RATED = frozenset(
    word.casefold() for text in lexicon_for(CATALOG).rate_words for word in text.split("|")
)
#: The words that refer a share to the group named before it ("11 of them"), which counts
#: patients only after a group of patients is named (`check/rules/success_rates.py`, rate3).
REFERS = frozenset(
    word.casefold() for text in lexicon_for(CATALOG).share_refers for word in text.split("|")
)
#: One compiled matcher for the module: building it per call cost about 0.15 s each
#: across 650 cases.
MATCHER = matcher_for(CATALOG)


#: A phrase of an approval word then the agency, which must be in brackets.
BRACKETED = re.compile(r"\|necessary\? FDA$")


def example(phrase: str) -> str:
    """The first wording a phrase allows: first choices, lists by their first phrase (a
    verb's mark dropped: "replace!" is written "replace")."""
    words = []
    for part in phrase.split():
        if part == "...":
            continue
        part = part.rstrip("?")
        if part.startswith("{"):
            words.append(example(GROUPS[part[1:-1]][0]))
        else:
            first = part.split("|")[0].rstrip("!")
            words.append({"#": "7", "#%": "90%", "@name": "Maria"}.get(part, first))
    return " ".join(words)


def findings(*lines: str) -> list[tuple[str, str, int]]:
    report = build_report(CATALOG, AdText("test", list(lines), []), MATCHER)
    return [(f.match.kind, f.match.entry_id, f.match.line) for f in report.findings]


def red_flags(*lines: str) -> set[str]:
    return {entry for kind, entry, _ in findings(*lines) if kind == "red_flag"}


def check(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [SCRIPT, "check", *args], input=stdin, capture_output=True, text=True, timeout=60
    )


class TestSeed:
    def test_every_seed_benefit_at_its_heading(self) -> None:
        found = set(findings(*SEED.read_text(encoding="utf-8").splitlines()))
        for benefit, line in SEED_BENEFIT_LINES.items():
            assert ("benefit", benefit, line) in found

    def test_every_seed_condition_at_its_line(self) -> None:
        found = set(findings(*SEED.read_text(encoding="utf-8").splitlines()))
        for condition, line in SEED_CONDITION_LINES.items():
            assert ("condition", condition, line) in found

    def test_summary_and_questions(self) -> None:
        result = check(str(SEED), "-f", "json")
        data = json.loads(result.stdout)
        # The seed praises the therapy but never speaks as the one offering it (no "we
        # offer", no "call us", no pressure to book): a page, not an advert.
        assert data["verdict"].startswith("This page makes 6 claims the evidence does not")
        assert data["counts"]["conditions"] == 7
        assert data["questions"]
        assert {f["kind"] for f in data["findings"]} == {"benefit", "condition", "red_flag"}
        assert result.returncode == 1  # the seed talks of a "paradigm shift"

    def test_the_seed_asks_no_two_questions_on_one_topic(self) -> None:
        """Issue 14, item 4: five questions without near-duplicates in meaning. The seed
        names tendon injuries and rotator cuff tears, whose first questions both ask
        whether a surgeon has said the tear needs repair first, in words too different
        for `alike`: the shared `topic:` in data asks it once, in the first one's words."""
        from stemcell_cli.core.model import topic_of

        report = build_report(CATALOG, AdText("seed", SEED.read_text().splitlines(), []), MATCHER)
        asked = [a.question for a in report.questions]
        assert len(asked) == 5
        by_text = {
            q: topic_of(q)
            for c in report.entries("condition")
            for q in CATALOG.conditions[c].questions
        }
        # benefitq1: the seed's claims take two of the places.
        by_text |= {
            q: topic_of(q) for b in report.made("benefit") for q in CATALOG.benefits[b].questions
        }
        topics = [by_text[q] for q in asked if by_text[q]]
        assert len(topics) == len(set(topics)), topics
        repair = [q for q in asked if by_text[q] == "repair-first"]
        assert repair == [CATALOG.conditions["tendon-and-ligament-injuries"].questions[0]]

    def test_a_page_naming_two_conditions_asks_once_which_trials_show_it_works(self) -> None:
        """review2: a knee page naming the patellar tendon asked both "What published
        randomized trials show this works for my joint?" and "Which controlled trials
        show this does more for my tendon or ligament ...?": one question twice, in words
        too different for `alike`. The conditions' trial questions share a topic."""
        import re

        line = "We treat knee problems and problems of the patellar tendon."
        report = build_report(CATALOG, AdText("knee", [line], []), MATCHER)
        assert len(report.entries("condition")) == 2
        asked = [a.question for a in report.questions]
        trials = [q for q in asked if re.search(r"\btrials\b.*\bshow\b", q)]
        assert len(trials) == 1, asked

    def test_the_many_conditions_list_names_each_condition_in_full(self) -> None:
        """review2: the seed's warning sign listed "degenerative disc, ..., Rheumatoid,
        ..., Rotator cuff": the words the matcher needed, cut short, where the section
        "Conditions named" shows "Rheumatoid arthritis" and "Rotator cuff tears". Each
        name is run on to its clause's end, as every quote is."""
        lines = [
            "Stem cells for arthritis, tendinitis, and degenerative disc disease.",
            "Rheumatoid arthritis.",
            "Rotator cuff tears.",
            "Chronic back and neck pain.",
            "Hip and knee pain.",
        ]
        report = build_report(CATALOG, AdText("many", lines, []), MATCHER)
        flag = report.entries("red_flag")["many-conditions"]
        assert flag.match.text.split(", ") == [
            "tendinitis",
            "degenerative disc disease",
            "Rheumatoid arthritis",
            "Rotator cuff tears",
            "Chronic back and neck pain",
            "Hip and knee pain",
        ]

    @pytest.mark.parametrize("condition", sorted(SEED_CONDITION_LINES))
    def test_a_page_naming_one_condition_gets_its_first_five_questions(
        self, condition: str
    ) -> None:
        """Topics only part questions of different conditions: one condition's own five
        are all asked, in its order."""
        entry = CATALOG.conditions[condition]
        report = build_report(CATALOG, AdText("one", [entry.name + "."], []), MATCHER)
        assert list(report.entries("condition")) == [condition]
        assert [a.question for a in report.questions] == list(entry.questions[:5])


class TestGeneralQuestions:
    """generalq1: the questions are the one part of the report a patient takes to the
    clinic, and they came only from the conditions a page names. A page offering to heal
    "damaged joints" names none of ours and got no question at all. The MSC topic's
    general questions (data/topics.yaml) make up the five, after the conditions' own."""

    NO_CONDITION = "Our stem cell injections heal damaged joints. Book now."
    #: benefitq1: a page that names no condition and makes no claim.
    NOTHING_NAMED = "Stem cell injections at our clinic. Book now."

    def general(self) -> list[str]:
        return [str(q) for q in CATALOG.topics["msc"].questions]

    def test_a_page_naming_nothing_gets_the_general_questions(self) -> None:
        report = build_report(CATALOG, AdText("ad", [self.NOTHING_NAMED], []), MATCHER)
        assert report.entries("condition") == {} and report.made("benefit") == {}
        assert [a.question for a in report.questions] == self.general()[:5]
        assert len(report.questions) >= 4

    def test_a_page_naming_no_condition_gets_its_claims_then_the_general_questions(
        self,
    ) -> None:
        """benefitq1: healing damaged joints is the regeneration claim: its first
        question, then the general ones fill the five."""
        report = build_report(CATALOG, AdText("ad", [self.NO_CONDITION], []), MATCHER)
        assert report.entries("condition") == {}
        assert list(report.made("benefit")) == ["tissue-regeneration"]
        regeneration = CATALOG.benefits["tissue-regeneration"]
        assert [a.question for a in report.questions] == [
            regeneration.questions[0],
            *self.general()[:4],
        ]
        assert [a.benefit for a in report.questions] == [regeneration.name, "", "", "", ""]

    def test_a_page_naming_one_condition_asks_its_own_first_then_general_ones(self) -> None:
        """A condition with two questions (as in users' data): its two come first, then
        the general ones whose topics it has not asked (both ask about trials)."""
        from types import SimpleNamespace

        from stemcell_cli.check.report import _questions
        from stemcell_cli.core.model import topic_of

        oa = CATALOG.conditions["osteoarthritis"]
        few = oa._replace(questions=oa.questions[:2])
        catalog = SimpleNamespace(
            conditions={**CATALOG.conditions, "osteoarthritis": few}, topics=CATALOG.topics
        )
        report = build_report(CATALOG, AdText("ad", ["Osteoarthritis."], []), MATCHER)
        assert list(report.entries("condition")) == ["osteoarthritis"]
        asked = _questions(catalog, report)  # type: ignore[arg-type]
        own = {topic_of(q) for q in few.questions}
        rest = [q for q in CATALOG.topics["msc"].questions if topic_of(q) not in own]
        assert [a.question for a in asked] == [*few.questions, *rest][:5]
        assert [a.condition for a in asked] == [oa.name, oa.name, "", "", ""]

    @pytest.mark.parametrize("condition", sorted(SEED_CONDITION_LINES))
    def test_no_topic_is_asked_twice(self, condition: str) -> None:
        from types import SimpleNamespace

        from stemcell_cli.check.report import _questions
        from stemcell_cli.core.model import topic_of

        entry = CATALOG.conditions[condition]
        by_text = {str(q): topic_of(q) for q in CATALOG.topics["msc"].questions}
        by_text |= {str(q): topic_of(q) for q in entry.questions}
        for keep in range(len(entry.questions) + 1):
            catalog = SimpleNamespace(
                conditions={condition: entry._replace(questions=entry.questions[:keep])},
                topics=CATALOG.topics,
            )
            report = build_report(CATALOG, AdText("ad", [entry.name + "."], []), MATCHER)
            asked = [a.question for a in _questions(catalog, report)]  # type: ignore[arg-type]
            topics = [by_text[q] for q in asked if by_text[q]]
            assert len(topics) == len(set(topics)), (keep, asked)
            assert len(asked) == 5

    def test_the_json_questions_too(self) -> None:
        """Each says whose it is: a claim's names its benefit (benefitq1), a general one
        neither a condition nor a benefit."""
        result = check("-", "-f", "json", stdin=self.NO_CONDITION + "\n")
        data = json.loads(result.stdout)
        regeneration = CATALOG.benefits["tissue-regeneration"]
        claim = {"condition": None, "benefit": regeneration.name}
        assert data["questions"] == [
            {**claim, "question": regeneration.questions[0]},
            *({"condition": None, "benefit": None, "question": q} for q in self.general()[:4]),
        ]

    def test_the_page_shows_them(self) -> None:
        result = check("-", stdin=self.NO_CONDITION + "\n")
        assert "Questions to ask this clinic" in result.stdout
        assert self.general()[1] in result.stdout


class TestClaimQuestions:
    """benefitq1: a page's claims carry questions too (`data/benefits.yaml`), and they
    may take places among the five (`report._questions`): the rule keeps CLAIM_PLACES
    for the first claims the page makes, the first three for the conditions it names,
    and still asks each topic once."""

    ROTATOR_CUFF = (
        "Stem cells for rotator cuff tears. Avoid surgery with our injections. "
        "Our treatment is tailored to you."
    )

    def test_a_page_naming_one_condition_asks_its_first_three_then_two_claims(self) -> None:
        from stemcell_cli.check.report import CLAIM_PLACES, MAX_QUESTIONS

        report = build_report(CATALOG, AdText("ad", [self.ROTATOR_CUFF], []), MATCHER)
        assert list(report.entries("condition")) == ["rotator-cuff-tears"]
        assert list(report.made("benefit")) == ["avoid-surgery", "personalized-treatment"]
        cuff = CATALOG.conditions["rotator-cuff-tears"]
        surgery = CATALOG.benefits["avoid-surgery"]
        tailored = CATALOG.benefits["personalized-treatment"]
        assert CLAIM_PLACES == 2 and MAX_QUESTIONS == 5
        assert [(a.condition, a.benefit, a.question) for a in report.questions] == [
            *((cuff.name, "", q) for q in cuff.questions[:3]),
            ("", surgery.name, surgery.questions[0]),
            ("", tailored.name, tailored.questions[0]),
        ]

    def test_a_page_making_one_claim_keeps_one_place_for_it(self) -> None:
        line = "Stem cells for rotator cuff tears. Our treatment is tailored to you."
        report = build_report(CATALOG, AdText("ad", [line], []), MATCHER)
        cuff = CATALOG.conditions["rotator-cuff-tears"]
        tailored = CATALOG.benefits["personalized-treatment"]
        assert [a.question for a in report.questions] == [
            *cuff.questions[:4],
            tailored.questions[0],
        ]

    def test_the_seed_asks_about_two_of_its_six_claims(self) -> None:
        """Seven conditions named and six claims made: three conditions' first
        questions, then the first question of the first two claims the seed makes."""
        report = build_report(CATALOG, AdText("seed", SEED.read_text().splitlines(), []), MATCHER)
        claims = list(report.made("benefit"))
        assert len(claims) == 6
        assert [a.benefit for a in report.questions] == [
            "",
            "",
            "",
            CATALOG.benefits[claims[0]].name,
            CATALOG.benefits[claims[1]].name,
        ]

    def test_a_page_read_as_a_warning_gets_no_claims_questions(self) -> None:
        """Its claims are ones it discusses, not the clinic's (`Report.made`)."""
        report = build_report(CATALOG, AdText("ad", [self.ROTATOR_CUFF], []), MATCHER)
        warning = report._replace(warning=True)
        from stemcell_cli.check.report import _questions

        asked = _questions(CATALOG, warning)
        cuff = CATALOG.conditions["rotator-cuff-tears"]
        assert [a.question for a in asked] == list(cuff.questions[:5])
        assert not any(a.benefit for a in asked)

    def test_a_claims_question_on_a_topic_already_asked_gives_way_to_its_next(self) -> None:
        """A claim that asks what a condition already asked (here what is injected)
        gives its place to its next question, never to a second one of that topic."""
        from types import SimpleNamespace

        from stemcell_cli.check.report import _questions
        from stemcell_cli.core.model import Question

        condition = SimpleNamespace(
            name="A",
            questions=[
                Question("Is it part of a trial?", "registered-trial"),
                Question("Which trials show it works?", "trial-evidence"),
                Question("Exactly what goes into the needle?", "what-is-injected"),
                Question("Who pays for the scans?", "cost"),
            ],
        )
        claim = SimpleNamespace(
            name="B",
            questions=[
                Question("Are the cells grown in a lab?", "what-is-injected"),
                Question("How long does any new tissue last?", "lasting-results"),
            ],
        )
        catalog: Any = SimpleNamespace(
            conditions={"a": condition}, benefits={"b": claim}, topics={}
        )
        found: Any = SimpleNamespace(
            entries=lambda kind: {"a": None}, made=lambda kind: {"b": None}
        )
        assert [(a.condition, a.benefit, a.question) for a in _questions(catalog, found)] == [
            ("A", "", "Is it part of a trial?"),
            ("A", "", "Which trials show it works?"),
            ("A", "", "Exactly what goes into the needle?"),
            ("A", "", "Who pays for the scans?"),
            ("", "B", "How long does any new tissue last?"),
        ]

    @pytest.mark.parametrize("benefit", sorted(CATALOG.benefits))
    @pytest.mark.parametrize("condition", sorted(SEED_CONDITION_LINES))
    def test_each_claim_with_each_condition_asks_five_and_no_topic_twice(
        self, condition: str, benefit: str
    ) -> None:
        from types import SimpleNamespace

        from stemcell_cli.check.report import _questions, alike
        from stemcell_cli.core.model import topic_of

        found: Any = SimpleNamespace(
            entries=lambda kind: {condition: None}, made=lambda kind: {benefit: None}
        )
        asked = _questions(CATALOG, found)
        assert len(asked) == 5
        assert sum(1 for a in asked if a.benefit) >= 1
        sources = (CATALOG.conditions[condition], CATALOG.benefits[benefit])
        by_text = {str(q): topic_of(q) for source in sources for q in source.questions}
        topics = [by_text[a.question] for a in asked if by_text[a.question]]
        assert len(topics) == len(set(topics)), asked
        for n, a in enumerate(asked):
            assert not any(alike(a.question, b.question) for b in asked[n + 1 :])

    def test_the_page_shows_a_claims_question(self) -> None:
        result = check("-", stdin=self.ROTATOR_CUFF + "\n")
        question = CATALOG.benefits["avoid-surgery"].questions[0]
        assert question in " ".join(result.stdout.split())


class TestMatching:
    def test_case_plural_and_word_order(self) -> None:
        assert ("benefit", "reduced-inflammation", 1) in findings("INFLAMMATION is reduced.")
        assert ("condition", "rotator-cuff-tears", 1) in findings("Rotator cuff tear repair.")

    def test_words_must_share_a_sentence(self) -> None:
        assert not any(
            entry == "reduced-inflammation" for _, entry, _ in findings("Inflammation. Reduce it.")
        )

    def test_a_negated_red_flag_is_not_a_red_flag(self) -> None:
        assert red_flags("We do not claim to cure anyone.") == set()
        assert red_flags("This treatment can cure you.") == {"cure-claim"}

    def test_a_negative_phrase_is_still_a_red_flag(self) -> None:
        assert "no-risk-claim" in red_flags("There are no side effects.")
        assert "no-risk-claim" not in red_flags("We never say there are no side effects.")

    # One test per red flag and per benefit, each trying every phrase of its entry and
    # naming every phrase not found (one test per phrase, 750 tests, before ci2: each
    # cost pytest-xdist more than the phrase's check).

    @pytest.mark.parametrize("flag", sorted(CATALOG.red_flags))
    def test_every_red_flag_phrase_is_found(self, flag: str) -> None:
        missed = []
        for phrase in CATALOG.red_flags[flag].phrases:
            # a share of patients is a success rate only with how they fared, and a rate
            # named only with a figure (`check/rules/success_rates.py`)
            fared = " who improved" if flag in FARED else ""
            if flag in FARED and RATED.intersection(example(phrase).casefold().split()):
                fared += " in 9 clinics"
            # a share of the group named before it needs the group: "12 patients, and 11 of
            # them"
            named = "12 patients, and " if example(phrase).casefold().split()[-1] in REFERS else ""
            wording = example(phrase)
            # an approval followed by the agency counts only with the agency in brackets
            # ("every approval needed (FDA, CE)": `regulations_told.Rules.unbracketed`)
            if flag == "fda-status-claim" and BRACKETED.search(phrase):
                wording = wording.removesuffix(" FDA") + " (FDA, CE)"
            if flag not in red_flags(f"Our clinic: {named}{wording}{fared} for you"):
                missed.append(phrase)
        assert not missed, missed

    @pytest.mark.parametrize("benefit", sorted(CATALOG.benefits))
    def test_every_benefit_phrase_is_found(self, benefit: str) -> None:
        missed = []
        for phrase in CATALOG.benefits[benefit].phrases:
            found = {entry for _, entry, _ in findings(f"Our clinic: {example(phrase)} for you")}
            if benefit not in found:
                missed.append(phrase)
        assert not missed, missed


class TestInput:
    def test_stdin(self) -> None:
        result = check("-", "-f", "json", stdin="A miracle for knee pain.\n")
        data = json.loads(result.stdout)
        assert result.returncode == 1
        assert data["source"] == "stdin"
        assert {(f["id"], f["line"]) for f in data["findings"]} >= {
            ("miracle-language", 1),
            ("hip-and-knee-pain", 1),
        }

    def test_html_is_reduced_to_text_on_its_lines(self, tmp_path: Path) -> None:
        page = tmp_path / "clinic.html"
        page.write_text(
            "<!doctype html>\n<html><head><script>var cure = 1;</script>\n"
            "<style>p { color: red }</style></head>\n"
            "<body><h1>Our &amp; your clinic</h1>\n<p>Stem cells <b>reduce</b>\n"
            "inflammation.</p><p>A miracle!</p>\n</body></html>\n",
            encoding="utf-8",
        )
        result = check(str(page), "-f", "json")
        data = json.loads(result.stdout)
        found = {(f["id"], f["line"]) for f in data["findings"]}
        assert ("miracle-language", 6) in found
        assert "cure-claim" not in {f["id"] for f in data["findings"]}

    def test_clean_text_exits_0(self, tmp_path: Path) -> None:
        text = tmp_path / "ad.txt"
        text.write_text("Physiotherapy helps knee pain.\n", encoding="utf-8")
        result = check(str(text))
        assert result.returncode == 0, result.stderr
        assert "# Check of" in result.stdout

    def test_report_always_carries_a_review_date(self) -> None:
        result = check("-", "--no-fail", "-f", "text", stdin="Guaranteed results.\n")
        assert "Note: Reviewed 20" in result.stdout

    def test_no_fail(self) -> None:
        assert check("-", "--no-fail", stdin="Guaranteed results.\n").returncode == 0

    def test_non_utf8_is_replaced_with_a_warning(self, tmp_path: Path) -> None:
        text = tmp_path / "latin1.txt"
        text.write_bytes("Caf\xe9 therapy cures pain.\n".encode("latin-1"))
        result = check(str(text), "-f", "json")
        assert result.returncode == 1
        assert "not valid UTF-8" in result.stderr
        assert "cure-claim" in {f["id"] for f in json.loads(result.stdout)["findings"]}

    @pytest.mark.parametrize("case", ["missing", "directory", "binary", "empty"])
    def test_unreadable_input_exits_3(self, tmp_path: Path, case: str) -> None:
        target = tmp_path / "input"
        if case == "directory":
            target.mkdir()
        elif case == "binary":
            target.write_bytes(b"\x7fELF\x00\x00\x01")
        elif case == "empty":
            target.write_text("  \n", encoding="utf-8")
        result = check(str(target))
        assert result.returncode == 3
        assert str(target) in result.stderr
        assert result.stderr.count("\n") == 1
        assert "Traceback" not in result.stderr

    def test_size_limit(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(adtext, "MAX_BYTES", 10)
        big = tmp_path / "big.txt"
        big.write_text("x" * 11, encoding="utf-8")
        result = CliRunner().invoke(app, ["check", str(big)])
        assert result.exit_code == 3
        assert "limit" in result.output


@pytest.mark.parametrize("fmt", ["rich", "markdown", "text", "json"])
def test_every_format(fmt: str) -> None:
    result = CliRunner().invoke(app, ["check", str(SEED), "-f", fmt, "--no-fail"])
    assert result.exit_code == 0, result.output
    assert "paradigm shift" in result.stdout
    assert "not medical advice" in result.stdout
    if fmt == "json":
        json.loads(result.stdout)


def quotes(*lines: str) -> dict[str, str]:
    """The quote the report shows for each entry found first in `lines`."""
    report = build_report(CATALOG, AdText("test", list(lines), []), MATCHER)
    return {f.match.entry_id: f.match.text for f in reversed(report.findings)}


class TestQuoteShowsTheClaim:
    """A quote that stops short of its clause ("reduce recovery", "reduced risk") does
    not show the reader what was claimed: it runs on to the clause's end, a few words
    at most (review1)."""

    def test_a_quote_cut_short_runs_to_its_clause_end(self) -> None:
        found = quotes(
            "Stem cell injections are a less invasive alternative. This can reduce"
            " recovery time, risk of complications, and overall healthcare costs."
        )
        assert found["fewer-side-effects"] == "reduce recovery time, risk of complications"

    def test_a_quote_ending_its_clause_stays_as_it_is(self) -> None:
        found = quotes("Our stem cell injections modulates inflammation, and may help you.")
        assert found["reduced-inflammation"] == "modulates inflammation"

    def test_a_long_clause_is_not_run_on_into_a_new_fragment(self) -> None:
        line = (
            "UC-MSCs have a reduced risk of immune rejection by the patient's own immune"
            " system in almost every single case we have treated"
        )
        found = quotes(line)
        assert all(line.find(text) >= 0 for text in found.values())
        assert all(not text.endswith(("by", "the", "own")) for text in found.values())

    def test_a_quote_does_not_end_on_a_joining_word(self) -> None:
        found = quotes(
            "Stem cells release anti-inflammatory cytokines, reducing inflammation and,"
            " consequently, pain."
        )
        assert found["reduced-inflammation"] == "anti-inflammatory cytokines"


#: A heading (or a list item written without a bullet) over the next line, in one block
#: of plain text: each made-up text here joined the two into one quote before quote1
#: ("Healing Mesenchymal stem cells").
HEADED = {
    "a heading over its paragraph": (
        "Healing",
        "Mesenchymal stem cells repair damaged cartilage in your knee.",
    ),
    "a heading in Title Case": (
        "Natural Healing",
        "Tissue damaged by osteoarthritis can be treated with your own cells.",
    ),
    "a list without bullets under its lead-in": (
        "What our patients get:",
        "Healing",
        "Cartilage that grows back",
        "Less knee pain within weeks",
    ),
    "a heading after a paragraph, with no blank line": (
        "We treat knees.",
        "Our stem cell therapy",
        "Regrows cartilage and ends knee pain for good.",
    ),
}


class TestAQuoteNeverJoinsAHeadingToTheNextLine:
    """A heading is its own short line with no end punctuation: its sentence ends with
    the line, so no match, and no quote, joins it to the line after it, which a patient
    would read as one phrase of the advert's ("Healing Mesenchymal stem cells"; quote1,
    `sentences.heading_breaks`). Each quote is the advert's words at its line and column."""

    @pytest.mark.parametrize("lines", HEADED.values(), ids=HEADED.keys())
    def test_each_quote_stands_on_one_line_at_its_place(self, lines: tuple[str, ...]) -> None:
        report = build_report(CATALOG, AdText("test", list(lines), []), MATCHER)
        assert report.findings
        for finding in report.findings:
            match = finding.match
            assert lines[match.line - 1][match.column - 1 :].startswith(match.text), match

    def test_the_paragraph_under_a_heading_keeps_its_finding(self) -> None:
        lines = HEADED["a heading over its paragraph"]
        found = quotes(*lines)
        assert "Healing" not in found["tissue-regeneration"]
        assert found["tissue-regeneration"] in lines[1]
        assert ("benefit", "tissue-regeneration", 2) in findings(*lines)

    def test_a_wrapped_line_is_no_heading(self) -> None:
        # A sentence wrapped before a capital ("Rotator / Cuff") runs on: a heading's line
        # leaves room for the next line's first word, a wrapped line none.
        text = (
            "We treat knee and hip pain. Our injections also help people with a torn Rotator"
            " Cuff, and with other lasting conditions of the joints."
        )
        lines = textwrap.wrap(text, 79)
        assert lines[0].endswith("Rotator") and lines[1].startswith("Cuff")
        assert quotes(*lines)["rotator-cuff-tears"] == "torn Rotator Cuff"

    def test_a_headings_rate_still_takes_the_figure_of_the_line_after_it(self) -> None:
        # Split from its paragraph, a heading's rate with no figure waits for the next
        # sentence, as a heading block's does (`_Awaiting`): the finding stays.
        lines = ("Success Rate", "Most patients improve, 9 out of 10 in our records.")
        assert ("red_flag", "high-success-rate", 1) in findings(*lines)
        assert ("red_flag", "high-success-rate", 1) not in findings(
            "Success Rate", "Most patients come to us from abroad."
        )

    def test_the_installed_command_quotes_the_paragraph_alone(self) -> None:
        heading, line = HEADED["a heading over its paragraph"]
        result = check("-", "-f", "json", stdin=f"{heading}\n{line}\n")
        data = json.loads(result.stdout)
        found = {f["id"]: f for f in data["findings"]}
        regrowth = found["tissue-regeneration"]
        assert "Healing" not in regrowth["text"]
        assert regrowth["line"] == 2
        assert line[regrowth["column"] - 1 :].startswith(regrowth["text"])


def seed_report_order() -> tuple[list[str], dict[str, list[str]]]:
    """The seed's references in order of first citation down the page (warning signs,
    claims, conditions), and each shown finding's name -> its references."""
    report = build_report(CATALOG, adtext.read_text(str(SEED)), MATCHER)
    order: list[str] = []
    cited: dict[str, list[str]] = {}
    for kind in ("red_flag", "benefit", "condition"):
        for finding in report.entries(kind).values():
            cited[finding.name] = list(finding.references)
            order += [ref for ref in finding.references if ref not in order]
    return order, cited


def seed_page(fmt: str, *options: str) -> str:
    result = CliRunner().invoke(app, [*options, "check", str(SEED), "-f", fmt, "--no-fail"])
    assert result.exit_code == 0, result.output
    return result.stdout


class TestReportCitesNumberedSources:
    """A patient cannot look up "fda-2021-regenerative-consumer": each finding cites its
    sources by number ("Sources: [1], [2]") and the report ends with one numbered list of
    the references cited, each once, in order of first citation, each line as `explain`
    renders it, its id kept for `stemcell sources ID` (report2)."""

    def test_each_finding_cites_the_numbers_of_its_references(self) -> None:
        order, cited = seed_report_order()
        lines = seed_page("text").splitlines()
        for name, refs in cited.items():
            item = next(
                line
                for line in lines
                if line.startswith(f"  * {name}:") or f"\u2192 {name} (" in line
            )
            # smallest first (patient12: "[3], [2], [4]" read as a slip)
            numbers = ", ".join(f"[{n}]" for n in sorted(order.index(r) + 1 for r in refs))
            assert item.endswith(f" Sources: {numbers}"), item

    def test_the_list_gives_each_reference_once_in_order_of_first_citation(self) -> None:
        order, _ = seed_report_order()
        page = seed_page("text")
        listed = page.split("\nSources\n-------\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
        assert [line.split(". ", 1)[0].strip() for line in listed] == [
            str(n) for n in range(1, len(order) + 1)
        ]
        assert [line.rsplit(" [", 1)[1].rstrip("]") for line in listed] == order

    def test_each_reference_is_explains_in_short(self) -> None:
        """The report's list is short (report3): the first author "et al.", the year, the
        title, the journal, the link and the id; `explain` and `sources` keep the rest."""
        explained = CliRunner().invoke(app, ["explain", "osteoarthritis", "-f", "text"]).stdout
        ref = "[ma-2020-knee-oa-meta]"
        explain_line = next(line for line in explained.splitlines() if line.endswith(ref))
        check_line = next(line for line in seed_page("text").splitlines() if line.endswith(ref))
        entry = CATALOG.references["ma-2020-knee-oa-meta"]
        assert check_line.split(". ", 1)[1].startswith("Ma W et al. (2020). " + entry.title)
        assert f" {entry.link} {ref}" in check_line and f" {entry.link} {ref}" in explain_line
        assert len(check_line.split()) < len(explain_line.split())

    @pytest.mark.parametrize("fmt", ["rich", "markdown"])
    def test_rich_and_markdown_number_them_too(self, fmt: str) -> None:
        order, _ = seed_report_order()
        page = " ".join(seed_page(fmt).split())  # (rich wraps its lines)
        assert "Sources: fda-2021" not in page and "`fda-2021-regenerative-consumer," not in page
        assert "Sources: \\[1\\], \\[2\\]" in page or "Sources: [1], [2]" in page
        assert all(page.count(f"[{ref}]") == 1 for ref in order)
        assert page.index(f"[{order[0]}]") < page.index(f"[{order[-1]}]")

    def test_piped_output_has_the_numbered_list_and_no_ansi(self) -> None:
        order, _ = seed_report_order()
        result = check(str(SEED), "--no-fail")
        assert result.returncode == 0, result.stderr
        assert "\x1b" not in result.stdout
        assert "\n## Sources\n\n1. " in result.stdout
        assert f"`[{order[-1]}]`" in result.stdout.rsplit("## Sources", 1)[1]
        assert "Sources: \\[1\\], \\[2\\]" in result.stdout

    def test_json_keeps_ids_and_adds_the_sources_as_sources_gives_them(self) -> None:
        """Each source as `stemcell sources ID -f json` gives it, but for `cited_by` (the
        catalog's other entries that cite it, beside the point of one report and costly
        to find on a long page)."""
        order, _ = seed_report_order()
        data = json.loads(seed_page("json"))
        assert all(
            isinstance(ref, str) for finding in data["findings"] for ref in finding["references"]
        )
        assert [item["id"] for item in data["sources"]] == order
        alone = json.loads(CliRunner().invoke(app, ["sources", order[0], "-f", "json"]).stdout)[0]
        assert "cited_by" in alone["custom"]
        del alone["custom"]["cited_by"]
        assert data["sources"][0] == alone


class TestReportSaysWhatItsGradesMean:
    """ "(evidence: untested)" means nothing to a patient: the report says in plain words
    what each grade it shows means, and only those; the words are data
    (data/grades.yaml), so a user's data directory can change them (report2)."""

    @property
    def words(self) -> dict[str, str]:
        """Each grade's plain words, as the shipped data gives them."""
        return {grade.id: grade.plain for grade in CATALOG.of_kind("evidence_grade").values()}

    def test_every_grade_of_the_scale_has_its_plain_words(self) -> None:
        from stemcell_cli.core.grades import Grade

        assert set(self.words) == {grade.value for grade in Grade}

    @pytest.mark.parametrize("fmt", ["rich", "markdown", "text"])
    def test_the_grades_shown_and_only_those_are_explained(self, fmt: str) -> None:
        page = " ".join(seed_page(fmt).split())
        for grade in ("early", "untested", "not-supported"):
            assert " ".join(self.words[grade].split()) in page
        for grade in ("established", "promising", "preclinical"):
            assert " ".join(self.words[grade].split()) not in page

    def test_the_words_come_before_the_claims(self) -> None:
        page = seed_page("text")
        assert page.index(self.words["untested"]) < page.index("Claims and what the evidence")

    def test_a_report_without_grades_explains_none(self, tmp_path: Path) -> None:
        advert = tmp_path / "advert.txt"
        advert.write_text("A miracle breakthrough for everyone.\n", encoding="utf-8")
        result = CliRunner().invoke(app, ["check", str(advert), "-f", "json", "--no-fail"])
        data = json.loads(result.stdout)
        assert data["grades"] == {}
        text = CliRunner().invoke(app, ["check", str(advert), "-f", "text", "--no-fail"]).stdout
        assert not any(" ".join(words.split()) in text for words in self.words.values())

    def test_json_gives_the_grades_shown(self) -> None:
        data = json.loads(seed_page("json"))
        assert data["grades"] == {
            grade: self.words[grade] for grade in ("early", "untested", "not-supported")
        }

    def test_the_words_are_data_a_user_directory_can_change(self, user_dir) -> None:  # type: ignore[no-untyped-def]
        # (an entry of one's own replaces the shipped one whole: `meaning` as well)
        mine = user_dir(
            grades="grades:\n  - id: untested\n    meaning: not yet measured\n"
            "    plain: Nobody has looked yet.\n"
        )
        page = seed_page("text", "--data-dir", str(mine))
        assert "Nobody has looked yet." in page
        assert self.words["untested"] not in page
        assert self.words["early"] in page
