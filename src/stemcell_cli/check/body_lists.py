"""A trouble shared along a list of body parts: "injuries to her elbow, wrist and knee".

A page names the knee or the hip as one item of a list that a single word of trouble
governs: "a bad neck, shoulder and hip", "pain in the back, the shoulders and the
knees", "knee, elbow and ankle injuries", and, as the place of a treatment, "shots into
the neck, the elbow and the knee". The phrases that read such a list (those using the
groups `listed-trouble`, `listed-treated` and `listed-trouble-after` of
`data/check/advert_words.yaml`) let up to 8 words come between the trouble and the knee
or hip; a match counts only when every one of those words is a body part or a small
word of a list (`LIST_WORDS`): "the pain in her shoulder went away after she bought new
knee pads" names no knee pain.

The words between are read only for a match of such a phrase, so the rule costs nothing
on a sentence without one.
"""

from __future__ import annotations

from collections.abc import Sequence

#: The groups whose phrases read a list (each phrase spells one of them).
_MARKS = ("{listed-trouble}", "{listed-treated}", "{listed-trouble-after}")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Body parts a list may name beside the knee or the hip.
BODY_PARTS = _words(
    """knee knees hip hips shoulder shoulders elbow elbows wrist wrists ankle ankles
    toe toes finger fingers thumb thumbs hand hands foot feet neck necks back backs
    spine joint joints leg legs arm arms"""
)
#: The small words of a list, the prepositions of the trouble, and the words of the
#: trouble said again of a later item ("damaged joints, hips and knees").
LIST_WORDS = BODY_PARTS | _words(
    """and or the a an his her their your my our its both either each one two left
    right lower upper especially particularly mainly mostly notably such as like
    including e g in to of into for affecting other several many all aging ageing
    damaged injured worn painful sore bad arthritic stiff aching achy swollen weak
    creaky old"""
)

_listed: dict[str, bool] = {}


def reads_a_list(text: str) -> bool:
    """Whether a phrase reads a list of body parts (it spells one of `_MARKS`)."""
    known = _listed.get(text)
    if known is None:
        known = _listed[text] = any(mark in text for mark in _MARKS)
    return known


def between_listed(words: Sequence[str], start: int, end: int) -> bool:
    """Whether every word strictly between the first and the last word of the match
    `words[start:end]` is a body part or a small word of a list."""
    return all(word.casefold() in LIST_WORDS for word in words[start + 1 : end - 1])
