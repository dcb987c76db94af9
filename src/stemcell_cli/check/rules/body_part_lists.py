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

A trouble may also be named apart from the places it strikes, which follow as examples
or as where it is common (round conds2): "pain that would not go away, e.g. in the knee,
the back or the wrists", "strain can damage tissues of the body such as the lower back,
knees and hips", "tears of this tissue are especially common in the knees". The phrases
of the group `listed-apart` read such a trouble; `between_listed` keeps their match only
when the words before the knee or hip are a list of body parts that opens with an example
or a place of frequency (`_opens_examples`), the words between the trouble and that list
make no new clause and name no treatment (`_CLAUSE_BREAKS`), and no operation or harvest
follows the knee or hip ("operations such as knee replacements", "places such as the hip
bone"; `_NOT_TROUBLE_AFTER`).

The words between are read only for a match of such a phrase, so the rule costs nothing
on a sentence without one.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

#: The groups whose phrases read a list (each phrase spells one of them).
_MARKS = ("{listed-trouble}", "{listed-treated}", "{listed-trouble-after}", "{listed-apart}")
#: The mark of a trouble named apart from its list (`_apart_listed`).
_APART = "{listed-apart}"


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

#: Words right before a list that make it the trouble's examples: "for example the knee".
_EXAMPLE_LEADS = _words("example instance")
#: Words of frequency before "in" that make the list where the trouble is common:
#: "especially common in the knees", "often in the hips".
_FREQUENT = _words("common commonly frequent frequently often usually typically")
#: Words of focus that, before "in", open a list of the trouble's places: "especially in
#: the hip".
_FOCUS = _words("especially particularly mainly mostly notably")
#: Words between a trouble and its list that start another clause or name a treatment:
#: "little pain when cells are taken from places such as the hip", "in pain, patients
#: undergo operations such as knee replacements", "little pain or downtime, and results
#: in areas such as the knee are good" (a later trouble word after "and" or "or" opens
#: its own match: "pain and stiffness, especially in the knee").
_CLAUSE_BREAKS = _words(
    """but while whereas although though because since when whenever after before then
    so yet until unless if and or surgery surgeries operation operations replacement
    replacements treatment treatments therapy therapies injection injections shot shots
    procedure procedures taken drawn harvested removed"""
)
#: Words after the knee or hip that make it an operation or a harvest site, not a seat
#: of the trouble: "such as knee replacements", "such as the hip bone".
_NOT_TROUBLE_AFTER = _words(
    """replacement replacements surgery surgeries arthroplasty arthroplasties arthroscopy
    operation operations bone bones crest crests brace braces pad pads implant implants"""
)

_listed: dict[str, bool] = {}


def reads_a_list(text: str) -> bool:
    """Whether a phrase reads a list of body parts (it spells one of `_MARKS`)."""
    known = _listed.get(text)
    if known is None:
        known = _listed[text] = any(mark in text for mark in _MARKS)
    return known


def between_listed(words: Sequence[str], start: int, end: int, text: str = "") -> bool:
    """Whether every word strictly between the first and the last word of the match
    `words[start:end]` is a body part or a small word of a list (for a phrase `text` of
    `listed-apart`, whether the list is the trouble's, `_apart_listed`)."""
    if _APART in text:
        return _apart_listed(words, start, end)
    return all(word.casefold() in LIST_WORDS for word in words[start + 1 : end - 1])


def _opens_examples(lead: str, run: Sequence[str]) -> bool:
    """Whether the list `run` (its words before the knee or hip), after the word `lead`,
    gives the trouble's examples or the places where it is common."""
    if lead in _EXAMPLE_LEADS:
        return True
    opens_in = bool(run) and run[0] == "in"
    if lead in _FREQUENT and opens_in:
        return True
    if len(run) > 1 and run[0] in _FOCUS and run[1] == "in":
        return True
    pairs = set(pairwise(run))
    return "like" in run or "including" in run or ("such", "as") in pairs or ("e", "g") in pairs


def _apart_listed(words: Sequence[str], start: int, end: int) -> bool:
    """Whether a trouble (`words[start]`) names the knee or hip that ends the match: the
    words before it are list words back to the trouble's own clause, the list opens with
    an example or a place of frequency, that clause holds no break, and no operation or
    harvest follows the knee or hip."""
    if end < len(words) and words[end].casefold() in _NOT_TROUBLE_AFTER:
        return False
    folded = [word.casefold() for word in words[start + 1 : end - 1]]
    first = len(folded)
    while first > 0 and folded[first - 1] in LIST_WORDS:
        first -= 1
    lead = folded[first - 1] if first > 0 else ""
    if not _opens_examples(lead, folded[first:]):
        return False
    return not any(word in _CLAUSE_BREAKS for word in folded[:first])
