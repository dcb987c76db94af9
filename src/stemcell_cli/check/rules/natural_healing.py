"""The body's own course: healing told as background is no claim of the offer.

tissue-regeneration is the claim that the offered treatment repairs, regrows or
regenerates tissue. Many pages first tell the biology: "articular cartilage has no blood
vessels and so regenerates poorly once damaged", "as we age our cells renew themselves
less well", "no other cell in the body can naturally make new kinds of cell". Such a
clause says what the body, a tissue or cells do on their own (a natural capacity, its
limit or its decline) and claims nothing for the offer. The lists of `own_course:`
(`data/check/advert_words.yaml`), in words compared as written, say it:

- `course:`, wordings of one to four words of the body's own course ("poorly",
  "naturally", "on its own", "as we age", "little blood supply");
- `offer:`, words that tie the healing to the offer or to an agent that helps it
  ("stem", "injection", "PRP", "helps", "stimulates");
- `seller:`, the seller's own voice ("our", "we", "us"), which keeps the claim too, but
  not when a word of `people:` follows it ("our cells", "our body", "as we age"): then
  it is everyone's "our".

A finding of ENTRY whose clauses (those its words stand in) hold a wording of `course:`
and no word of `offer:` or of the seller's voice is the body's own course: "cartilage
cannot heal on its own, but our stem cells regrow it" and "your body heals slowly; our
injection speeds up tissue repair" still claim, in their own clause or sentence.

One more list reads the same clauses: `one_clause:` names phrases of ENTRY, their heal
word first ("{heal-verb} ... {tissue}"), whose heal word does not reach past its clause
once the clause holds its object (OBJECT_WORDS words after it): "of all the tools we have
for healing back pain, stem cell injections are the best" heals no cell, while "they can
become, and heal, many kinds of tissue" still does.

The words are read from the clauses of a finding whose sentence holds a first word of a
wording of `course:` (or, for `one_clause:`, from a finding that crosses a clause): the
rule costs little.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from stemcell_cli.check.words.sentences import Token, fold

#: The entry the rule reads.
ENTRY = "tissue-regeneration"
#: The names of the lists of `own_course:`.
COURSE = "course"
OFFER = "offer"
SELLER = "seller"
PEOPLE = "people"
ONE_CLAUSE = "one_clause"
LISTS = (COURSE, OFFER, SELLER, PEOPLE, ONE_CLAUSE)
#: Lists of one word each (of a|b|c); `course:` holds wordings of up to COURSE_WORDS
#: words, and `one_clause:` phrases of ENTRY.
WORD_LISTS = (OFFER, SELLER, PEOPLE)
COURSE_WORDS = 4
#: How many words after a heal word in its clause are its object: then a tissue past the
#: clause's end is not what it heals.
OBJECT_WORDS = 2

#: A wording of the body's own course: each of its words, in order, as the words it may
#: be (in small letters).
Wording = tuple[frozenset[str], ...]


class OwnCourse:
    """The wordings of the body's own course, by their first word, the words that keep a
    finding the offer's, and the phrases whose heal word keeps to its clause."""

    def __init__(
        self,
        course: Iterable[Wording] = (),
        offer: Iterable[frozenset[str]] = (),
        seller: Iterable[frozenset[str]] = (),
        people: Iterable[frozenset[str]] = (),
        one_clause: Iterable[str] = (),
    ) -> None:
        self.by_first: dict[str, list[Wording]] = {}
        for wording in course:
            for first in wording[0]:
                self.by_first.setdefault(first, []).append(wording)
        self.offer = frozenset().union(*offer)
        self.seller = frozenset().union(*seller)
        self.people = frozenset().union(*people)
        self.one_clause = frozenset(one_clause)

    def __bool__(self) -> bool:
        return bool(self.by_first or self.one_clause)

    def may_tell(self, words: Sequence[str]) -> bool:
        """Whether a sentence, by its words, may tell the body's own course: it holds a
        wording of `course:` (a quick test before `told`, which needs the clauses)."""
        by_first = self.by_first
        folded: list[str] | None = None
        for at, word in enumerate(words):
            found = by_first.get(word.casefold())
            if found is None:
                continue
            if folded is None:
                folded = [word.casefold() for word in words]
            if any(_holds(folded, at, wording) for wording in found):
                return True
        return False

    def told(self, words: Sequence[Token], start: int, end: int) -> bool:
        """Whether the finding at `words[start:end]` is the body's own course: its clauses
        hold a wording of `course:` and no word of the offer or of the seller's voice."""
        first, last = words[start].clause, words[end - 1].clause
        while start > 0 and words[start - 1].clause == first:
            start -= 1
        while end < len(words) and words[end].clause == last:
            end += 1
        folded = [fold(word.text) for word in words[start:end]]
        told = False
        for at, word in enumerate(folded):
            if word in self.offer:
                return False
            if word in self.seller and (at + 1 == len(folded) or folded[at + 1] not in self.people):
                return False
            if not told:
                told = any(_holds(folded, at, wording) for wording in self.by_first.get(word, ()))
        return told

    def may_reach(self, text: str, start: int, end: int) -> bool:
        """Whether a finding of the phrase `text` at `start:end` is long enough to read a
        tissue past a clause whose heal word has its object (a quick test before
        `reaches_across`, which needs the clauses)."""
        return end - start > OBJECT_WORDS + 1 and text in self.one_clause

    def reaches_across(self, text: str, words: Sequence[Token], start: int, end: int) -> bool:
        """Whether a finding of the phrase `text` (one of `one_clause:`, its heal word
        first) reads its tissue across a clause boundary though the heal word's clause
        already holds an object: OBJECT_WORDS words or more after the heal word ("healing
        back pain, stem cell ..."). A heal word that ends its clause may find its object
        past an aside or a comma ("they can become, and heal, many kinds of tissue",
        "form new, healthy tissue")."""
        if text not in self.one_clause:
            return False
        clause = words[start].clause
        if words[end - 1].clause == clause:
            return False
        return start + OBJECT_WORDS < end and words[start + OBJECT_WORDS].clause == clause


def _holds(folded: Sequence[str], at: int, wording: Wording) -> bool:
    """Whether the words in small letters `folded` hold `wording` from `at` on (its first
    word already found there)."""
    return at + len(wording) <= len(folded) and all(
        folded[at + i] in wording[i] for i in range(1, len(wording))
    )
