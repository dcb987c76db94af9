"""Warning signs that fired on the wrong sentence and missed the right one (issue 14,
red flags, third round): each rule is about a kind of sentence, with advert sentences
that must raise its flag and look-alikes that must not (made-up wordings, not pages').

The rules live in data (`data/red_flags.yaml`, the guards of each flag in
`data/check/advert_words.yaml`); a look-alike fails when its guard is removed, an
advert sentence when its phrase is removed or a guard grows too wide."""

from __future__ import annotations

import pytest
from findings import Rule, found, rule_cases

OWN = "own-cells-so-safe"
STORY = "testimonials-as-evidence"
RATE = "high-success-rate"
PROMISE = "promised-results"
CURE = "cure-claim"

# (rule, flag, advert sentences that raise it, look-alikes that do not)
RULES: list[Rule] = [
    (
        "no rejection of donor cells is not own-cells safety",
        OWN,
        (
            "Your own cells cannot be rejected by your body.",
            "Because the cells come from your own fat, there is no risk of rejection.",
            "Unlike donor cells, your own cells carry no risk of rejection.",
            "Your own cells, unlike placenta products, are never rejected.",
        ),
        (
            "Cells taken from a placenta are so young that the body does not reject them.",
            "The product is immune-privileged, with little chance of rejection.",
            "The body will never reject them, as the cells are immune privileged.",
            "Cells from an umbilical cord are not rejected by the immune system.",
            "There is no rejection, since the cells come from a donor.",
        ),
    ),
    (
        "own cells said to carry no risk are the claim, own cells said to carry risks not",
        OWN,
        (
            "Your own cells carry no risk of rejection.",
            "Because they are your own, the cells pose no danger of a reaction.",
        ),
        (
            "Even your own cells carry risks.",
            "Your own cells have still caused serious harm.",
            "Injections of your own cells carry real risks of infection.",
            "Your own cells are natural, yet they carry serious risks.",
        ),
    ),
    (
        "athletes named with amateurs are the audience, not the proof",
        STORY,
        (
            "Professional athletes trust our stem cell treatment.",
            "Elite athletes choose our clinic.",
        ),
        (
            "A new way to heal professional athletes and weekend warriors alike.",
            "From elite athletes to weekend warriors, anyone can tear a tendon.",
            "Weekend warriors and pro athletes alike can strain a hamstring.",
        ),
    ),
    (
        "athletes named in a critique of what they had are no proof",
        STORY,
        ("Football stars have used our cell injections.",),
        (
            "The injection the football star reportedly had was untested and risky.",
            "Several footballers had started experimenting with cell injections.",
            "The untested injection that the football star had was a gamble.",
        ),
    ),
    (
        "testimonials named as a lure are no testimonial",
        STORY,
        ("Read the testimonials of our happy patients.",),
        (
            "How online testimonials lure patients to shady clinics.",
            "Shady clinics lure patients with testimonials.",
        ),
    ),
    (
        "a link to a news article is no patient story",
        STORY,
        ("Read Maria's story of her recovery.",),
        ("Read Original Story", "Read the full article"),
    ),
    (
        "one person's own words of recovery",
        STORY,
        (
            "This treatment gave my life back to me.",
            "I am now 80 per cent cured.",
            "Two months on, he reports significantly more energy and less pain.",
            '"I was nervous at first," says Kowalski, now 72.',
        ),
        (
            "Patients report significantly more pain after surgery than after rest.",
            "says Kowalski, an orthopaedic surgeon at the hospital.",
        ),
    ),
    (
        "success rate as a topic is no figure",
        RATE,
        ("Our success rate is 92%.", "85% of our patients report less pain."),
        (
            "Determining a single success rate for knee injections is misleading.",
            "The success rate depends on how success is measured.",
            "Measuring the success rate takes years of follow-up.",
            "The true success rate of these injections is unknown.",
        ),
    ),
    (
        "a placebo group's figure is not the clinic's",
        RATE,
        ("In our clinic, 80% of patients improved.",),
        ("In that trial the response was 29% with placebo.",),
    ),
    (
        "the share another treatment helps is not the clinic's",
        RATE,
        ("Our injections help 90% of patients with back pain.",),
        ("Conservative treatment relieves about 90% of low back pain cases.",),
    ),
    (
        "a share of videos or sites is not a share of patients",
        RATE,
        ("Over 90% of patients report success.",),
        ("Researchers watched 150 videos, and in 90 percent of them patients praised the clinic.",),
    ),
    (
        "years are no count of patients",
        RATE,
        ("9/10 patients report less pain.",),
        ("We first tried this in 2005/2006 on patients with disc disease.",),
    ),
    (
        "each group's share that improved is a success rate",
        RATE,
        ("In 60% of the former and 75% of the latter the knee function improved.",),
        ("In 30% of the latter the pain got worse.",),
    ),
    (
        "what patients expect is no promise",
        PROMISE,
        ("You can expect quick results.", "Expect immediate relief after the injection."),
        (
            "Some patients expect quick results, but healing takes months.",
            "Many people hope for immediate relief.",
            "It is natural to expect fast results.",
            "Many patients expect quick results.",
        ),
    ),
    (
        "a hedged return is no promise",
        PROMISE,
        ("You will be back to work in two days.",),
        ("You will probably be able to return to work in a week or two.",),
    ),
    (
        "the recovery from an operation is no promise",
        PROMISE,
        ("With our cells you are back to sport in weeks.",),
        ("Athletes recovering from ACL surgery need about nine months before returning to sport.",),
    ),
    (
        "lasting results said of some patients only are no promise",
        PROMISE,
        ("Our patients enjoy lasting results.",),
        ("Patients with mild arthritis tend to have longer-lasting results.",),
    ),
    (
        "an attempt, a dream or a hedged hope of a cure is no cure claim",
        CURE,
        ("Our stem cells cure arthritis.", "The injection cures knee pain."),
        (
            "Some doctors try to cure spinal cord injury with these cells.",
            "The cells are sold as the holy grail cure for every ache.",
            "The research explores treating and possibly curing joint disease.",
        ),
    ),
    (
        "a cure said to be missing only in the past is a cure claim",
        CURE,
        (
            "There was once no available cure for pain from the facet joints.",
            "Arthritis formerly had no real cure.",
        ),
        (
            "There is no available cure for arthritis.",
            "Once a joint is worn, no injection can regrow it.",
            "Once again, these injections do not cure arthritis.",
        ),
    ),
    (
        "a condition that lasts is no permanent fix",
        CURE,
        (
            "We fix your knee pain for good.",
            "Eliminate your back pain forever.",
            "Our treatment brings relief that stays for good.",
        ),
        (
            "For some people the shoulder stays stiff for good.",
            "Their range of motion remains limited forever.",
        ),
    ),
]


@pytest.mark.parametrize(("flag", "sentence", "raised"), rule_cases(RULES))
def test_adverts_raise_the_flag_and_look_alikes_do_not(
    flag: str, sentence: str, raised: bool
) -> None:
    assert (flag in found("red_flag", sentence)) is raised, sentence
