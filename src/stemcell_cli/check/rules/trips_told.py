"""Trips: a trip told or weighed is no trip offered.

Medical tourism is travel offered: "travel packages abroad ... bundled with treatment,
or treatment offered in another country". An offer is said in the present, the future or
the imperative, by the page or to the reader ("patients travel to our clinic in Panama",
"fly to Cancun and we take care of the rest"). "A woman travelled to Mexico for an
experimental treatment", "several have traveled to other countries" and "he went
overseas for the injections" tell a trip someone took, as news; "if you are considering
treatment in another country, learn all you can about the rules" advises the reader
about one. Neither offers it.

Two lists of `data/check/advert_words.yaml` say it, by entry, in words compared as
written, not by stem ("travelled" against "travel", which share the stem "travel"):

- `told_trips:`, travel verbs written in the past ("travelled", "headed", "went"), and
  past verbs of need or choice ("had", "required", "decided") that put a trip in the
  past with "to" ("he had to travel to Mexico", flags2): a finding that opens on one,
  comes right after one, or right after one and "to", is a trip told, unless the verb
  follows "who" or "that", past "have" or "had" ("join the thousands who have
  travelled to Panama": the people described, whose main clause may offer);
- `weighed_trips:`, words of weighing a trip ("considering", "thinking", "planning"): a
  finding with one in its words or within WEIGH_REACH words before it is a trip
  weighed ("thinking about stem cell treatment in another country?", "patients
  considering treatment in another country").

Either is still an offer when its sentence holds a word of `trip_keepers:` (the page's
own, "our", "we", "here"; "I", a patient's own trip told in an advert; the present of
an offer, "offers"): "patients have travelled to our clinic", "I looked abroad", "if you
are considering treatment abroad, our coordinators arrange the flights".

A harm told of patients treated abroad is no trip offered either (tourism4): the spec
names "patients harmed abroad" as not the sign. A finding of an entry with told trips in
a sentence that tells of one person or patients harmed (the harm half of `patient_stories`,
`story-harm`: "patients have been harmed after injections at medical tourism
destinations", "some patients treated abroad have developed tumours") is a harm told,
unless the sentence holds a keeper ("paralysed patients travel to our clinic").

The words are read at and before a finding of such an entry, not looked for: the rule
costs a few look-ups per finding.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from stemcell_cli.check.words.sentences import fold

#: The kinds of the phrases that give the words of a trip told and of a trip weighed
#: (each under the entry it serves: `told_trips:`, `weighed_trips:`) and the words that
#: keep a trip offered (`trip_keepers:`, under the entry KEEPERS).
TOLD = "trip-told"
WEIGHED = "trip-weighed"
KEEPER = "trip-keeper"
KEEPERS = "keepers"
#: How many words before a finding a word of weighing may come.
WEIGH_REACH = 6
#: Words that open a relative clause: a trip told there describes people, and the main
#: clause may offer ("join the thousands who have travelled to Panama").
_RELATIVE = frozenset({"who", "that"})
#: Words that may stand between "who" and the verb ("who have travelled", "who had
#: already travelled").
_BETWEEN = frozenset({"have", "has", "had", "already", "also", "recently", "since", "ever"})


def _folded(word: str) -> str:
    """The word in small letters, the country "US" apart (`sentences.fold`)."""
    return fold(word).replace("\u2019", "'")


class Trips:
    """For each entry, the words of a trip told (a travel verb in the past) and of a trip
    weighed, and the words that keep a trip offered."""

    def __init__(
        self,
        told: Mapping[str, Iterable[frozenset[str]]],
        weighed: Mapping[str, Iterable[frozenset[str]]],
        keepers: Iterable[frozenset[str]] = (),
    ) -> None:
        self.told = {entry: frozenset().union(*words) for entry, words in told.items()}
        self.weighed = {entry: frozenset().union(*words) for entry, words in weighed.items()}
        self.keepers = frozenset().union(*keepers)

    def __bool__(self) -> bool:
        return bool(self.told or self.weighed)

    def not_offered(self, entry: str, words: Sequence[str], start: int, end: int) -> bool:
        """Whether the finding of `entry` at `words[start:end]` is a trip told or weighed,
        not offered: it opens on or comes right after a word of the entry's told trips
        (in no relative clause), or holds or comes shortly after a word of its weighed
        trips, and its sentence holds no keeper."""
        told = self.told.get(entry)
        weighed = self.weighed.get(entry)
        if not (
            (told and _told(told, words, start))
            or (
                weighed
                and any(
                    _folded(word) in weighed for word in words[max(0, start - WEIGH_REACH) : end]
                )
            )
        ):
            return False
        keepers = self.keepers
        return not any(_folded(word) in keepers for word in words)

    def harm_told(self, entry: str, words: Sequence[str]) -> bool:
        """Whether a finding of `entry` in a sentence of `words` that tells of patients
        harmed is a harm told, not a trip offered: the entry has told trips and the
        sentence holds no keeper."""
        if entry not in self.told:
            return False
        keepers = self.keepers
        return not any(_folded(word) in keepers for word in words)


def _told(told: frozenset[str], words: Sequence[str], start: int) -> bool:
    """Whether the words at `start` open a trip told: a word of `told` there, right
    before, or right before the "to" before it ("had to travel", "was required to go"),
    not after "who" or "that"."""
    if _folded(words[start]) in told:
        verb = start
    elif start > 0 and _folded(words[start - 1]) in told:
        verb = start - 1
    elif start > 1 and _folded(words[start - 1]) == "to" and _folded(words[start - 2]) in told:
        verb = start - 2  # a past of need or choice: "he had to travel to Mexico"
    else:
        return False
    before = verb - 1
    while before >= 0 and _folded(words[before]) in _BETWEEN:
        before -= 1
    return before < 0 or _folded(words[before]) not in _RELATIVE
