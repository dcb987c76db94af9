"""The matching rules of `stemcell check`, each at its boundaries, and the report's order."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cases import each_case
from tinycache import TinyCache, empty_lists, one_phrase

from stemcell_cli.check.matching.findings import Phrase
from stemcell_cli.check.matching.matcher import Matcher
from stemcell_cli.check.matching.wordings import lexicon_for, matcher_for
from stemcell_cli.check.page.source import AdText
from stemcell_cli.check.report import MAX_QUESTIONS, alike, build_report
from stemcell_cli.check.rules import negation
from stemcell_cli.check.view import check_view, verdict
from stemcell_cli.check.words import phrases
from stemcell_cli.check.words.stemmer import stem
from stemcell_cli.core.cache import open_catalog
from stemcell_cli.render import get_renderer

CATALOG = open_catalog()
MATCHER = matcher_for(CATALOG)
FILLER = ("one", "two", "three", "four", "five", "six")


def found(*lines: str) -> set[tuple[str, str]]:
    report = build_report(CATALOG, AdText("test", list(lines), []), MATCHER)
    return {(f.match.kind, f.match.entry_id) for f in report.findings}


def ids(*lines: str) -> set[str]:
    return {entry for _, entry in found(*lines)}


def one(phrase: str, *lines: str) -> set[str]:
    """Entries found by a matcher that knows only `phrase` (a red flag called `x`)."""
    only = Matcher([Phrase("red_flag", "x", phrase)], lexicon_for(CATALOG).groups)
    return {m.entry_id for m in only.scan(list(lines))}


class TestInflections:
    @pytest.mark.parametrize(
        "word", ["regenerate", "regenerates", "regenerating", "regeneration", "regenerated"]
    )
    def test_one_stem_for_every_form(self, word: str) -> None:
        """Inflections and -ation forms share a stem, without listing each."""
        assert stem(word) == stem("regenerate")

    @pytest.mark.parametrize(
        ("one", "other"),
        [("personalised", "personalized"), ("inflammation", "inflammatory"), ("cures", "cure")],
    )
    def test_spellings_and_endings_compare_alike(self, one: str, other: str) -> None:
        assert stem(one) == stem(other)

    def test_a_y_before_the_s_is_kept_in_the_stem(self) -> None:
        """ "delays" is "delay": our therapy delays the need for a knee replacement."""
        assert stem("delays") == stem("delay")
        assert "avoid-surgery" in ids("Our therapy delays the need for knee replacement.")

    @pytest.mark.parametrize(("one", "other"), [("curated", "cure"), ("slowly", "slow")])
    def test_short_or_adverb_forms_stay_apart(self, one: str, other: str) -> None:
        """A stem shorter than four letters keeps -ated; -ly is not removed."""
        assert stem(one) != stem(other)

    def test_an_inflected_advert_matches_the_base_phrase(self) -> None:
        assert "tissue-regeneration" in ids("Our cells are regenerating worn cartilage.")
        assert "reduced-inflammation" in ids("It reduces the inflammation in joints.")


class TestNearness:
    def test_up_to_four_words_between(self) -> None:
        """`...` lets up to phrases.GAP words come between, not one more."""
        gap = " ".join(FILLER[: phrases.GAP])
        assert one("cure ... pain", f"cure {gap} pain") == {"x"}
        too_far = " ".join(FILLER[: phrases.GAP + 1])
        assert one("cure ... pain", f"cure {too_far} pain") == set()

    def test_words_must_come_in_order(self) -> None:
        assert one("cure ... pain", "pain then cure") == set()

    def test_a_wider_gap_when_asked(self) -> None:
        """`...8` lets up to eight words come between."""
        assert one("cure ...8 pain", f"cure {' '.join(FILLER)} pain") == {"x"}
        assert one("cure ...8 pain", f"cure {' '.join(FILLER * 2)} pain") == set()

    def test_either_order_near_each_other(self) -> None:
        """`A ~ B`: either part first, up to phrases.NEAR words apart."""
        assert one("reverse ~ damage", "the damage to bone and cartilage can be reversed") == {"x"}
        assert one("reverse ~ damage", "we reverse the damage") == {"x"}
        far = " ".join(FILLER * 2)
        assert one("reverse ~ damage", f"damage {far} reversed") == set()

    def test_a_match_never_crosses_a_sentence(self) -> None:
        assert one("cure ... pain", "We cure. Pain is real.") == set()

    def test_a_paragraph_may_wrap_across_lines(self) -> None:
        assert one("cure ... pain", "we cure your", "knee pain") == {"x"}

    def test_a_blank_line_or_bullet_ends_a_block(self) -> None:
        assert one("cure ... pain", "we cure", "", "pain") == set()
        assert one("cure ... pain", "we cure", "- pain") == set()


class TestNegation:
    def test_a_negated_claim_is_not_a_claim(self) -> None:
        assert "cure-claim" not in ids("We do not claim to cure anyone.")
        assert "cure-claim" in ids("This treatment can cure you.")

    def test_the_window_is_four_words(self) -> None:
        """A negation governs the NEGATION_WINDOW words after it, not one more."""
        near = " ".join(FILLER[: negation.NEGATION_WINDOW - 1])
        assert one("cure", f"not {near} cure") == set()
        far = " ".join(FILLER[: negation.NEGATION_WINDOW])
        assert one("cure", f"not {far} cure") == {"x"}

    @pytest.mark.parametrize("word", ["don't", "doesn't", "can't", "won't", "isn't", "don\u2019t"])
    def test_contractions_in_nt_negate(self, word: str) -> None:
        assert one("cure", f"it {word} cure") == set()

    def test_a_comma_ends_the_reach_of_a_negation(self) -> None:
        """ "Don't wait, cure your knee pain today" is a cure claim."""
        assert "cure-claim" in ids("Don't wait, cure your knee pain today.")
        assert "urgency-pressure" in ids("Don't wait, cure your knee pain today.")

    def test_until_now_undoes_the_negation(self) -> None:
        text = "There was no way to reverse arthritis until now."
        assert {"cure-claim", "miracle-language"} <= ids(text)
        assert "cure-claim" not in ids("There is no way to reverse arthritis.")

    def test_a_negated_word_of_saying_governs_its_clause(self) -> None:
        assert "cure-claim" not in ids("There is no good evidence at present that cells cure MS.")
        assert "cure-claim" in ids("There is good evidence at present that cells cure MS.")

    def test_not_only_negates_nothing(self) -> None:
        assert "reduced-inflammation" in ids("It not only reduces inflammation but heals.")

    def test_a_negative_phrase_is_negated_only_from_before(self) -> None:
        assert "no-risk-claim" in ids("There are no side effects.")
        assert "no-risk-claim" not in ids("We never say there are no side effects.")

    def test_a_condition_is_negated_only_by_a_negated_offer(self) -> None:
        """ "No more knee pain" still names knee pain; "we do not treat" offers nothing."""
        assert ("condition", "hip-and-knee-pain") in found("No more knee pain.")
        assert ("condition", "osteoarthritis") in found("Osteoarthritis is not curable.")
        assert ("condition", "osteoarthritis") not in found("We do not treat osteoarthritis.")
        text = "At present we do not use stem cell therapy for any neck conditions."
        assert ("condition", "chronic-back-and-neck-pain") not in found(text)

    @pytest.mark.parametrize(
        "text",
        [
            "Early trials are testing whether the approach is useful and safe in people.",
            "Beware of clinics that promise stem cells cure arthritis.",
            "Some clinics claim that stem cells regrow cartilage.",
        ],
    )
    def test_a_question_warning_or_reported_claim_is_not_the_adverts_claim(self, text: str) -> None:
        assert not ids(text) & {"fewer-side-effects", "cure-claim", "tissue-regeneration"}

    def test_a_negated_approval_governs_its_clause(self) -> None:
        text = "The FDA has not approved any stem cell product as safe for knee pain."
        assert "fewer-side-effects" not in ids(text)


class TestOneListPerIdea:
    @pytest.mark.parametrize(
        "text", ["Without side effects.", "It is completely safe.", "Risk-free injections."]
    )
    def test_a_safety_absolute_is_both_the_flag_and_the_claim(self, text: str) -> None:
        assert {"no-risk-claim", "fewer-side-effects"} <= ids(text)

    def test_reversing_damage_is_a_cure_claim_and_a_regeneration_claim(self) -> None:
        assert {"cure-claim", "tissue-regeneration"} <= ids("Cells reverse the damage.")

    def test_own_cells(self) -> None:
        text = "A convenient and safe procedure using a person's own cells."
        assert {"own-cells-so-safe", "fewer-side-effects"} <= ids(text)

    def test_own_cells_without_safety_are_not_the_flag(self) -> None:
        """The flag is safety implied BY own cells: a mention alone does not raise it."""
        assert "own-cells-so-safe" not in ids("He spoke about his own stem cell treatment.")
        assert "own-cells-so-safe" in ids("Your own cells mean no risk of rejection.")


class TestFalseAlarms:
    def test_anti_inflammatory_drugs_are_no_claim(self) -> None:
        assert "reduced-inflammation" not in ids("Patients are prescribed anti-inflammatory drugs.")

    @pytest.mark.parametrize(
        "text",
        [
            "There are many treatments, from anti-inflammatory drugs to physiotherapy.",
            "NSAIDs reduce inflammation but upset the stomach.",
        ],
    )
    def test_a_claim_made_for_another_treatment_is_no_claim(self, text: str) -> None:
        assert "reduced-inflammation" not in ids(text)

    def test_the_same_claim_beside_another_treatment_still_counts(self) -> None:
        text = "Stem cells reduce inflammation better than anti-inflammatory drugs."
        assert "reduced-inflammation" in ids(text)

    def test_a_surgeons_repair_is_no_regeneration_claim(self) -> None:
        assert "tissue-regeneration" not in ids("The tendon was repaired surgically.")

    @pytest.mark.parametrize(
        "text",
        [
            "About 30% of adults over 60 have knee osteoarthritis.",
            "Surgery fails in up to 40% of cases.",
            "About 80% of partial tears get better with physical therapy.",
        ],
    )
    def test_a_percentage_that_is_no_success_rate(self, text: str) -> None:
        assert "high-success-rate" not in ids(text)

    def test_a_clinic_located_abroad_is_no_travel_offer(self) -> None:
        assert "medical-tourism" not in ids("Our institute in Kiev treats osteoarthrosis.")
        assert "medical-tourism" in ids("Patients fly to Kiev for treatment.")

    def test_a_sports_injury_is_not_named_as_a_tendon_injury(self) -> None:
        assert ("condition", "tendon-and-ligament-injuries") not in found("Sports injuries.")

    def test_a_high_risk_is_no_safety_claim(self) -> None:
        assert "fewer-side-effects" not in ids("There is a high risk of rejection.")

    def test_a_yes_no_question_makes_no_benefit_claim(self) -> None:
        assert "fewer-side-effects" not in ids("Is it safe?")
        assert "fewer-side-effects" in ids("It is safe.")


class TestInvisibleCharacters:
    @pytest.mark.parametrize("char", ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
    def test_an_invisible_character_never_hides_a_word(self, char: str) -> None:
        assert "cure-claim" in ids(f"It cu{char}res arthritis.")


class TestConditions:
    @each_case(
        ("text", "condition"),
        [
            ("ACL and PCL tears", "tendon-and-ligament-injuries"),
            ("ligaments like the ACL or the MCL", "tendon-and-ligament-injuries"),
            ("a torn supraspinatus", "rotator-cuff-tears"),
            ("pain in the low back, neck and hips", "chronic-back-and-neck-pain"),
            ("sciatica", "chronic-back-and-neck-pain"),
            ("herniated discs", "spinal-disc-injuries"),
            ("a bulging disc", "spinal-disc-injuries"),
            ("tennis elbow", "tendon-and-ligament-injuries"),
            ("injuries of tendons and ligaments", "tendon-and-ligament-injuries"),
            ("a degenerated disk", "spinal-disc-injuries"),
            ("osteoarthritic knees", "osteoarthritis"),
            ("arthritic knees", "osteoarthritis"),
            ("torn ACLs", "tendon-and-ligament-injuries"),
            ("sprained MCLs", "tendon-and-ligament-injuries"),
            ("patients with hip defects", "hip-and-knee-pain"),
        ],
    )
    def test_everyday_names(self, text: str, condition: str) -> None:
        assert ("condition", condition) in found(text)

    def test_acronyms_match_only_in_capitals(self) -> None:
        assert ("condition", "tendon-and-ligament-injuries") not in found("an acl")
        assert ("condition", "tendon-and-ligament-injuries") not in found("the acls")

    def test_a_plural_s_is_the_only_ending_an_acronym_takes(self) -> None:
        assert ("condition", "tendon-and-ligament-injuries") not in found("ACLx tears")

    def test_the_longer_name_wins(self) -> None:
        assert ("condition", "osteoarthritis") not in found("rheumatoid arthritis")


class TestManyConditions:
    def test_three_body_systems_are_many(self) -> None:
        text = "One injection for knee pain, Parkinson's disease and heart failure."
        assert "many-conditions" in ids(text)

    def test_one_body_system_is_not(self) -> None:
        text = "We treat knee pain, back pain, tennis elbow and rotator cuff tears."
        assert "many-conditions" not in ids(text)

    def test_diseases_named_as_not_treated_do_not_count(self) -> None:
        text = "There is no evidence that it helps Parkinson's, stroke or heart failure."
        assert "many-conditions" not in ids("Knee pain.", text)

    def test_six_distinct_conditions_are_many(self) -> None:
        """The issue's example: one knee product that also treats five other problems."""
        text = (
            "Knee pain? We also treat rotator cuff tears, herniated discs, sciatica, "
            "tennis elbow and rheumatoid arthritis."
        )
        assert "many-conditions" in ids(text)

    def test_general_words_add_a_body_system_not_a_condition(self) -> None:
        """ "Arthritis" beside osteoarthritis is no sixth condition; beside a brain and a
        skin trouble it is the third body system."""
        text = (
            "Arthritis takes many forms: osteoarthritis, rheumatoid arthritis, gout, "
            "fibromyalgia and psoriatic arthritis."
        )
        assert "many-conditions" not in ids(text)
        assert "many-conditions" in ids("From arthritis to autism to anti-aging, cells help.")

    def test_virtually_unlimited(self) -> None:
        assert "many-conditions" in ids("Stem cells are virtually unlimited in treating diseases.")


class TestNewRedFlags:
    @pytest.mark.parametrize(
        ("text", "flag"),
        [
            ("Results in days. Return to activity in weeks.", "promised-results"),
            ("The efficacy rate was 68%.", "high-success-rate"),
            ("Only 5 spots left this month.", "urgency-pressure"),
            ("Flights, hotel and airport transfers included.", "medical-tourism"),
            ("Our FDA-registered lab.", "fda-status-claim"),
            ("Watch our patient testimonials.", "testimonials-as-evidence"),
            ("A 95 percent success rate.", "high-success-rate"),
            ("Eight out of ten patients walk without pain.", "high-success-rate"),
            ("Monthly payment options through CareCredit.", "pay-up-front"),
            ("Rated 4.9 stars by our patients on Google.", "testimonials-as-evidence"),
            ("You will see results after just one injection.", "promised-results"),
            ("Regulated by the FDA as a 361 HCT/P.", "fda-status-claim"),
        ],
    )
    def test_flagged(self, text: str, flag: str) -> None:
        assert flag in ids(text)

    def test_claims_the_issue_found_missed(self) -> None:
        assert "personalized-treatment" in ids("A comprehensive, individualized plan.")
        assert "avoid-surgery" in ids("Avoid disc replacement.")
        assert "avoid-surgery" in ids("Consider switching to minimally invasive stem cell therapy.")
        assert "fewer-side-effects" in ids("Highly effective and extremely safe.")
        assert "fewer-side-effects" in ids("It is less risky than surgery.")


SAMPLE = (
    "Our revolutionary stem cell injections regenerate cartilage and reduce inflammation, "
    "with no side effects.",
    "Only 3 spots left: book now! We treat knee pain, osteoarthritis and back pain.",
)


class TestReport:
    def report_text(self) -> str:
        report = build_report(CATALOG, AdText("ad.txt", list(SAMPLE), []), MATCHER)
        return get_renderer("text").render(check_view(report, CATALOG))

    def test_the_verdict_comes_first_in_words(self) -> None:
        report = build_report(CATALOG, AdText("ad.txt", list(SAMPLE), []), MATCHER)
        sentence = verdict(report)
        assert re.fullmatch(
            r"This advert makes \d+ claims? the evidence does not support.* and shows \d+ "
            r"warning signs?\.",
            sentence,
        )
        lines = self.report_text().splitlines()
        assert lines[3] == sentence

    def test_warning_signs_then_claims_then_conditions_then_questions(self) -> None:
        text = self.report_text()
        order = [
            text.index("Warning signs"),
            text.index("Claims and what the evidence says"),
            text.index("Conditions named"),
            text.index("Questions to ask this clinic"),
        ]
        assert order == sorted(order)

    def test_no_grade_tallies_and_no_space_before_a_full_stop(self) -> None:
        text = self.report_text()
        assert "0 established" not in text and "not-supported," not in text
        assert " ." not in text

    def test_a_claims_grade_reads_as_the_evidence_not_as_part_of_its_name(self) -> None:
        """ "→ Fewer side effects not-supported." read as one name; the grade is said to
        be the evidence's (review1), in words (report3: "early studies only")."""
        report = build_report(CATALOG, AdText("ad.txt", list(SAMPLE), []), MATCHER)
        text = " ".join(self.report_text().split())
        graded = [f for f in report.findings if f.grade is not None]
        assert graded
        for finding in graded:
            assert finding.grade is not None
            named = CATALOG.evidence_grades[finding.grade.value].named
            assert f"{finding.name} (evidence: {named})." in text
            assert f"{finding.name} {finding.grade.value}" not in text
            assert f"{finding.name} {named}" not in text

    def test_the_many_conditions_list_is_not_shown_as_a_quote(self) -> None:
        """The conditions counted come from many lines; in quotation marks at the first
        one's place they read as one sentence of the page (review1)."""
        lines = ["We treat knee pain.", "Also Parkinson's disease.", "And heart failure."]
        report = build_report(CATALOG, AdText("ad.txt", lines, []), MATCHER)
        text = " ".join(get_renderer("text").render(check_view(report, CATALOG)).split())
        listed = report.entries("red_flag")["many-conditions"].match.text
        assert f"\u201c{listed}\u201d" not in text
        assert f"names {listed} (from line 1, column " in text

    def test_at_most_five_questions_without_near_duplicates(self) -> None:
        every = (
            "Knee pain, osteoarthritis, RA, back pain, herniated disc, tennis elbow, rotator cuff."
        )
        report = build_report(CATALOG, AdText("ad", [every], []), MATCHER)
        questions = [a.question for a in report.questions]
        assert 0 < len(questions) <= MAX_QUESTIONS
        for index, question in enumerate(questions):
            assert not any(alike(question, other) for other in questions[index + 1 :])

    def test_near_duplicate_questions_are_alike(self) -> None:
        assert alike(
            "Is this treatment part of a registered clinical trial?",
            "Is the treatment part of a registered trial?",
        )
        assert not alike("How much will it cost?", "Who will do the injection?")

    def test_nothing_found_says_so(self) -> None:
        """And calls the text a page, not an advert (patient5: a careful page the word
        model did not read as a warning often finds nothing)."""
        report = build_report(CATALOG, AdText("ad", ["Physiotherapy helps."], []), MATCHER)
        assert verdict(report) == (
            "This page makes none of the benefit claims we track and shows no warning "
            "sign we track."
        )


class TestMainText:
    def test_menus_and_text_outside_paragraphs_are_dropped(self) -> None:
        """A table layout with nothing named: link-heavy menus and unparagraphed sidebars
        and footers go; the paragraphs stay, each on its own line number."""
        from stemcell_cli.check.page.source import html_lines

        page = (
            "<html><body><table>\n"
            '<tr><td><a href="/">Home</a> | <a href="/t">Testimonials</a></td></tr>\n'
            "<tr><td><p>Stem cells regenerate cartilage in the worn knee joint.</p>\n"
            "<p>Knee pain eases over the following months for many patients.</p>\n"
            "<p>Ask us about it.</p></td><td>Financing available</td></tr>\n"
            "<tr><td>We treat Parkinson's and COPD.</td></tr></table></body></html>\n"
        )
        lines, numbers = html_lines(page)
        assert [line for line in lines if line] == [
            "Stem cells regenerate cartilage in the worn knee joint.",
            "Knee pain eases over the following months for many patients.",
            "Ask us about it.",
        ]
        assert numbers[0] == 3 and numbers[2] == 4

    def test_a_page_without_paragraphs_keeps_its_text(self) -> None:
        from stemcell_cli.check.page.source import html_lines

        lines, _ = html_lines("<div>Stem cells cure arthritis.</div><div>Call us.</div>")
        assert [line for line in lines if line] == ["Stem cells cure arthritis.", "Call us."]


def _added_word_is_read(
    tmp_path: Path, key: str, word: str, sentence: str, before: set[str]
) -> None:
    """`sentence` raises the flags `before` from a cached matcher (built once, read
    twice); once `word` is added to the word list `key`, it raises none, from the next
    run on (one more build, then served from the cache)."""
    words, builds, flags = _cached_word_lists(tmp_path)
    assert flags(sentence) == flags(sentence) == before
    assert len(builds) == 1
    text = words.read_text(encoding="utf-8")
    assert text.count(f"\n{key}:\n") == 1
    words.write_text(text.replace(f"\n{key}:\n", f"\n{key}:\n  - {word}\n"), encoding="utf-8")
    assert flags(sentence) == flags(sentence) == set()
    assert len(builds) == 2


def _cached_word_lists(
    tmp_path: Path,
) -> tuple[Path, list[int], Callable[[str], set[str]]]:
    """A copy of the shipped word lists in `tmp_path`, the builds of the compiled matcher
    made from it (one item per build), and the red flags and claims a text raises through
    the compiled matcher's cache."""
    from stemcell_cli.check.matching import compiled_cache
    from stemcell_cli.check.matching.wordings import phrases
    from stemcell_cli.check.words import word_lists
    from stemcell_cli.core.datadirs import shipped_dir

    words = tmp_path / "advert_words.yaml"
    words.write_bytes((shipped_dir() / word_lists.FILENAME).read_bytes())
    builds: list[int] = []

    def build() -> Matcher:
        builds.append(1)
        found = word_lists.load(words)
        return Matcher(phrases(CATALOG, found), found.groups)

    def flags(text: str) -> set[str]:
        matcher = compiled_cache.cached_matcher(CATALOG, [words], build)
        return {m.entry_id for m in matcher.scan([text])}

    return words, builds, flags


@pytest.mark.cold_cache
class TestCompiledCache:
    def test_the_cache_is_used_and_never_stale(self, tmp_path: Path) -> None:
        """Unchanged word lists: no rebuild; an edited list: rebuilt, new words found."""
        words, builds, flags = _cached_word_lists(tmp_path)
        assert "miracle-language" not in flags("A kumquat cure.")
        assert "cure-claim" in flags("A kumquat cure.")
        assert len(builds) == 1
        text = words.read_text(encoding="utf-8")
        words.write_text(
            text.replace("  until-now:\n", "  until-now:\n    - kumquat\n"), encoding="utf-8"
        )
        assert "miracle-language" in flags("A kumquat cure.")
        assert len(builds) == 2

    def test_an_edited_list_of_a_reading_rule_is_never_served_stale(self, tmp_path: Path) -> None:
        """The reading rules' tables are kept with the compiled matcher (speed6): a word
        added to `rival_treatments:` is read from the next run on, and kept ("kumquat
        shots" then take the promise, as "cortisone shots" do)."""
        _added_word_is_read(
            tmp_path,
            "rival_treatments",
            "kumquat",
            "Kumquat shots bring lasting relief within days.",
            {"promised-results"},
        )

    def test_a_place_added_is_read_from_the_next_run_on(self, tmp_path: Path) -> None:
        """A place added to `place_names:` (stories2) joins the cached matcher's
        vocabulary from the next run on, so it is no person's name: "Zembla, 66, had the
        procedure" names no patient once Zembla is a place (review7)."""
        _added_word_is_read(
            tmp_path,
            "place_names",
            "zembla",
            "Zembla, 66, had the procedure in March.",
            {"testimonials-as-evidence"},
        )

    def test_a_matcher_read_back_is_the_matcher_built(self) -> None:
        """The cache keeps the matcher's final tables, the reading rules' too, and a run
        uses them as it reads them, unchecked (speed6): every attribute of the matcher
        and of each rule's table comes back equal and of the same types. An attribute
        that the state does not keep, or a value that `marshal` changes, fails here."""
        import marshal

        from stemcell_cli.check.matching import compiled_cache
        from stemcell_cli.check.matching.building import _RULE_TABLES

        built = matcher_for(CATALOG, lexicon_for(CATALOG))
        state = built.state()
        assert compiled_cache._kept_exactly({"matcher": state})
        read = Matcher.from_state(marshal.loads(marshal.dumps(state)))
        # (the genre model, the sales pressure, the reported lists and the disease nouns are
        # kept beside the state, not in it)
        beside = {"genre", "sales_pressure", "reported_lists", "disease_nouns"}
        assert vars(read).keys() == vars(built).keys() - beside
        for name, value in vars(read).items():
            if name in _RULE_TABLES:
                assert type(value) is type(getattr(built, name)), name
                assert vars(value) == vars(getattr(built, name)), name
            else:
                assert value == getattr(built, name), name
        assert {type(phrase) for phrase in read._phrases} == {Phrase}
        text = ["Our stem cells cure arthritis with no side effects, unlike cortisone."]
        assert read.scan(text) == built.scan(text) != []

    def test_a_table_that_marshal_would_change_is_never_kept(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A rule's table holding a value that `marshal` gives back otherwise (a
        NamedTuple comes back a plain tuple) is not kept: each run builds the matcher."""
        import os

        def build() -> Matcher:
            matcher = one_phrase()
            matcher._rivals.rivals = (Phrase("rival", "rival", "kumquat"),)  # type: ignore[assignment]
            return matcher

        cache = TinyCache(empty_lists(tmp_path), build)
        for _ in range(2):
            cache.matcher()
        assert cache.builds == 2
        assert not list(Path(os.environ["STEMCELL_CACHE_DIR"]).glob("matcher-*"))

    @pytest.mark.parametrize(
        ("name", "kept"),
        [
            ("sales_pressure", frozenset({"x"})),
            ("reported_lists", {"speakers": ("it|they",), "own": ("our",)}),
            ("disease_nouns", frozenset({"disorder"})),
        ],
    )
    def test_a_matcher_read_back_keeps_what_is_kept_beside_its_state(
        self, tmp_path: Path, name: str, kept: object
    ) -> None:
        """What the matcher keeps beside its state comes back with a matcher read from the
        cache: without the red flags of `sales_pressure:` a seller's "only 3 spots left"
        would be called a page, without `reported_lists:` an insurer's list of what a
        therapy "has been proposed" for would count toward many-conditions, and without
        `disease_nouns:` the list would show "autoimmune" for "autoimmune disorders", on
        every run but the one that built it."""

        def build() -> Matcher:
            matcher = one_phrase()
            setattr(matcher, name, kept)
            return matcher

        cache = TinyCache(empty_lists(tmp_path), build)
        built, read = cache.matcher(), cache.matcher()
        assert cache.builds == 1
        assert read is not built
        assert getattr(read, name) == getattr(built, name) == kept

    def test_a_damaged_cache_is_built_again_never_read(self, tmp_path: Path) -> None:
        """What is read is used unchecked, so a cache file whose bytes changed is never
        read: its checksum no longer fits, and the matcher is built again."""
        import os

        cache = TinyCache(empty_lists(tmp_path))
        cache.matcher()
        [kept] = Path(os.environ["STEMCELL_CACHE_DIR"]).glob("matcher-*")
        data = bytearray(kept.read_bytes())
        data[len(data) // 2] ^= 0xFF
        kept.write_bytes(bytes(data))
        found = cache.matcher()
        assert cache.builds == 2
        assert [m.entry_id for m in found.scan(["A cure."])] == ["x"]


def test_a_phrase_with_an_unknown_list_is_a_data_error(user_dir: Any) -> None:
    """A user's phrase naming a list that does not exist: one plain line, exit 3."""
    from typer.testing import CliRunner

    from stemcell_cli.cli.app import app

    mine = user_dir(red_flags=RED_FLAG_WITH_UNKNOWN_LIST)
    result = CliRunner().invoke(app, ["--data-dir", str(mine), "check", "-"], input="Cure.\n")
    assert result.exit_code == 3
    assert "unknown word list {no-such-list}" in result.output
    assert "Traceback" not in result.output


def test_validate_reports_a_phrase_check_would_refuse(user_dir: Any) -> None:
    """`validate` says "valid" only for data `check` can use: a phrase naming an
    unknown list is a problem there too, exit 3, on one line."""
    from typer.testing import CliRunner

    from stemcell_cli.cli.app import app

    mine = user_dir(red_flags=RED_FLAG_WITH_UNKNOWN_LIST)
    result = CliRunner().invoke(app, ["validate", str(mine), "-f", "text"])
    assert result.exit_code == 3, result.output
    assert "unknown word list {no-such-list}" in result.output
    assert "Traceback" not in result.output


RED_FLAG_WITH_UNKNOWN_LIST = """\
red_flags:
  - id: my-flag
    name: Mine
    phrases: ["{no-such-list} cure"]
    why: Because.
"""


def test_a_guard_for_an_unknown_entry_is_a_data_error(tmp_path: Path) -> None:
    """A word list whose guard names no entry: one plain error, not a silent no-op."""
    from stemcell_cli.check.words import word_lists
    from stemcell_cli.core.datadirs import shipped_dir
    from stemcell_cli.core.errors import DataError

    words = tmp_path / "advert_words.yaml"
    text = (shipped_dir() / word_lists.FILENAME).read_text(encoding="utf-8")
    words.write_text(text.replace("guards:\n", "guards:\n  no-such-entry: [cure]\n"), "utf-8")
    with pytest.raises(DataError) as raised:
        matcher_for(CATALOG, word_lists.load(words))
    assert "unknown entry 'no-such-entry'" in "\n".join(raised.value.lines())


def test_a_gap_beyond_the_limit_is_a_phrase_error() -> None:
    from stemcell_cli.check.words.phrases import PhraseError

    with pytest.raises(PhraseError, match="a gap of 1 to"):
        Matcher([Phrase("red_flag", "x", f"cure ...{phrases.MAX_GAP + 1} pain")])


class TestReadingTags:
    """Tags are read with one regular expression, as the standard library's parser
    reads them: what is skipped stays skipped, what is text stays text."""

    @pytest.mark.parametrize(
        ("page", "text"),
        [
            ("<p>a<!-- <p>cure</p> -->b</p>", ["ab"]),  # (as a browser shows it)
            ("<p>x</p><script>if (a<b) { w('<p>cure</p>') }</script><p>y</p>", ["x", "y"]),
            ("<STYLE>p{}</STYLE><P>z &amp; w &#x41;</P>", ["z & w A"]),
            ("<p>one<br/>two</p>", ["one", "two"]),
            ('<div class="side&#98;ar">cure</div><p>text</p>', ["text"]),
            ('<a title="x>y">menu</a><p>kept</p>', ["kept"]),
            ("<p>5 < 6 and 7 > 2</p>", ["5 < 6 and 7 > 2"]),
        ],
    )
    def test_markup(self, page: str, text: list[str]) -> None:
        from stemcell_cli.check.page.source import html_lines

        lines, _ = html_lines(page)
        assert [line for line in lines if line] == text

    def test_each_block_keeps_its_line(self) -> None:
        from stemcell_cli.check.page.source import html_lines

        lines, numbers = html_lines("<p>one</p>\n<!--\n\n-->\n<p\nclass='x'>two</p>")
        found = [(n, line) for n, line in zip(numbers, lines, strict=True) if line]
        assert found == [(1, "one"), (6, "two")]

    @pytest.mark.parametrize(
        "text",
        [
            "a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; f&nbsp;g",
            "&#39;&#x27;&#X41;&#65&#0065; &#160; &#x1F600;",
            "&#0; &#1; &#9; &#128; &#x80; &#x9F; &#xD800; &#xFDD0; &#xFFFF; &#x110000;",
            "&#99999999999999999999; &eacute; &copy &not &notit; &ampx &zzz; & && &# &#x;",
        ],
    )
    def test_character_references_decode_as_the_standard_library_does(self, text: str) -> None:
        import html

        from stemcell_cli.check.page.source import _unescaped

        assert _unescaped(text) == html.unescape(text)


class TestRedFlagScope:
    """A warning sign fires where the advert shows it, in any wording, and stays quiet
    where a page discusses it without doing it: a warning to the reader, a claim
    reported as someone else's, a debunking ("testimonials are not evidence"), a
    negated predicate ("no product is FDA approved"), danger rather than safety said
    of your own cells."""

    @each_case(
        ("text", "flag"),
        [
            ("Our stem cells cure arthritis.", "cure-claim"),
            ("We can cure your knee pain for good.", "cure-claim"),
            ("This treatment reverses the damage of osteoarthritis.", "cure-claim"),
            ("Say goodbye to knee pain forever.", "cure-claim"),
            ("A permanent solution to your back pain.", "cure-claim"),
            ("Results guaranteed or your money back.", "promised-results"),
            ("We guarantee you will feel better.", "promised-results"),
            ("Most patients are back to golf within two weeks.", "promised-results"),
            ("You will be pain free in days.", "promised-results"),
            ("There are no side effects.", "no-risk-claim"),
            ("The procedure is completely safe.", "no-risk-claim"),
            ("The injection carries virtually no risk.", "no-risk-claim"),
            ("Risk-free and natural.", "no-risk-claim"),
            ("A revolutionary breakthrough in knee care.", "miracle-language"),
            ("This miracle treatment changed my life.", "miracle-language"),
            ("Our lab is FDA registered.", "fda-status-claim"),
            ("We use FDA-approved cells.", "fda-status-claim"),
            ("Because we use your own cells, there is no risk of rejection.", "own-cells-so-safe"),
            ("Your own cells are natural and safe.", "own-cells-so-safe"),
            ("Book now, only 3 spots left.", "urgency-pressure"),
            ("Call today to reserve your spot.", "urgency-pressure"),
            ("We have a 92% success rate.", "high-success-rate"),
            ("Read our patient success stories.", "testimonials-as-evidence"),
            ("Financing available through CareCredit.", "pay-up-front"),
            ("Fly to Cancun and recover at our beach resort.", "medical-tourism"),
            ("Our study is listed on clinicaltrials.gov.", "pay-to-join-trial"),
            ("No surgery is needed with our breakthrough therapy.", "miracle-language"),
            ("No more knee pain with our miracle treatment.", "miracle-language"),
            ("No more pain: our cells cure arthritis.", "cure-claim"),
            ("Learn how our revolutionary therapy works.", "miracle-language"),
            ("Find out how you can be pain free in days.", "promised-results"),
            ("Studies show how stem cells cure arthritis.", "cure-claim"),
            (
                "Since the cells come from your own body, there is no risk of rejection.",
                "own-cells-so-safe",
            ),
            ("Your own cells cannot be rejected by your body.", "own-cells-so-safe"),
            ("Using your own cells means the procedure is natural and safe.", "own-cells-so-safe"),
            ("Autologous cells eliminate the risk of an allergic reaction.", "own-cells-so-safe"),
            ("There is no risk and no downtime.", "no-risk-claim"),
            ("Book now to secure one of our last spots.", "urgency-pressure"),
            ("Our cells come from an FDA-registered lab.", "fda-status-claim"),
            ("Join our IRB-approved study for $5,000.", "pay-to-join-trial"),
            ("We arrange your flights, hotel and airport pickup in Tijuana.", "medical-tourism"),
            ("Hear from our patients in their own words.", "testimonials-as-evidence"),
            ("Nine out of ten patients report less pain.", "high-success-rate"),
        ],
    )
    def test_fires(self, text: str, flag: str) -> None:
        assert ("red_flag", flag) in found(text)

    @each_case(
        ("text", "flag"),
        [
            ("Beware of clinics promising cures for arthritis.", "cure-claim"),
            ("Be careful with any clinic that says it can cure your knee.", "cure-claim"),
            ("Stem cells are not a cure for osteoarthritis.", "cure-claim"),
            ("No treatment can cure osteoarthritis yet.", "cure-claim"),
            ("There is currently no cure for rheumatoid arthritis.", "cure-claim"),
            ("Some clinics advertise cures that have never been shown in trials.", "cure-claim"),
            ("Red flag: a clinic that claims to cure many diseases.", "cure-claim"),
            ("There is no guarantee that the treatment will work.", "promised-results"),
            ("We cannot guarantee results.", "promised-results"),
            ("Results are not guaranteed and vary from patient to patient.", "promised-results"),
            ("No clinic can guarantee that you will be pain free.", "promised-results"),
            ("Be wary of anyone who guarantees results.", "promised-results"),
            ("No procedure is without risk.", "no-risk-claim"),
            ("No medical treatment is completely safe.", "no-risk-claim"),
            ("It is not risk free.", "no-risk-claim"),
            (
                "Nothing is risk free, and injections carry a small risk of infection.",
                "no-risk-claim",
            ),
            (
                "Claims that a treatment has no side effects should make you suspicious.",
                "no-risk-claim",
            ),
            ("Stem cells are not a miracle cure.", "miracle-language"),
            ("Don't believe the hype about miracle treatments.", "miracle-language"),
            ("Be skeptical of words like breakthrough or miracle.", "miracle-language"),
            ("These injections are not FDA approved.", "fda-status-claim"),
            ("No stem cell product is FDA approved for knee arthritis.", "fda-status-claim"),
            ("The FDA has not approved stem cells for back pain.", "fda-status-claim"),
            ("Even your own cells carry risks when injected.", "own-cells-so-safe"),
            ("Using your own cells does not make a procedure safe.", "own-cells-so-safe"),
            ("Take your time to decide; do not feel pressured to book now.", "urgency-pressure"),
            ("Avoid clinics that pressure you to book now.", "urgency-pressure"),
            ("Be wary of clinics that quote a 90% success rate.", "high-success-rate"),
            ("No reliable study shows a 90% success rate.", "high-success-rate"),
            ("Patient testimonials are not scientific evidence.", "testimonials-as-evidence"),
            ("Testimonials are not proof that a treatment works.", "testimonials-as-evidence"),
            ("Be careful if a clinic asks for a large deposit.", "pay-up-front"),
            ("We never ask for payment in advance.", "pay-up-front"),
            ("Travelling abroad for stem cells carries extra risks.", "medical-tourism"),
            ("Be careful with clinics overseas that are not regulated.", "medical-tourism"),
            ("You should never have to pay to join a clinical trial.", "pay-to-join-trial"),
            (
                "A listing on clinicaltrials.gov does not mean the study is safe.",
                "pay-to-join-trial",
            ),
            ("Your own cells are taken from your hip with a needle.", "own-cells-so-safe"),
            ("Side effects can occur even with your own cells.", "own-cells-so-safe"),
            ("There is a small risk of infection, as with any injection.", "no-risk-claim"),
            ("We will never claim that stem cells cure arthritis.", "cure-claim"),
            ("Stem cell treatments do not cure arthritis.", "cure-claim"),
            ("Many clinics claim their injections can cure arthritis.", "cure-claim"),
            ("Unlike clinics that guarantee results, we tell you the truth.", "promised-results"),
            ("Be wary of any clinic that calls its therapy a miracle.", "miracle-language"),
            (
                "Stories from patients are no substitute for clinical trials.",
                "testimonials-as-evidence",
            ),
            (
                "FDA registration of a lab does not mean the FDA approved its products.",
                "fda-status-claim",
            ),
            ("None of these products are FDA approved.", "fda-status-claim"),
            ("Watch out for clinics quoting 90% success rates.", "high-success-rate"),
            ("A red flag is a clinic that tells you to book now.", "urgency-pressure"),
            ("Medical tourism can be dangerous.", "medical-tourism"),
            ("About 25% of adults have knee pain.", "high-success-rate"),
        ],
    )
    def test_stays_quiet(self, text: str, flag: str) -> None:
        assert ("red_flag", flag) not in found(text)

    def test_a_cue_silences_only_what_follows_it(self) -> None:
        assert ("red_flag", "miracle-language") in found(
            "Our breakthrough therapy is honest, unlike clinics that promise cures."
        )
        assert ("red_flag", "cure-claim") not in found(
            "Our breakthrough therapy is honest, unlike clinics that promise cures."
        )

    def test_a_debunking_silences_only_its_own_clause(self) -> None:
        text = "Testimonials are not evidence, but our 95% success rate is."
        assert ("red_flag", "testimonials-as-evidence") not in found(text)
        assert ("red_flag", "high-success-rate") in found(text)

    def test_conditions_named_in_a_warning_stay_named(self) -> None:
        assert ("condition", "osteoarthritis") in found(
            "Be wary of clinics that promise to cure osteoarthritis."
        )


class TestConceptsInOtherWordings:
    """Each idea is found in wordings no labelled page used (passive, questions, lists,
    numbers in words, British spelling), and stays quiet on careful wordings of the same
    words: a warning, a claim reported as others', a promise refused, another treatment."""

    @each_case(
        ("text", "entry"),
        [
            ("There has never been a way to reverse knee arthritis, until today.", "cure-claim"),
            ("Don't suffer any longer: cure your back pain now.", "cure-claim"),
            ("Stop waiting; our cells cure arthritis.", "cure-claim"),
            ("The cells regenerated the cartilage.", "tissue-regeneration"),
            ("Regeneration of damaged tendons.", "tissue-regeneration"),
            ("Helps your body regrow worn cartilage.", "tissue-regeneration"),
            ("Inflammation is reduced within weeks.", "reduced-inflammation"),
            ("Reducing joint inflammation naturally.", "reduced-inflammation"),
            ("Each plan is personalised to you.", "personalized-treatment"),
            ("A customised protocol for every patient.", "personalized-treatment"),
            ("Your treatment is individually tailored.", "personalized-treatment"),
            ("Without side effects.", "no-risk-claim"),
            ("Without side effects.", "fewer-side-effects"),
            ("It has zero side-effects.", "no-risk-claim"),
            ("It has zero side-effects.", "fewer-side-effects"),
            ("There are absolutely no side effects.", "no-risk-claim"),
            ("There are absolutely no side effects.", "fewer-side-effects"),
            ("Side-effect free.", "no-risk-claim"),
            ("Side-effect free.", "fewer-side-effects"),
            ("No risks whatsoever.", "no-risk-claim"),
            ("No risks whatsoever.", "fewer-side-effects"),
            ("It is 100% safe.", "no-risk-claim"),
            ("It is 100% safe.", "fewer-side-effects"),
            ("Totally safe.", "no-risk-claim"),
            ("Totally safe.", "fewer-side-effects"),
            (
                "Because the cells are your own, there is no chance of rejection.",
                "own-cells-so-safe",
            ),
            (
                "Because the cells are your own, there is no chance of rejection.",
                "fewer-side-effects",
            ),
            ("Your body will not reject its own cells.", "own-cells-so-safe"),
            ("Your body will not reject its own cells.", "fewer-side-effects"),
            (
                "Since we use your own tissue, there's no risk of an allergic reaction.",
                "own-cells-so-safe",
            ),
            (
                "Since we use your own tissue, there's no risk of an allergic reaction.",
                "fewer-side-effects",
            ),
            ("Our therapy reverses cartilage damage.", "cure-claim"),
            ("Our therapy reverses cartilage damage.", "tissue-regeneration"),
            ("Joint damage can be reversed.", "cure-claim"),
            ("Joint damage can be reversed.", "tissue-regeneration"),
            ("Postpone a hip replacement for years.", "delay-degeneration"),
            ("Postpone a hip replacement for years.", "avoid-surgery"),
            ("Delay knee replacement surgery.", "delay-degeneration"),
            ("Delay knee replacement surgery.", "avoid-surgery"),
            ("It rege\xadnerates cartilage.", "tissue-regeneration"),
            ("Risk\u200b-free.", "no-risk-claim"),
            ("mira\u200dcle", "miracle-language"),
            ("break\u2060through therapy", "miracle-language"),
            (
                "We treat arthritis, multiple sclerosis, COPD, autism and diabetes.",
                "many-conditions",
            ),
            (
                "Conditions treated: knee pain; Parkinson's; lupus; heart disease.",
                "many-conditions",
            ),
            (
                "Stem cells help joint pain, Alzheimer's, kidney disease and erectile dysfunction.",
                "many-conditions",
            ),
            ("From arthritis to autism to anti-aging, stem cells can help.", "many-conditions"),
            ("One treatment for hundreds of diseases.", "many-conditions"),
            (
                "Stem cells treat many conditions, including knee pain, stroke and lupus.",
                "many-conditions",
            ),
            ("Using a patient's own cells, the procedure is naturally safe.", "own-cells-so-safe"),
            (
                "As the cells are taken from your own fat, rejection is not a concern.",
                "own-cells-so-safe",
            ),
            ("Autologous therapy means there's no risk of rejection.", "own-cells-so-safe"),
            (
                "The cells come from your own body, so they are completely natural.",
                "own-cells-so-safe",
            ),
            ("Your own cells: no risk of your body rejecting them.", "own-cells-so-safe"),
            (
                "Because it uses your own cells, there is zero chance of rejection.",
                "own-cells-so-safe",
            ),
            ("Our laboratory is registered with the FDA.", "fda-status-claim"),
            ("All our products are processed in an FDA-registered facility.", "fda-status-claim"),
            ("We follow FDA guidelines.", "fda-status-claim"),
            ("Our protocol is listed on ClinicalTrials.gov.", "pay-to-join-trial"),
            ("Registered on clinicaltrials.gov (NCT01234567).", "pay-to-join-trial"),
            ("Our study is registered with ClinicalTrials.gov.", "pay-to-join-trial"),
            ("Our treatment is part of an IRB-approved study.", "pay-to-join-trial"),
            ("Patients pay $7,000 to take part in our study.", "pay-to-join-trial"),
            ("Enrolment in the trial costs $4,500.", "pay-to-join-trial"),
            ("The study fee is $5,000.", "pay-to-join-trial"),
            ("Join our clinical trial for just $3,900.", "pay-to-join-trial"),
            ("Participants are charged a fee to join the research.", "pay-to-join-trial"),
            ("Listen to what our patients say.", "testimonials-as-evidence"),
            ("Patient reviews", "testimonials-as-evidence"),
            ("Trusted by professional athletes.", "testimonials-as-evidence"),
            ("Top athletes have used stem cells to heal.", "testimonials-as-evidence"),
            ("Read Mary's story.", "testimonials-as-evidence"),
            ("See real results from real patients.", "testimonials-as-evidence"),
            ("Famous golfers have had this treatment.", "testimonials-as-evidence"),
            ("Over 5,000 happy patients.", "testimonials-as-evidence"),
            ("Our package includes flights, hotel and transfers.", "medical-tourism"),
            ("We welcome patients from the USA and Canada.", "medical-tourism"),
            ("Travel to Mexico for treatment not available at home.", "medical-tourism"),
            ("Combine your treatment with a holiday in Costa Rica.", "medical-tourism"),
            ("Our concierge team books your accommodation.", "medical-tourism"),
            ("A driver collects you from the airport.", "medical-tourism"),
            ("Limited places available this month - book today!", "urgency-pressure"),
            ("Only three spots remain.", "urgency-pressure"),
            ("Offer ends Friday.", "urgency-pressure"),
            ("Hurry, appointments are filling fast.", "urgency-pressure"),
            ("Call now to claim your free consultation.", "urgency-pressure"),
            ("Don't wait until it's too late.", "urgency-pressure"),
            ("Only 2 openings left this week.", "urgency-pressure"),
            ("Act fast: this discount expires soon.", "urgency-pressure"),
            ("Few slots left!", "urgency-pressure"),
            ("Why wait? Book your appointment now.", "urgency-pressure"),
            ("You'll feel the difference in days.", "promised-results"),
            ("Most patients walk pain-free within a week.", "promised-results"),
            ("Back to work in 48 hours.", "promised-results"),
            ("Expect results within two to four weeks.", "promised-results"),
            ("Relief in as little as three days.", "promised-results"),
            ("Return to sport in six weeks.", "promised-results"),
            ("You will walk again without pain.", "promised-results"),
            ("Guaranteed results.", "promised-results"),
            ("Results are guaranteed.", "promised-results"),
            ("Patients see improvement within weeks.", "promised-results"),
            ("You will be pain free after a single injection.", "promised-results"),
            ("A breakthrough for knee pain.", "miracle-language"),
            ("Revolutionising orthopaedics.", "miracle-language"),
            ("Until recently, there was no option but surgery.", "miracle-language"),
            ("For the first time, damaged cartilage can be regrown.", "miracle-language"),
            ("A groundbreaking therapy.", "miracle-language"),
            ("This game-changing treatment.", "miracle-language"),
            ("State-of-the-art, cutting-edge regenerative medicine.", "miracle-language"),
            ("An 85% success rate.", "high-success-rate"),
            ("Success rate: 90 percent.", "high-success-rate"),
            ("Ninety per cent of our patients improve.", "high-success-rate"),
            ("9 out of 10 patients report relief.", "high-success-rate"),
            ("Eight in ten patients feel better.", "high-success-rate"),
            ("Over 80% of patients were satisfied.", "high-success-rate"),
            ("Our patients report a 75 per cent reduction in pain.", "high-success-rate"),
            ("Efficacy: 92%.", "high-success-rate"),
            ("94% of patients would recommend us.", "high-success-rate"),
            ("Nearly nine in 10 of our patients see results.", "high-success-rate"),
            ("Seven out of ten people treated had less pain.", "high-success-rate"),
            ("Patients experienced a ninety percent improvement.", "high-success-rate"),
            ("The treatment works in 4 out of 5 patients.", "high-success-rate"),
            ("The injection helps bring down swelling in the knee.", "reduced-inflammation"),
            ("Our cells knock down inflammation fast.", "reduced-inflammation"),
            ("Stem cells calm down an inflamed joint.", "reduced-inflammation"),
            ("And it is safe.", "fewer-side-effects"),
            ("The chance of an infection is low.", "fewer-side-effects"),
            ("The likelihood of side effects remains small.", "fewer-side-effects"),
            ("Every sample is handled to the highest standards of safety.", "fewer-side-effects"),
            ("The chance of complications is incredibly small.", "no-risk-claim"),
            ("An extremely low risk procedure.", "no-risk-claim"),
            ("Risks are vanishingly rare.", "no-risk-claim"),
            ("No general anaesthetic is needed.", "fewer-side-effects"),
            ("It does not require general anesthesia.", "fewer-side-effects"),
            ("Done without incisions or stitches.", "fewer-side-effects"),
            ("You will get long-lasting relief.", "promised-results"),
            ("Permanent relief, starting today.", "promised-results"),
            ("Stem cells calm inflammation, unlike cortisone.", "reduced-inflammation"),
            ("Our injections help repair a torn labrum.", "tissue-regeneration"),
            ("The cells can regrow the hip labrum.", "tissue-regeneration"),
            ("It shortens downtime compared with an operation.", "fewer-side-effects"),
            ("It shortens downtime compared with an operation.", "avoid-surgery"),
            ("Recovery is cut from months to days.", "fewer-side-effects"),
            ("A shorter recovery than knee replacement surgery.", "avoid-surgery"),
            ("Get rid of arthritis pain for good.", "cure-claim"),
            ("A lasting cure for back pain.", "cure-claim"),
            ("Heal your knees permanently.", "cure-claim"),
            ("Your pain will be gone for good.", "cure-claim"),
            ("Arthritis: reversed.", "cure-claim"),
            ("Knee damage can now be undone.", "cure-claim"),
            ("Make chronic pain a thing of the past.", "cure-claim"),
            ("End your knee pain permanently.", "cure-claim"),
            ("Restores the joint to its original condition.", "cure-claim"),
            ("Regain a pain-free life forever.", "cure-claim"),
            ("Eliminate the root cause of your pain once and for all.", "cure-claim"),
            ("Our cells are produced in an FDA registered laboratory.", "fda-status-claim"),
            ("FDA-compliant processing.", "fda-status-claim"),
            ("Our product meets all FDA requirements.", "fda-status-claim"),
            ("Processed according to FDA standards.", "fda-status-claim"),
            ("The FDA regulates our cells as a 361 product.", "fda-status-claim"),
            ("Sourced from an FDA-inspected tissue bank.", "fda-status-claim"),
            ("Compliant with FDA regulations.", "fda-status-claim"),
            ("FDA-cleared device used to concentrate your cells.", "fda-status-claim"),
            ("Virtually risk-free.", "no-risk-claim"),
            ("Zero risk of complications.", "no-risk-claim"),
            ("There are no known side effects.", "no-risk-claim"),
            ("Completely harmless to the body.", "no-risk-claim"),
            ("It carries no risk at all.", "no-risk-claim"),
            ("Free from side effects.", "no-risk-claim"),
            ("No adverse reactions have ever been reported.", "no-risk-claim"),
            ("It is perfectly safe for everyone.", "no-risk-claim"),
            ("Absolutely no downside.", "no-risk-claim"),
            ("A medical breakthrough in joint care.", "miracle-language"),
            ("Stem cells are revolutionizing how we treat pain.", "miracle-language"),
            ("The future of orthopaedics is here.", "miracle-language"),
            ("A true game-changer for bad knees.", "miracle-language"),
            ("The next frontier in pain relief.", "miracle-language"),
            ("This is a new era in regenerative medicine.", "miracle-language"),
            ("Miraculous results in weeks.", "miracle-language"),
            ("Pioneering therapy.", "miracle-language"),
            ("A paradigm shift in back pain treatment.", "miracle-language"),
            ("Revolutionary cell therapy.", "miracle-language"),
            ("We promise you will walk without pain.", "promised-results"),
            ("You will be back on the court in weeks.", "promised-results"),
            ("Results you can feel in 24 hours.", "promised-results"),
            ("Guaranteed pain relief.", "promised-results"),
            ("Your money back if you don't improve.", "promised-results"),
            ("Pain relief that lasts for years.", "promised-results"),
            ("Expect to return to running within a month.", "promised-results"),
            ("You'll notice a difference within days.", "promised-results"),
            ("Most patients are pain free within a month.", "promised-results"),
            ("Say hello to pain-free living in weeks.", "promised-results"),
            ("Our patient, a former NFL linebacker, is pain free.", "testimonials-as-evidence"),
            ("See what our patients have to say.", "testimonials-as-evidence"),
            ("Hundreds of five-star reviews.", "testimonials-as-evidence"),
            ("Watch Tom's video testimonial.", "testimonials-as-evidence"),
            ("Real stories from real patients.", "testimonials-as-evidence"),
            ("As seen on TV.", "testimonials-as-evidence"),
            (
                "Celebrities like Mel Gibson have had stem cell treatment.",
                "testimonials-as-evidence",
            ),
            ("Thousands of patients have already chosen stem cells.", "testimonials-as-evidence"),
            ("Full payment is due before the procedure.", "pay-up-front"),
            ("A deposit secures your date.", "pay-up-front"),
            ("Ask about our financing options.", "pay-up-front"),
            ("Pay in advance and save 10%.", "pay-up-front"),
            ("The all-inclusive package costs $9,500.", "pay-up-front"),
            ("Interest-free payment plans available.", "pay-up-front"),
            ("A success rate of over 90%.", "high-success-rate"),
            ("Ninety-five percent of patients are satisfied.", "high-success-rate"),
            ("85 per cent patient satisfaction.", "high-success-rate"),
            ("Our results: 9/10 patients improve.", "high-success-rate"),
            ("Effective in 80% of cases.", "high-success-rate"),
            ("More than 8 in 10 patients reported less pain.", "high-success-rate"),
            ("We see improvement in 3 of every 4 patients.", "high-success-rate"),
            ("Success: 87%.", "high-success-rate"),
            ("Four out of five patients avoid surgery.", "high-success-rate"),
            ("Most studies report success rates above 80 percent.", "high-success-rate"),
            ("Participation in our registered study costs $8,000.", "pay-to-join-trial"),
            ("Patients cover the cost of the trial.", "pay-to-join-trial"),
            ("Our IRB-approved protocol.", "pay-to-join-trial"),
            (
                "This treatment is offered within an approved clinical study for a fee.",
                "pay-to-join-trial",
            ),
            ("Limited spots available!", "urgency-pressure"),
            ("Book before the end of the month to lock in this price.", "urgency-pressure"),
            ("Call us now!", "urgency-pressure"),
            ("Spaces are filling up fast.", "urgency-pressure"),
            ("This offer won't last.", "urgency-pressure"),
            ("Only a handful of appointments remain.", "urgency-pressure"),
            ("Schedule your consultation now.", "urgency-pressure"),
            ("Don't let pain wait another day - call now.", "urgency-pressure"),
            ("We pick you up at the airport.", "medical-tourism"),
            ("Stay at our partner hotel during treatment.", "medical-tourism"),
            ("Fly in for a 3-day treatment trip.", "medical-tourism"),
            ("Patients travel from all over the world to our clinic.", "medical-tourism"),
            ("Get treated in Mexico for a fraction of the cost.", "medical-tourism"),
            (
                "Treatments not allowed in the US are offered at our Panama clinic.",
                "medical-tourism",
            ),
            ("Enjoy the beach while you recover.", "medical-tourism"),
            ("Since the cells are yours, your body accepts them.", "own-cells-so-safe"),
            ("Autologous means zero rejection.", "own-cells-so-safe"),
            ("Your own stem cells are 100% natural and safe.", "own-cells-so-safe"),
            ("No foreign material: only your own cells.", "own-cells-so-safe"),
            ("We treat arthritis, COPD, autism, MS and erectile dysfunction.", "many-conditions"),
            ("Used for joints, heart disease, diabetes and anti-ageing.", "many-conditions"),
            ("Stem cells can help almost any condition.", "many-conditions"),
        ],
    )
    def test_found(self, text: str, entry: str) -> None:
        assert entry in ids(text)

    @each_case(
        ("text", "entry"),
        [
            ("We cannot promise a cure.", "cure-claim"),
            ("Our injections will not cure your arthritis.", "cure-claim"),
            ("Stem cells are no cure for arthritis.", "cure-claim"),
            ("It is not a cure, and we never say it is.", "cure-claim"),
            ("There's no cure for osteoarthritis.", "cure-claim"),
            ("Nothing can cure rheumatoid arthritis today.", "cure-claim"),
            ("We treat knee and hip arthritis, and nothing else.", "many-conditions"),
            ("We treat knee pain and hip pain.", "many-conditions"),
            (
                "There is no evidence that stem cells help autism, MS or heart failure.",
                "many-conditions",
            ),
            ("Your own cells still carry a risk of infection when injected.", "own-cells-so-safe"),
            ("Even autologous cells can cause harm.", "own-cells-so-safe"),
            ("We take your own cells from your hip bone.", "own-cells-so-safe"),
            ("There is a high risk of rejection with donor cells.", "fewer-side-effects"),
            ("Donor cells carry a high risk of rejection.", "fewer-side-effects"),
            ("These treatments are not FDA approved.", "fda-status-claim"),
            ("The FDA has approved no stem cell product for arthritis.", "fda-status-claim"),
            (
                "Being listed on clinicaltrials.gov doesn't mean a study has been checked.",
                "pay-to-join-trial",
            ),
            ("Legitimate trials never charge patients to take part.", "pay-to-join-trial"),
            ("You should not have to pay to join a real trial.", "pay-to-join-trial"),
            ("Testimonials are not a reliable kind of evidence.", "testimonials-as-evidence"),
            (
                "Patient stories cannot tell you whether a treatment works.",
                "testimonials-as-evidence",
            ),
            ("Don't rely on testimonials.", "testimonials-as-evidence"),
            ("Travelling abroad for treatment carries extra risks.", "medical-tourism"),
            ("Our clinic is in Panama.", "medical-tourism"),
            ("Take your time; there is no rush to decide.", "urgency-pressure"),
            ("Don't feel pressured to book on the spot.", "urgency-pressure"),
            ("Be wary of clinics that offer limited time deals.", "urgency-pressure"),
            ("We cannot promise results.", "promised-results"),
            ("There is no guarantee of improvement.", "promised-results"),
            ("Results vary and are not guaranteed.", "promised-results"),
            ("Nobody can guarantee an outcome.", "promised-results"),
            ("Results cannot be guaranteed.", "promised-results"),
            ("Stem cells are not a miracle.", "miracle-language"),
            ("Beware of clinics that call stem cells a breakthrough.", "miracle-language"),
            ("Around 10 percent of adults have back pain.", "high-success-rate"),
            ("Up to 30% of surgeries fail.", "high-success-rate"),
            ("Be wary of clinics quoting 95% success.", "high-success-rate"),
            ("About one in ten people over sixty have knee arthritis.", "high-success-rate"),
            ("Only about 20% of patients develop side effects.", "high-success-rate"),
            ("Nine out of ten doctors advise against it.", "high-success-rate"),
            (
                "Patients are usually prescribed anti-inflammatory medication after surgery.",
                "reduced-inflammation",
            ),
            ("Ibuprofen reduces swelling.", "reduced-inflammation"),
            ("We may prescribe anti-inflammatories for a few days.", "reduced-inflammation"),
            ("There is a high risk of rejection.", "fewer-side-effects"),
            ("The risk of infection is higher with repeated injections.", "fewer-side-effects"),
            ("Serious side effects are possible.", "no-risk-claim"),
            ("We cannot promise that it is safe.", "fewer-side-effects"),
            ("Clinics often say it is safe, but evidence is limited.", "fewer-side-effects"),
            ("Some providers claim stem cells regrow cartilage.", "tissue-regeneration"),
            ("No study has shown that stem cells regrow cartilage.", "tissue-regeneration"),
            ("And is it safe?", "fewer-side-effects"),
            (
                "But above all, is the treatment tailored to your particular condition?",
                "personalized-treatment",
            ),
            ("The risk of infection is high.", "fewer-side-effects"),
            ("The risk is not low for older patients.", "fewer-side-effects"),
            ("Complications aren't rare with repeated injections.", "fewer-side-effects"),
            ("The risk is low but not zero.", "no-risk-claim"),
            ("The risk is not extremely low.", "no-risk-claim"),
            ("You will need general anaesthesia for the operation.", "fewer-side-effects"),
            ("Cells may give you lasting relief.", "promised-results"),
            (
                "The injection could help bring long-lasting relief for some people.",
                "promised-results",
            ),
            ("Cortisone shots dampen the inflammation for a while.", "reduced-inflammation"),
            ("Steroid injections calm swelling but may weaken tendons.", "reduced-inflammation"),
            ("Your GP may suggest pills that fight inflammation.", "reduced-inflammation"),
            ("Marrow is drawn from the back of the hip.", "hip-and-knee-pain"),
            ("A faster recovery from your injury.", "fewer-side-effects"),
            ("Surgery needs a long recovery.", "avoid-surgery"),
            ("Recovery after surgery can take months.", "fewer-side-effects"),
            ("We do not offer a cure.", "cure-claim"),
            ("This is not a cure-all.", "cure-claim"),
            ("Stem cells cannot reverse arthritis.", "cure-claim"),
            ("There's currently no way to reverse cartilage loss.", "cure-claim"),
            ("Osteoarthritis cannot be cured, but it can be managed.", "cure-claim"),
            ("The FDA has not approved these injections.", "fda-status-claim"),
            ("No product of this kind has FDA approval for knee pain.", "fda-status-claim"),
            ("FDA registration is not the same as FDA approval.", "fda-status-claim"),
            ("The FDA warns consumers about unapproved stem cell products.", "fda-status-claim"),
            ("Like any injection, it is not risk-free.", "no-risk-claim"),
            ("Side effects are uncommon but possible.", "no-risk-claim"),
            ("We won't pretend there are no side effects.", "no-risk-claim"),
            ("Nobody can promise zero risk.", "no-risk-claim"),
            ("Stem cell therapy is no miracle.", "miracle-language"),
            ("Don't expect miracles.", "miracle-language"),
            ("It is not a breakthrough, just a tool.", "miracle-language"),
            ("Results vary from person to person.", "promised-results"),
            ("We can't predict how you will respond.", "promised-results"),
            ("Some patients improve, others do not.", "promised-results"),
            ("Improvement, if any, may take months.", "promised-results"),
            ("Patient stories are not scientific proof.", "testimonials-as-evidence"),
            ("Anecdotes are no substitute for trials.", "testimonials-as-evidence"),
            ("Testimonials cannot show whether a treatment works.", "testimonials-as-evidence"),
            ("Insurance does not cover the cost.", "pay-up-front"),
            ("Knee arthritis affects 1 in 5 adults.", "high-success-rate"),
            ("About 80 percent of people have back pain at some point.", "high-success-rate"),
            ("Surgery has a 20% failure rate.", "high-success-rate"),
            ("Roughly half of the cases are mild.", "high-success-rate"),
            ("There's no need to rush your decision.", "urgency-pressure"),
            ("Take as long as you need to decide.", "urgency-pressure"),
        ],
    )
    def test_not_found(self, text: str, entry: str) -> None:
        assert entry not in ids(text)

    @each_case(
        ("text", "condition"),
        [
            ("torn ACL", "tendon-and-ligament-injuries"),
            ("a sprained MCL", "tendon-and-ligament-injuries"),
            ("PCL injury", "tendon-and-ligament-injuries"),
            ("a partial supraspinatus tear", "rotator-cuff-tears"),
            ("pain in the lower back", "chronic-back-and-neck-pain"),
            ("a stiff, painful neck", "chronic-back-and-neck-pain"),
            ("sciatic nerve pain", "chronic-back-and-neck-pain"),
            ("slipped discs", "spinal-disc-injuries"),
            ("bulging disks", "spinal-disc-injuries"),
            ("golfer's elbow", "tendon-and-ligament-injuries"),
            ("Achilles tendinopathy", "tendon-and-ligament-injuries"),
            ("jumper's knee", "tendon-and-ligament-injuries"),
            ("wear-and-tear arthritis", "osteoarthritis"),
            ("OA of the knee", "osteoarthritis"),
            ("lumbar pain", "chronic-back-and-neck-pain"),
            ("whiplash", "chronic-back-and-neck-pain"),
            ("bad knees", "hip-and-knee-pain"),
            ("torn meniscus", "hip-and-knee-pain"),
            ("a hip labral tear", "hip-and-knee-pain"),
            ("achy knees", "hip-and-knee-pain"),
            ("shoulder rotator cuff injury", "rotator-cuff-tears"),
            ("RA", "rheumatoid-arthritis"),
            ("degenerative disc disease", "spinal-disc-injuries"),
            ("tendonitis", "tendon-and-ligament-injuries"),
            ("tendinitis in the shoulder", "tendon-and-ligament-injuries"),
            ("lateral epicondylitis", "tendon-and-ligament-injuries"),
            ("ligament sprains", "tendon-and-ligament-injuries"),
            ("facet joint pain", "chronic-back-and-neck-pain"),
            ("lumbago", "chronic-back-and-neck-pain"),
            ("cervical pain", "chronic-back-and-neck-pain"),
            ("patellar tendinitis", "tendon-and-ligament-injuries"),
            ("a ruptured disc", "spinal-disc-injuries"),
            ("inflammatory arthritis", "rheumatoid-arthritis"),
            ("an injured knee", "hip-and-knee-pain"),
            ("hip arthritis", "osteoarthritis"),
            ("worn-out knee joints", "hip-and-knee-pain"),
            ("a torn rotator cuff", "rotator-cuff-tears"),
            ("sore back", "chronic-back-and-neck-pain"),
            ("backache", "chronic-back-and-neck-pain"),
            ("neck ache", "chronic-back-and-neck-pain"),
            ("We treat injuries of the knees and hips.", "hip-and-knee-pain"),
            (
                "Degenerative problems affecting the shoulders, knees and spine.",
                "hip-and-knee-pain",
            ),
            ("Disorders of the hip respond well.", "hip-and-knee-pain"),
        ],
    )
    def test_everyday_condition_names(self, text: str, condition: str) -> None:
        assert ("condition", condition) in found(text)

    @pytest.mark.parametrize(
        "lines",
        [
            ("Warning signs of a dubious clinic:", "- Promises of a cure", "- Only 3 spots left"),
            ("Be wary of clinics that:", "- promise to cure arthritis", "- ask for a deposit"),
            ("You meet the same sales pitch:", '- "Stem cells regrow cartilage."'),
            ("Red flags include:", "Claims of no side effects", "A breakthrough, they say"),
        ],
    )
    def test_a_list_led_in_by_a_warning_is_not_the_adverts_claim(
        self, lines: tuple[str, ...]
    ) -> None:
        """The items after "Warning signs:" (bullets, or a web page's short blocks)
        inherit the lead-in's cue; conditions they name stay named."""
        assert not {"benefit", "red_flag"} & {kind for kind, _ in found(*lines)}

    @pytest.mark.parametrize("link", ["for example", "such as", "including", "for instance"])
    def test_a_lead_in_that_ends_by_linking_is_read_by_the_clause_before(self, link: str) -> None:
        """ "The FTC charged that it made false claims, for example:" reports the list
        that follows, though its last clause is only "for example"."""
        lines = (
            f"The regulators charged that the clinic made false claims, {link}:",
            '- "Get relief without painful and costly surgery!"',
        )
        assert ("benefit", "avoid-surgery") not in found(*lines)
        own = found(f"Our patients enjoy many benefits, {link}:", lines[1])
        assert ("benefit", "avoid-surgery") in own

    def test_the_adverts_own_list_and_what_follows_a_warning_list_still_count(self) -> None:
        own = found("Unlike clinics that promise cures, we:", "- regenerate cartilage")
        assert ("benefit", "tissue-regeneration") in own
        after = found(
            "Be wary of clinics that:",
            "- promise to cure arthritis",
            "",
            "Our breakthrough treatment regrows cartilage, and it does so in a way that no "
            "other clinic in the whole region can match today, as our patients tell us.",
        )
        assert {("red_flag", "miracle-language"), ("benefit", "tissue-regeneration")} <= after


def test_a_sentence_met_again_is_reported_at_each_of_its_own_places() -> None:
    # A repeated sentence is read once (speed); each repeat keeps its own line and
    # column, and the same words asked as a question make no benefit claim.
    plain = Matcher([Phrase("benefit", "cure", "cures arthritis")])
    lines = [
        "Does it cure arthritis.",
        "",
        "Yes. Does it cure arthritis.",
        "Does it cure arthritis?",
    ]
    places = [(m.line, m.column, m.text) for m in plain.scan(lines)]
    assert places == [(1, 9, "cure arthritis"), (3, 14, "cure arthritis")]


class TestIdeasInEverydayWordings:
    """Each idea found in wordings of its own (made up, no labelled page's sentence),
    and quiet on near-misses that share its words but not its meaning."""


class TestMoreWordingsOfEachIdea:
    """Ideas found in wordings new pages used, each written here in words of our own,
    and the innocent wordings beside them that must stay quiet."""

    @each_case(
        ("text", "entry"),
        [
            # a testimonial: a named patient quoted or told about, a recovery story
            ("In her own words: the injection gave me my knee back.", "testimonials-as-evidence"),
            ("Tom kindly allowed us to share his story.", "testimonials-as-evidence"),
            ("My thanks to the whole team at the clinic.", "testimonials-as-evidence"),
            ("Thank you, Dr. Lee, for everything.", "testimonials-as-evidence"),
            ("One of our patients was a retired marathon runner.", "testimonials-as-evidence"),
            ("Our patient Anna says she sleeps through the night now.", "testimonials-as-evidence"),
            ("Watch our video testimonials.", "testimonials-as-evidence"),
            ("Rated five stars by hundreds of clients.", "testimonials-as-evidence"),
            ("Her surgeon was amazed at her remarkable recovery.", "testimonials-as-evidence"),
            ("I went from limping every morning to hiking again.", "testimonials-as-evidence"),
            ("This treatment gave me my life back.", "testimonials-as-evidence"),
            ("Now I can finally kneel in the garden again.", "testimonials-as-evidence"),
            ("I would recommend this clinic to anyone.", "testimonials-as-evidence"),
            ("Patient spotlight: Maria's journey.", "testimonials-as-evidence"),
            # treatment abroad set against home rules
            ("In Panama, unlike the US, we may grow your cells for weeks.", "medical-tourism"),
            ("Our Tijuana clinic uses expanded cells that FDA rules forbid.", "medical-tourism"),
            ("We offer a cultured cell therapy that is not allowed in Canada.", "medical-tourism"),
            ("Get cell counts that are unavailable in the United States.", "medical-tourism"),
            # avoiding surgery in everyday words
            ("Relief without having to resort to an operation.", "avoid-surgery"),
            ("No need to turn to knee replacement surgery.", "avoid-surgery"),
            ("He said no to spinal fusion and chose our injections.", "avoid-surgery"),
            ("She declined the shoulder surgery her surgeon offered.", "avoid-surgery"),
            ("A move away from costly back surgery.", "avoid-surgery"),
            # a recovery without the long rehab: the low-downtime advantage
            ("You skip the months of rehab an operation needs.", "fewer-side-effects"),
            ("Home the same day, with no hospital stay.", "fewer-side-effects"),
            ("A non-invasive injection with a quick recovery.", "fewer-side-effects"),
            (
                "Less invasive, so you are spared the lengthy rehab that follows an operation.",
                "fewer-side-effects",
            ),
            ("Relief without steroid pills and their side effects.", "fewer-side-effects"),
            # official-sounding FDA words
            ("Our lab operates under FDA guidelines.", "fda-status-claim"),
            ("We follow all FDA regulations.", "fda-status-claim"),
            ("Our device received FDA clearance.", "fda-status-claim"),
            ("Our facility is FDA-regulated.", "fda-status-claim"),
            ("Processed in line with FDA standards.", "fda-status-claim"),
            # miracle words said of the treatment
            ("A pioneering therapy for worn knees.", "miracle-language"),
            ("Next-generation stem cell treatment.", "miracle-language"),
            ("Our cells can stop the gradual loss of knee cartilage.", "delay-degeneration"),
            ("It keeps the disc from being worn down any further.", "delay-degeneration"),
            ("The injection prevents further destruction of the joint.", "delay-degeneration"),
            ("Most people notice the improvement between 2 and 6 weeks later.", "promised-results"),
            ("You get relief that lasts.", "promised-results"),
            ("Because the cells are yours, safety is fully guaranteed.", "no-risk-claim"),
            ("Our method guarantees a safe treatment.", "fewer-side-effects"),
            ("It carries none of the risks of rejection or infection.", "no-risk-claim"),
            ("Thousands of our patients are living proof.", "testimonials-as-evidence"),
            ("Keep away from knee surgery with one injection.", "avoid-surgery"),
            ("Unlike major spine surgery, this takes an hour.", "avoid-surgery"),
            ("With our cells there is no need for an artificial hip.", "avoid-surgery"),
            ("Most of our patients show arthritic changes in both knees.", "osteoarthritis"),
            ("Nothing is scheduled until the fee is paid for in full.", "pay-up-front"),
            (
                "She had the same therapy that a famous quarterback received.",
                "testimonials-as-evidence",
            ),
            ("The cells keep worn cartilage from crumbling any further.", "delay-degeneration"),
            ("Cells can stop the disc from degenerating.", "delay-degeneration"),
            ("Getting away from hip surgery is possible.", "avoid-surgery"),
        ],
    )
    def test_found(self, text: str, entry: str) -> None:
        assert entry in ids(text)

    @each_case(
        ("text", "entry"),
        [
            ("In other words, the evidence is thin.", "testimonials-as-evidence"),
            ("I recommend physical therapy before anything else.", "testimonials-as-evidence"),
            ("If a patient says the pain is worse, call us.", "testimonials-as-evidence"),
            ("Read the systematic reviews of the evidence.", "testimonials-as-evidence"),
            ("Our clinic is in Cayman.", "medical-tourism"),
            ("In the US, cells may only be used on the day they are taken.", "medical-tourism"),
            ("Stem cell products are not approved in the US for knee pain.", "medical-tourism"),
            (
                "Some clinics in Mexico sell cells that are not allowed in the US.",
                "medical-tourism",
            ),
            ("Surgery needs a long recovery.", "fewer-side-effects"),
            ("You can't skip the rehab after a ligament reconstruction.", "fewer-side-effects"),
            ("There is no way around a long recovery.", "fewer-side-effects"),
            (
                "People look for ways around major surgery and long recoveries.",
                "fewer-side-effects",
            ),
            ("Good sleep and a healthy diet speed recovery.", "fewer-side-effects"),
            ("Pills often bring side effects.", "fewer-side-effects"),
            ("In the US, the FDA regulates how tissues may be used.", "fda-status-claim"),
            ("FDA regulations", "fda-status-claim"),
            ("Products that need FDA approval are drugs.", "fda-status-claim"),
            ("These cells have not received FDA approval.", "fda-status-claim"),
            ("No product of this kind has FDA clearance.", "fda-status-claim"),
            ("Our founders are pioneers of cell therapy.", "miracle-language"),
            ("Dr. Ray pioneered these injections in 2005.", "miracle-language"),
            ("A pioneer in regenerative medicine.", "miracle-language"),
            ("The scans measured cartilage loss at one year.", "delay-degeneration"),
            ("There was some improvement between visits.", "promised-results"),
            ("Nobody can guarantee that a treatment is safe.", "no-risk-claim"),
            ("Unlike surgery, these injections have not been proven.", "avoid-surgery"),
            ("A slowing of the p", "fda-status-claim"),
            ("Exercise matters for good health as we age.", "cure-claim"),
            ("It was first tried to undo the side effects of chemotherapy.", "cure-claim"),
            ("It was first tried to undo the side effects of chemotherapy.", "tissue-regeneration"),
            ("The same vesicles are sold for restoring hair.", "tissue-regeneration"),
            ("Good sleep and diet speed up recovery.", "fewer-side-effects"),
            ("The cells speed up recovery from the injury.", "fewer-side-effects"),
            ("We used the same protocol as the trial used.", "testimonials-as-evidence"),
        ],
    )
    def test_not_found(self, text: str, entry: str) -> None:
        assert entry not in ids(text)

    @pytest.mark.parametrize(
        ("text", "condition"),
        [
            ("Arthritis of the small facet joints of the spine.", "osteoarthritis"),
            ("Pain from arthritis and wear in the joint.", "osteoarthritis"),
            ("Stiff, degenerated joints of the neck.", "osteoarthritis"),
            # (papercuts1: "facet arthropathy" is back pain, not osteoarthritis, by the train
            # labels; tests/rules/test_conditions.py)
            ("Facet arthrosis of the lower back.", "osteoarthritis"),
            ("Arthritis in the ankle.", "osteoarthritis"),
            ("An injured disc in the neck.", "spinal-disc-injuries"),
            ("A dehydrated, collapsed disk.", "spinal-disc-injuries"),
            ("Injury to the intervertebral disc.", "spinal-disc-injuries"),
            ("A disc protrusion at L5.", "spinal-disc-injuries"),
        ],
    )
    def test_condition_named(self, text: str, condition: str) -> None:
        assert ("condition", condition) in found(text)

    @pytest.mark.parametrize(
        ("text", "condition"),
        [
            ("Rheumatoid arthritis in the finger joints.", "osteoarthritis"),
            ("Psoriatic arthritis of the spine.", "osteoarthritis"),
            ("A degenerative spine.", "osteoarthritis"),
        ],
    )
    def test_condition_not_named(self, text: str, condition: str) -> None:
        assert ("condition", condition) not in found(text)


class TestOutcomesOwnCellsAndRivalDrugs:
    """An outcome stated for everyone treated is a promise; your own body said to
    tolerate the cells is the own-cells sign; what a rival drug does, a limited
    movement and diseases named as complications are not the clinic's claims."""

    @pytest.mark.parametrize(
        ("text", "entry"),
        [
            ("People treated with our cells heal faster than after surgery.", "promised-results"),
            ("Athletes receiving the injection return to play sooner.", "promised-results"),
            ("You lose none of your strength after the injection.", "promised-results"),
            ("Runners keep their speed, with no loss of performance.", "promised-results"),
            (
                "Because it comes from your own body, the injection is well tolerated.",
                "own-cells-so-safe",
            ),
            ("The cells are taken from you, so they are gentle on the joint.", "own-cells-so-safe"),
            ("Our cells stop the disease from progressing.", "delay-degeneration"),
            ("Stem cells limit swelling in the joint.", "reduced-inflammation"),
        ],
    )
    def test_found(self, text: str, entry: str) -> None:
        assert entry in ids(text)

    @pytest.mark.parametrize(
        ("text", "entry"),
        [
            ("Patients treated with cells may recover faster.", "promised-results"),
            ("Some people treated with surgery lose function.", "promised-results"),
            ("Your own body holds enough stem cells.", "own-cells-so-safe"),
            ("Your own body may still react to the injection.", "own-cells-so-safe"),
            ("Disease-modifying antirheumatic drugs are the usual care.", "delay-degeneration"),
            ("Methotrexate and other DMARDs slow the disease down.", "delay-degeneration"),
            ("The knee shows swelling and movement that is limited.", "reduced-inflammation"),
            ("Good circulation and exercise speed recovery.", "fewer-side-effects"),
        ],
    )
    def test_not_found(self, text: str, entry: str) -> None:
        assert entry not in ids(text)

    def test_diseases_named_as_complications_are_not_many_conditions(self) -> None:
        text = (
            "RA is treated with drugs that leave the body open to infections and "
            "cancers; complications such as heart disease and lung disease are common."
        )
        assert "many-conditions" not in ids(text)
        assert "many-conditions" in ids("We treat RA, heart disease, lung disease and cancer.")


class TestWarningSignsBrainstormed:
    """Other ways clinics word each warning sign (made up, one idea each), and the
    innocent uses of the same words that must stay quiet."""

    @each_case(
        ("text", "flag"),
        [
            ("You will never have to live with knee pain again.", "cure-claim"),
            ("A lifetime solution for worn hips.", "cure-claim"),
            ("A fix that lasts for life.", "cure-claim"),
            ("Knees that feel ten years younger.", "cure-claim"),
            ("Our cells repair the cartilage completely.", "cure-claim"),
            ("We have never seen a single complication.", "no-risk-claim"),
            ("Not a single side effect reported.", "no-risk-claim"),
            ("Safe for everybody, young or old.", "no-risk-claim"),
            ("Up and walking within two days.", "promised-results"),
            ("Feel the difference within a week.", "promised-results"),
            ("As featured in a national magazine.", "testimonials-as-evidence"),
            ("Featured on the evening news.", "testimonials-as-evidence"),
            ("0% interest for twelve months.", "pay-up-front"),
            ("Interest-free payment plans.", "pay-up-front"),
            ("Prepay your treatment and save.", "pay-up-front"),
            ("Ask about our patient loans.", "pay-up-front"),
            ("Our trial is listed with the NIH.", "pay-to-join-trial"),
            ("A self-funded study of knee injections.", "pay-to-join-trial"),
            ("Participants cover the cost of their cells.", "pay-to-join-trial"),
            ("Treatment under IRB oversight.", "pay-to-join-trial"),
            ("Places are first come, first served.", "urgency-pressure"),
            ("Prices go up next month.", "urgency-pressure"),
            ("Introductory price for new patients.", "urgency-pressure"),
            ("Offer valid until Friday.", "urgency-pressure"),
            ("Book before the deadline.", "urgency-pressure"),
            ("Only a limited number of doses each month.", "urgency-pressure"),
            ("Our English-speaking team meets you at the clinic.", "medical-tourism"),
            ("Only 30 minutes from the border.", "medical-tourism"),
            ("Recover in a private villa.", "medical-tourism"),
            ("Our Los Cabos clinic offers what US rules do not allow.", "medical-tourism"),
            (
                "The cells are taken from your belly, so your body will not attack them.",
                "own-cells-so-safe",
            ),
            ("Nearly all of our patients report relief.", "high-success-rate"),
            ("The vast majority of our clients are satisfied.", "high-success-rate"),
            ("Our cells treat more than 80 conditions.", "many-conditions"),
            ("We treat migraines, knee arthritis, depression and hair loss.", "many-conditions"),
            ("Leading-edge stem cell therapy.", "miracle-language"),
            ("A new hope for people with arthritis.", "miracle-language"),
            ("Our patients rave about the results.", "testimonials-as-evidence"),
            ("Bundled pricing for both knees.", "pay-up-front"),
            ("Join our study for $5,000.", "pay-to-join-trial"),
            ("92% of our patients improve, far more than with placebo.", "high-success-rate"),
        ],
    )
    def test_fires(self, text: str, flag: str) -> None:
        assert ("red_flag", flag) in found(text)

    @each_case(
        ("text", "flag"),
        [
            ("Torn tendons rarely heal completely on their own.", "cure-claim"),
            ("Cartilage does not heal completely.", "cure-claim"),
            ("You should never ignore an infection.", "no-risk-claim"),
            ("No treatment is safe for everyone.", "no-risk-claim"),
            ("Complications are never fully avoidable.", "no-risk-claim"),
            ("Patients pay for treatment out of pocket.", "pay-to-join-trial"),
            ("Trials registered with the NIH are listed online.", "pay-to-join-trial"),
            ("Prices increase with the number of injections.", "urgency-pressure"),
            ("There is no deadline; take your time.", "urgency-pressure"),
            ("The procedure takes about two hours.", "medical-tourism"),
            ("The therapy is proven to work.", "promised-results"),
            ("Marrow is drawn from the back of the hip with a needle.", "own-cells-so-safe"),
            ("Almost all patients have some soreness afterwards.", "high-success-rate"),
            ("We treat knee pain, hip pain and osteoporosis.", "many-conditions"),
            ("You can take part in the study for free.", "pay-to-join-trial"),
            ("The tear starts at the leading edge of the tendon.", "miracle-language"),
            (
                "Stem cell products must be approved by the FDA before they are sold.",
                "fda-status-claim",
            ),
            ("Patients treated with surgery return to sport sooner.", "promised-results"),
            (
                "In a review, 60% of patients had less pain, similar to placebo.",
                "high-success-rate",
            ),
            ("In the sham group, 40% of patients improved too.", "high-success-rate"),
        ],
    )
    def test_stays_quiet(self, text: str, flag: str) -> None:
        assert ("red_flag", flag) not in found(text)

    def test_a_tissue_that_does_not_heal_on_its_own_is_no_claim(self) -> None:
        assert "tissue-regeneration" not in ids("Cartilage does not heal on its own.")
        assert "tissue-regeneration" not in ids("Injured discs often heal on their own.")
        assert "tissue-regeneration" in ids(
            "Cartilage does not heal on its own, but stem cells can regenerate it."
        )

    def test_hct_p_is_found_only_whole(self) -> None:
        assert "fda-status-claim" in ids("Our product is an HCT/P under the rules.")
        assert "fda-status-claim" not in ids("HCT levels were measured.")


class TestPhraseSyntaxMistakes:
    """Mistakes in phrase data that would silently widen a phrase are errors."""

    def test_each_word_of_an_alternative_is_one_word(self) -> None:
        from stemcell_cli.check.words.phrases import PhraseError

        with pytest.raises(
            PhraseError, match=re.escape("each word of a|b must be one word, not 'HCT/P'")
        ):
            Matcher([Phrase("red_flag", "x", "HCT/P|HCTP")])
        assert one("HCT P|Ps", "an HCT/P", "the p") == {"x"}
        assert one("HCT P|Ps", "the p") == set()

    def test_a_gap_at_the_end_is_an_error(self) -> None:
        """In YAML an unquoted " #" starts a comment: "fee ... #" would become "fee ..."."""
        from stemcell_cli.check.words.phrases import PhraseError

        with pytest.raises(PhraseError, match="a gap must have a word after it"):
            Matcher([Phrase("red_flag", "x", "trial fee ...")])

    def test_the_hash_hint_is_given_only_where_it_applies(self) -> None:
        """The hint to quote a phrase with # is for a phrase whose " #" YAML took for a
        comment: the matcher alone, with no file, does not give it (newcomer1: it was
        shown for any gap at the end; the file's case is in test_check_boundaries)."""
        from stemcell_cli.check.words.phrases import PhraseError

        with pytest.raises(PhraseError) as raised:
            Matcher([Phrase("red_flag", "x", "trial fee ... ...")])
        assert str(raised.value) == (
            "red_flag x: a gap must have a word after it: 'trial fee ... ...'"
        )

    @pytest.mark.parametrize("text", ["... cure", "...2 cure pain", "cure ~ ... pain"])
    def test_a_gap_at_the_start_is_an_error(self, text: str) -> None:
        """A gap with no word before it was dropped in silence ("... cure" was "cure")."""
        from stemcell_cli.check.words.phrases import PhraseError

        with pytest.raises(PhraseError, match=re.escape("a gap must have a word before it: ")):
            Matcher([Phrase("red_flag", "x", text)])

    @pytest.mark.parametrize("text", ["cure ~", "~ cure", "cure ~pain", "cure~pain", "a ~ b ~"])
    def test_a_tilde_stands_between_two_phrases(self, text: str) -> None:
        """A `~` without a phrase and a space on each side was dropped in silence ("cure ~"
        was "cure", "cure~pain" was "cure pain")."""
        from stemcell_cli.check.words.phrases import PhraseError

        with pytest.raises(PhraseError, match=re.escape("~ must have a phrase on each side")):
            Matcher([Phrase("red_flag", "x", text)])
        assert one("cure ~ pain", "the pain is a cure") == {"x"}

    @pytest.mark.parametrize("text", ["the", "the|a", "knee pain?", "the? knee", "{small}"])
    def test_a_phrase_that_can_be_one_common_word_is_an_error(self, text: str) -> None:
        """A phrase that is, or can be left as, one word of `common_words:` alone matches
        almost any sentence ("the"); it was accepted in silence. Two common words are a
        phrase ("knee pain", "tissue repair" are in today's data)."""
        from stemcell_cli.check.words.phrases import PhraseError

        common = ["the", "a", "knee", "pain"]
        groups = {"small": ["the"]}
        with pytest.raises(PhraseError, match=re.escape("one common word (common_words:)")):
            Matcher([Phrase("red_flag", "x", text)], groups, common)
        Matcher([Phrase("red_flag", "x", "knee pain")], groups, common)
        Matcher([Phrase("red_flag", "x", "the")], groups)  # (no common words given)

    def test_a_word_list_no_phrase_uses_is_compiled_too(self) -> None:
        """A word list that no phrase uses was never compiled, so its own mistakes went
        unseen (newcomer1): every list is compiled, and its problem is the list's."""
        from stemcell_cli.check.words.phrases import ListError

        with pytest.raises(ListError) as raised:
            Matcher([Phrase("red_flag", "x", "cure")], {"unused": ["kumquat", "... fee"]})
        assert (raised.value.name, raised.value.text) == ("unused", "... fee")


class TestPairsAcrossSentences:
    """A pair of wordings (`pairs:` in the word lists) makes its red flag only when both
    halves are in the text, each in any sentence: a clinic's own site abroad, and what
    home rules do not allow (treatment abroad to escape home rules)."""

    SITE = "I am back at our licensed practice site in Grand Cayman this spring."
    RULE = "In the U.S., stem cells may only be used during the same procedure."

    def test_both_halves_in_different_sentences_make_the_flag(self) -> None:
        assert "medical-tourism" in ids(self.SITE, "The sunset was lovely.", self.RULE)
        assert "medical-tourism" in ids(self.RULE, self.SITE)

    @pytest.mark.parametrize("half", [SITE, RULE])
    def test_one_half_alone_is_no_flag(self, half: str) -> None:
        assert "medical-tourism" not in ids(half)

    def test_a_half_under_a_warning_does_not_count(self) -> None:
        """Each half is read like a red flag: a cue takes it away."""
        warned = "Be wary of anyone who says: our clinic in Cancun treats knees."
        assert "medical-tourism" not in ids(warned, self.RULE)

    def test_a_negated_half_does_not_count(self) -> None:
        assert "medical-tourism" in ids("We have our own clinic in Tijuana.", self.RULE)
        assert "medical-tourism" not in ids("We do not have our own clinic in Tijuana.", self.RULE)

    def test_the_flag_is_shown_once_with_both_halves_in_text_order(self) -> None:
        report = build_report(CATALOG, AdText("test", [self.RULE, self.SITE], []), MATCHER)
        flags = [f for f in report.findings if f.match.entry_id == "medical-tourism"]
        assert len(flags) == 1
        shown = flags[0].match.text
        assert shown.startswith("In the U.S.") and "\u2026 our licensed" in shown
        assert (flags[0].match.line, flags[0].match.column) == (1, 1)

    def test_no_halves_reach_the_report(self) -> None:
        """The halves help read the text; they are no finding of their own."""
        report = build_report(CATALOG, AdText("test", [self.SITE], []), MATCHER)
        assert {f.match.kind for f in report.findings} <= {"benefit", "condition", "red_flag"}

    def test_a_flag_found_in_one_sentence_is_not_added_again(self) -> None:
        report = build_report(
            CATALOG,
            AdText("test", ["Flights and hotel are included.", self.SITE, self.RULE], []),
            MATCHER,
        )
        flags = [f for f in report.findings if f.match.entry_id == "medical-tourism"]
        assert [f.match.line for f in flags] == [1]


def _words_with(tmp_path: Path, old: str, new: str) -> Path:
    from stemcell_cli.check.words import word_lists
    from stemcell_cli.core.datadirs import shipped_dir

    words = tmp_path / "advert_words.yaml"
    text = (shipped_dir() / word_lists.FILENAME).read_text(encoding="utf-8")
    assert old in text
    words.write_text(text.replace(old, new, 1), "utf-8")
    return words


def test_a_pair_for_an_unknown_red_flag_is_a_data_error(tmp_path: Path) -> None:
    from stemcell_cli.check.words import word_lists
    from stemcell_cli.core.errors import DataError

    words = _words_with(tmp_path, "pairs:\n", "pairs:\n  no-such-flag: [[cure, knee]]\n")
    with pytest.raises(DataError) as raised:
        matcher_for(CATALOG, word_lists.load(words))
    assert "unknown red flag 'no-such-flag'" in "\n".join(raised.value.lines())


@pytest.mark.parametrize("pair", ["[[cure]]", "[[cure, knee, hip]]", "[cure]", "[[cure, 3]]"])
def test_a_pair_that_is_not_two_wordings_names_its_place(tmp_path: Path, pair: str) -> None:
    from stemcell_cli.check.words import word_lists
    from stemcell_cli.core.errors import DataError

    words = _words_with(tmp_path, "pairs:\n", f"pairs:\n  cure-claim: {pair}\n")
    with pytest.raises(DataError) as raised:
        word_lists.load(words)
    message = "\n".join(raised.value.lines())
    assert "pairs.cure-claim" in message and "two wordings" in message


class TestCarefulTextIsNoAdvert:
    """What careful pages (a regulator, a review, our own explanations) say about the
    same subjects is no warning sign: a method, a reference list, a web address, a
    reasoning reported, a risk that own cells do not remove."""

    def test_a_double_blind_trial_names_no_eye_disease(self) -> None:
        text = "A double-blind trial with blinded assessors found no difference."
        assert not {e for k, e in found(text) if k == "other_condition"}
        report = build_report(CATALOG, AdText("test", [text], []), MATCHER)
        assert "many-conditions" not in {f.match.entry_id for f in report.findings}
        lines = ["We treat knee pain, stroke, COPD and vision loss."]
        assert "many-conditions" in ids(*lines)

    def test_other_countries_alone_are_no_travel_offer(self) -> None:
        assert "medical-tourism" not in ids("Other countries regulate cell products differently.")
        assert "medical-tourism" in ids("We welcome patients from other countries.")
        assert "medical-tourism" in ids("Travel to another country for your treatment.")

    def test_who_pays_is_not_paying_up_front(self) -> None:
        assert "pay-up-front" not in ids("One knee shot cost $5,000, paid in full by the patient.")
        assert "pay-up-front" in ids("The procedure must be paid in full beforehand.")
        assert "pay-up-front" in ids("Payment is required in full before the procedure.")

    @pytest.mark.parametrize(
        "text",
        [
            "No trial compared side effects with and without cells.",
            "No tendon study measured complications over years.",
        ],
    )
    def test_what_no_study_did_is_no_safety_claim(self, text: str) -> None:
        assert not {"no-risk-claim", "fewer-side-effects"} & ids(text)

    def test_no_side_effects_is_still_a_safety_claim(self) -> None:
        assert "no-risk-claim" in ids("Our patients had no side effects.")
        # "no serious" ones is no absolute (the labelling call): the claim, not the flag
        assert ids("Our patients had no serious side effects.") >= {"fewer-side-effects"}

    @pytest.mark.parametrize(
        "text",
        [
            "The idea is that your own cells are safe because they are not rejected.",
            "The reasoning offered is that your own cells cannot be rejected.",
        ],
    )
    def test_a_reasoning_reported_is_not_the_adverts_claim(self, text: str) -> None:
        assert "own-cells-so-safe" not in ids(text)

    @pytest.mark.parametrize(
        "text",
        [
            "Your own cells are not automatically safer.",
            "Your own cells are not risk-free.",
            "Using your own cells does not remove these risks.",
        ],
    )
    def test_own_cells_said_not_to_be_safe_is_no_safety_claim(self, text: str) -> None:
        assert "own-cells-so-safe" not in ids(text)

    def test_own_cells_said_to_be_safe_still_count(self) -> None:
        assert "own-cells-so-safe" in ids("Your own cells are safe and risk-free.")
        assert "no-risk-claim" in ids("Our treatment is risk free.")

    @pytest.mark.parametrize(
        "entry",
        [
            "  3. Smith J, et al. (2019). Stem cells cure arthritis. J Orthop 4:1. DOI 10.1/x",
            "[12] FDA approves a cell therapy. https://example.org/news/fda-approves",
            "Jones K, Lee M. Revolutionary stem cell breakthrough. Nature. 2021;5:3. PMID 123",
        ],
    )
    def test_an_entry_of_a_reference_list_claims_nothing(self, entry: str) -> None:
        assert ids(entry) <= {"osteoarthritis", "rheumatoid-arthritis"}

    def test_a_study_cited_in_prose_still_counts(self) -> None:
        text = "Smith et al. (2019) found our stem cells cure arthritis."
        assert "cure-claim" in ids(text)

    def test_a_web_address_is_not_read_as_words(self) -> None:
        text = "Read more at https://example.org/2019/05/16/95-percent-success-breakthrough/"
        assert not ids(text)
        assert "high-success-rate" in ids("95 percent success, see https://example.org/more")

    def test_a_blanked_address_keeps_the_places_of_words_after_it(self) -> None:
        report = build_report(
            CATALOG, AdText("test", ["See www.example.org/x then our breakthrough."], []), MATCHER
        )
        flag = next(f for f in report.findings if f.match.entry_id == "miracle-language")
        assert flag.match.column == len("See www.example.org/x then our ") + 1

    def test_fda_listing_products_it_regulates_is_no_fda_claim(self) -> None:
        text = "FDA lists fat-derived SVF among the products it regulates."
        assert "fda-status-claim" not in ids(text)
        assert "fda-status-claim" in ids("Cells are processed in our FDA-listed laboratory.")

    def test_a_question_to_ask_about_a_registered_trial_is_no_claim(self) -> None:
        question = "Is this part of a registered clinical trial, and can I see it?"
        assert "pay-to-join-trial" not in ids(question)
        assert "pay-to-join-trial" in ids("This is part of a registered clinical trial.")


class TestIdeasOfSeriesNAndO:
    """Ideas the train pages of series n and o worded in ways no list had met, each
    with made-up wordings and near-misses."""

    @pytest.mark.parametrize(
        "text",
        [
            "More US patients now travel to Japan for cultured stem cells.",
            "Thailand has become a global hub for regenerative sports medicine.",
            "India now leads the world in this knee procedure.",
            "Korea, a world leader in cell therapy, welcomes you.",
        ],
    )
    def test_a_place_abroad_sold_as_the_place_to_go(self, text: str) -> None:
        assert "medical-tourism" in ids(text)

    @pytest.mark.parametrize(
        "text",
        [
            "The United States leads the world in stem cell research.",
            "Our clinic is your destination for knee pain relief.",
        ],
    )
    def test_no_place_abroad_is_no_travel_offer(self, text: str) -> None:
        assert "medical-tourism" not in ids(text)

    def test_a_risk_all_but_non_existent(self) -> None:
        assert "no-risk-claim" in ids("The risk of infection is all but non-existent.")
        own = "The chance of rejection is all but non-existent, as the marrow is your own."
        assert "own-cells-so-safe" in ids(own)
        assert "no-risk-claim" not in ids("The risk of infection is real.")

    def test_keeping_your_own_joint_is_avoiding_surgery(self) -> None:
        assert "avoid-surgery" in ids("This procedure could save your natural knee.")
        assert "avoid-surgery" not in ids("This procedure could save you time.")

    def test_a_plan_chosen_for_the_person(self) -> None:
        assert "personalized-treatment" in ids(
            "We explain the protocol we choose specifically for them."
        )

    def test_ligaments_named_after_what_is_wrong(self) -> None:
        assert "tendon-and-ligament-injuries" in ids(
            "It repairs ligaments that are partially torn."
        )

    @pytest.mark.parametrize(
        "text", ["Inspirational stories of patient healing.", "Her video can be watched here."]
    )
    def test_stories_of_patients_are_testimonials(self, text: str) -> None:
        assert "testimonials-as-evidence" in ids(text)

    @pytest.mark.parametrize(
        ("text", "flag"),
        [
            ("Football players suffer torn ACLs in their knees.", "testimonials-as-evidence"),
            ("Safety guarantee: every clinic is licensed.", "promised-results"),
            ("A new therapy has been showing promising results.", "promised-results"),
            ("No surgery, so none of the complications that come with surgery.", "no-risk-claim"),
        ],
    )
    def test_look_alikes_that_are_no_warning_sign(self, text: str, flag: str) -> None:
        assert flag not in ids(text)

    @pytest.mark.parametrize(
        ("text", "flag"),
        [
            ("NFL players trust our clinic.", "testimonials-as-evidence"),
            ("Results guaranteed.", "promised-results"),
            ("There are no complications at all.", "no-risk-claim"),
        ],
    )
    def test_the_warning_signs_beside_them_still_count(self, text: str, flag: str) -> None:
        assert flag in ids(text)

    @pytest.mark.parametrize(
        ("text", "claim"),
        [
            ("Most arthroscopic surgeries fail to heal the cartilage.", "tissue-regeneration"),
            ("Doctors suppress inflammation with medication.", "reduced-inflammation"),
            ("Regulators test products to make sure they are safe.", "fewer-side-effects"),
        ],
    )
    def test_what_others_do_or_fail_to_do_is_no_claim(self, text: str, claim: str) -> None:
        assert claim not in ids(text)

    def test_the_claims_beside_them_still_count(self) -> None:
        assert "tissue-regeneration" in ids("Stem cells heal the cartilage.")
        assert "reduced-inflammation" in ids("Stem cells suppress inflammation.")

    def test_an_identifier_is_no_condition(self) -> None:
        assert "rheumatoid-arthritis" not in ids("Identification number: RA-69974")
        assert "rheumatoid-arthritis" in ids("We treat RA patients.")

    def test_whether_reaches_only_the_end_of_its_clause(self) -> None:
        both = (
            "Whether you are an athlete or a weekend warrior, our stem cells regenerate cartilage."
        )
        assert "tissue-regeneration" in ids(both)
        assert "tissue-regeneration" not in ids(
            "Trials test whether stem cells regenerate cartilage."
        )

    @pytest.mark.parametrize(
        ("question", "answer", "flag"),
        [
            (
                "Are treatments with my own stem cells safe?",
                "Your own cells are safe.",
                "own-cells-so-safe",
            ),
            ("Is it FDA approved?", "Yes, it is FDA approved.", "fda-status-claim"),
            ("Is it risk-free?", "It is risk-free.", "no-risk-claim"),
        ],
    )
    def test_a_yes_no_question_raises_no_stated_warning_sign(
        self, question: str, answer: str, flag: str
    ) -> None:
        assert flag not in ids(question)
        assert flag in ids(answer)

    def test_a_cure_asked_about_is_still_a_cure_claim(self) -> None:
        assert "cure-claim" in ids("Can stem cells cure your arthritis for good?")

    def test_a_question_that_debunks_raises_nothing(self) -> None:
        assert "testimonials-as-evidence" not in ids(
            "Why are patient testimonials not scientific evidence?"
        )


def test_a_key_given_twice_in_the_word_lists_is_an_error_at_its_place(tmp_path: Path) -> None:
    """PyYAML keeps the last of two equal keys silently: a second `guards:` entry for
    the same claim would drop the first one's wordings unseen. The error names the field
    and the line of the first, as the data files' loader does (newcomer1: it was "not valid
    YAML: duplicate key 'cure-claim'", with no field)."""
    from stemcell_cli.check.words import word_lists
    from stemcell_cli.core.errors import DataError

    words = _words_with(tmp_path, "guards:\n", "guards:\n  cure-claim: [a]\n  cure-claim: [b]\n")
    first = words.read_text(encoding="utf-8").splitlines().index("  cure-claim: [a]") + 1
    with pytest.raises(DataError) as raised:
        word_lists.load(words)
    # (the shipped `cure-claim:` further down is given a third time: both are listed)
    problem, *later = raised.value.problems
    assert problem.path == "guards.cure-claim"
    assert problem.message == f"duplicate key 'cure-claim' (first at line {first})"
    assert (problem.line, problem.column) == (first + 1, 3)
    assert [p.message for p in later] == [problem.message]


def test_a_section_given_twice_in_the_word_lists_names_it_and_its_first_line(
    tmp_path: Path,
) -> None:
    """A whole section given twice (`rate_words:` again at the end of the file) is placed
    at the second, with the line of the first (newcomer1)."""
    from stemcell_cli.check.words import word_lists
    from stemcell_cli.core.errors import DataError

    words = _words_with(tmp_path, "rate_words:\n", "rate_words:\n")
    text = words.read_text(encoding="utf-8")
    first = text.splitlines().index("rate_words:") + 1
    words.write_text(text + "rate_words: [x]\n", encoding="utf-8")
    with pytest.raises(DataError) as raised:
        word_lists.load(words)
    [problem] = raised.value.problems
    assert (problem.path, problem.message) == (
        "rate_words",
        f"duplicate key 'rate_words' (first at line {first})",
    )
    assert (problem.line, problem.column) == (len(text.splitlines()) + 1, 1)


def test_stated_only_naming_an_unknown_red_flag_is_a_data_error(tmp_path: Path) -> None:
    from stemcell_cli.check.words import word_lists
    from stemcell_cli.core.errors import DataError

    words = _words_with(tmp_path, "stated_only: [", "stated_only: [no-such-flag, ")
    with pytest.raises(DataError) as raised:
        matcher_for(CATALOG, word_lists.load(words))
    assert "unknown red flag 'no-such-flag'" in "\n".join(raised.value.lines())


def test_sales_pressure_naming_an_unknown_red_flag_is_one_line_naming_its_place(
    tmp_path: Path,
) -> None:
    """`sales_pressure:` names red flags by id in data: a user's word lists naming one
    that does not exist (a flag renamed) is a data error, exit 3, one line giving the
    file, the line and column and the field, not a seller's pressure left unread."""
    from test_attacks import isolated, stemcell

    from stemcell_cli.core.datadirs import WORD_LISTS

    data = tmp_path / "data"
    words = data / WORD_LISTS
    words.parent.mkdir(parents=True)
    words.write_text("sales_pressure:\n  - urgency-pressure\n  - no-such-flag\n", "utf-8")
    advert = tmp_path / "advert.txt"
    advert.write_text("Only 3 spots left.\n", encoding="utf-8")
    run = stemcell(isolated(tmp_path), "--data-dir", str(data), "check", str(advert))
    assert run.returncode == 3, (run.stdout, run.stderr)
    assert "Traceback" not in run.stdout + run.stderr
    [line] = [line for line in (run.stdout + run.stderr).splitlines() if str(words) in line]
    assert line.endswith(f"{words}:3:5: sales_pressure: an unknown red flag 'no-such-flag'")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Only 3 spots left.", "This advert"),
        # (pay-up-front is also a `stated_only:` flag, scanned as kind "stated": layout2
        # found it never made a text an advert)
        ("Payment in full is required before treatment.", "This advert"),
        ("The clinic said its injections cure arthritis, a reporter found.", "This page"),
    ],
)
def test_sales_pressure_alone_makes_the_verdict_call_the_text_an_advert(
    tmp_path: Path, text: str, speaker: str
) -> None:
    """The shipped `sales_pressure:` as the installed command reads it: pressure to book
    is shown only by the one offering, so it alone makes the text an advert; a news-like
    sentence with a claim and no offer or pressure of its own is a page."""
    from test_attacks import isolated, stemcell

    advert = tmp_path / "advert.txt"
    advert.write_text(f"{text}\n", encoding="utf-8")
    run = stemcell(isolated(tmp_path), "check", "-f", "json", str(advert))
    assert run.returncode == 1, (run.stdout, run.stderr)  # a warning sign was found
    assert json.loads(run.stdout)["verdict"].startswith(f"{speaker} makes "), run.stdout


def test_sales_pressure_said_by_a_pair_of_a_users_lists_makes_the_text_an_advert(
    tmp_path: Path,
) -> None:
    """The verdict reads the red flags the report shows: a user's `pairs:` for a flag of
    `sales_pressure:`, both halves found, show the pressure, and the text that shows it
    is an advert (review4: its halves were read as halves, and it was called a page)."""
    from test_attacks import isolated, stemcell

    from stemcell_cli.core.datadirs import WORD_LISTS

    data = tmp_path / "data"
    words = data / WORD_LISTS
    words.parent.mkdir(parents=True)
    words.write_text(
        "pairs:\n  urgency-pressure:\n    - - demand is high\n      - prices rise in june\n",
        "utf-8",
    )
    advert = tmp_path / "advert.txt"
    advert.write_text("Demand is high. Prices rise in June.\n", encoding="utf-8")
    run = stemcell(isolated(tmp_path), "--data-dir", str(data), "check", "-f", "json", str(advert))
    assert run.returncode == 1, (run.stdout, run.stderr)
    report = json.loads(run.stdout)
    assert [f["id"] for f in report["findings"]] == ["urgency-pressure"], run.stdout
    assert report["verdict"].startswith("This advert makes "), run.stdout


def test_every_contrast_has_a_word_that_makes_its_sentence_read() -> None:
    """Clauses are worked out only for a sentence with a word of `negation.CONTRASTING`
    (or a negation): a contrast added to CONTRASTS without one of its words there would
    set nothing apart in a sentence that has no negation."""
    for contrast in negation.CONTRASTS:
        assert not negation.CONTRASTING.isdisjoint(contrast), contrast
    assert found("Osteoarthritis is distinct from rheumatoid arthritis.") == found(
        "Osteoarthritis is common."
    )


class TestCarefulPagesOfOthers:
    """What regulators, societies and journalists say of clinics' offers is no offer:
    ideas from the careful pages in benchmarks/careful/, with the advert wordings
    beside them that must still count."""

    @pytest.mark.parametrize(
        "text",
        [
            "Stem cell tourism is a growing part of medical tourism.",
            "Treatments given abroad may face much less regulatory oversight.",
            "Patients who go abroad for stem cells can be harmed.",
            "The registry clinicaltrials.gov lists studies of many kinds.",
        ],
    )
    def test_the_subject_named_is_no_offer(self, text: str) -> None:
        assert not {"medical-tourism", "pay-to-join-trial"} & ids(text)

    @pytest.mark.parametrize(
        ("text", "flag"),
        [
            ("Our medical tourism packages include the flight.", "medical-tourism"),
            ("Welcome, medical travelers!", "medical-tourism"),
            ("Thousands come to our shores for treatment.", "medical-tourism"),
            ("Our study is listed on clinicaltrials.gov.", "pay-to-join-trial"),
        ],
    )
    def test_the_offer_still_counts(self, text: str, flag: str) -> None:
        assert flag in ids(text)

    @pytest.mark.parametrize(
        "text",
        [
            "Clinics sell unproven cures.",
            "They sell cures without proof.",
            "These so-called breakthroughs have no science behind them.",
            "It is exactly what we want to hear: all natural, no surgery.",
            "Ask hard questions about curing arthritis.",
        ],
    )
    def test_a_claim_named_as_unproven_or_reported_is_not_made(self, text: str) -> None:
        assert not {"cure-claim", "miracle-language", "own-cells-so-safe"} & ids(text)

    def test_the_claims_beside_them_still_count(self) -> None:
        assert "cure-claim" in ids("Our treatment cures arthritis.")
        assert "miracle-language" in ids("A breakthrough with science behind it.")

    def test_whether_first_in_a_sentence_reaches_the_end_of_its_clause_only(self) -> None:
        asked = "Ask whether a product is approved, tested in a registered trial, or neither."
        assert "pay-to-join-trial" not in ids(asked)


class TestQuestionsWithoutNearDuplicates:
    """At most five questions, none asking what another already asks: punctuation
    does not hide a repeat ("trial," is "trial")."""

    def test_the_same_question_in_other_words_is_alike(self) -> None:
        one = (
            "Is this part of a registered clinical trial with regulator and ethics "
            "oversight, and can I see the registration?"
        )
        other = (
            "Is it part of a registered clinical trial, and can I see the registration "
            "and who oversees it?"
        )
        assert alike(one, other)

    def test_different_questions_are_not_alike(self) -> None:
        one = "What exactly is causing my hip or knee pain?"
        other = "Exactly what will be injected, and where do the cells come from?"
        assert not alike(one, other)

    def test_a_page_naming_every_condition_asks_about_a_registered_trial_once(self) -> None:
        names = [c.name for c in CATALOG.conditions.values()]
        report = build_report(
            CATALOG, AdText("test", [f"We treat {n}." for n in names], []), MATCHER
        )
        asked = [a for a in report.questions if "registered clinical trial" in a.question]
        assert len(asked) <= 1
        assert len(report.questions) <= MAX_QUESTIONS


class TestIdeasOfSeriesPAndQ:
    """Ideas the train pages of series p and q worded in ways no list had met, with
    near-misses."""

    @pytest.mark.parametrize(
        ("text", "entry"),
        [
            ("Bone marrow helps the body heal itself naturally.", "tissue-regeneration"),
            (
                "It can slow and repair every one of these kinds of arthritis damage.",
                "tissue-regeneration",
            ),
            ("The hole filled with regrown cartilage.", "tissue-regeneration"),
            ("The therapy can permanently eliminate pain and disability.", "cure-claim"),
            (
                "After shoulder ligaments have been damaged, scar tissue forms.",
                "tendon-and-ligament-injuries",
            ),
            ("Over-stretching a tendon can injure the shoulder.", "tendon-and-ligament-injuries"),
            ("It eliminates the risks of anesthesia and surgery.", "fewer-side-effects"),
            ("NQ, a 39 y/o patient, had 3 years of back pain.", "testimonials-as-evidence"),
            ("Testing has shown proven and lasting results.", "promised-results"),
        ],
    )
    def test_found(self, text: str, entry: str) -> None:
        assert entry in ids(text)

    @pytest.mark.parametrize(
        ("text", "entry"),
        [
            ("Non-surgical treatments such as physical therapy can help.", "avoid-surgery"),
            (
                "Injections hold lidocaine and a powerful anti-inflammatory steroid.",
                "reduced-inflammation",
            ),
            ("Surgery should be a last resort.", "medical-tourism"),
            ("It repairs knees without the pain and complications of surgery.", "no-risk-claim"),
            ("Is it guaranteed to work for me?", "promised-results"),
            ("Nothing in medicine is ever guaranteed.", "promised-results"),
            (
                "About 27% said they believed stem cells would avoid joint replacement.",
                "avoid-surgery",
            ),
            ("The clinic is studying how safe the cells are.", "fewer-side-effects"),
        ],
    )
    def test_not_found(self, text: str, entry: str) -> None:
        assert entry not in ids(text)

    def test_the_claims_beside_the_near_misses_still_count(self) -> None:
        assert "avoid-surgery" in ids("A non-surgical alternative to knee replacement.")
        assert "fewer-side-effects" in ids(
            "It repairs knees without the pain and complications of surgery."
        )
        assert "promised-results" in ids("Results are guaranteed.")
        assert "medical-tourism" in ids("Recover at our beach resort after treatment.")

    def test_diseases_that_cause_a_condition_are_not_offered(self) -> None:
        text = (
            "It is tied to diseases that cause inflammatory arthritis, among them psoriasis, "
            "colitis, lupus, diabetes, multiple sclerosis and heart disease."
        )
        assert "many-conditions" not in ids(text)


@pytest.mark.parametrize("mark", ["doi", "DOI", "Doi", "PMID", "pmid"])
def test_a_reference_entry_is_known_by_its_identifier_in_any_case(mark: str) -> None:
    entry = f"Jones K. Stem cells cure knee arthritis for good. Nature 5:3 (2021). {mark}: 12345"
    assert "cure-claim" not in ids(entry)
    assert "cure-claim" in ids("Jones K. Stem cells cure knee arthritis for good.")


@pytest.mark.parametrize("verb", ["alleged", "alleges", "allege"])
def test_a_claim_someone_alleges_is_not_the_adverts_own(verb: str) -> None:
    assert "cure-claim" not in ids(f"The regulators {verb} that the shots cure arthritis.")
    assert "cure-claim" in ids("Our shots cure arthritis.")


def test_a_date_is_no_count_of_patients() -> None:
    """ "December 18, 2024 to treat" is not "9 10 patients treated"."""
    dated = "Ryoncil was approved on December 18, 2024 to treat children with GVHD."
    assert "high-success-rate" not in ids(dated)
    assert "high-success-rate" in ids("9 10 patients treated say they improved.")


def test_how_few_products_are_approved_is_no_fda_status_claim() -> None:
    few = "Only 3 stem cell therapies had full FDA approval as of December 2024."
    assert "fda-status-claim" not in ids(few)
    assert "fda-status-claim" in ids("Our stem cell therapy has full FDA approval.")


def test_an_alternative_treatment_is_avoid_surgery_only_when_surgery_is_named() -> None:
    assert "avoid-surgery" not in ids(
        "The city draws people looking for alternative treatment options."
    )
    assert "avoid-surgery" in ids("Stem cells are an alternative to knee surgery.")


def test_a_quicker_recovery_that_treated_patients_experience_is_a_promised_result() -> None:
    said = "A quicker recovery is what patients who receive our therapy experience."
    assert "promised-results" in ids(said)
    assert "promised-results" not in ids("A quicker recovery matters to most people.")


def test_a_doctors_exam_for_swelling_claims_no_reduced_inflammation() -> None:
    assert "reduced-inflammation" not in ids(
        "The doctor starts by checking your knee for swelling."
    )
    assert "reduced-inflammation" in ids("Our cells calm the swelling in your knee.")


@pytest.mark.parametrize("kind", ["serious", "severe", "major"])
def test_no_serious_side_effects_is_no_absolute(kind: str) -> None:
    """Only the serious ones are ruled out: no no-risk claim, as "no side effects" is."""
    assert "no-risk-claim" not in ids(f"The trial saw no {kind} adverse effects.")
    assert "no-risk-claim" in ids("The trial saw no adverse effects at all.")


def test_a_few_approved_products_is_no_fda_status_claim() -> None:
    few = 'Only a few "stem cell therapies" are FDA-approved, mostly for blood cancers.'
    assert "fda-status-claim" not in ids(few)


@pytest.mark.parametrize("verb", ["claimed", "claims", "alleged", "boasted", "insisted"])
def test_a_quotation_its_speaker_only_claims_is_not_the_adverts_claim(verb: str) -> None:
    quoted = f'"Our shots turn back the clock on arthritis," the owner {verb}.'
    assert "cure-claim" not in ids(quoted)
    # said plainly, the same quotation is the claim of whoever publishes it
    assert "cure-claim" in ids('"Our shots turn back the clock on arthritis," the owner said.')


class TestSeriesTAndUWordings:
    """Wordings the first runs of series t and u missed or misread, each with a
    near miss that must not change."""

    @pytest.mark.parametrize(
        "text",
        [
            "With stem cell therapy, you get back in the game.",
            "Our therapy gets you back on the court.",
            "They begin to have regenerative effects almost immediately.",
            "Just one procedure gives everybody a treatment effect.",
        ],
    )
    def test_promised_results(self, text: str) -> None:
        assert "promised-results" in ids(text)

    def test_side_effects_right_away_are_no_promise(self) -> None:
        assert "promised-results" not in ids("Tell us if side effects appear right away.")

    def test_preventing_damage_to_surrounding_tissue_delays_degeneration(self) -> None:
        said = "It heals the tear while preventing damage to the surrounding tissue."
        assert "delay-degeneration" in ids(said)

    @pytest.mark.parametrize(
        "text",
        [
            "Damage to this tissue in the knee or the hip is common.",
            "It is used on knees hurt by trauma.",
        ],
    )
    def test_damage_in_the_knee_or_hip_names_knee_and_hip_pain(self, text: str) -> None:
        assert "hip-and-knee-pain" in ids(text)

    def test_science_fiction_made_real_is_miracle_language(self) -> None:
        said = "A technology that sounds like a science fiction story is a reality today."
        assert "miracle-language" in ids(said)

    def test_what_is_said_of_other_things_or_people_is_no_claim(self) -> None:
        assert "tissue-regeneration" not in ids(
            "Once a frozen shoulder has healed, it rarely returns."
        )
        assert "cure-claim" not in ids(
            "Arthroscopic surgery may cure the stiffness of the capsule."
        )
        assert "cure-claim" in ids("Our injections cure the stiffness of the capsule.")
        at_risk = "Athletes like baseball pitchers and tennis players are also at higher risk."
        assert "testimonials-as-evidence" not in ids(at_risk)
        wish = "Our patients tell us the same heartfelt wish again and again."
        assert "testimonials-as-evidence" not in ids(wish)
        assert "testimonials-as-evidence" in ids("Athletes like Tiger Woods chose our injections.")


def test_a_wish_to_walk_without_pain_is_no_testimonial() -> None:
    assert "testimonials-as-evidence" not in ids('"Doctor, I just want to walk without pain."')
    assert "testimonials-as-evidence" in ids("Six weeks later she walks without pain again.")


class TestSeriesWWordings:
    def test_cartilage_lesions_of_the_knee_name_knee_pain(self) -> None:
        said = "Results are promising in cartilage lesions, the knee joint in particular."
        assert "hip-and-knee-pain" in ids(said)

    def test_skin_ageing_and_orthopedic_issues_count_for_many_conditions(self) -> None:
        said = (
            "People with hair loss, skin aging, and autoimmune or orthopedic issues "
            "are turning to our exosome therapy."
        )
        assert "many-conditions" in ids(said)
        assert "many-conditions" not in ids("People with hair loss and skin aging try it.")


class TestWhatOthersAndTheBodyDo:
    """Series w's train false alarms, each beside the advert wording that still counts."""

    def test_natural_healing_is_the_bodys_not_a_safety_claim(self) -> None:
        said = "Autologous stem cell therapy supports natural healing with the patient's own cells."
        assert not {"own-cells-so-safe", "fewer-side-effects"} & ids(said)
        assert "own-cells-so-safe" in ids(
            "Because they are your own cells, the treatment is natural and safe."
        )

    def test_a_health_system_ensuring_safety_and_effectiveness_is_no_absolute(self) -> None:
        said = "Its well-regulated healthcare systems ensure both safety and effectiveness."
        assert "no-risk-claim" not in ids(said)
        assert "no-risk-claim" in ids("We guarantee your complete safety.")

    def test_harvesting_the_cells_is_no_alternative_to_surgery(self) -> None:
        said = "In stem cell therapy, a minimally invasive procedure harvests stem cells from fat."
        assert "avoid-surgery" not in ids(said)
        assert "avoid-surgery" in ids(
            "Stem cell therapy is a minimally invasive alternative to surgery."
        )

    def test_players_as_a_teams_cost_are_no_testimonials(self) -> None:
        assert "testimonials-as-evidence" not in ids(
            "A sidelined NBA player costs his team $27,000 a game."
        )
        assert "testimonials-as-evidence" not in ids(
            "When a star player is lost to injury, the cost is high."
        )
        assert "testimonials-as-evidence" in ids("NBA players trust our stem cell injections.")

    @pytest.mark.parametrize(
        "said",
        [
            "According to the ad, stem cell treatments could heal and regenerate tissue.",
            "The ad told readers to call now if they had any joint pain.",
        ],
    )
    def test_what_an_ad_said_reported_by_someone_else(self, said: str) -> None:
        assert not {"tissue-regeneration", "urgency-pressure"} & ids(said)
        assert {"tissue-regeneration"} <= ids(
            "Our stem cell treatments heal and regenerate tissue."
        )


def test_what_a_seller_advertised_a_thing_as_is_reported() -> None:
    said = "The clinic advertised stem cells as a life-changing miracle cure."
    assert not {"cure-claim", "miracle-language"} & ids(said)
    assert {"cure-claim", "miracle-language"} <= ids("Stem cells are a life-changing miracle cure.")


class TestSeriesXWordings:
    def test_torn_ankle_ligaments_are_a_ligament_injury(self) -> None:
        assert "tendon-and-ligament-injuries" in ids("We helped repair two torn ankle ligaments.")

    def test_the_usual_care_and_what_it_does_is_no_claim(self) -> None:
        usual = "Cortisone injections straight into the knee joint, to help bring down swelling."
        assert "reduced-inflammation" not in ids(usual)
        assert "reduced-inflammation" not in ids("Paracetamol and anti-inflammatory agents.")
        assert "reduced-inflammation" in ids("Our stem cells help bring down swelling.")

    def test_restoring_function_is_no_tissue_repair(self) -> None:
        assert "tissue-regeneration" not in ids("A guide to restoring shoulder function.")
        assert "tissue-regeneration" in ids("Our cells restore damaged shoulder cartilage.")

    def test_a_disease_said_to_be_incurable_is_no_cure_claim(self) -> None:
        assert "cure-claim" not in ids(
            "Osteoarthritis is a disease of the joints and it is incurable."
        )
        assert "cure-claim" in ids("We now treat conditions once thought incurable, and cure them.")


class TestSeriesZWordings:
    def test_inflamed_tendons_or_ligaments_are_a_tendon_condition(self) -> None:
        said = (
            "Have you hurt your shoulder, or have the tendons or ligaments in it become inflamed?"
        )
        assert "tendon-and-ligament-injuries" in ids(said)

    def test_wear_and_tear_that_left_arthritis_is_osteoarthritis(self) -> None:
        said = "Wear and tear on his body, on his knees in particular, had left him with arthritis."
        assert "osteoarthritis" in ids(said)

    def test_keeping_a_joint_from_collapse_delays_degeneration(self) -> None:
        said = "The cells may heal the dead bone and keep it from going on to collapse."
        assert "delay-degeneration" in ids(said)
