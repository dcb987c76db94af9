"""Whose page it is, read from its voice (round whosepage1; data/check/voice.yaml): a page
that speaks of clinics in the third person (`third_person`, at least `mentions` times) and
never as the one offering (`own_words` as written; in any case, a wording of the page's
own offer, `offers:` of advert_words.yaml, or of the seller's voice beyond it, `offering`;
or a phone number) reads as careful when the genre model's score already leans that way
(at least `score`; `page_genre.reads_as_careful`).

The wordings are data, each in one list: the offer's own wordings ("we offer", "our
clinic", "book a consultation") live in `offers:`, which the offer gate of
`report.reads_as_warning` reads with the matcher, and the voice reads here as written
(`offer_alternative`: no other forms of a word); voice.yaml's `offering` holds only what
the voice adds ("my practice", "we inject", "we can help"). A phone number is a structure
(digits and separators, no words to list), so its pattern stays here. The file is ours,
but it is read as data: a malformed one is a DataError of one line naming the file, the
line and the field (`load`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from stemcell_cli.check.words.phrases import PhraseError, gap_words

#: The fields of the file; any other is refused (a misspelt one would leave a list out).
FIELDS = ("mentions", "score", "third_person", "own_words", "offering")
LISTS = ("third_person", "own_words", "offering")
#: The most wordings a list may hold (it holds a few; this bounds a bad file).
MAX_WORDINGS = 1000
#: A word of a wording: one or more of a|b|c, each in small letters.
_WORD = re.compile(r"[^\W\d_]+(?:\|[^\W\d_]+)*")
#: A phone number, as an offering page gives one: "(555) 123-4567", "+1 555 123 4567".
PHONE = r"\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b|\+\d[\d -]{8,}"
#: A gap of an `offers:` wording ("...", "...2"): up to that many words, read as the
#: phrases read it (`phrases.gap_words`).
_GAP = re.compile(r"\.\.\.(\d*)")
#: A word of an `offers:` wording the voice reads: a|b|c of letters and apostrophes, each
#: maybe marked "!" (its own forms: as written is that already) or "?" (may be left out).
_OFFER_WORD = re.compile(r"([^\W\d_][\w'\u2019]*(?:\|[^\W\d_][\w'\u2019]*)*)(!?)(\??)")
#: The most steps the voice's pattern may take at one place of a page for the `offers:`
#: wordings it reads, all together. The pattern is a backtracking regular expression: a
#: gap of up to N words reads a place N + 1 ways and a word that may be left out 2, and
#: each way may try every a|b|c of every word, so a wording's steps are the product of
#: its ways times the a|b|c of its words, and at each place the pattern may take the sum
#: over its wordings. A user's `offers:` wording of gaps and words a gap may also take
#: ("we ...9 go ...9 go ... zz", on a line of "we go go ...") grew exponentially with the
#: gaps (15 s through the command with 7; attack8, attack9); 500 wordings of one long gap
#: took 39 s on 120 KB, a word of 5,000 a|b|c 0.9 s on 60 KB (attack9). Within the
#: bound each place costs at most a constant, and the search is linear in the page. Each
#: wording is read, in order (ours first), if it fits beside those read before it; one
#: that does not is read by the offer gate alone (the matcher, which has no such cost).
#: Ours take 136 steps; the rest is room for a user's few ("we ...12 go zz" takes 39).
VOICE_STEPS = 256


class Voice(NamedTuple):
    #: mentions of clinics in the third person needed, and the least genre score
    mentions: int
    score: float
    #: the wordings as read from the file (what the compiled matcher's cache keeps)
    third_person: tuple[str, ...]
    own_words: tuple[str, ...]
    offering: tuple[str, ...]
    #: the regular expressions made of them (`compiled`), compiled on first use: most
    #: pages never reach the voice, and the offer's is long (about 2 ms to compile)
    third_expression: str
    offer_expression: str
    #: the wordings of `offers:` (advert_words.yaml) read too, as the cache keeps them
    offers: tuple[str, ...] = ()

    @property
    def third_pattern(self) -> re.Pattern[str]:
        """Clinics spoken of in the third person (compiled once: `re`'s own cache)."""
        return re.compile(self.third_expression, re.IGNORECASE)

    @property
    def offer_pattern(self) -> re.Pattern[str]:
        """The page speaking as the one offering (compiled once: `re`'s own cache)."""
        return re.compile(self.offer_expression)


def _alternatives(wordings: Sequence[str], between: str) -> str:
    """One regular expression of the wordings: each word a group of its a|b|c (letters
    only: `_WORD`), the words joined by `between`, the wordings as alternatives in order."""
    return "|".join(between.join(map(_word, w.split())) for w in wordings)


def _word(word: str) -> str:
    """A word of a|b|c as a regular expression: a group only when it has alternatives."""
    return f"(?:{word})" if "|" in word else word


class _Reading(NamedTuple):
    """An `offers:` wording as the voice reads it: its regular expression, and its steps
    (VOICE_STEPS: the ways its gaps and optional words read a place, times the a|b|c of
    its words)."""

    expression: str
    steps: int


def offer_alternative(wording: str) -> str | None:
    """An `offers:` wording (advert_words.yaml's phrase syntax) as a regular expression the
    voice reads, each word as written, or None when the wording has a part the voice does
    not read (a list `{name}`, a number, `~`, a name, a word in capitals): the offer gate
    alone reads it. Words are a|b|c (`word!` as `word`; `word?`, not first, may be left
    out), one or more spaces apart; a gap (`...`, `...N`) is up to that many words, with a
    word each side (a gap the phrases refuse, `phrases.gap_words`, is the gate's to say).
    A wording of more than VOICE_STEPS steps is None too."""
    reading = _offer_reading(wording)
    return reading.expression if reading is not None and reading.steps <= VOICE_STEPS else None


def _offer_reading(wording: str) -> _Reading | None:
    """`offer_alternative`'s reading of a wording, with its steps, or None."""
    parts: list[str] = []
    gap_last = False
    ways, choices = 1, 0
    for token in wording.split():
        gap = _GAP.fullmatch(token)
        if gap:
            if not parts or gap_last:
                return None
            try:
                most = gap_words(gap.group(1), wording)
            except PhraseError:
                return None  # (the offer gate refuses it: one line, naming the file)
            parts.append(rf"(?:\s+[\w'\u2019]+){{0,{most}}}")
            ways = min(ways * (most + 1), VOICE_STEPS + 1)  # (past the bound, it stays past)
            gap_last = True
            continue
        word = _OFFER_WORD.fullmatch(token)
        if not word or any(a.isupper() for a in word.group(1).split("|")):
            return None  # (a word in capitals matches only in capitals: not the voice's)
        if word.group(3) and not parts:
            return None  # (a first word that may be left out: not the voice's)
        spaced = rf"\s+{_word(word.group(1))}" if parts else _word(word.group(1))
        parts.append(f"(?:{spaced})?" if word.group(3) else spaced)
        ways = min(ways * (2 if word.group(3) else 1), VOICE_STEPS + 1)
        choices += len(word.group(1).split("|"))
        gap_last = False
    return _Reading("".join(parts), ways * choices) if parts and not gap_last else None


def compiled(
    mentions: int,
    score: float,
    third_person: Sequence[str],
    own_words: Sequence[str],
    offering: Sequence[str],
    offers: Sequence[str] = (),
) -> Voice:
    """The voice reading of these wordings, with the wordings of the page's own offer
    (`offers:` of advert_words.yaml) that it can read (`offer_alternative`): each, in order,
    if its steps fit within VOICE_STEPS beside those read before it. The words of
    a third-person wording are joined by one space, as written; those of an offering
    wording by any white space."""
    third = rf"\b(?:{_alternatives(third_person, ' ')})\b"
    read: list[str] = []
    steps = 0
    for reading in map(_offer_reading, offers):
        if reading is not None and steps + reading.steps <= VOICE_STEPS:
            read.append(reading.expression)
            steps += reading.steps
    own, spoken = _alternatives(own_words, " "), _alternatives(offering, r"\s+")
    said = "|".join([spoken, *read])
    offer = rf"\b(?:{own})\b|{PHONE}|(?i:\b(?:{said})\b)"
    return Voice(
        mentions,
        score,
        tuple(third_person),
        tuple(own_words),
        tuple(offering),
        third,
        offer,
        tuple(offers),
    )


def reads_careful(voice: Voice, lines: Iterable[str]) -> bool:
    """Whether a text speaks of clinics in the third person, `mentions` times, and never
    as the one offering ("us", "our clinic", "we offer", a phone number, "book a
    consultation"): whose page it is, a warner's rather than a seller's."""
    text = "\n".join(lines)
    if voice.offer_pattern.search(text):
        return False
    return len(voice.third_pattern.findall(text)) >= voice.mentions


def state(voice: Voice) -> list[Any]:
    """Plain values (for the compiled matcher's cache) that `from_state` reads back."""
    lists = (list(getattr(voice, f)) for f in LISTS)
    return [voice.mentions, voice.score, *lists, list(voice.offers)]


def from_state(found: Any) -> Voice:
    """The voice of `state`; ValueError unless it has that shape (a cache then rebuilds)."""
    mentions, score, *lists = found
    if type(mentions) is not int or type(score) is not float or len(lists) != len(LISTS) + 1:
        raise ValueError("a compiled voice reading that is not two numbers and four lists")
    third, own, offering, offers = lists
    if (
        not all(isinstance(w, list) for w in lists)
        or any(_wording_problem(key, s) for key, w in zip(LISTS, lists, strict=False) for s in w)
        or not all(isinstance(s, str) for s in offers)
    ):
        raise ValueError("a compiled voice reading whose lists are not of wordings")
    return compiled(mentions, score, third, own, offering, offers)


def load(path: Path, display: str | None = None, offers: Sequence[str] = ()) -> Voice:
    """The voice reading in `path`, reading too the wordings `offers` (the page's own
    offer, `offers:` of advert_words.yaml); DataError (one problem: file, line, field)
    when it is not a mapping of `mentions` (a whole number), `score` (a number) and the
    three lists of wordings."""
    from stemcell_cli.core.yamlsource import read_shaped

    value = read_shaped(path, display or str(path), _check)
    third, own, offering = (list(value[f]) for f in LISTS)
    return compiled(int(value["mentions"]), float(value["score"]), third, own, offering, offers)


def _check(doc: Any) -> None:
    """Add the first problem of the file's shape to `doc` (a Document), if any."""
    value = doc.value
    if not isinstance(value, dict):
        doc.whole_file(f"expected a mapping of {', '.join(FIELDS)}")
        return
    for key in value:
        if key not in FIELDS:
            doc.problem(str(key), f"unknown field (expected one of {', '.join(FIELDS)})")
            return
    for key in FIELDS:
        if key not in value:
            doc.problem(key, "missing")
            return
    if type(value["mentions"]) is not int or value["mentions"] < 1:
        doc.problem("mentions", "expected a whole number of at least 1")
        return
    score = value["score"]
    if type(score) not in (int, float) or not math.isfinite(score):
        doc.problem("score", "expected a finite number")
        return
    for key in LISTS:
        wordings = value[key]
        if not isinstance(wordings, list) or not wordings or len(wordings) > MAX_WORDINGS:
            doc.problem(key, f"expected a list of 1 to {MAX_WORDINGS} wordings")
            return
        for index, wording in enumerate(wordings):
            problem = _wording_problem(key, wording)
            if problem:
                doc.problem(f"{key}[{index}]", problem)
                return


def _wording_problem(key: str, wording: object) -> str:
    """What is wrong with a wording of list `key`, or "" (own words are one word each)."""
    shape = "one word of a|b|c" if key == "own_words" else "words of a|b|c"
    if not isinstance(wording, str):
        return f"expected {shape} in small letters"
    words = wording.split(" ")
    if (
        not words
        or wording != wording.casefold()
        or not all(_WORD.fullmatch(w) for w in words)
        or (key == "own_words" and len(words) > 1)
    ):
        return f"expected {shape} in small letters"
    return ""
