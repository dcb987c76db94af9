"""One patient's story told as proof without a testimonial word (issue 14, red flags,
fifth round): the doctor tells the case in the third person ("she let me know the
injection had worked", "her surgeon was impressed"), quotes a patient's e-mail or letter,
names the patient with an age or as "one of our patients", or shows the patient's MRI;
a news report says "for Al, it worked". Each rule is about a kind of sentence, with
advert sentences that must raise testimonials-as-evidence and look-alikes that must not
(made-up wordings, not pages').

The wordings live in `data/red_flags.yaml` (testimonials-as-evidence) and their guards in
`data/check/advert_words.yaml`; an advert sentence fails when its phrase is removed, a
look-alike when its guard is removed or the phrase is written looser."""

from __future__ import annotations

import pytest
from findings import found, rule_cases

STORY = "testimonials-as-evidence"

# (rule, advert sentences that raise the flag, look-alikes that do not)
RULES: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    (
        "it worked for a named person, or for him, her or me",
        (
            "For Al, it worked.",
            "It worked for Margaret, who now gardens every day.",
            "The injection worked for him within a month.",
            "I had my doubts, but the treatment worked for me.",
        ),
        (
            "Physical therapy worked for him for a while, then the pain came back.",
            "Cortisone injections worked for her for a few weeks.",
            "Nobody knows whether it worked for him or whether the pain eased by itself.",
            "It worked for some patients in the trial.",
        ),
    ),
    (
        "a patient's report relayed by the doctor",
        (
            "Last week she let me know that our injection of stem cells had worked well.",
            "He told us that the injections had worked.",
            "Maria wrote to me that the procedure helped her walk again.",
        ),
        (
            "Let us know if the pain returns after the procedure.",
            "She let me know that the pain in her knee was worse in the mornings.",
            "He told us his knee had hurt for years.",
        ),
    ),
    (
        "the patient's own doctor or surgeon impressed",
        (
            "Her orthopedic surgeon was impressed.",
            "His doctor was amazed by the follow-up scan.",
        ),
        (
            "Her surgeon was surprised by the infection that followed the injection.",
            "His doctor was shocked at the damage the clinic had done.",
            "Surgeons were impressed by the new arthroscope.",
        ),
    ),
    (
        "a patient's e-mail, letter or message quoted as proof",
        (
            "Then this e-mail arrived from a patient I had treated 18 months ago.",
            "Here is a letter from one of our patients.",
            "We received this message from a grateful client last week.",
        ),
        (
            "I get emails from patients asking whether stem cells could help them.",
            "We receive many letters from patients with questions about costs.",
            "The clinic received a warning letter from the FDA about its patients.",
        ),
    ),
    (
        "a patient the doctor treated, named by whose knee or whom",
        (
            "A patient whose right and left knees I had treated wrote to me.",
            "Donna, a woman in her 60s whom we treated last spring, got in touch.",
        ),
        (
            "A patient whose knees I treated for an infection after a clinic's injection "
            "came back.",
            "The man whom we treated for complications had been injected abroad.",
        ),
    ),
    (
        "his or her pain gone, told of one person",
        (
            "Four years after his surgery, his pain is gone.",
            "Within a couple of weeks, his neuropathic pain was gone.",
            "Her symptoms had vanished by the summer.",
        ),
        (
            "His pain was not gone, and he needed surgery after all.",
            "Her pain had returned within a month.",
        ),
    ),
    (
        "a named patient with an age, or one of the doctor's patients named",
        (
            "Donna is an active 61-year-old who looks to be in her mid-40s.",
            "Our first stem cell patient is a 35 year old female with knee pain.",
            "One of those patients, Jose Belsol, was training for a triathlon.",
            "For one of his patients, Rob Attori, the treatment cut healing time to nine weeks.",
        ),
        (
            "This is a 10-year-old study of a few patients.",
            "One of our patients' most common questions is about cost.",
            "One of those patients, Jim Gass, was left paralysed after injections abroad.",
        ),
    ),
    (
        "one person's change from pain to little or none",
        (
            "She went from non-functional, with difficulty walking, to very little pain.",
            "She went from struggling on the stairs to almost no pain.",
        ),
        (
            "Her pain went from mild to severe after the injection.",
            "She went from running marathons to no running at all.",
        ),
    ),
    (
        "a patient's thanks or blessing",
        (
            "I cannot thank you enough.",
            "Dr. Lee and his team, I can't thank you enough for giving me my knees back.",
            "The clinic has been one of the biggest blessings in my life.",
        ),
        (
            "We cannot thank you enough for your donation to our research fund.",
            "We can't thank our volunteers enough for their support of the trial.",
        ),
    ),
    (
        "one patient's scan shown as the proof",
        (
            "You can view the MRI after image on the right to see the gap has gone away.",
            "Here is her 2 year MRI.",
        ),
        (
            "After imaging, the doctor guides the needle into the joint.",
            "An MRI before treatment shows whether you are a candidate.",
        ),
    ),
    (
        "a patient's report of an excellent result",
        (
            "She is still reporting excellent resolution of her symptoms.",
            "Al reported complete relief after the second injection.",
        ),
        (
            "Patients in the trial reported complete relief about as often as those given "
            "a placebo.",
            "She reported complete relief from physical therapy before she ever saw us.",
        ),
    ),
    (
        "a named patient's words or response told as a feature story",
        (
            '"I wanted to show horses," reminisces Sylvia, 78.',
            "Sylvia responded quickly and positively to the regenerative medicine protocol.",
        ),
        (
            "Patients who responded well to the injections were older.",
            "Reminisces of the 1970s, 20 years on.",
        ),
    ),
    (
        "one person's activity made possible by the treatment, or doing remarkably well",
        (
            "This is his third year of helicopter skiing made possible by the intervention "
            "he had undergone.",
            "Both are doing amazingly well two months after the injections.",
            "Donna is doing remarkably well.",
        ),
        (
            "This research was made possible by a grant from the foundation.",
            "His trip was made possible by his daughter's savings.",
            "She was doing remarkably well after her hip replacement surgery.",
        ),
    ),
    (
        "a named patient who found her cure",
        ("Haynes found her cure in the form of placenta stem cells.",),
        (
            "She never found her cure.",
            "Researchers found their answer in a larger trial.",
        ),
    ),
]


@pytest.mark.parametrize(
    ("flag", "sentence", "raised"),
    rule_cases([(rule, STORY, adverts, lookalikes) for rule, adverts, lookalikes in RULES]),
)
def test_adverts_raise_the_flag_and_look_alikes_do_not(
    flag: str, sentence: str, raised: bool
) -> None:
    assert (flag in found("red_flag", sentence)) is raised, sentence
