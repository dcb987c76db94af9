"""testimonials-as-evidence read by mechanism (round testimonials1): rules about a kind
of sentence, not about one page's wording, built from the first runs' false alarms and
misses of the flag sorted by what went wrong (benchmarks/adverts/ROUNDS.md).

- Famous people as proof (`check/testimonials.py`, `famous_people:` and `proof_ties:` in
  `data/check/advert_words.yaml`): an athlete or a celebrity named with nothing in the
  sentence that ties them to a treatment (who gets hurt, who is at risk, what an injury
  costs, who lives in town) is no testimonial; tied to one ("trust our stem cell
  injections", "swear by PRP", "had it done") they still are, though their injury is
  named too (the guards that each named one reason, the injured, the people at risk, a
  team's cost, went with the rule).
- One person's change for the better, with the treatment in the same sentence (the
  lists `one-person`, `better-off` and `the-treatment` of `advert_words.yaml`, two
  phrases of the flag): "after the injection, her limp was gone", "three months after
  the procedure, Marco is skiing again"; a hope, a hedge, a condition or a trouble ("the
  injection would make her feel better", "if she is walking again") is none, nor a
  product's name taken for a person's ("Regenix may improve pain"), nor another
  treatment's result.

Made-up sentences each: the famous-people look-alikes raised the flag before the rule
and the story's advert sentences did not; the story's look-alikes raise it without its
guards (hope, hedge, condition, trouble) or its limits (a word of improvement after a
verb, so that "may improve" is none).
"""

from __future__ import annotations

import pytest
from findings import Rule, found, rule_cases

from stemcell_cli.check import matcher
from stemcell_cli.check.matcher import Matcher, Phrase

STORY = "testimonials-as-evidence"

# (rule, flag, advert sentences that raise it, look-alikes that do not)
RULES: list[Rule] = [
    (
        "famous people tied to the treatment in their sentence are proof",
        STORY,
        (
            "Professional athletes trust our stem cell injections.",
            "Football players from three NFL teams have chosen this procedure.",
            "Famous golfers have received the same therapy.",
            "Celebrities swear by PRP.",
            "Tiger Woods and other professional athletes use platelet-rich plasma.",
            "Professional athletes are having it done.",
        ),
        (
            "The stadium was packed with football players and their families.",
            "Professional athletes train for hours every day.",
            "Several famous golfers live in the town.",
            "The NFL players' union held its meeting in March.",
            "Celebrities crowded the red carpet at the premiere.",
            "The town is home to many retired baseball players.",
            "Elite athletes need a diet rich in protein.",
        ),
    ),
    (
        "tied to the treatment, famous people are proof though their injury is named too",
        STORY,
        (
            "Several NFL players have had PRP injections for knee injuries and are back on the"
            " field.",
            "Star players sidelined by torn tendons have turned to our stem cell injections.",
        ),
        (
            "Tennis players depend on this ligament to keep the elbow stable.",
            "A sidelined NBA player costs his team a fortune each day.",
            "Injuries of the ankle are common among top players.",
        ),
    ),
    (
        "one person's change for the better, with the treatment in the same sentence",
        STORY,
        (
            "After the stem cell injection into her hip, her limp was gone.",
            "Three months after the procedure, Marco is skiing again.",
            "She has improved a great deal since her PRP injections.",
            "A month after her injection, Dana was cycling again.",
        ),
        (
            "If she is walking again a month after the injection, no second one is needed.",
            "Her doctor hoped the injection would make her feel better.",
            "As she still has trouble getting back to work, she has been cleared for the stem"
            " cell study.",
            "Regenix may improve pain by regenerating new cells.",
            "He paid for the injections, but his pain did not improve.",
            "After knee replacement surgery, her limp was gone.",
        ),
    ),
    (
        "other wordings of the flag need no tie",
        STORY,
        (
            "Rated 5 stars on Google by our patients.",
            "Read the stories of our patients.",
            "Joyce Mitchell, 66, had the procedure six months ago.",
        ),
        (),
    ),
]


@pytest.mark.parametrize(("flag", "sentence", "raised"), rule_cases(RULES))
def test_testimonial_rules(flag: str, sentence: str, raised: bool) -> None:
    assert (flag in found("red_flag", sentence)) is raised, sentence


def _famous_matcher() -> Matcher:
    return Matcher(
        [
            Phrase("red_flag", STORY, "professional athletes"),
            Phrase("red_flag", "other", "professional athletes"),
            Phrase(matcher.FAMOUS, matcher.PEOPLE, "athlete|athletes"),
            Phrase(matcher.FAMOUS, matcher.TIE, "cells|PRP"),
        ]
    )


@pytest.mark.parametrize(
    ("sentence", "entries"),
    [
        ("Professional athletes train every day.", {"other"}),
        ("Professional athletes use PRP.", {STORY, "other"}),
        ("Our cells help professional athletes.", {STORY, "other"}),
        ("Professional athletes train every day. We grow cells.", {"other"}),
    ],
)
def test_famous_people_need_a_tie_in_their_own_sentence(sentence: str, entries: set[str]) -> None:
    """Only testimonials-as-evidence is read so, a tie counts before or after the famous
    people, and only in their own sentence."""
    assert {m.entry_id for m in _famous_matcher().scan([sentence])} == entries


def test_a_famous_word_of_more_than_one_word_is_refused() -> None:
    from stemcell_cli.check.phrases import PhraseError

    with pytest.raises(PhraseError, match="one word"):
        Matcher([Phrase(matcher.FAMOUS, matcher.PEOPLE, "pro athletes")])
