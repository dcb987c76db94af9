"""Famous people and stories as proof, safety of one's own cells, and false alarms of cure
and miracle words (issue 14, red flags, sixth round): a famous or named person's own
recovery told as the proof with no testimonial word ("used it to fix his own backpain",
"the treatment has left Jack pain free"), own cells called safe at more length ("a low
risk option, since the cells come from your own body"), and the plain senses of cure and
miracle words (concrete that cures, a sanatorium curing tuberculosis, a bogus "cure",
"these 'miracle' stories"). Each rule is about a kind of sentence, with advert sentences
that must raise its flag and look-alikes that must not (made-up wordings, not pages').

The wordings live in `data/red_flags.yaml` and `data/check/advert_words.yaml` (the
`own-cells` list, and the guards of each flag); a look-alike fails when its guard is
removed, an advert sentence when its phrase is removed or a guard grows too wide."""

from __future__ import annotations

import pytest
from findings import MATCHER, Rule, found, rule_cases

STORY = "testimonials-as-evidence"
CURE = "cure-claim"
MIRACLE = "miracle-language"
OWN = "own-cells-so-safe"

# (rule, flag, advert sentences that raise it, look-alikes that do not)
RULES: list[Rule] = [
    (
        "a famous or named person who used the treatment to fix his or her own trouble",
        STORY,
        (
            "The former Surgeon General used it to fix his own long-standing backpain.",
            "She tried these injections to heal her own arthritic knee.",
        ),
        ("Doctors used it to treat their own patients for years.",),
    ),
    (
        "a person who had his or her knee, back or shoulder fixed or treated",
        STORY,
        (
            "Adriana came back last month to get her knees treated.",
            "He flew to Germany to have his back fixed.",
        ),
        (
            "She went abroad to have her knee injected and came home with an infection.",
            "Was it necessary for him to go abroad to have his back fixed?",
        ),
    ),
    (
        "a person left pain free or able to do things pain free",
        STORY,
        (
            "Two injections have left Jack pain free for the first time in decades.",
            "Today he can play golf, stand and walk pain free.",
        ),
        (
            "The injection itself is nearly pain free.",
            "Most patients are not pain free after one injection.",
        ),
    ),
    (
        "a person who says he or she is a believer",
        STORY,
        ('"I\'m a believer," Jack says.', "She is now a true believer in stem cells."),
        ("Believers in physical therapy will find exercises here.",),
    ),
    (
        "a person's successful treatment",
        STORY,
        (
            "Maria came back after her successful shoulder stem cell procedure.",
            "Adriana, a dentist, returned after a successful stem cell treatment in 2010.",
        ),
        ("A successful procedure depends on choosing patients well.",),
    ),
    (
        "a hedged aim to improve quality of life is no patient's story",
        STORY,
        ("The treatment improved her quality of life.",),
        (
            "It can be an option to help manage their condition and potentially improve "
            "their quality of life.",
        ),
    ),
    (
        "a booklet or information on the patient experience is no patient's story",
        STORY,
        ("Watch our patient videos.",),
        (
            "Ask for a digital booklet and more information on alternatives to surgery and "
            "the Regenexx patient experience.",
        ),
    ),
    (
        "athletes named with unproven or unapproved treatments, as research subjects or a "
        "league as a body that rules, are no proof",
        STORY,
        ("NFL players trust our stem cell injections.",),
        (
            "Since 2009, twelve NFL players are known to have had unapproved stem cell treatments.",
            "With new and unproven stem cell treatments on the rise, the NFL has a daunting task.",
            "Going by the online data on NFL players, players may not know the risks.",
            "The NFL and other sports leagues may have to evaluate, and possibly regulate, "
            "stem cell therapies.",
        ),
    ),
    (
        "famous athletes named by what cut their careers short are no proof",
        STORY,
        ("Famous athletes choose our clinic.",),
        (
            "Many famous quarterbacks such as Joe Namath had his career shortened by knee "
            "arthritis.",
            "Many elite athletes had their careers shortened by knee surgeries.",
        ),
    ),
    (
        "a comma between this and patients is no 'this patient'",
        STORY,
        ("This patient came to us after two failed surgeries.",),
        ("Given all this, patients should be cautious about stem cell injections.",),
    ),
    (
        "a material that cures as it sets is no cure of a disease",
        CURE,
        ("Our stem cells cure the arthritis in your knee.",),
        (
            "The bone cement cures in about ten minutes.",
            "During the curing period, which lasts five to seven days after placement for "
            "conventional concrete, the surface must stay moist.",
            "Coat the slab with a curing compound to seal in moisture.",
        ),
    ),
    (
        "an infection cured, as antibiotics and sanatoria did, is no cure claim",
        CURE,
        ("Stem cells can cure your back pain.",),
        (
            "The sanatorium for curing tuberculosis opened in 1863.",
            'In 1840 he published "On the Treatment and Cure of Pulmonary Consumption".',
            "Antibiotics cure most such infections.",
        ),
    ),
    (
        "what research still needs, said at length, is no cure claim",
        CURE,
        ("Our therapy is able to reverse the progression of the disease.",),
        (
            "The greatest unmet need is a therapy that can not only improve a patient's pain "
            "and function but is able to reverse, halt or slow the progression of the "
            "disease.",
        ),
    ),
    (
        "a cure named bogus or snake oil is no cure claim",
        CURE,
        ("Our cure for arthritis works where pills fail.",),
        (
            'Swallow "Total Arthritis Cure" tablets, and if these bogus treatments happen to '
            "fall on a good day, you may think they work.",
            "That cure was fraudulent from the start.",
        ),
    ),
    (
        "exercise named as the cure is no clinic's cure claim",
        CURE,
        ("Stem cells are the cure for back pain.",),
        (
            "The cure for back pain is exercise and education.",
            "Exercise is the real cure for most back pain.",
        ),
    ),
    (
        "a replaced part good as new is no cure claim",
        CURE,
        ("After our injections your knee will be good as new.",),
        ("To most people, surgery is like changing a tire: in with a new one, good as new.",),
    ),
    (
        "a league named alone is no proof; its players are",
        STORY,
        ("NFL players and NBA stars come to our clinic.",),
        ("He refused to give up his attempt to return to the NFL.",),
    ),
    (
        "a cure in the name of an institute, a fund or a meeting is no cure claim",
        CURE,
        ("Our injections cure knee arthritis.",),
        (
            "The cells were grown at the UC Davis Institute for Regenerative Cures.",
            "He founded the Miami Project to Cure Paralysis.",
        ),
    ),
    (
        "risks that remain even with one's own cells are no own-cells safety",
        OWN,
        ("With your own stem cells there is no safety risk at all.",),
        (
            "Health officials stress that there are safety risks even if your own stem cells "
            "are used.",
        ),
    ),
    (
        "an autograft, or cells taken directly from one's body, with safety said as they are",
        OWN,
        (
            "Autograft is the safest stem cell to use.",
            "There is no need for concern about allergy or reaction, as the fat is taken "
            "directly from another area of your body.",
        ),
        (
            "Autograft stem cells heal the quickest.",
            "The fat is taken directly from another area of your body.",
        ),
    ),
    (
        "donor tissue said not to be rejected, right after its name, is no own-cells safety",
        OWN,
        ("Unlike donor cells, your own cells are never rejected.",),
        ("Unlike organs, allograft transplants are not rejected by the patient's body.",),
    ),
    (
        "miracles the reader has already tried, and stories held at a distance, are not "
        "the advert's miracle words",
        MIRACLE,
        ("Our miracle injections rebuild cartilage.",),
        (
            "You have probably tried all the miracle exercises and stretches on YouTube.",
            "A million viewers saw these miracle stories on television.",
        ),
    ),
    (
        "own cells called safe because they are one's own, said at more length",
        OWN,
        (
            "It is considered a low risk option for treatment, since stem cells come from a "
            "patient's own body.",
            "Autologous stem cells are the most widely accepted, thanks to their advantages "
            "of immune compatibility.",
        ),
        (
            "It is an outpatient option for treatment, since stem cells come from a "
            "patient's own body.",
        ),
    ),
    (
        "own cells with a natural ability, or seen as foreign, are no safety claim",
        OWN,
        ("The cells come from your own body, so they are natural and safe.",),
        (
            "The cells are harvested from the patient's own body and have a natural "
            "tendency to multiply.",
            "Autologous cells have the least risk of rejection unless they become "
            "contaminated, so that the body recognizes them as foreign.",
        ),
    ),
]


@pytest.mark.parametrize(("flag", "sentence", "raised"), rule_cases(RULES))
def test_adverts_raise_the_flag_and_look_alikes_do_not(
    flag: str, sentence: str, raised: bool
) -> None:
    assert (flag in found("red_flag", sentence)) is raised, sentence


class TestASentenceThatFollowsOn:
    """A sentence that draws a consequence from the one before it ("This means", "As a
    result", "Therefore" within its first four words), or after a semicolon goes on about
    the same thing ("...; they are ..."), is also read with that sentence: own cells in
    one and safety in the next are own cells said to be safe (`sentences.follows_on`)."""

    @pytest.mark.parametrize(
        "text",
        [
            "In stem cell therapy the cells are harvested from the patient's own body. "
            "This means only minimal risks are involved.",
            "We harvest the stem cells from your own bone marrow or fat; they are a "
            "natural, safe option to heal damage.",
            "The cells come from your own fat. As a result, the injections are very safe.",
            "The cells come from your own fat. The procedure, therefore, is very safe.",
        ],
    )
    def test_own_cells_then_their_safety_in_the_next_sentence(self, text: str) -> None:
        assert OWN in found("red_flag", text)

    @pytest.mark.parametrize(
        "text",
        [
            # no link: two sentences side by side say nothing of each other
            "In stem cell therapy the cells are harvested from the patient's own body. "
            "Only minimal risks are involved.",
            # a link too late in the sentence
            "The cells come from your own fat. The doctor who runs the clinic says, as a "
            "result, the injections are very safe.",
            # a semicolon with another subject
            "We harvest the stem cells from your own bone marrow or fat; the clinic is a "
            "natural, safe place to heal.",
        ],
    )
    def test_sentences_that_do_not_follow_on_are_read_apart(self, text: str) -> None:
        assert OWN not in found("red_flag", text)

    def test_a_match_within_one_sentence_is_found_once(self) -> None:
        text = "Your own cells are safe. Therefore we use them."
        matches = MATCHER.scan([text])
        own = [m for m in matches if m.entry_id == OWN]
        assert len(own) == 1

    def test_a_long_line_of_linked_sentences_is_read(self) -> None:
        """Each sentence is joined to the one before at most once and the link is looked
        for in its first words only: a line of fifty thousand linked sentences is read
        (a hang, not a speed, fails)."""
        line = "Cells come from your own fat. Therefore they are safe. " * 50_000
        assert OWN in found("red_flag", line)
        line = "x" * 100_000 + ". " + "therefore " * 50_000
        assert OWN not in found("red_flag", line)
