"""A page's genre read from its words: a small model, learned from the corpus's TRAIN
pages by benchmarks/train_genre.py, of whether a page is careful (a regulator, a
hospital, news, a critic) rather than an advert (data/check/genre.yaml).

The model is a weight for each of a few hundred word stems (`stemmer.stem`): a page's
score is the bias plus the weights of the different stems it holds, and it reads as
careful when the score reaches the threshold. Nothing but a sum: no library at run time.
`report.reads_as_warning` asks it only of a page that offers nothing of its own.

Below the threshold, the page's voice is read too (round whosepage1, `voice_reads_careful`):
a page that speaks of clinics in the third person (THIRD_PERSON times: "clinics",
"providers", "the clinic") and never as the one offering ("us", "ours", "our clinic", "we
offer", a phone number, "book a consultation") reads as careful when its words already
lean that way (a score of at least VOICE_SCORE).

The file is ours, but it is read as data: a malformed one is a DataError of one line
naming the file, the line and the field (`load`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from stemcell_cli.check.words.stemmer import stem
from stemcell_cli.core.datadirs import GENRE_MODEL
from stemcell_cli.core.errors import DataError

FILENAME = GENRE_MODEL
#: The most weights a file may hold (it holds a few hundred; this bounds a bad one).
MAX_WEIGHTS = 5000
#: The fields of the file that are read; any other is refused (a misspelt field
#: would otherwise leave the model silently off).
FIELDS = frozenset({"made", "model", "bias", "threshold", "weights"})
#: A word of a page, as the model counts it: letters, and an apostrophe inside.
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
#: A word is weighed only when its first letters are those of a stem of the model (a
#: stem keeps a word's first PREFIX letters: `stemmer` removes an ending from a word
#: of at least that many letters more; a word shorter is its own stem, but for an "'s").
PREFIX = 3
#: A stem of the model: a word in small letters ("personal+" is one: `stemmer`).
_STEM = re.compile(r"(?:[^\W\d_]|')+\+?")
#: Clinics spoken of in the third person, as a careful page speaks of them.
_THIRD_PERSON = re.compile(r"\b(?:clinics|providers|practitioners|the clinic)\b", re.IGNORECASE)
#: A page speaking as the one that offers: "us" and "ours" in small letters ("US" is a
#: country), "our clinic" or "my practice", "we offer", a phone number, "book a
#: consultation", "call us", "contact us".
_OFFER_VOICE = re.compile(
    r"\b(?:us|ours)\b"
    r"|\b(?i:our|my)\s+(?i:clinics?|cent(?:er|re)|practice|doctors?|physicians?|team|patients"
    r"|staff|specialists?|surgeons?|office|facility|treatments?|procedures?|protocol"
    r"|program(?:me)?|stem\s+cell|providers?|medical)\b"
    r"|\b(?i:we|I)\s+(?i:offer|provide|perform|use|treat|speciali[sz]e|administer|inject"
    r"|harvest|deliver|help|can\s+help|have\s+treated)\b"
    r"|\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b|\+\d[\d -]{8,}"
    r"|\b(?i:(?:book|schedule|request)\s+(?:a|an|your)\s+(?:free\s+)?"
    r"(?:consultation|appointment|evaluation|call)|call\s+(?:us|today|now)|free\s+consultation)\b"
)
#: The voice reading: this many mentions of clinics in the third person, no offering
#: voice, and at least this score (on the model's scale: measure it again when the model
#: is trained again; ROUNDS.md, round whosepage1).
THIRD_PERSON = 3
VOICE_SCORE = 10.0


class Genre(NamedTuple):
    bias: float
    threshold: float
    #: word stem -> weight (positive: careful pages' words)
    weights: Mapping[str, float]

    @property
    def prefixes(self) -> frozenset[str]:
        return frozenset(map(_start, self.weights))


def _start(word: str) -> str:
    """The first PREFIX letters of a word or a stem, up to an apostrophe ("he" of
    "he's", whose stem is "he")."""
    return word[:PREFIX].partition("'")[0]


def words_of(lines: Iterable[str]) -> set[str]:
    """The different words of a text (`_WORD`), in small letters. The text is split at
    white space and only the pieces that are not all letters are searched ("cells,",
    "stem-cell"): a search of the whole text cost 57 million instructions on a 100 KB
    page, against a few million."""
    words = set()
    for piece in set("\n".join(lines).casefold().split()):
        if piece.isalpha():
            words.add(piece)
        else:
            words.update(_WORD.findall(piece.replace("\u2019", "'")))
    return words


def stems_of(lines: Iterable[str]) -> set[str]:
    """The different word stems of a text: what the model weighs (training and reading
    share it, so they count the same words)."""
    return set(map(stem, words_of(lines)))


def score(genre: Genre, lines: Iterable[str]) -> float:
    """The bias plus the weight of each different stem of the text (only the words that
    start as a stem of the model are stemmed)."""
    prefixes, weights = genre.prefixes, genre.weights
    stems = {stem(w) for w in words_of(lines) if _start(w) in prefixes}
    return genre.bias + math.fsum(map(weights.__getitem__, stems & weights.keys()))


def reads_as_careful(genre: Genre, lines: Iterable[str]) -> bool:
    """Whether the model reads the text as a careful page's, or its words lean that way
    and its voice is a careful page's (`voice_reads_careful`)."""
    lines = list(lines)
    found = score(genre, lines)
    if found >= genre.threshold:
        return True
    return found >= VOICE_SCORE and voice_reads_careful(lines)


def voice_reads_careful(lines: Iterable[str]) -> bool:
    """Whether a text speaks of clinics in the third person, THIRD_PERSON times, and
    never as the one offering ("us", "our clinic", "we offer", a phone number, "book a
    consultation"): whose page it is, a warner's rather than a seller's."""
    text = "\n".join(lines)
    if _OFFER_VOICE.search(text):
        return False
    return len(_THIRD_PERSON.findall(text)) >= THIRD_PERSON


def state(genre: Genre) -> list[Any]:
    """Plain values (for the compiled matcher's cache) that `from_state` reads back."""
    return [genre.bias, genre.threshold, dict(genre.weights)]


def from_state(found: Any) -> Genre:
    """The genre of `state`; ValueError unless it has that shape (a cache then rebuilds)."""
    bias, threshold, weights = found
    numbers = [bias, threshold, *weights.values()]
    if not all(type(n) is float and math.isfinite(n) for n in numbers) or not all(
        type(k) is str for k in weights
    ):
        raise ValueError("a compiled genre model that is not numbers by stem")
    return Genre(bias, threshold, weights)


def load(path: Path, display: str | None = None) -> Genre:
    """The model in `path`; DataError (one problem: file, line, field) when it is not a
    mapping of `bias`, `threshold` (numbers) and `weights` (stem: number)."""
    from stemcell_cli.core.yamlsource import read_document

    doc = read_document(path, display or str(path))
    if not doc.problems:
        _check(doc)
    if doc.problems:
        raise DataError(doc.problems[:1])
    value = doc.value
    weights = {str(k): float(v) for k, v in value["weights"].items()}
    return Genre(float(value["bias"]), float(value["threshold"]), weights)


def _check(doc: Any) -> None:
    """Add the first problem of the model's shape to `doc` (a Document), if any."""
    value = doc.value
    if not isinstance(value, dict):
        doc.whole_file("expected a mapping of bias, threshold and weights")
        return
    for key in value:
        if key not in FIELDS:
            doc.problem(key, f"unknown field (expected one of {', '.join(sorted(FIELDS))})")
            return
    for key in ("bias", "threshold", "weights"):
        if key not in value:
            doc.problem(key, "missing")
            return
    for key in ("bias", "threshold"):
        if not _number(value[key]):
            doc.problem(key, "expected a finite number")
            return
    weights = value["weights"]
    if not isinstance(weights, dict) or not weights:
        doc.problem("weights", "expected a mapping of word stems to numbers")
        return
    if len(weights) > MAX_WEIGHTS:
        doc.problem("weights", f"more than {MAX_WEIGHTS:,} weights")
        return
    for key, weight in weights.items():
        if key != key.casefold() or not _STEM.fullmatch(key):
            doc.problem(f"weights.{key}", "expected a word stem in small letters")
            return
        if not _number(weight):
            doc.problem(f"weights.{key}", "expected a finite number")
            return


def _number(value: object) -> bool:
    return type(value) in (int, float) and math.isfinite(value)  # type: ignore[arg-type]
