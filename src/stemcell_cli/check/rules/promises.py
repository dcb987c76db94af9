"""Promises: an outcome or a timeline is promised only when it is said as what the
treatment gives, not as what happened, what might happen or how the procedure heals.

The spec's promised results ("results in days", "back to sport in weeks", "you will be
pain free") are said as a fact or to the reader, in the present or the future. The same
words told of the past ("The results were remarkable and lasted a decade", "within a week
he was back on the golf course": a study's or a named patient's outcome reported),
hedged ("potentially offering a long-term solution", "you could be back on the course")
or said of the procedure's own after-effects ("some soreness for a few days, though many
are back to their usual activities soon") promise nothing. So a finding of an entry of
`unpromised:` (`data/check/advert_words.yaml`) is dropped when one of the entry's words
(a past tense, a hedge, an after-effect) stands inside it or within REACH words before
it in its clause, or is the word right after it in its clause (timeline1: the outcome
told as the subject of a past verb, "improvement at 12 months was modest"). "May" and
"can" are no such hedge: the recorded calls keep "you may feel some relief right away"
and "can live a pain-free life" promises.

A promise is said of the offer as what it gives (promise3): a word of `promise_leads:`
anywhere in the finding's lead, its sentence before it and the finding itself back to a
word that turns the sentence ("but", `sentences.CLAUSE_WORDS`) or a colon or semicolon,
tells the outcome as what happened ("three men all had a remarkable fall in pain after a
single injection", "its clinicians promised relief") or only as possible ("the potential
for real tissue repair and lasting relief"), and unsays it too; not right after "who",
"that" or "which", where it tells who is meant ("patients who had failed surgery").

A wording of two words in `unpromised:` is read the same way, its words in a row
(firstfg1): a healing told as a deed done to one person, a heal verb in the past with
the person's "my", "his", "her" or "their" right after it ("Dr. Rodriguez healed my
husband's wound in five days"), is what happened, not what the offer gives. One word alone would
not tell it: "healed" is also the participle of a promise ("you will be healed within
weeks"), and no participle takes an object after it.

The words are read from a sentence that holds such a finding, not looked for: the rule
costs nearly nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from stemcell_cli.check.words.sentences import CLAUSE_WORDS, Token, clause_start, clause_stop

#: How many words before a finding, in its clause, are read for a word that unsays it.
REACH = 4

#: How many words after a finding, in its clause, are read for a word that unsays it.
AFTER = 1

#: The entry id under which the words read over a finding's whole lead are kept
#: (`promise_leads:`).
LEADS = "leads"
#: Marks between two words that end a lead: what comes before them is another statement.
_TURNS = frozenset(";:")
#: Words after which a word of the lead tells who is meant, not what happened.
_RELATIVE = frozenset({"who", "that", "which"})

#: A wording of words compared as written: each of its words, in order, as the words it
#: may be (in small letters).
Wording = tuple[frozenset[str], ...]


class Unpromised:
    """For each entry, the words (in small letters, compared as written: "was" and
    "were", not a stem) that tell its finding as past, hedged or of the procedure's
    after-effects."""

    def __init__(self, wordings: Mapping[str, Iterable[Wording]]) -> None:
        self.words: dict[str, frozenset[str]] = {}
        #: by entry, its wordings of two words or more (firstfg1)
        self.wordings: dict[str, tuple[Wording, ...]] = {}
        for entry, found in wordings.items():
            if entry == LEADS:
                continue
            found = tuple(found)
            self.words[entry] = frozenset().union(*(w[0] for w in found if len(w) == 1))
            longer = tuple(w for w in found if len(w) > 1)
            if longer:
                self.wordings[entry] = longer
        self.leads: frozenset[str] = frozenset().union(*(w[0] for w in wordings.get(LEADS, ())))
        firsts = (w[0] for found in self.wordings.values() for w in found)
        self.every = frozenset().union(self.leads, *self.words.values(), *firsts)

    def __bool__(self) -> bool:
        return bool(self.every)

    def takes(self, entry: str) -> bool:
        """Whether a finding of `entry` may be unsaid: the entry takes the rule."""
        return entry in self.words

    def may_unsay(self, words: Sequence[str]) -> bool:
        """Whether a sentence, by its words, may unsay a finding: it holds a word that
        unsays (a quick test before `unsaid`, which reads the entry's own words around
        the finding; asked once a sentence, not at each finding, which made a sentence
        of thousands of findings slow by its square: attack8)."""
        return any(word.casefold() in self.every for word in words)

    def unsaid(
        self, entry: str, words: Sequence[Token], start: int, end: int, sentence: str = ""
    ) -> bool:
        """Whether the finding `words[start:end]` of `entry` (of `sentence`) holds one of
        its words, or has one within REACH words before it or AFTER words after it in its
        clause, or whether its lead holds a word of `promise_leads:` (`told`)."""
        if entry not in self.words:
            return False
        unsaying = self.words[entry]
        if self.leads and self.told(words, end, sentence):
            return True
        first = clause_start(words, start, REACH)
        last = clause_stop(words, start, end, AFTER)
        folded = [words[i].text.casefold() for i in range(first, last)]
        if any(word in unsaying for word in folded):
            return True
        return any(
            all(folded[at + i] in wording[i] for i in range(len(wording)))
            for wording in self.wordings.get(entry, ())
            for at in range(len(folded) - len(wording) + 1)
        )

    def told(self, words: Sequence[Token], end: int, sentence: str = "") -> bool:
        """Whether the lead of a finding ending at `words[end]` holds a word of
        `promise_leads:`: the finding and its sentence before it, back to a word that
        turns the sentence ("but", `sentences.CLAUSE_WORDS`) or a colon or semicolon. A
        word right after "who", "that" or "which" tells who is meant, not what happened
        ("patients who had failed surgery are back to sport in weeks")."""
        for i in range(end - 1, -1, -1):
            text = words[i].text.casefold()
            if text in self.leads and (not i or words[i - 1].text.casefold() not in _RELATIVE):
                return True
            if text in CLAUSE_WORDS or (
                i
                and sentence
                and not _TURNS.isdisjoint(sentence[words[i - 1].block_end : words[i].block_start])
            ):
                return False
        return False
