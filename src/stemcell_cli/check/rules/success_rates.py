"""Figures: a share of patients is a success rate only when its sentence says how they
fared, and a rate is quoted only with a figure.

"80% of patients report less pain" and "9 out of 10 patients would recommend it" give a
success rate; "80% of cases are in the knee", "about 30% of patients eventually need
surgery", "one in five patients drops out of the study" and "the clinic uses it for 90%
of its patients" count patients too, but say how many have a disease somewhere, need an
operation, left a study or were given something: a figure about something else. A match
of an entry that has words of faring (`fared:` in `data/check/advert_words.yaml`, by entry)
that holds a number and a word naming whom a share counts (`share_counts:`: patients,
cases, clients ...) is dropped when no word of its sentence says how they fared
(improved, relief, better, success, recommend ...). The words are compared as written,
not by stem ("working blind", "drops out" say nothing of faring). A match that names the
outcome itself ("a 90% success rate", "80% pain reduction") always has one.

A rate or a score named is a topic, not a rate quoted, unless a figure goes with it: a
match of such an entry that holds a word of `rate_words:` (rate, score, rating ...) is
taken only when its sentence holds a figure (a number or a percentage, in digits or in
words, but not a year nor a bare "one"), or, as a heading's or a question's ("What is the
success rate of stem cell therapy?"), when the sentence right after it does (the matcher
reads that one: `Matcher._settle`). "Our success rate is 92%" and "success rates as high
as ninety percent" quote one; "we also cover costs and success rates" does not.

Two numbers side by side are a share as a fraction (rate2): "9/10 patients", "7/8
reported excellent results", "14/16 patients improved" count how many of the patients
fared, the first number over the second. Joined by a dash they are a range, an amount, a
price or an identifier ("30-60 cc of the patient's own marrow", "$2,500 - $4,000, and a
comparable treatment", "ISSN 1234-5678, Case Series", "20-30 new cases every week"), and
over a slash with the first number the larger a date ("from 28/11 new patients"): a match
of an entry of `fared:` that opens on two such numbers, neither a percentage, is dropped
(`Shares.ranged`). A range of percentages ("80-90% of our patients") stays a share, and
two numbers with only a space or a comma between are left as they were ("9 10 patients",
a fraction whose slash the page lost).

A share of the group named before it counts patients as a fraction does (rate3): "we
treated 20 patients, and 18 of them were pain free" and "tried on 12 people, and 10 of
them responded well" are "18 of 20 patients", "10 of 12 people". A match of an entry of
`fared:` that holds a number, no word of `share_counts:` and ends on a word of
`share_refers:` (them, these, those) is dropped unless a number and a word of
`share_counts:` come before it in its sentence (the group named: "20 patients"; "we
reviewed 12 trials, and 3 of them showed a benefit" counts trials) and its own number is
more than one ("one of them improved" tells of one patient, not a rate); else it is read
as any share of patients, kept only when its sentence says how they fared
(`Shares.unearned`). A match that runs on past the word ("90% of those who had it
reported success") names its outcome itself and is left as it was.

A word of faring inside a wording of `unfared:` says nothing of faring (papercuts1):
"half of the patients dropped out", "50% of the patients did not improve", "30% saw no
improvement" and "half of the patients have lower back pain" hold "dropped", "improve",
"improvement" and "lower", each in a wording that says the share left, fared no better
or names a place. Such a share stands only on another word of faring in its sentence
("90% of the patients improved, and none dropped out"). The wordings are matched as
written, their words side by side, only in the sentence of a share with a word of faring.

A share told as a fraction in words counts patients as a number does (rate4): "two
thirds of our patients improved" and "half of our patients were pain free" are 67% and
50% in words. A match of an entry of `fared:` that holds a word of `share_fractions:`
(half, thirds, quarters) is read as one that holds a number: kept only when its sentence
says how they fared ("half of patients with knee pain have arthritis" and "a third of
our patients come from abroad" count patients for something else).

Only the words of a sentence that holds such a match are read, not looked for: the rules
cost nearly nothing on text without figures.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from stemcell_cli.check.words.sentences import NUMBER_WORDS, word_places

#: The key every number of the text has (`sentences`): "80", "80%", "eighty".
NUMBER = "#"
#: The key of a percentage ("80%", "80 %").
PERCENT = "#%"
#: The entry id under which the words naming whom a share counts are kept.
COUNTED = "counted"
#: The entry id under which the rate and score words are kept ("rate", "score").
RATED = "rated"
#: The entry id under which the words referring a share to a group named before it are
#: kept ("them", "these": "18 of them").
REFERS = "refers"
#: The entry id under which the words telling a share as a fraction are kept ("half",
#: "thirds": "two thirds of our patients").
FRACTIONS = "fractions"
#: The numbers that count one, not a share ("one of them").
_ONE = frozenset({"one", "1"})
#: What joins two numbers into a fraction ("9/10"), the text between them stripped.
_FRACTION = "/"
#: What joins two numbers into a range ("60-100", "$2,500 \u2013 $4,000").
_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2212")
#: What is stripped from the text between two numbers: spaces and currency signs.
_AROUND = " \t$\u20ac\u00a3"
#: Number words that are a figure: not a bare "one" ("one of the best success rates").
_FIGURE_WORDS = NUMBER_WORDS - {"one"}


def holds_figure(words: Iterable[str]) -> bool:
    """Whether the words hold a figure: a number ("92%", "9.6", "85") or a number in
    words ("nine in ten", "ninety percent"), but not a year ("since 2015") nor a bare
    "one"."""
    for word in words:
        if word[0].isdigit():
            if not (len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")):
                return True
        elif word.casefold() in _FIGURE_WORDS:
            return True
    return False


class Shares:
    """The words naming whom a share counts, and for each entry the words that say how
    they fared, in small letters. They are compared as written, not by stem: "works" says
    how patients fared, "working" does not; "drop" does, "drops out" does not."""

    def __init__(
        self,
        counted: Iterable[frozenset[str]],
        fared: Mapping[str, frozenset[str]],
        rated: Iterable[frozenset[str]] = (),
        refers: Iterable[frozenset[str]] = (),
        fractions: Iterable[frozenset[str]] = (),
        unfared: Mapping[str, Sequence[tuple[frozenset[str], ...]]] | None = None,
    ) -> None:
        self.counted = frozenset().union(*counted)
        self.fared = {entry: keys for entry, keys in fared.items() if keys}
        self.rated = frozenset().union(*rated)
        self.refers = frozenset().union(*refers)
        self.fractions = frozenset().union(*fractions)
        self.unfared = {entry: tuple(wordings) for entry, wordings in (unfared or {}).items()}

    def __bool__(self) -> bool:
        return bool((self.counted or self.rated) and self.fared)

    def figureless(self, entry: str, words: Sequence[str], start: int, end: int) -> bool:
        """Whether the match `words[start:end]` of `entry` names a rate or a score
        ("success rate", "satisfaction scores") and its sentence (`words`) holds no
        figure: it quotes a rate only if a figure comes right after it (`Matcher._settle`,
        for a heading or a question), else it names a topic."""
        if entry not in self.fared or not self.rated:
            return False
        if all(word.casefold() not in self.rated for word in words[start:end]):
            return False
        return not holds_figure(words)

    def unearned(
        self,
        entry: str,
        words: Sequence[str],
        keys: Sequence[frozenset[str]],
        start: int,
        end: int,
    ) -> bool:
        """Whether the match `words[start:end]` of `entry` is a share of patients whose
        sentence (`words`, with the `keys` of each) says nothing of how they fared, or
        a share of a group named before it ("3 of them") where no group of patients is
        named. A fraction in words ("two thirds of our patients") counts as a number."""
        fared = self.fared.get(entry)
        if fared is None or not (
            any(NUMBER in k or PERCENT in k for k in keys[start:end])
            or any(word.casefold() in self.fractions for word in words[start:end])
        ):
            return False
        if all(word.casefold() not in self.counted for word in words[start:end]):
            if words[end - 1].casefold() not in self.refers:
                return False
            if not self._named_before(words, keys, start):
                return True
        faring = [at for at, word in enumerate(words) if word.casefold() in fared]
        if faring and entry in self.unfared:
            unsaid = _unsaid(self.unfared[entry], words)
            faring = [at for at in faring if at not in unsaid]
        return not faring

    def _named_before(
        self, words: Sequence[str], keys: Sequence[frozenset[str]], start: int
    ) -> bool:
        """Whether the share at `words[start]`, more than one, follows a group of
        patients named in its sentence: a word of `share_counts:` after a number ("tried
        on 12 people, and 11 of them")."""
        if words[start].casefold() in _ONE:
            return False
        counted = [at for at in range(start) if words[at].casefold() in self.counted]
        return bool(counted) and any(NUMBER in k for k in keys[: counted[-1]])

    def ranged(
        self,
        entry: str,
        sentence: str,
        words: Sequence[str],
        keys: Sequence[frozenset[str]],
        start: int,
    ) -> bool:
        """Whether the match of `entry` at `words[start]` opens on two numbers, neither a
        percentage, that are a range ("60-100 cc's", "2641-3116": joined by a dash) or a
        date ("28/11": over a slash, the first the larger). They count no share of
        patients."""
        if entry not in self.fared or start + 1 >= len(words):
            return False
        first, second = keys[start], keys[start + 1]
        if NUMBER not in first or NUMBER not in second or PERCENT in first or PERCENT in second:
            return False
        places = word_places(sentence, words, start + 2)
        between = sentence[places[start][1] : places[start + 1][0]].strip(_AROUND)
        if between in _DASHES:
            return True
        return between == _FRACTION and _value(words[start]) > _value(words[start + 1])


def _unsaid(wordings: Sequence[tuple[frozenset[str], ...]], words: Sequence[str]) -> set[int]:
    """The places of the words inside a wording of `unfared:` ("dropped out", "did not
    improve"), its words side by side: a word of faring there says nothing of faring."""
    folded = [word.casefold() for word in words]
    places: set[int] = set()
    for wording in wordings:
        size = len(wording)
        for at in range(len(folded) - size + 1):
            if all(folded[at + k] in wording[k] for k in range(size)):
                places.update(range(at, at + size))
    return places


def _value(word: str) -> float:
    """The number a word in digits says ("1,500" is 1500); infinity for any other."""
    try:
        return float(word.replace(",", ""))
    except ValueError:
        return float("inf")
