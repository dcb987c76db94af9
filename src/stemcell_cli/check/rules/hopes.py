"""Hopes: what is hoped for, sought or awaited is not claimed.

"Researchers hope stem cells could one day cure osteoarthritis", "bodies are lasered in
the hope of turning back the clock", "someday, scientists say, it might be possible to
cure arthritis" and "the dream is a treatment that reverses arthritis" speak of a cure
that nobody has yet. A finding of an entry of `hopes:` (`data/check/advert_words.yaml`) is
dropped when one of the entry's wordings of hope ("hope", "dream", "someday", "in the
future", "may one day", ...) ends within HOPE_REACH words before it in its sentence, with
nothing but words and commas between: a colon, a dash, a bracket, a quotation mark or a
word that turns the sentence ("but", "until", "however", `sentences.CLAUSE_WORDS`), or
a word of `hope_ends:` ("now", "today": the hope come true; "our", "us": the writer's own
claim after it), ends its reach. "New hope: our cells reverse arthritis", "once only a
dream, now a cure" and "patients come in the hope that our cells will cure them" still
claim.

A wording that opens a condition, an open question or a requirement ("if", "whether",
"until", "unless", "must", "need to": CONDITIONS; safety2, for fewer-side-effects and
no-risk-claim) takes only what is said as the predicate of its own clause: the finding
comes right after a verb to be or "prove" (PREDICATING), with no comma between ("ask if it
is safe", "if the cells do work and are safe", "until they are shown to be safe"). Past a
comma the main clause speaks ("if your knees hurt, it is safe"), and a word that qualifies
a noun is no question asked ("if you want a safe alternative to surgery"). Safety still to
be proven ("some will prove safe") is awaited, a wording of hope like the others.

A purpose of keeping ("to keep", "to stay", "to remain": PURPOSE; safety3) takes only a
finding at most PURPOSE_REACH words after it, with no comma between: the safe one is the
object kept, a person or things, and the sentence says what something aims at, not that
the offer is safe ("rules meant to keep you safe", "to keep things safe, the first steps
are ..."). Past a comma the main clause speaks ("to keep costs down, we offer a safe
injection"), and keeping said without "to" is the offer's ("your own cells keep you
safe").

A purpose of making sure ("to ensure", "to make sure", "to confirm": a wording that opens
with "to" and holds a word of MAKING_SURE; firstfg1) opens a clause of what is to be made
sure, and takes a finding as a condition does: said as the predicate of that clause or
given to its subject by "has" or "causes", with no comma between ("a follow-up plan to
ensure that the therapy is effective and has no adverse effects", "checks to make sure it
is safe"). The finding is the aim of a step, a rule or a requirement, not said of the
offer. The writer's own "we" or "our" between keeps it ("to make sure our injections
cause no side effects"), and so does a finding past a comma ("to make sure you heal well,
our injections are safe"). "Ensure" without "to" is the offer's assurance ("we ensure
there are no side effects").

A class that a standard defines (safety4): a plural kind of care followed by a relative
"that" or "which" ("procedures that", "treatments that": a wording whose last word is one
of RELATIVE, after no wording of hope) names whatever meets the standard, not the offer
("the VA pays for some procedures that have shown safety", "surgeons should offer
treatments that work, are safe and are worth their cost"). It takes a finding right after
it or after auxiliaries only (AUXILIARIES: "that have shown safety", "which are proven
safe") with no comma between, or one said as a predicate (right after a verb to be or
"prove", PREDICATING), past commas only when its verb comes right after one ("that work,
are safe"). A word of `hope_ends:` before the class in its sentence ("we", "our") makes it
the writer's own ("we offer treatments that are safe" still claims); a finding past a
verb that is no auxiliary is said by the clause ("treatments that offer a safe option"),
and one past a comma that is no such predicate by the main clause ("for those seeking
treatments that work, stem cells are a safe alternative").

Safety as a topic (safety5): "how" right before a finding ("how safe", "how risky": a
wording whose first word is one of DEGREE) opens a question of degree or a noun clause,
which asks how much and does not claim ("the article covers how safe it is", "How safe and
how effective the injections are"). It takes only a finding right after it, unless a word
of `degree_keepers:` stands before it in its sentence, one that takes the degree as a fact
("thanks to how safe it is", "you will be amazed how safe our injections are": still
claims). The answer a page gives to its own question ("How safe is it? Very: ...") is read
on its own (`check/rules/answered_questions.py`).

A hope put to the reader (leftovers1): "Looking to cure your arthritis for good?",
"Are you searching for a cure for your knee pain?". The seller asks the reader about the
reader's own hope and offers the cure: the pitch of `reader_voice` (voice2), not a hope
told. A wording of hope is put to the reader when its sentence is a question, when only
words of PUTTING stand before it (auxiliaries, "you", "still", "tired of": no one else
hopes), and when a word of the entry's seller's voice (`reader_questions:`, "you",
"your", "we", "our") stands in the sentence. Then the finding is not hoped for.
"Researchers are looking to cure arthritis", "Are researchers looking to cure
arthritis?", "Is she hoping to cure her knee?" and "patients desperate for a cure" stay
hopes: another hopes, or nobody is asked. An imperative to end the search ("Stop
searching for a cure for your arthritis", "Give up searching for a cure", "Stop looking
for a cure and start living") is no question put: it tells the reader to stop hoping,
and the cure it names is the one the reader sought, not one the offer is said to bring
(leftovers2), so it stays a hope; a claim said after it is read on its own words ("Stop
suffering: our cells cure arthritis").

The wordings are read from the words before a finding, not looked for: the rule costs
nearly nothing on text without them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from stemcell_cli.check.words.sentences import CLAUSE_WORDS, Token, fold

#: How many words may stand between a wording of hope and what it hopes for.
HOPE_REACH = 8
#: Marks between two words that end a hope's reach (a comma does not).
_BREAKS = frozenset(':;()[]"\u201c\u201d\u2013\u2014')
#: Words that open a condition, an open question or a requirement: a wording that starts
#: with one takes only a finding said as the predicate of its clause, with no comma between.
#: "As" opens "as long as" only: the wordings of `data/check/advert_words.yaml` start with
#: these words, and no other wording starts with "as" (newerflags1).
CONDITIONS = frozenset(
    {"if", "whether", "until", "unless", "must", "need", "needs"}
    | {"as", "provided", "providing", "assuming"}
)
#: Words right before a finding that give it to the subject of a condition: "if a
#: treatment has no side effects", "as long as it causes no complications" (newerflags1).
#: A condition takes such a finding as it takes a predicate.
POSSESSING = frozenset(
    {"has", "have", "had", "cause", "causes", "caused", "carry", "carries", "carried"}
)
#: The word that opens a purpose: a wording that starts with it takes only a finding at
#: most PURPOSE_REACH words after it (the object kept), with no comma between.
PURPOSE = frozenset({"to"})
#: How many words may stand between a purpose of keeping and the finding: the object kept
#: ("you", "our patients").
PURPOSE_REACH = 2
#: Words of making sure: a purpose wording that holds one ("to ensure", "to make sure")
#: takes a finding as a condition does, as the predicate or the possession of its clause
#: (firstfg1).
MAKING_SURE = frozenset({"ensure", "assure", "sure", "confirm", "verify"})
#: Words that end a wording of a class a standard defines: a relative pronoun after a
#: plural kind of care ("treatments that").
RELATIVE = frozenset({"that", "which"})
#: The word that opens a question of degree ("how safe"): a wording that starts with it
#: takes only a finding right after it, unless a word of `degree_keepers:` comes before.
DEGREE = frozenset({"how"})
#: Words whose "that" opens what is hoped, not a class ("hope that").
_HOPING = frozenset({"hope", "hopes"})
#: The words that may stand between a class's relative pronoun and a finding that is no
#: predicate: a verb to be or "prove", or "have" ("that have shown safety").
#: Words right before a finding that make it a predicate: "are safe", "prove safe".
PREDICATING = frozenset(
    {"is", "are", "be", "was", "were", "been", "prove", "proves", "proved", "proven"}
)
#: The words that may stand between a class's relative pronoun and a finding that is no
#: predicate: a verb to be or "prove", or "have" ("that have shown safety").
AUXILIARIES = PREDICATING | {"have", "has", "had"}
#: The words that may stand before a wording of hope put to the reader in a question, so
#: that the hope is the reader's and no one else's: auxiliaries, "you", a few adverbs and
#: "tired of" ("Are you still looking to cure ...?", "Tired of searching for a cure for
#: your ...?"). Any other word names who hopes ("researchers", "she"). An imperative to
#: stop ("Stop searching for a cure") puts nothing: it ends the reader's hope (leftovers2).
PUTTING = (
    frozenset({"are", "is", "were", "do", "did", "have", "has", "been", "you", "you're"})
    | frozenset({"still", "ever", "already", "just", "really", "always"})
    | frozenset({"tired", "sick", "weary", "of"})
)
#: The entry id under which the words that end a hope's reach are kept (`hope_ends:`).
ENDS = "ends"
#: The entry id under which the words that take a degree as a fact are kept
#: (`degree_keepers:`).
KEEPERS = "degree-keepers"

#: A wording of hope: each of its words, in order, as the words it may be (in small
#: letters). They are compared as written, not by stem: "hoped" is a hope, "hope" alone
#: is none ("our cells offer new hope"), though both have the stem "hop".
Wording = tuple[frozenset[str], ...]


class Hopes:
    """For each entry, the wordings of hope (one to three words each, of a|b|c) that
    take its findings."""

    def __init__(
        self,
        wordings: Mapping[str, Iterable[Wording]],
        ends: Iterable[frozenset[str]] = (),
        keepers: Iterable[frozenset[str]] = (),
        readers: Mapping[str, Iterable[frozenset[str]]] | None = None,
    ) -> None:
        self.ends = frozenset().union(*ends)
        self.keepers = frozenset().union(*keepers)
        # by entry, the words of the seller's voice that put a hope to the reader
        self.readers = {
            entry: frozenset[str]().union(*found) for entry, found in (readers or {}).items()
        }
        # by entry, each wording under each word its last word may be: a finding is looked
        # back from by the word before it, which is seldom the last word of a hope
        self.by_last: dict[str, dict[str, list[Wording]]] = {}
        for entry, found in wordings.items():
            for wording in found:
                for last in wording[-1]:
                    self.by_last.setdefault(entry, {}).setdefault(last, []).append(wording)
        self.last = frozenset().union(*self.by_last.values())

    def __bool__(self) -> bool:
        return bool(self.by_last)

    def takes(self, entry: str) -> bool:
        """Whether a finding of `entry` may be hoped for: the entry takes the rule."""
        return entry in self.by_last

    def may_hope(self, words: Sequence[str]) -> bool:
        """Whether a sentence, by its words, may hope for a finding: it holds the last
        word of a wording of hope, of any entry (a quick test before `hoped`, which reads
        the entry's own wordings; asked once a sentence, not at each finding, which
        made a sentence of thousands of findings slow by its square: attack8)."""
        return any(word.casefold() in self.last for word in words)

    def hoped(
        self, entry: str, sentence: str, words: Sequence[Token], start: int, asks: bool = False
    ) -> bool:
        """Whether the finding of `entry` at `words[start]` is hoped for: a wording of
        hope ends within HOPE_REACH words before it, and nothing between ends its reach,
        and the hope is not put to the reader (`_put`; `asks`: the sentence is a
        question)."""
        by_last = self.by_last.get(entry, {})
        # a condition takes a predicate only, in its own clause (CONDITIONS)
        predicate = start > 0 and words[start - 1].text.casefold() in PREDICATING
        supposed = predicate or (start > 0 and words[start - 1].text.casefold() in POSSESSING)
        comma = False
        # `end`: the word after the wording's last; from the finding back, word by word
        for end in range(start, max(0, start - HOPE_REACH - 1), -1):
            between = sentence[words[end - 1].block_end : words[end].block_start]
            if not _BREAKS.isdisjoint(between) or ("-" in between and between.strip("-")):
                return False
            comma = comma or "," in between
            word = words[end - 1]
            text = fold(word.text)
            for wording in by_last.get(text, ()):
                size = len(wording)
                if end >= size and all(
                    words[end - size + i].text.casefold() in wording[i] for i in range(size - 1)
                ):
                    # a purpose of making sure reads as a condition (firstfg1)
                    ensuring = bool(wording[0] & PURPOSE) and any(
                        part & MAKING_SURE for part in wording[1:]
                    )
                    if (wording[0] & CONDITIONS or ensuring) and (comma or not supposed):
                        continue
                    if wording[0] & DEGREE and (
                        end != start or self._owned(words, end - size, self.keepers)
                    ):
                        continue
                    if (
                        wording[0] & PURPOSE
                        and not ensuring
                        and (comma or start - end > PURPOSE_REACH)
                    ):
                        continue
                    if size > 1 and wording[-1] & RELATIVE and not wording[0] & _HOPING:
                        # past a comma only a predicate of a series: "that work, are safe"
                        series = predicate and "," in _gap(sentence, words, start - 1)
                        near = predicate or all(
                            word.text.casefold() in AUXILIARIES for word in words[end:start]
                        )
                        if not (series or (near and not comma)) or self._owned(words, end - size):
                            continue
                    return not self._put(entry, words, end - size, asks)
            if text in CLAUSE_WORDS or text in self.ends:
                return False
        return False

    def _put(self, entry: str, words: Sequence[Token], first: int, asks: bool) -> bool:
        """Whether the wording of hope at `words[first]` is put to the reader: the sentence
        asks, only words of PUTTING stand before the wording, and a word of the entry's
        seller's voice is in the sentence (leftovers1; an imperative to stop puts nothing,
        leftovers2)."""
        reader = self.readers.get(entry)
        if not reader or not asks:
            return False
        opening = [word.text.casefold() for word in words[:first]]
        return all(word in PUTTING for word in opening) and any(
            fold(word.text) in reader for word in words
        )

    def _owned(
        self, words: Sequence[Token], before: int, owners: frozenset[str] | None = None
    ) -> bool:
        """Whether a word of `hope_ends:` ("we", "our") stands before `words[before]` in
        the sentence: the class named there is the writer's own (or, with `owners`, a word
        of those: `degree_keepers:`, the degree taken as a fact)."""
        owning = self.ends if owners is None else owners
        return any(word.text.casefold() in owning for word in words[:before])


def _gap(sentence: str, words: Sequence[Token], at: int) -> str:
    """What stands between the word at `at` and the one before it."""
    return sentence[words[at - 1].block_end : words[at].block_start] if at > 0 else ""
