"""One person's story told over several sentences: a testimonial with no testimonial word.

A page tells a patient's story in the third person or in quotes: the person named with
the treatment in one sentence ("the clinic used stem cells to treat Grandpa Huang, 80",
"Johna's stem cells went into her discs"), and better off a sentence or three later
("His knee pain got better within two weeks", "she has improved every day since"). No
sentence holds both, so no wording of testimonials-as-evidence finds it. Two halves are
looked for like the flag's wordings, each as a kind of its own (read like the flag: its
guards, negation, cues, another treatment named before it all hold): TOLD, one person
with the treatment (the list `story-told` of `data/check/advert_words.yaml`), and
OUTCOME, one person better off (`story-outcome`). An OUTCOME is the flag when a TOLD half
is in its sentence or in one of the REACH sentences before it, counted in the order of
the text across blocks (a news story gives each quote a paragraph of its own); the halves
are never reported themselves. The halves are also read in the first person, the patient
speaking (`my-treated` and `my-better`: "I had the first injection in August", "By early
October my shoulder had a full range of motion without pain"); "my patients" and "I have
improved the technique" are a doctor's words, no half.

A story of harm is no proof (round testimonials6): a third half, HARM (`story-harm`), one
person or patients harmed or let down ("he came home paralysed", "patients who came to
us with septic arthritis", "came away let down"), read under an entry of its own
(HARM_ENTRY, so that the flag's guards, which drop a harm in the flag's own sentence,
leave it be) but negated and asked like the others. The flag's matches (a testimonial
wording, a story's outcome) in its sentence or in the REACH sentences before or after it
are dropped: the story told is a warning, not a patient's proof.

`Story` keeps the place of the last TOLD half while the matcher hands over the matches
of each sentence in order: no word is read again, and a text with no half costs nothing
more than the halves' wordings.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

_T = TypeVar("_T")

#: The red flag the halves make.
ENTRY = "testimonials-as-evidence"
#: The kind of a half naming one person with the treatment.
TOLD = "story-told"
#: The kind of a half telling that one person is better off.
OUTCOME = "story-outcome"
#: The kind of a half telling that one person or patients came to harm.
HARM = "story-harm"
#: The entry a HARM half is read under (not the flag's: its guards would drop it).
HARM_ENTRY = "story-harm"
KINDS = frozenset({TOLD, OUTCOME, HARM})
#: The word list of each half in `advert_words.yaml` (`groups:`).
GROUPS = {TOLD: "story-told", OUTCOME: "story-outcome", HARM: "story-harm"}
#: How many sentences after a TOLD half its OUTCOME may come.
REACH = 3


class Story:
    """Where in the text (its sentences counted in order) the last TOLD half was."""

    __slots__ = ("flagged", "harmed", "sentence", "told")

    def __init__(self) -> None:
        self.sentence = 0
        self.told = -REACH - 1
        self.harmed = -REACH - 1
        #: The flag's matches within reach: (their place in the matches found, sentence).
        self.flagged: list[tuple[int, int]] = []

    def outcome_counts(self, kinds: Iterable[str]) -> bool:
        """Read the `kinds` of the matches of the current sentence: whether an OUTCOME
        among them is the flag (a TOLD half here or within REACH sentences before)."""
        here = set(kinds)
        if TOLD in here:
            self.told = self.sentence
        if HARM in here:
            self.harmed = self.sentence
        return OUTCOME in here and self.sentence - self.told <= REACH

    def harmed_near(self) -> bool:
        """Whether a HARM half is in the current sentence or within REACH before it."""
        return self.sentence - self.harmed <= REACH

    def flag(self, place: int) -> None:
        """Note a match of the flag, found at `place`, in the current sentence."""
        self.flagged.append((place, self.sentence))

    def drop_unharmed(self, found: list[_T]) -> None:
        """Take from `found` the flag's matches within REACH before a HARM half read in
        the current sentence (the caller asks only then); the notes are spent. They are
        the last few matches of a long text's `found`, deleted where they stand, not the
        list copied."""
        first = self.sentence - REACH
        dropped = sorted({place for place, sentence in self.flagged if sentence >= first})
        self.flagged.clear()
        for place in reversed(dropped):
            del found[place]
