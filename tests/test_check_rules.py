"""The matching rules of `stemcell check`, each at its boundaries, and the report's order."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from stemcell_cli.check import matcher
from stemcell_cli.check.advert import AdText
from stemcell_cli.check.matcher import Matcher, Phrase, stem
from stemcell_cli.check.report import (
    MAX_QUESTIONS,
    alike,
    build_report,
    check_view,
    lexicon_for,
    matcher_for,
    verdict,
)
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
        """`...` lets up to matcher.GAP words come between, not one more."""
        gap = " ".join(FILLER[: matcher.GAP])
        assert one("cure ... pain", f"cure {gap} pain") == {"x"}
        too_far = " ".join(FILLER[: matcher.GAP + 1])
        assert one("cure ... pain", f"cure {too_far} pain") == set()

    def test_words_must_come_in_order(self) -> None:
        assert one("cure ... pain", "pain then cure") == set()

    def test_a_wider_gap_when_asked(self) -> None:
        """`...8` lets up to eight words come between."""
        assert one("cure ...8 pain", f"cure {' '.join(FILLER)} pain") == {"x"}
        assert one("cure ...8 pain", f"cure {' '.join(FILLER * 2)} pain") == set()

    def test_either_order_near_each_other(self) -> None:
        """`A ~ B`: either part first, up to matcher.NEAR words apart."""
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
        near = " ".join(FILLER[: matcher.NEGATION_WINDOW - 1])
        assert one("cure", f"not {near} cure") == set()
        far = " ".join(FILLER[: matcher.NEGATION_WINDOW])
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
    @pytest.mark.parametrize(
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
        ],
    )
    def test_everyday_names(self, text: str, condition: str) -> None:
        assert ("condition", condition) in found(text)

    def test_acronyms_match_only_in_capitals(self) -> None:
        assert ("condition", "tendon-and-ligament-injuries") not in found("an acl")

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
        return get_renderer("text").render(check_view(report))

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

    def test_at_most_five_questions_without_near_duplicates(self) -> None:
        every = (
            "Knee pain, osteoarthritis, RA, back pain, herniated disc, tennis elbow, rotator cuff."
        )
        report = build_report(CATALOG, AdText("ad", [every], []), MATCHER)
        questions = [q for _, q in report.questions]
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
        report = build_report(CATALOG, AdText("ad", ["Physiotherapy helps."], []), MATCHER)
        assert verdict(report) == (
            "This advert makes none of the benefit claims we track and shows no warning "
            "sign we track."
        )


class TestMainText:
    def test_menus_and_text_outside_paragraphs_are_dropped(self) -> None:
        """A table layout with nothing named: link-heavy menus and unparagraphed sidebars
        and footers go; the paragraphs stay, each on its own line number."""
        from stemcell_cli.check.advert import html_lines

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
        from stemcell_cli.check.advert import html_lines

        lines, _ = html_lines("<div>Stem cells cure arthritis.</div><div>Call us.</div>")
        assert [line for line in lines if line] == ["Stem cells cure arthritis.", "Call us."]


class TestCompiledCache:
    def test_the_cache_is_used_and_never_stale(self, tmp_path: Path) -> None:
        """Unchanged word lists: no rebuild; an edited list: rebuilt, new words found."""
        from stemcell_cli.check import compiled, lexicon
        from stemcell_cli.check.report import phrases
        from stemcell_cli.core.datadirs import shipped_dir

        words = tmp_path / "advert_words.yaml"
        words.write_bytes((shipped_dir() / lexicon.FILENAME).read_bytes())
        builds: list[int] = []

        def build() -> Matcher:
            builds.append(1)
            found = lexicon.load(words)
            return Matcher(phrases(CATALOG, found), found.groups)

        def flags(text: str) -> set[str]:
            matcher = compiled.cached_matcher(CATALOG, [words], build)
            return {m.entry_id for m in matcher.scan([text])}

        assert "miracle-language" not in flags("A kumquat cure.")
        assert "cure-claim" in flags("A kumquat cure.")
        assert len(builds) == 1
        text = words.read_text(encoding="utf-8")
        words.write_text(
            text.replace("  until-now:\n", "  until-now:\n    - kumquat\n"), encoding="utf-8"
        )
        assert "miracle-language" in flags("A kumquat cure.")
        assert len(builds) == 2


def test_a_phrase_with_an_unknown_list_is_a_data_error(user_dir: Any) -> None:
    """A user's phrase naming a list that does not exist: one plain line, exit 3."""
    from typer.testing import CliRunner

    from stemcell_cli.cli.app import app

    mine = user_dir(red_flags=RED_FLAG_WITH_UNKNOWN_LIST)
    result = CliRunner().invoke(app, ["--data-dir", str(mine), "check", "-"], input="Cure.\n")
    assert result.exit_code == 3
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
    from stemcell_cli.check import lexicon
    from stemcell_cli.core.datadirs import shipped_dir
    from stemcell_cli.core.errors import DataError

    words = tmp_path / "advert_words.yaml"
    text = (shipped_dir() / lexicon.FILENAME).read_text(encoding="utf-8")
    words.write_text(text.replace("guards:\n", "guards:\n  no-such-entry: [cure]\n"), "utf-8")
    with pytest.raises(DataError) as raised:
        matcher_for(CATALOG, lexicon.load(words))
    assert "unknown entry 'no-such-entry'" in "\n".join(raised.value.lines())


def test_a_gap_beyond_the_limit_is_a_phrase_error() -> None:
    from stemcell_cli.check.matcher import PhraseError

    with pytest.raises(PhraseError, match="a gap of 1 to"):
        Matcher([Phrase("red_flag", "x", f"cure ...{matcher.MAX_GAP + 1} pain")])


class TestReadingTags:
    """Tags are read with one regular expression, as the standard library's parser
    reads them: what is skipped stays skipped, what is text stays text."""

    @pytest.mark.parametrize(
        ("page", "text"),
        [
            ("<p>a<!-- <p>cure</p> -->b</p>", ["a b"]),
            ("<p>x</p><script>if (a<b) { w('<p>cure</p>') }</script><p>y</p>", ["x", "y"]),
            ("<STYLE>p{}</STYLE><P>z &amp; w &#x41;</P>", ["z & w A"]),
            ("<p>one<br/>two</p>", ["one", "two"]),
            ('<div class="side&#98;ar">cure</div><p>text</p>', ["text"]),
            ('<a title="x>y">menu</a><p>kept</p>', ["kept"]),
            ("<p>5 < 6 and 7 > 2</p>", ["5 < 6 and 7 > 2"]),
        ],
    )
    def test_markup(self, page: str, text: list[str]) -> None:
        from stemcell_cli.check.advert import html_lines

        lines, _ = html_lines(page)
        assert [line for line in lines if line] == text

    def test_each_block_keeps_its_line(self) -> None:
        from stemcell_cli.check.advert import html_lines

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

        from stemcell_cli.check.advert import _unescaped

        assert _unescaped(text) == html.unescape(text)


class TestRedFlagScope:
    """A warning sign fires where the advert shows it, in any wording, and stays quiet
    where a page discusses it without doing it: a warning to the reader, a claim
    reported as someone else's, a debunking ("testimonials are not evidence"), a
    negated predicate ("no product is FDA approved"), danger rather than safety said
    of your own cells."""

    @pytest.mark.parametrize(
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

    @pytest.mark.parametrize(
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
