"""Warning signs named or said of something else, not shown (issue 14, red flags, seventh
round): words quoted in a list to be answered, breakthroughs as a field's potential, a
field's or research's aim, a cure in mice or a step closer to one, FDA approval of some
products in general, a recovery time that promises nothing. Each rule is about a kind of
sentence, with advert sentences that must raise the flag and look-alikes that must not
(made-up wordings, not pages').

The wordings live in `data/red_flags.yaml`, their guards and `debunking:` lines in
`data/check/advert_words.yaml`, and the list of quoted words in `check/sentences.py`
(`quoted_lists`); an advert sentence fails when its phrase is removed, a look-alike when
its guard or rule is removed or the phrase is written looser."""

from __future__ import annotations

import pytest
from findings import found, rule_cases

from stemcell_cli.check.sentences import quoted_lists

CURE = "cure-claim"
MIRACLE = "miracle-language"
PROMISE = "promised-results"
FDA = "fda-status-claim"

RULES = [
    (
        "words quoted in a list are named, not used",
        MIRACLE,
        (
            "Our revolutionary treatment regrows cartilage.",
            'Patients call our therapy "revolutionary."',
            'This "revolutionary" therapy is, in our words, "the future of medicine".',
            'What we offer: "revolutionary," "life-changing," "drug-free."',
        ),
        (
            'The wording is always breathless: "revolutionary," "life-changing," "the cure'
            " doctors don't want you to know about.\"",
            "The words are always the same:"
            " \u201cmiracle,\u201d \u201cbreakthrough,\u201d and worse.",
        ),
    ),
    (
        "words quoted in a list are named, not used (the cure in its last item)",
        CURE,
        (
            "Stem cells cure arthritis.",
            'Our injections are "the cure" for knee pain, say patients.',
        ),
        (
            'The wording is always breathless: "revolutionary," "life-changing," "the cure'
            " doctors don't want you to know about.\"",
        ),
    ),
    (
        "breakthroughs as what a field may one day bring",
        MIRACLE,
        (
            "Our breakthrough therapy regrows cartilage.",
            "An astonishing new treatment for bad knees.",
        ),
        (
            "The potential for medical breakthroughs with stem cells seems exciting.",
            "The potential for medical breakthroughs with stem cells looks astonishing and"
            " exciting, but we are far from it.",
            "Researchers see the prospect of breakthroughs in the next decade.",
        ),
    ),
    (
        "what changed the writer's own course, not the offer",
        MIRACLE,
        (
            "Stem cell therapy changes everything.",
            "This injection changed everything for knee pain.",
        ),
        ("In 2004 a research paper changed everything for me.",),
    ),
    (
        "the fountain of youth that people chase",
        MIRACLE,
        ("Our exosome infusion is the fountain of youth.",),
        ("People always seem to be hunting for the fountain of youth.",),
    ),
    (
        "a field's or research's aim, not the offer's claim",
        CURE,
        (
            "Our treatment reverses the damage in your knee.",
            "We cure arthritis with your own cells.",
        ),
        (
            "Regenerative medicine is a field whose aim is to reverse the damage of ageing.",
            "Stem cell research aims at a diabetes cure.",
        ),
    ),
    (
        "what cells have been studied for",
        CURE,
        ("These cells reverse the damage of aging.",),
        (
            "These cells have been studied for anti-aging effects, reversing the damage of aging.",
            "These cells have been studied for reversing the damage of arthritis.",
        ),
    ),
    (
        "a cure in laboratory animals",
        CURE,
        ("Stem cells cured my diabetes.",),
        (
            "Converted human stem cells cured mice with diabetes for nine months.",
            "Functional Cure for Diabetes in Mice Produced with Stem Cell Therapy",
        ),
    ),
    (
        "research's progress toward a cure, or a scientist's reluctance to name one",
        CURE,
        ("We offer a cure for type 1 diabetes.",),
        (
            "Scientists may have moved a step closer to a cure for type 1 diabetes.",
            "As a scientist I am always hesitant to speak of a cure.",
        ),
    ),
    (
        "cures as what research may open a way to",
        CURE,
        ("Our cells cure many diseases.",),
        ("The discovery opened a window to potential cures for diseases.",),
    ),
    (
        "FDA approval said of some products in general",
        FDA,
        (
            "Some of our products are FDA approved.",
            "Our stem cell products have been approved by the FDA.",
        ),
        ("Some stem cell products have been approved by the FDA.",),
    ),
    (
        "approval still to come, a 'yet' past the negation's reach",
        FDA,
        ("Our procedure has been approved by the FDA.",),
        (
            "Clinics offer it although the procedure has not yet been approved by the FDA.",
            "These products are yet to be cleared by the FDA.",
        ),
    ),
    (
        "a quick recovery from the procedure is no promised result",
        PROMISE,
        (
            "Quick results you can feel.",
            "Instant relief for your knees.",
        ),
        ("Quick recovery: a hospital stay is usually not needed.",),
    ),
    (
        "the usual downtime, hedged, is no promised result",
        PROMISE,
        # (promise3) a return to normal activities in days is the downtime itself, said
        # with "will" or not (the spec's call; bt11, da02, du02): a return to sport is a
        # result
        ("You will be back to sport within a few weeks.",),
        (
            "Recovery: normal activities usually resume within a few days.",
            "You will be back to normal activities within a few days.",
        ),
    ),
    (
        "a discovery that changed research",
        MIRACLE,
        ("A therapy that will revolutionize the way we treat arthritis.",),
        ("A discovery that would revolutionize the future of genetics research.",),
    ),
    (
        "what patients are promised, reported",
        MIRACLE,
        ("We give patients revolutionary therapy.",),
        ("Patients are promised revolutionary therapy, only to find they've wasted money.",),
    ),
]


@pytest.mark.parametrize(("flag", "sentence", "raised"), rule_cases(RULES))
def test_adverts_raise_the_flag_and_look_alikes_do_not(
    flag: str, sentence: str, raised: bool
) -> None:
    assert (flag in found("red_flag", sentence)) is raised, sentence


def test_promising_rewards_are_no_reported_promise() -> None:
    """Promised and promising share a stem: "the rewards are promising" reports nothing,
    so the revolutionary offer after it stays the advert's own."""
    sentence = "The rewards are promising and our revolutionary therapy regrows cartilage."
    assert MIRACLE in found("red_flag", sentence)


class TestAListOfQuotedWords:
    """`quoted_lists`: two or more quotations side by side with only spaces, commas or
    semicolons between them."""

    def test_quotations_side_by_side_are_a_list(self) -> None:
        sentence = 'Ads say "miracle," "breakthrough," "the cure" and more'
        (span,) = quoted_lists(sentence)
        assert sentence[span[0] : span[1]].strip() == '"miracle," "breakthrough," "the cure"'

    @pytest.mark.parametrize(
        "sentence",
        [
            'Patients call it "a miracle" every day',
            'It is "revolutionary" and it is "the cure"',
            'He said "yes" then she said "no"',
        ],
    )
    def test_one_quotation_or_quotations_apart_are_no_list(self, sentence: str) -> None:
        assert quoted_lists(sentence) == []

    def test_quotations_the_writer_owns_are_no_list(self) -> None:
        assert quoted_lists('Our promise: "no side effects", "no rejection"') == []
        assert quoted_lists('We say it plainly: "safe," "natural," "proven"') == []

    def test_a_long_line_of_quotes_is_read(self) -> None:
        """Each quotation holds at most 80 characters and each attempt stops at the next
        quotation mark: a line of many thousands of quotes is read (a hang, not a speed,
        fails)."""
        assert len(quoted_lists('"a," ' * 50_000)) == 1
        assert quoted_lists('"' * 200_000) == []
        assert quoted_lists(('"' + "x" * 90) * 5_000) == []
        line = 'A "miracle," ' + "word " * 50_000 + '"cure"'
        assert MIRACLE in found("red_flag", line)
