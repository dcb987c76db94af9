"""Other treatments: a claim said of another treatment is that treatment's, not the
advert's.

A page that sells an injection also tells what the usual care does, with the claim's own
words: "cortisone shots bring relief within days" promises nothing for stem cells. The
other treatments are `rival_treatments:` of `data/check/advert_words.yaml` (one word or
two of a|b|c: "steroid", "knee replacement") and the words that keep a claim the advert's
are `claim_keepers:` ("stem", "cells", "our"; "avoid", "unlike"), both read from the words
of a clause, not looked for. `Rivals` reads them around a finding: a treatment named
before it in its clause, in its subject, fronted before it or glossed (`said_of`); at the
head of a promise's subject (`heads`, promise4); as what an outcome is counted from
(`counted_from`, flags1); in a heading (`titles`) and against the offer named in a
sentence (`names_offer`, inflam1). The matcher builds it from its phrases
(`building._rivals_of`) and keeps it with its compiled form (`building._RULE_TABLES`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from stemcell_cli.check.rules.claim_subjects import (
    FRONTED_REACH,
    fronted,
    gives_reason,
    glossed,
    lead_starts,
    subject_of,
    subject_start,
)
from stemcell_cli.check.rules.usual_care import COMPARING, fails
from stemcell_cli.check.words.sentences import (
    Token,
    clause_start,
    clause_stop,
    split_words,
    word_keys,
)

#: How many words may stand between the end of another treatment and the claim it takes.
RIVAL_REACH = 8

#: (promise4) How many words may stand before another treatment at the start of a
#: promise's subject ("A well-placed cortisone shot ... can produce relief within a few
#: days": `Rivals.heads`).
SUBJECT_REACH = 4

#: How many words may follow a treatment at the end of the clause a gloss says
#: something of ("a saline injection, which is harmless": `claim_subjects.glossed`).
GLOSS_REACH = 2

#: Words that keep a claim the advert's before another treatment (`claim_keepers:`) but
#: compare it after it, where it is the subject: "opioids were no more effective than
#: non-opioid treatments at improving function over 12 months" is said of opioids.
_COMPARING: frozenset[str] = frozenset().union(*map(word_keys, ("than", "versus", "vs", "unlike")))

#: "No" compares too right before a comparative ("no more effective", "did no better"),
#: and sets aside elsewhere ("surgery is no longer the only option, and ...").
_NO: frozenset[str] = word_keys("no")

_COMPARATIVES: frozenset[str] = frozenset().union(
    *map(word_keys, ("more", "better", "less", "worse", "greater", "different"))
)

#: Words that make a treatment after them part of another noun, not a promise's subject:
#: "patients who failed cortisone", "relief from steroids", "patients with failed surgery".
_NOT_HEAD: frozenset[str] = frozenset().union(
    *map(
        word_keys,
        ("who", "whom", "whose", "which", "with", "without", "after", "of", "for", "from",
         "to", "by", "despite", "than", "like", "and", "or", "failed", "tried"),
    )
)  # fmt: skip

#: Words that count an outcome or its time from the treatment after them (flags1): "6
#: months to return to the field after ACL surgery", "recovering from knee surgery takes
#: six months", "patients treated with surgery return sooner", "relief from physical
#: therapy", "doing well since her hip replacement".
_COUNTED_FROM: frozenset[str] = frozenset().union(
    *map(word_keys, ("after", "following", "post", "from", "since", "with", "by"))
)

#: How many words after a finding, in its clause, are read for the treatment its outcome
#: is counted from, and how many may stand between "after" and that treatment ("after an
#: ACL surgery", "after rotator cuff surgery").
COUNTED_REACH = 4
FROM_REACH = 3

#: Words that tell who is meant by the lead's first words: a treatment named after them
#: ("Patients in whom cortisone failed, ...") is no subject of a promise.
_WHO: frozenset[str] = frozenset().union(*map(word_keys, ("who", "whom", "whose", "which")))

#: Words of the reader: a promise said to the reader after another treatment is named
#: ("surgery is not needed, and you will be back to sport in weeks") is the advert's.
_READER: frozenset[str] = frozenset().union(*map(word_keys, ("you", "your", "yours")))


class Rivals:
    """Other treatments (`rivals`: the keys of each of their words) and the words that
    keep a claim the advert's (`keepers`: the keys of each), read from the words of a
    clause: each a word, or two words in a row, of a|b|c."""

    def __init__(
        self, rivals: Iterable[tuple[frozenset[str], ...]], keepers: Iterable[frozenset[str]]
    ) -> None:
        self.rivals = tuple(rivals)
        self.first = frozenset().union(*(words[0] for words in self.rivals))
        self.keepers = frozenset().union(*keepers)

    def named(self, keys: Sequence[frozenset[str]]) -> bool:
        """Whether a sentence, by the keys of its words, may name another treatment (the
        first word of one: these keys are in the matcher's vocabulary)."""
        first = self.first
        return bool(first) and any(not word.isdisjoint(first) for word in keys)

    def said_of(
        self, text: str, sentence: Sequence[Token], start: int, outcome: bool = False
    ) -> bool:
        """Whether what is found at `start` is said of another treatment: one is named
        before it in its clause, ending within RIVAL_REACH words of it, and no word that
        keeps a claim the advert's comes before it in that clause; or, when the clause
        has neither, one is named in the subject that a mark splits from it
        (`claim_subjects.subject_of`: an aside, whose words are not counted in the reach, or a
        label), and no word there keeps it; or, for an `outcome` (a benefit or a promise),
        the clause fronted before the finding's opens on one, and no word there keeps it
        (`claim_subjects.fronted`)."""
        first = clause_start(sentence, start)
        # (past an example set off by commas: "Most drugs, such as steroids, try to ...")
        opened = subject_start(sentence, first)
        before = [word_keys(word.text) for word in sentence[opened:start]]
        keepers = self.keepers
        if any(not keys.isdisjoint(keepers) for keys in before):
            return False
        if self._ends_near(before, len(before)):
            return True
        if opened < first:
            return False
        # (a clause fronted before the claim's, "After a hip replacement, you will regain
        # strength": the treatment it opens on governs the claim)
        front = fronted(text, sentence, first) if outcome else range(0)
        if (
            front
            and all(not self.keeps(sentence[at].text) for at in front)
            and any(self.starts_at(sentence, at) for at in front[1 : FRONTED_REACH + 1])
        ):
            return True
        # (a gloss of another treatment: "a placebo (a harmless dummy injection)",
        # "cortisone shots, which are safe for most people")
        held = glossed(text, sentence, first)
        if held:
            return self._glosses(sentence, held) and not (
                gives_reason(sentence, first)
                and any(not word_keys(sentence[at].text).isdisjoint(keepers) for at in held)
            )
        # (past an aside, "Hyaluronic acid (HA) injections aim to ...", or a label,
        # "Cortisone injections: quick relief")
        subject, aside = subject_of(text, sentence, first)
        if not subject:
            return False
        named = [word_keys(sentence[at].text) for at in subject]
        aside_keys = [word_keys(sentence[at].text) for at in aside]
        if any(not keys.isdisjoint(keepers) for keys in (*named, *aside_keys)):
            return False
        # (a rival in the aside ends where the aside ends: "Most injections (steroids,
        # gels) aim to ...")
        return self._ends_near(named, len(named) + len(before)) or (
            bool(aside_keys) and self._ends_near(aside_keys, len(aside_keys) + len(before))
        )

    def heads(self, text: str, sentence: Sequence[Token], start: int) -> bool:
        """Whether what is found at `start`, a promise, is said of another treatment
        that opens its subject (promise4): one starts within SUBJECT_REACH words of a
        start of the finding's lead (`claim_subjects.lead_starts`: its first word, the word
        after a "that" that reports a finding or after a frame's comma), with no word
        that makes it part of another noun between ("patients who failed cortisone",
        "relief from steroids": `_NOT_HEAD`); and no word keeps the claim the advert's
        (`claim_keepers:`) from the lead's first word to the treatment, nor after it
        (where a word that compares it, "than", "no", keeps nothing), and none is the
        reader's ("you"). "A well-placed cortisone shot into an inflamed facet joint, a
        swollen knee, or an irritated bursa can produce meaningful relief within a few
        days" is the shot's."""
        starts = lead_starts(text, sentence, start)
        if not starts:
            return False
        lead = starts[-1]
        keys = [word_keys(word.text) for word in sentence[lead:start]]
        first = self.first
        for opened in starts:
            first_word = opened - lead
            for at in range(first_word, min(first_word + SUBJECT_REACH, len(keys))):
                if not keys[at].isdisjoint(_NOT_HEAD):
                    break
                if keys[at].isdisjoint(first):
                    continue
                ends = next(
                    (
                        at + len(rival)
                        for rival in self.rivals
                        if at + len(rival) <= len(keys)
                        and all(not keys[at + i].isdisjoint(k) for i, k in enumerate(rival))
                    ),
                    0,
                )
                if not ends:
                    continue
                keepers = self.keepers
                return not (
                    any(not word.isdisjoint(keepers) for word in keys[:at])
                    or any(
                        not word.isdisjoint(keepers)
                        and word.isdisjoint(_COMPARING)
                        and not (
                            not word.isdisjoint(_NO)
                            and place + 1 < len(keys)
                            and not keys[place + 1].isdisjoint(_COMPARATIVES)
                        )
                        for place, word in enumerate(keys[ends:], ends)
                    )
                    or any(not word.isdisjoint(_READER) for word in keys)
                    or any(not word.isdisjoint(_WHO) for word in keys[:at])
                )
        return False

    def counted_from(self, sentence: Sequence[Token], start: int, end: int) -> bool:
        """Whether the outcome found at `sentence[start:end]`, a promise's or a story's,
        is counted from another treatment (flags1): its clause, from its first word to
        COUNTED_REACH words after the finding, holds "after", "following", "post",
        "from", "since", "with" or "by" with a treatment starting within FROM_REACH words
        after it, and no word that keeps a claim the advert's (`claim_keepers:`: "our",
        "stem", "without", "than"). "Your favorite football player needs 6 months to
        return to the field after ACL surgery", "patients treated with surgery return
        sooner" and "she is doing remarkably well after her hip replacement surgery" tell
        that treatment's course; "back on the field in 6 weeks, without surgery" and "our
        injection gets you back in weeks after a failed operation" stay the advert's."""
        first = clause_start(sentence, start)
        last = clause_stop(sentence, start, end, COUNTED_REACH)
        keys = [word_keys(sentence[at].text) for at in range(first, last)]
        if any(not word.isdisjoint(self.keepers) for word in keys):
            return False
        return any(
            self.starts_at(sentence, first + later)
            for at, word in enumerate(keys)
            if not word.isdisjoint(_COUNTED_FROM)
            for later in range(at + 1, min(at + 2 + FROM_REACH, len(keys)))
        )

    def _glosses(self, sentence: Sequence[Token], held: range) -> bool:
        """Whether the clause `held`, which a gloss follows, ends on another treatment:
        one ends within GLOSS_REACH words of the gloss, and no word that keeps a claim
        the advert's stands from it to the gloss ("our PRP (a safe option)" keeps it)."""
        keys = [word_keys(sentence[at].text) for at in held]
        size = len(keys)
        for at in range(size - 1, max(-1, size - GLOSS_REACH - 3), -1):
            if keys[at].isdisjoint(self.first):
                continue
            for rival in self.rivals:
                end = at + len(rival)
                if (
                    end <= size
                    and size - end <= GLOSS_REACH
                    and all(not keys[at + i].isdisjoint(k) for i, k in enumerate(rival))
                ):
                    return all(word.isdisjoint(self.keepers) for word in keys[at:])
        return False

    def titles(self, heading: str) -> bool:
        """Whether a heading opens a section about another treatment (inflam1): it names
        one ("Conventional Treatment Options", "Home remedies:", "What Are Epidural
        Steroid Injections?"), with no word that keeps a claim the advert's ("Stem Cells
        vs Steroids", "Alternatives to Surgery") and none that tells it failed or tried
        ("When Steroid Injections Fail": `usual_care.fails`)."""
        words = split_words(heading)
        keys = [word_keys(word) for word in words]
        first = self.first
        if not any(not word.isdisjoint(first) for word in keys):
            return False
        keepers = self.keepers
        if any(not word.isdisjoint(keepers) for word in keys) or fails(words):
            return False
        return any(
            not keys[at].isdisjoint(first)
            and any(
                at + len(rival) <= len(keys)
                and all(not keys[at + i].isdisjoint(k) for i, k in enumerate(rival))
                for rival in self.rivals
            )
            for at in range(len(keys))
        )

    def names_offer(self, sentence: str) -> bool:
        """Whether a sentence names the advert's own treatment: a word that keeps a claim
        the advert's and compares nothing ("stem", "cells", "our", "PRP"; not "unlike",
        "without": `usual_care.COMPARING`)."""
        keepers = self.keepers
        return any(
            not word_keys(word).isdisjoint(keepers) and word.casefold() not in COMPARING
            for word in split_words(sentence)
        )

    def keeps(self, text: str) -> bool:
        """Whether a word keeps a claim the advert's (a word of `claim_keepers:`)."""
        return not word_keys(text).isdisjoint(self.keepers)

    def starts_at(self, sentence: Sequence[Token], at: int) -> bool:
        """Whether another treatment is named from `sentence[at]` on."""
        if word_keys(sentence[at].text).isdisjoint(self.first):
            return False
        return any(
            at + len(rival) <= len(sentence)
            and all(not word_keys(sentence[at + i].text).isdisjoint(k) for i, k in enumerate(rival))
            for rival in self.rivals
        )

    def _ends_near(self, words: Sequence[frozenset[str]], size: int) -> bool:
        """Whether another treatment is named in `words` (the keys of words before a
        finding, `size` of them counting those after `words`) and ends within
        RIVAL_REACH of the finding."""
        # (a treatment is one word or two, so it starts at most RIVAL_REACH + 2 back)
        for at in range(max(0, size - RIVAL_REACH - 2), len(words)):
            if words[at].isdisjoint(self.first):
                continue
            for rival in self.rivals:
                end = at + len(rival)
                if (
                    end <= len(words)
                    and size - end <= RIVAL_REACH
                    and all(not words[at + i].isdisjoint(k) for i, k in enumerate(rival))
                ):
                    return True
        return False
