"""Round miracle2: a miracle word in scare quotes is named, not used.

The spec's miracle-language is hype used to sell the offer. A hype word set alone in
quotation marks, a quotation of at most SCARE_WORDS words ('a "breakthrough" clinic',
'the next "magic shot"', "the 'miracle water' of old"), is the writer holding the
word at a distance: the scare quotes of a critic, a reporter or a warning, which by the
recorded call ("a page that discusses a warning sign does not show it") is not the
page's own hype (`sentences.scare_quoted`). The writer's own "we", "our" or "us" before
it keeps it ('our "miracle" shot'), and so does a hype word outside the quotes ('a
"miracle" breakthrough'). Longer quotations are someone's words quoted, read by the
rules of reported speech. Made-up sentences, never a page's; each scare-quoted case
here was found before the rule.
"""

from __future__ import annotations

import pytest
from findings import red_flags

from stemcell_cli.check.sentences import scare_quoted

MIRACLE = "miracle-language"


@pytest.mark.parametrize(
    "text",
    [
        'Before you book your next "miracle shot" for a bad knee, read the trials.',
        'The mall downtown has a "breakthrough" treatment for arthritis.',
        "Like the 'miracle water' of a century ago for gout, it may cost a fortune.",
        "Surgeons doubt the \u201crevolutionary\u201d procedure offered at the fair.",
        'The mall kiosk calls these injections "cutting-edge" regenerative care.',
        "A \u2018game changer\u2019 for knees, the leaflet said, with no trial behind it.",
    ],
)
def test_a_miracle_word_in_scare_quotes_is_no_miracle_language(text: str) -> None:
    """Hype words held at a distance in quotation marks are named, not used."""
    assert MIRACLE not in red_flags(text), text


@pytest.mark.parametrize(
    "text",
    [
        # the look-alikes of the brief: hype used to sell, no quotation marks
        "A revolutionary breakthrough in joint pain.",
        "Until now there was no way to regrow cartilage.",
        "The miracle of stem cells can heal your knee.",
        "This cutting-edge therapy is changing lives.",
        # the writer's own word in quotes
        'Our "miracle" shot rebuilds your knee.',
        'Ask us about the "breakthrough" knee injection we offer.',
        # a hype word outside the quotes
        'A "Miracle" Medical Breakthrough for knees.',
        # a longer quotation is not scare quotes (reported speech has its own rules)
        'The clinic held an open day called "Medicine of the future" for knee patients.',
        # an apostrophe is no quotation mark
        "Doctors' revolutionary knee therapy is here.",
    ],
)
def test_hype_used_to_sell_is_still_found(text: str) -> None:
    """Hype words the page uses itself stay miracle language."""
    assert MIRACLE in red_flags(text), text


def test_scare_quoted_spans() -> None:
    """Short quotations only, and none after the writer's own words."""
    sentence = 'A "breakthrough" shot, not "the end of the line for knee surgery" at all.'
    spans = scare_quoted(sentence)
    assert [sentence[a:b] for a, b in spans] == ['"breakthrough"']
    assert scare_quoted('We sell the "miracle" shot.') == []
    assert scare_quoted("The patients' knees and the doctors' hopes.") == []
