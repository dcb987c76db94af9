"""Round miracle3: "pioneered" tells who did a thing first, "pioneering" sells the offer.

The spec's miracle-language is hype used of the offer ("a breakthrough treatment",
"revolutionary stem cell therapy", "until now"). "A pioneering stem cell therapy" says
so of the therapy; the verb's past, "our institute has pioneered stem cell therapy",
"the doctor pioneered regenerative medicine in Nigeria", tells what someone did first:
a claim of priority, not a breakthrough word (first runs: i08, recorded by its labeller
before the run, and ck01 and en05, each diagnosed a rule too loose or an arguable label
and left unlabelled; red_flags.yaml says so of "we pioneered these injections"). The
two words share a stem, so the form "pioneered" is read in its own sense
(`other_senses:` in data/check/advert_words.yaml), as urgency2 read "acted" and
"hurried". Made-up sentences, each with a look-alike that must still be found, and the
brief's look-alikes.
"""

from __future__ import annotations

import pytest
from findings import flag_pair, raises, red_flags

FLAG = "miracle-language"


@pytest.mark.parametrize(
    ("priority", "hype"),
    [
        (
            "Our institute has pioneered stem cell therapy for hip necrosis.",
            "Our institute offers pioneering stem cell therapy for hip necrosis.",
        ),
        (
            "The doctor pioneered regenerative medicine in his country in 2009.",
            "The doctor offers pioneering regenerative medicine in his country.",
        ),
        (
            "Twenty years ago our founder pioneered cellular therapy for knees.",
            "Ask about our pioneering cellular therapy for knees.",
        ),
        (
            "Surgeons at the hospital pioneered biologic treatment of torn tendons.",
            "Surgeons at the hospital offer a pioneering biologic treatment of torn tendons.",
        ),
    ],
)
def test_a_thing_pioneered_is_priority_but_a_pioneering_one_is_hype(
    priority: str, hype: str
) -> None:
    """The verb's past tells who came first; the adjective sells the therapy."""
    flag_pair(FLAG, priority, hype)


@pytest.mark.parametrize(
    "sentence",
    [
        "A breakthrough treatment for knee pain.",
        "We offer revolutionary stem cell therapy.",
        "No way to reverse arthritis - until now!",
        "Discover the miracle of your own cells.",
        # the hype word beside the priority claim is still the page's own
        "We pioneered this revolutionary stem cell therapy for knees.",
    ],
)
def test_hype_used_of_the_offer_is_still_found(sentence: str) -> None:
    raises(FLAG, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "There is no miracle cure for arthritis.",
        "Beware of clinics that promise miracles.",
    ],
)
def test_miracles_denied_or_warned_of_stay_silent(sentence: str) -> None:
    assert FLAG not in red_flags(sentence), sentence


def test_a_world_pioneer_still_names_a_destination() -> None:
    """Only the form "pioneered" is read apart: medical tourism's "a world pioneer" in
    regenerative medicine, a destination's boast, is left as it was."""
    raises("medical-tourism", "Japan is now a world pioneer in regenerative medicine.")
