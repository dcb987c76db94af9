"""Patient stories and promised results read like a person (issue 14, red flags): a named
patient's story is a testimonial without the word; athletes named as the injured, what
patients go through, a hope and a hedged outcome are not the warning signs."""

from __future__ import annotations

import subprocess
import sys

import pytest
from findings import CATALOG
from findings import red_flags as flags

from stemcell_cli.check.matcher import Matcher, Phrase
from stemcell_cli.check.wordings import lexicon_for

STORY = "testimonials-as-evidence"
PROMISE = "promised-results"


def only(phrase: str, *lines: str) -> bool:
    """Whether a matcher that knows only `phrase` finds it in `lines`."""
    matcher = Matcher([Phrase("red_flag", "x", phrase)], lexicon_for(CATALOG).groups)
    return bool(matcher.scan(list(lines)))


class TestNames:
    """`@name` in a phrase: a capitalised word that no phrase uses and that is none of the
    common words a sentence starts with."""

    @pytest.mark.parametrize(
        "line",
        ["Wayne is a 60-year-old retired planner.", "Yesterday Ann is a 55 year old, she said."],
    )
    def test_a_capitalised_word_is_a_name(self, line: str) -> None:
        assert only("@name is|was a|an # year old", line)

    @pytest.mark.parametrize(
        "line",
        [
            "This is a 10-year-old study.",  # a common word that starts a sentence
            "It was a 5 year old device.",
            "wayne is a 60-year-old planner.",  # no capital
            "WAYNE is a 60-year-old planner.",  # capitals only
            "Patients is a 3 year old forum.",  # a word the phrases use
        ],
    )
    def test_common_and_uncapitalised_words_are_no_names(self, line: str) -> None:
        assert not only("@name is|was a|an # year old", line)

    def test_a_possessive_name_is_a_name(self) -> None:
        assert only("@name story", "Adriana's Story")
        assert not only("@name story", "Our Story")

    def test_a_name_is_one_of_the_choices_of_a_word(self) -> None:
        assert only("his|@name story", "Adriana's Story")
        assert not only("his|@name story", "A name story")  # the word "name" is no name


class TestNamedPatientStories:
    @pytest.mark.parametrize(
        "line",
        [
            "Joyce Mitchell, 66, had the procedure for painful arthritis six months ago.",
            "Maria, 58, had been told she needed a new knee.",
            "Wayne is a 60-year-old retired financial planner.",
            "Gilbert was 59 when he was first seen for a knee injury.",
            "Sixty-six-year-old Joyce Mitchell had the procedure last spring.",
            "Adriana's Story",
            "Eight months after his injection, Wayne reports 75 percent improvement.",
            "Esther Arroyo Conde is a case in point.",
        ],
    )
    def test_a_named_patient_is_a_story(self, line: str) -> None:
        assert STORY in flags(line)

    @pytest.mark.parametrize(
        "line",
        [
            "Of the patients in the trial, 40 had the procedure twice.",  # a count, no name
            "The patient, 66, had the procedure.",  # a role, not a name
            "This is a 10-year-old study of knee injections.",
            "It was 2015 when the clinic opened.",
            # a patient harmed is a warning, not proof
            "Jim Gass, 66, had stem cell treatments in Mexico and was left paralysed.",
        ],
    )
    def test_a_count_or_a_role_is_no_story(self, line: str) -> None:
        assert STORY not in flags(line)


class TestOutcomeOfOnePerson:
    @pytest.mark.parametrize(
        "line",
        [
            "On top of that, she's walking again.",
            "Thanks to god and to the treatment I can climb the stairs.",
            "I can walk now and climb the stairs, she said.",
            "She said the treatments have improved her quality of life.",
            "She said each day, her knees are feeling better.",
            "His treated knee is still 95 percent better.",
            "By 2015 the knee was doing well, an amazing result.",
            "It was the best decision he could have made.",
            "Stem cell therapy kept their dreams alive.",
            "A video arrived showing him tearing through big weights.",
            "Below are videos of actual patients who have been treated telling their stories.",
            "Stem cell therapy helps Lebanon woman walk again.",
            "Wells looked for the same procedure that Tiger Woods and Hines Ward had.",
            "Twelve Athletes Who Have Used Stem Cell Therapy",
            "I was about 80% better after the three treatments.",
            "His dad could barely walk, but now he's better than ever.",
            "The treatments have done wonders for the 94-year-old.",
            "The story of his father getting saved by an experimental stem cell treatment.",
            "Gibson's father experienced significant improvements after stem cell therapy.",
            "Patsy White is seeing first hand the benefits of this procedure.",
            '"I can do everything I used to do," she said.',
            "Since the injection I feel like a new person.",
            'PRP made him "feel 27 years old again".',
            "I have my life back.",
            "I would definitely do it again.",
            "I wish I had done it sooner.",
            "Now I have no more pain in my knee.",
        ],
    )
    def test_one_persons_recovery_is_a_story(self, line: str) -> None:
        assert STORY in flags(line)

    @pytest.mark.parametrize(
        "line",
        [
            "Stem cells may improve your quality of life.",
            "His knees are getting worse every year.",
            "Watch a video of the procedure.",
            "Athletes who have had knee injuries often need surgery.",
            "Bone marrow transplants have saved lives in leukemia.",
            "The new wing was about 80% complete.",
            "You can do everything you used to do before the injury.",
            "Patients often feel like a new person after surgery.",
            "If I had known, I would not do it again.",
            "I have no more questions.",
        ],
    )
    def test_look_alikes_are_no_story(self, line: str) -> None:
        assert STORY not in flags(line)


class TestNotTestimonials:
    @pytest.mark.parametrize(
        "line",
        [
            "Most patients experience some soreness at the injection site.",
            "Many patients experience a noticeable improvement after six months.",
            "Tiger Woods, PGA all-star, suffered a serious injury to his ACL in 2008.",
            "Injuries can be devastating for professional athletes.",
            "Much of the evidence on professional athletes' recovery is anecdotal.",
        ],
    )
    def test_what_patients_go_through_and_injured_athletes(self, line: str) -> None:
        assert STORY not in flags(line)

    @pytest.mark.parametrize(
        "line",
        ["Read our patients' experiences.", "Professional athletes trust our clinic."],
    )
    def test_reviews_and_athletes_as_proof_still_count(self, line: str) -> None:
        assert STORY in flags(line)


class TestPromisedResults:
    @pytest.mark.parametrize(
        "line",
        [
            "With surgery you can predict when you'll be walking again.",
            "Most patients notice modest improvements in the first 1-2 months.",
            "Athletes have had promising results with it.",
            "He believed the cells might give him relief that lasts.",
            "Some patients feel better within days, while others take months.",
        ],
    )
    def test_a_hedge_or_a_hope_is_no_promise(self, line: str) -> None:
        assert PROMISE not in flags(line)

    @pytest.mark.parametrize(
        "line",
        [
            "You'll be walking again in two weeks.",
            "Patients feel improvement within 2 weeks.",
            "We promise results.",
            "Our therapy gives relief that lasts.",
            "Our clinical trials prove you will be back to sport in weeks.",
        ],
    )
    def test_a_promise_still_counts(self, line: str) -> None:
        assert PROMISE in flags(line)

    @pytest.mark.parametrize(
        "line",
        [
            "In the trial, pain scores improved within 6 months.",
            "A 2019 study found that patients' pain improved within 12 weeks of the injection.",
            "Researchers reported improvement in function at 6 and 12 months.",
            "Participants showed relief within weeks, though the study had no control group.",
            "In one small trial, patients were back to sport in 3 months on average.",
        ],
    )
    def test_an_outcome_a_study_reports_is_no_promise(self, line: str) -> None:
        assert PROMISE not in flags(line)


def test_a_long_text_of_names_and_ages_is_read_to_the_end() -> None:
    """The name rule keys each word once: a 4 MB advert of names, ages and stories, one
    sentence, is read (the timeout only guards against a hang)."""
    advert = ("Maria Joyce Wayne, 58, 66, had Adriana's Story was " * 80_000).encode()
    result = subprocess.run(
        [sys.executable, "-m", "stemcell_cli", "check", "-", "-f", "json", "--no-fail"],
        input=advert,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert STORY.encode() in result.stdout
