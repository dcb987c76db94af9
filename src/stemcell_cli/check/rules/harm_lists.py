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

- a verb of causing (`causes:` "can cause", "triggered");
- a word that opens a list (`lists:` "include", "such as", "were") at most `NOUN_REACH`
  words after a noun of harm (`harms:` "side effects", "adverse events", "risks"), with
  no word between that calls the harms few (`few:` "rare", "low"), nor right after it:
  "the risks are low and conditions include MS, autism and COPD" lists what is offered,
  not the risks (review19);
- a verb or noun of measuring (`measures:` "measured", "assessed", "outcomes").

A word of an offer (`offers:` "treat", "improve", "helps") or of contrast (`stops:`
"but", "unlike", "our") met first ends the look back: "unlike steroids, which cause
insomnia, our cells treat arthritis, lupus and hair loss" counts what the cells treat.
Catalog conditions are not touched: they stay named, and stay a joint system's.

The words are the lists of `harm_lists:` in `data/check/advert_words.yaml` (review19),
compared as written in small letters; the matcher builds `HarmLists` from them
(`building._read_rule_lists`) and keeps it with its compiled form
(`building._RULE_TABLES`). They are read only around a match of another disease: the
rule costs nothing on a sentence without one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

#: The names of the lists of `harm_lists:` (`data/check/advert_words.yaml`).
CAUSES = "causes"
HARMS = "harms"
LISTS_NAME = "lists"
FEW = "few"
MEASURES = "measures"
OFFERS = "offers"
STOPS = "stops"
LISTS = (CAUSES, HARMS, LISTS_NAME, FEW, MEASURES, OFFERS, STOPS)
#: At most this many words from a noun of harm to the word that opens its list.
NOUN_REACH = 6
#: At most this many words looked back from a match.
REACH = 16


class HarmLists:
    """The words of `harm_lists:`, each list a set of words in small letters: verbs of
    causing, nouns of harm, words that open a list, words that call the harms few, words
    of measuring, of an offer and of contrast."""

    def __init__(
        self,
        causes: Iterable[frozenset[str]] = (),
        harms: Iterable[frozenset[str]] = (),
        lists: Iterable[frozenset[str]] = (),
        few: Iterable[frozenset[str]] = (),
        measures: Iterable[frozenset[str]] = (),
        offers: Iterable[frozenset[str]] = (),
        stops: Iterable[frozenset[str]] = (),
    ) -> None:
        self.causes = frozenset().union(*causes)
        self.harms = frozenset().union(*harms)
        self.lists = frozenset().union(*lists)
        self.few = frozenset().union(*few)
        self.measures = frozenset().union(*measures)
        self.offers = frozenset().union(*offers)
        self.stops = frozenset().union(*stops)

    def __bool__(self) -> bool:
        return bool(self.lists)

    def listed(self, words: Sequence[str], start: int) -> bool:
        """Whether the disease named at `words[start]` stands in a list of harms or of a
        study's measures, not of uses offered."""
        first = max(0, start - REACH)
        for at in range(start - 1, first - 1, -1):
            word = words[at].casefold()
            if word in self.offers or word in self.stops:
                return False
            if word in self.causes or word in self.measures:
                return True
            if word in self.lists and self._opens_list(words, at) and self._harms_before(words, at):
                return True
        return False

    def _opens_list(self, words: Sequence[str], at: int) -> bool:
        """Whether `words[at]`, a word of `lists`, opens a list: not when the harms are
        called few right after it ("the risks are low")."""
        return at + 1 >= len(words) or words[at + 1].casefold() not in self.few

    def _harms_before(self, words: Sequence[str], at: int) -> bool:
        """Whether a noun of harm stands at most `NOUN_REACH` words before `words[at]`,
        with no word between that calls the harms few."""
        for before in range(at - 1, max(0, at - NOUN_REACH) - 1, -1):
            word = words[before].casefold()
            if word in self.few:
                return False
            if word in self.harms:
                return True
        return False
