"""A page's genre read from its words: a small model, learned from the corpus's TRAIN
pages by benchmarks/train_genre.py, of whether a page is careful (a regulator, a
hospital, news, a critic) rather than an advert (data/check/genre.yaml).

The model is a weight for each of a few hundred word stems (`stemmer.stem`): a page's
score is the bias plus the weights of the different stems it holds, and it reads as
careful when the score reaches the threshold. Nothing but a sum: no library at run time.
`report.reads_as_warning` asks it only of a page that offers nothing of its own.

Below the threshold, the page's voice is read too (round whosepage1, `page_voice`, its
wordings and numbers in data/check/voice.yaml): a page that speaks of clinics in the third
person ("clinics", "providers", "the clinic") and never as the one offering ("us", "our
clinic", "we offer", a phone number, "book a consultation") reads as careful when its words
already lean that way.

The file is ours, but it is read as data: a malformed one is a DataError of one line
naming the file, the line and the field (`load`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from stemcell_cli.check.rules import page_voice
from stemcell_cli.check.words.stemmer import stem

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


class Genre(NamedTuple):
    bias: float
    threshold: float
    #: word stem -> weight (positive: careful pages' words)
    weights: Mapping[str, float]
    #: the voice reading below the threshold (data/check/voice.yaml); None: none
    voice: page_voice.Voice | None = None

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
    and its voice is a careful page's (`page_voice.reads_careful`)."""
    lines = list(lines)
    found = score(genre, lines)
    if found >= genre.threshold:
        return True
    voice = genre.voice
    return voice is not None and found >= voice.score and page_voice.reads_careful(voice, lines)


def state(genre: Genre) -> list[Any]:
    """Plain values (for the compiled matcher's cache) that `from_state` reads back."""
    voice = None if genre.voice is None else page_voice.state(genre.voice)
    return [genre.bias, genre.threshold, dict(genre.weights), voice]


def from_state(found: Any) -> Genre:
    """The genre of `state`; ValueError unless it has that shape (a cache then rebuilds)."""
    bias, threshold, weights, voice = found
    numbers = [bias, threshold, *weights.values()]
    if not all(type(n) is float and math.isfinite(n) for n in numbers) or not all(
        type(k) is str for k in weights
    ):
        raise ValueError("a compiled genre model that is not numbers by stem")
    return Genre(bias, threshold, weights, None if voice is None else page_voice.from_state(voice))


def load(path: Path, display: str | None = None) -> Genre:
    """The model in `path`; DataError (one problem: file, line, field) when it is not a
    mapping of `bias`, `threshold` (numbers) and `weights` (stem: number)."""
    from stemcell_cli.core.yamlsource import read_shaped

    value = read_shaped(path, display or str(path), _check)
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
