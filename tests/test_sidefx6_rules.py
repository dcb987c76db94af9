"""The offer said to lessen its own harms is a safety claim (round sidefx6, `lessen` and
`treatment-harm` in `data/check/advert_words.yaml`, used by `safe`).

The spec (benchmarks/adverts/README.md, benefits): fewer-side-effects is the offer said to
be safe, low-risk, with few or no side effects. The matcher found the adjective ("fewer
complications", "low risk", "minimal side effects") but not the same claim said with a
verb whose object is the treatment's harm: "reduces complications", "minimises side
effects", "lowers the risk of complications", "which decreases the rate for
complications" (train misses dv08 and ds08, both diagnosed in the first runs as a wording
the matcher lacks, missed on the original sentence too), nor the patient said to be less
exposed to them ("less susceptible to the risks of surgery", es07). The structure read: a
verb of lessening (`lessen`) with a harm of treatment (`treatment-harm`: complications,
side or adverse effects, events or reactions) at most three words after it; a harm of
another thing ("the side effects of chemotherapy", "the complications of diabetes") or
a lessening denied is no claim. Each test gives made-up wordings, never a page's sentence,
and look-alikes that must stay as they were.
"""

from __future__ import annotations

import pytest
from findings import benefits

SAFETY = "fewer-side-effects"


@pytest.mark.parametrize(
    "claim",
    [
        "Our method reduces complications, since no healthy tendon has to be taken.",
        "We use your own cells, which lowers the rate of complications.",
        "The injection minimises side effects.",
        "This approach reduces the risk of complications.",
        "Our cell therapy decreases the chance of adverse reactions.",
        "Patients treated this way are less susceptible to the risks of an operation.",
        "Patients treated this way are less vulnerable to the risk of infection.",
    ],
)
def test_harms_lessened_by_the_offer_are_a_safety_claim(claim: str) -> None:
    assert SAFETY in benefits(claim), claim


@pytest.mark.parametrize(
    "claim",
    [
        # the adjective, found before the change and still found
        "Our injections have fewer complications than surgery.",
        "The procedure carries a low risk of complications.",
        "Side effects are minimal.",
        "With our procedure patients are less exposed to side effects.",
        # an operation's drawbacks spared (benefits1), found before and still found
        "It reduces the risks that come with an operation.",
    ],
)
def test_the_adjective_and_the_drawbacks_spared_are_still_found(claim: str) -> None:
    assert SAFETY in benefits(claim), claim


@pytest.mark.parametrize(
    "other",
    [
        # the harms of another thing
        "Doctors lower the dose to reduce the side effects of chemotherapy.",
        "Good control of blood sugar reduces the complications of diabetes.",
        "A lower dose of steroids limits the side effects of the medication.",
        # a lessening denied
        "Stem cell injections do not reduce complications.",
        # a harm that is no harm of treatment
        "Physical therapy reduces the risk of reinjury.",
        "Patients are less susceptible to reinjury after rehab.",
    ],
)
def test_harms_of_another_thing_or_denied_are_no_claim(other: str) -> None:
    assert SAFETY not in benefits(other), other
