"""Diseases and complaints listed as harms or as a study's measures are no uses offered:
"side effects included insomnia, hair thinning and back pain", "steroid pills can cause
insomnia, thin skin and eye strain", "the trial measured back pain, insomnia and tired
eyes".

The many-conditions count (`report._many_conditions`) takes every other disease or
complaint a page names, by body system (firstgp1: a list of symptoms across several
systems that one product is expected to improve counts, as the issue decides the flag
"by how many distinct conditions and body systems the text offers to treat"). A
careful page lists such complaints too, as what a treatment or a drug may bring about,
or as what a trial measured; those are no conditions offered. So a match of another
disease is not counted when, looking back from it in its sentence over at most `REACH`
words, a lead of a harm or a measure comes before any word of an offer or a contrast:

- a verb of causing (`CAUSES`: "can cause", "triggered");
- a verb that opens a list (`LISTS`: "include", "such as", "were") at most `NOUN_REACH`
  words after a noun of harm (`HARMS`: "side effects", "adverse events", "risks"), with
  no word between that calls the harms few (`FEW`: "rare", "low"): "the risks are low and
  conditions include MS, autism and COPD" lists what is offered, not the risks (review19);
- a verb or noun of measuring (`MEASURES`: "measured", "assessed", "outcomes").

A word of an offer (`OFFERS`: "treat", "improve", "helps") or of contrast (`STOPS`:
"but", "unlike", "our") met first ends the look back: "unlike steroids, which cause
insomnia, our cells treat arthritis, lupus and hair loss" counts what the cells treat.
Catalog conditions are not touched: they stay named, and stay a joint system's.

The words are grammar more than content (as `disease_kinds`), and are read only around a
match of another disease: the rule costs nothing on a sentence without one.
"""

from __future__ import annotations

from collections.abc import Sequence


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Verbs that say a thing brings about what follows.
CAUSES = _words("cause causes caused causing trigger triggers triggered provoke provokes")
#: Nouns of the harms a treatment or a drug brings.
HARMS = _words("side adverse effects events reactions risks complications harms dangers toxicities")
#: Words that open a list of what a noun of harm holds.
LISTS = _words("include includes included including such like are were was is")
#: Words that call the harms few: after them, a list opened is no longer the harms'.
FEW = _words("rare rarely low minimal few uncommon negligible")
#: At most this many words from a noun of harm to the word that opens its list.
NOUN_REACH = 6
#: Verbs and nouns of what a study measured.
MEASURES = _words(
    "measured measures measuring assessed assesses assessing recorded tracked monitored "
    "scored outcomes endpoints"
)
#: Words of an offer: what follows them is offered, whatever comes before.
OFFERS = _words(
    "treat treats treating treated improve improves improving improved relieve relieves "
    "relieving ease eases easing heal heals healing help helps helping cure cures"
)
#: Words of contrast, and the offer's own voice, that end the look back.
STOPS = _words("but unlike whereas while instead our we")
#: At most this many words looked back from a match.
REACH = 16


def harm_listed(words: Sequence[str], start: int) -> bool:
    """Whether the disease named at `words[start]` stands in a list of harms or of a
    study's measures, not of uses offered."""
    first = max(0, start - REACH)
    for at in range(start - 1, first - 1, -1):
        word = words[at].casefold()
        if word in OFFERS or word in STOPS:
            return False
        if word in CAUSES or word in MEASURES:
            return True
        if word in LISTS and _opens_list(words, at) and _harms_before(words, at):
            return True
    return False


def _opens_list(words: Sequence[str], at: int) -> bool:
    """Whether `words[at]`, a word of `LISTS`, opens a list: not when the harms are
    called few right after it ("the risks are low")."""
    return at + 1 >= len(words) or words[at + 1].casefold() not in FEW


def _harms_before(words: Sequence[str], at: int) -> bool:
    """Whether a noun of harm stands at most `NOUN_REACH` words before `words[at]`, with
    no word between that calls the harms few."""
    for before in range(at - 1, max(0, at - NOUN_REACH) - 1, -1):
        word = words[before].casefold()
        if word in FEW:
            return False
        if word in HARMS:
            return True
    return False
