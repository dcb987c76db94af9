"""Find benefit claims, condition names and red flags in advertising text.

The rules, kept simple so a reader can predict them:

- Text is split into lines, and each line into sentences at `.`, `!`, `?` and `;`.
  A match never spans two sentences or two lines.
- Words are compared after light stemming: lower case, and common endings
  (plural -s/-es/-ies, -ing, -ed, -ation, -ate, -ory, -ly, a final -e) removed, so
  "reduces inflammation", "reduced inflammation" and "reducing inflammatory"
  compare alike.
- A benefit phrase matches when all of its words (minus small words such as "of",
  "the", "and") occur in one sentence, in any order.
- A condition name or alias, and a red-flag phrase, match as consecutive words.
- Negation: a red-flag match is ignored when one of "not", "no", "never", "without",
  "nor", "neither", "cannot" or a word ending in "n't" appears in the four words
  before it in the same sentence ("we do not promise a cure"). A phrase that itself
  starts with a negation ("no side effects") is still a red flag, unless it is
  negated in turn ("we never say there are no side effects").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

WORD = re.compile(r"[0-9]+%?|[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
SENTENCE_END = re.compile(r"[.!?;]+(?=\s|$)")
NEGATIONS = frozenset({"not", "no", "never", "without", "nor", "neither", "cannot"})
NEGATION_WINDOW = 4
SMALL_WORDS = frozenset({"a", "an", "and", "or", "of", "the", "to", "in", "for", "with", "your"})
#: Word endings removed by `stem`, longest first; at most one is removed.
_ENDINGS: tuple[str, ...] = (
    *("ations", "ation", "atory", "ories", "ings", "ing", "ies", "ory", "ate"),
    *("es", "ed", "ly", "s", "e"),
)


class Word(NamedTuple):
    stem: str
    text: str
    start: int
    end: int


class Phrase(NamedTuple):
    """Something to look for: `kind` is benefit, condition or red_flag."""

    kind: str
    entry_id: str
    text: str
    ordered: bool


class Match(NamedTuple):
    kind: str
    entry_id: str
    phrase: str
    line: int
    column: int
    text: str


def stem(word: str) -> str:
    word = word.casefold().replace("\u2019", "'")
    if word.endswith("'s"):
        word = word[:-2]
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            if ending == "ies":
                word += "y"
            break
    return word


def words(text: str, offset: int = 0) -> list[Word]:
    return [
        Word(stem(m.group()), m.group(), m.start() + offset, m.end() + offset)
        for m in WORD.finditer(text)
    ]


def _negation(word: Word) -> bool:
    lowered = word.text.casefold().replace("\u2019", "'")
    return lowered in NEGATIONS or lowered.endswith("n't")


def sentences(line: str) -> Iterable[tuple[int, str]]:
    """(offset, text) of each sentence in a line."""
    start = 0
    for end in SENTENCE_END.finditer(line):
        yield start, line[start : end.end()]
        start = end.end()
    if line[start:].strip():
        yield start, line[start:]


class Matcher:
    """Compiled phrases; `scan` finds them in a text, line by line."""

    def __init__(self, phrases: Iterable[Phrase]) -> None:
        self._phrases: list[tuple[Phrase, tuple[str, ...], frozenset[str]]] = []
        for phrase in phrases:
            stems = tuple(
                w.stem
                for w in words(phrase.text)
                if phrase.ordered or w.text.casefold() not in SMALL_WORDS
            )
            if stems:
                self._phrases.append((phrase, stems, frozenset(stems)))

    def scan(self, lines: Sequence[str]) -> list[Match]:
        found: list[Match] = []
        for number, line in enumerate(lines, 1):
            for offset, sentence in sentences(line):
                found += self._in_sentence(words(sentence, offset), line, number)
        found.sort(key=lambda m: (m.line, m.column, m.kind, m.entry_id))
        return found

    def _in_sentence(self, sentence: list[Word], line: str, number: int) -> list[Match]:
        stems = [w.stem for w in sentence]
        present = set(stems)
        seen: set[tuple[str, str]] = set()
        result: list[Match] = []
        for phrase, wanted, needed in self._phrases:
            key = (phrase.kind, phrase.entry_id)
            if key in seen or not needed <= present:  # most phrases stop here
                continue
            span = _ordered(stems, wanted) if phrase.ordered else _unordered(stems, set(needed))
            if span is None:
                continue
            first, last = span
            if phrase.kind == "red_flag" and self._negated(sentence, first):
                continue
            seen.add(key)
            start, end = sentence[first].start, sentence[last].end
            result.append(
                Match(phrase.kind, phrase.entry_id, phrase.text, number, start + 1, line[start:end])
            )
        return result

    @staticmethod
    def _negated(sentence: list[Word], first: int) -> bool:
        window = sentence[max(0, first - NEGATION_WINDOW) : first]
        return any(_negation(word) for word in window)


def _ordered(stems: list[str], wanted: tuple[str, ...]) -> tuple[int, int] | None:
    size = len(wanted)
    for index in range(len(stems) - size + 1):
        if tuple(stems[index : index + size]) == wanted:
            return index, index + size - 1
    return None


def _unordered(stems: list[str], wanted: set[str]) -> tuple[int, int] | None:
    """The shortest run of words holding every wanted stem, if the sentence has them all."""
    positions = [i for i, s in enumerate(stems) if s in wanted]
    if {stems[i] for i in positions} != wanted:
        return None
    best: tuple[int, int] | None = None
    last_seen: dict[str, int] = {}
    for index in positions:
        last_seen[stems[index]] = index
        if len(last_seen) == len(wanted):
            first = min(last_seen.values())
            if best is None or index - first < best[1] - best[0]:
                best = (first, index)
    return best
