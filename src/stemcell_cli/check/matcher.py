"""Find benefit claims, condition names and red flags in advertising text.

The rules, kept so that a reader can predict them (README, "Check a clinic's
advertisement"):

- Text is read in blocks: a paragraph (lines up to a blank line, or a web page's
  block), or a list item. Each block is split into sentences at `.`, `!`, `?` and
  `;`. A match never spans two sentences.
- Words are compared by their stem (`stem`): case, inflections and common endings
  are ignored, so regenerate, regenerates, regenerating and regeneration compare
  alike. Invisible characters (soft hyphen, zero-width space and joiners, word
  joiner, byte-order mark) are removed first, so they never hide a word.
- A phrase (syntax in data/check/advert_words.yaml) matches its words in order; `...`
  lets up to GAP other words come between, `{list}` stands for any phrase of a
  word list, `a|b` for either word.
- Negation: a benefit claim or red flag is not counted when a negation ("not",
  "no", "never", "without", "cannot", a word ending in "n't", ...) comes in the
  NEGATION_WINDOW words before it, in the same clause (a comma, colon, dash or a
  word such as "but" or "until" ends the clause: "don't wait, cure ..." is a cure
  claim). After "not only" nothing is negated. A negated word of saying or showing
  ("we do not claim", "no evidence that") governs the rest of its clause. "Until
  now" later in the sentence undoes the negation ("no way to reverse it until
  now"). A phrase that starts with a negation ("no side effects") is negated only
  by one before it. Condition names are never negated: "no more knee pain" still
  names knee pain.
- A yes/no question ("Is it safe?") makes no benefit claim.
- Of two condition names that overlap, the longer wins ("rheumatoid arthritis" is
  not also "arthritis").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import NamedTuple

#: How many words `...` lets come between two words of a phrase.
GAP = 4
#: How many words after a negation it governs.
NEGATION_WINDOW = 4
INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
_NUMBER = r"\d+(?:[.,]\d+)*(?:\s?%)?"
_WORDS = r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*"
#: Where a sentence ends: . ! ? ; before a space or the end, a bullet or bar, a line
#: break inside a block that is not a wrapped line (two spaces, a tab).
_SENTENCE_END = re.compile(r"[.!?;]+(?=[\s\"'\u201d\u2019)\]]|$)|\s*[|\u2022]\s*")
_WORD = re.compile(f"{_NUMBER}|{_WORDS}")
_TOKEN = re.compile(
    f"(?P<num>{_NUMBER})|(?P<word>{_WORDS})"
    r"|(?P<clause>[,:()\[\]\"\u201c\u201d\u2013\u2014]|\s-+\s)"
)
_BULLET = re.compile(r"^\s*(?:[-*\u2022\u00b7\u25aa\u25cf]|\d{1,2}[.)])\s")
NEGATIONS = frozenset(
    {"not", "no", "never", "without", "nor", "neither", "cannot", "none", "nothing", "nobody"}
)
#: Words after which a negation negates nothing ("not only", "not just").
NOT_NEGATING_AFTER = frozenset({"only", "just", "merely", "simply", "least"})
#: Words that end a clause, and with it the reach of a negation.
CLAUSE_WORDS = frozenset(
    {"but", "until", "till", "unless", "except", "however", "although", "though", "yet"}
)
#: Negated, these govern the rest of their clause: "no evidence that it cures".
SAYING = (
    "claim", "say", "promise", "guarantee", "evidence", "proof", "prove", "proven", "shown",
    "show", "know", "suggest", "mean", "believe", "think", "expect", "data", "study", "research",
)  # fmt: skip
QUESTION_START = frozenset(
    {"is", "are", "can", "could", "does", "do", "did", "will", "would", "should", "may",
     "might", "has", "have", "was", "were", "shall"}
)  # fmt: skip
#: Word endings removed by `stem`, longest first; (ending, replacement, shortest stem).
_ENDINGS: tuple[tuple[str, str, int], ...] = (
    ("izations", "", 4), ("ization", "", 4), ("isations", "", 4), ("isation", "", 4),
    ("uctions", "uc", 3), ("uction", "uc", 3),
    ("ations", "", 4), ("ation", "", 4),
    ("atory", "", 4), ("ators", "", 4), ("ator", "", 4),
    ("ating", "", 4), ("ated", "", 4), ("ates", "", 4), ("ate", "", 4),
    ("izing", "", 4), ("ising", "", 4), ("ized", "", 4), ("ised", "", 4),
    ("izes", "", 4), ("ises", "", 4), ("ize", "", 4), ("ise", "", 4),
    ("ments", "", 4), ("ment", "", 4), ("nesses", "", 4), ("ness", "", 4),
    ("ions", "", 4), ("ion", "", 4), ("ings", "", 3), ("ing", "", 3),
    ("ies", "y", 3), ("ied", "y", 3),
    ("es", "", 3), ("ed", "", 3), ("s", "", 3),
)  # fmt: skip
_KEEP_S = ("ss", "us", "is", "ys")


class Token(NamedTuple):
    keys: frozenset[str]
    text: str
    block_start: int
    block_end: int
    clause: int


class Phrase(NamedTuple):
    """Something to look for: `kind` is benefit, condition, red_flag or other_condition."""

    kind: str
    entry_id: str
    text: str


class Match(NamedTuple):
    kind: str
    entry_id: str
    phrase: str
    line: int
    column: int
    text: str


class Element(NamedTuple):
    """One place in a compiled phrase: a word (keys) or a choice of phrases (options)."""

    keys: frozenset[str]
    options: tuple[Pattern, ...]
    gap: int
    optional: bool


Pattern = tuple[Element, ...]


class PhraseError(ValueError):
    """A phrase that cannot be compiled (an unknown list, an empty phrase)."""


_stems: dict[str, str] = {}


def stem(word: str) -> str:
    """The stem of `word`: lower case, no possessive, one common ending removed."""
    found = _stems.get(word)
    if found is not None:
        return found
    result = word.casefold().replace("\u2019", "'")
    if result.endswith("'s"):
        result = result[:-2]
    elif result.endswith("s'"):
        result = result[:-1]
    for ending, replacement, shortest in _ENDINGS:
        if result.endswith(ending) and len(result) - len(ending) >= shortest:
            if ending == "s" and result.endswith(_KEEP_S):
                continue
            result = result[: -len(ending)] + replacement
            break
    if len(result) > 3 and result.endswith("e"):
        result = result[:-1]
    if len(result) > 3 and result[-1] == result[-2] and result[-1] not in "aeiou":
        result = result[:-1]
    if len(_stems) < 200_000:
        _stems[word] = result
    return result


def _token_keys(kind: str, text: str) -> frozenset[str]:
    if kind == "num":
        digits = text.replace(" ", "")
        return frozenset({digits, "#%" if digits.endswith("%") else "#"})
    keys = {stem(text)}
    if 2 <= len(text) <= 5 and text.isupper():
        keys.add("=" + text)
    return frozenset(keys)


def _word_keys(word: str) -> frozenset[str]:
    """The keys a word of a phrase stands for."""
    if word in ("#", "#%"):
        return frozenset({word})
    if word[0].isdigit():
        return frozenset({word})
    if 2 <= len(word) <= 5 and word.isupper() and word.isalpha():
        return frozenset({"=" + word})
    return frozenset({stem(word)})


_PHRASE_PART = re.compile(r"\{[a-z0-9-]+\}\??|\.\.\.|[^\s{}]+")
_PIECE = re.compile(r"#%|#|\d+(?:[.,]\d+)*%?|[^\W\d_]+(?:['\u2019][^\W\d_]+)*")


class Compiler:
    """Compiles phrases; each word list (`{name}`) is compiled once and shared."""

    def __init__(self, groups: Mapping[str, Sequence[str]] | None = None) -> None:
        self.groups = groups or {}
        self._lists: dict[str, tuple[Pattern, ...]] = {}
        self._compiling: set[str] = set()

    def phrase(self, text: str) -> Pattern:
        """The pattern of one phrase (syntax: data/check/advert_words.yaml)."""
        elements: list[Element] = []
        gap = 0
        for part in _PHRASE_PART.findall(text):
            if part == "...":
                gap = GAP
                continue
            optional = part.endswith("?") and len(part) > 1
            part = part[:-1] if optional else part
            if part.startswith("{"):
                elements.append(Element(frozenset(), self._list(part[1:-1], text), gap, optional))
            elif "|" in part:
                keys = frozenset().union(*(_word_keys(p) for p in _PIECE.findall(part)))
                elements.append(Element(keys, (), gap, optional))
            else:
                # A hyphenated word ("risk-free") is two words in a row.
                for index, piece in enumerate(_PIECE.findall(part)):
                    elements.append(
                        Element(_word_keys(piece), (), gap if index == 0 else 0, optional)
                    )
            gap = 0
        if not elements:
            raise PhraseError(f"an empty phrase: {text!r}")
        return tuple(elements)

    def _list(self, name: str, text: str) -> tuple[Pattern, ...]:
        if name not in self.groups:
            raise PhraseError(f"unknown word list {{{name}}} in {text!r}")
        if name in self._compiling:
            raise PhraseError(f"the word list {{{name}}} refers to itself: {text!r}")
        if name not in self._lists:
            self._compiling.add(name)
            self._lists[name] = tuple(self.phrase(member) for member in self.groups[name])
            self._compiling.discard(name)
        return self._lists[name]


#: One way a phrase can be worded: per word, the keys it accepts and how many other
#: words may come before it (lists and optional words expanded).
Flat = tuple[tuple[frozenset[str], int], ...]
#: More wordings than this from one phrase is a mistake in the data.
MAX_WORDINGS = 20_000


def flatten(pattern: Pattern) -> list[Flat]:
    """Every wording of `pattern`, with its word lists and optional words expanded."""
    wordings: list[Flat] = [()]
    for element in pattern:
        if element.options:
            choices = [alt for option in element.options for alt in flatten(option)]
            adjusted = [((alt[0][0], element.gap), *alt[1:]) for alt in choices if alt]
        else:
            adjusted = [((element.keys, element.gap),)]
        grown = [done + alt for done in wordings for alt in adjusted]
        wordings = grown + wordings if element.optional else grown
        if len(wordings) > MAX_WORDINGS:
            raise PhraseError("a phrase with more than 20,000 wordings; split it")
    return [w for w in wordings if w]


_ANY = frozenset({"\0any"})


def _needed(wording: Flat) -> frozenset[str]:
    """The keys of the word after the first with the fewest choices (or a key that every
    sentence has, for a one-word phrase)."""
    if len(wording) == 1:
        return _ANY
    return min((keys for keys, _ in wording[1:]), key=len)


def _end(wording: Flat, index: int, pos: int, keys: Sequence[frozenset[str]]) -> int:
    """The end (exclusive) of a match of wording[index:] from `pos` on, or -1."""
    if index == len(wording):
        return pos
    wanted, gap = wording[index]
    for at in range(pos, min(pos + gap + 1, len(keys))):
        if not wanted.isdisjoint(keys[at]):
            end = _end(wording, index + 1, at + 1, keys)
            if end >= 0:
                return end
    return -1


class Block(NamedTuple):
    """A paragraph or list item: its text, and where each of its lines starts."""

    text: str
    starts: list[int]  # offset in `text` of each line
    line_indexes: list[int]  # index in the input of each line

    def place(self, offset: int) -> tuple[int, int]:
        """(line index, column) in the input of the character at `offset`."""
        from bisect import bisect_right

        at = bisect_right(self.starts, offset) - 1
        return self.line_indexes[at], offset - self.starts[at]


def blocks(lines: Sequence[str]) -> Iterator[Block]:
    """Paragraphs and list items of `lines`, each as one text with its source places."""
    parts: list[str] = []
    starts: list[int] = []
    indexes: list[int] = []
    size = 0
    for index, raw in enumerate(lines):
        line = INVISIBLE.sub("", raw).replace("\u2019", "'")
        if not line.strip() or _BULLET.match(line):
            if parts:
                yield Block("\n".join(parts), starts, indexes)
            parts, starts, indexes, size = [], [], [], 0
            if not line.strip():
                continue
        starts.append(size)
        indexes.append(index)
        parts.append(line)
        size += len(line) + 1
    if parts:
        yield Block("\n".join(parts), starts, indexes)


def sentences(block: str) -> Iterator[tuple[int, str, bool]]:
    """(offset, text, ends with "?") of each sentence of a block."""
    start = 0
    for end in _SENTENCE_END.finditer(block):
        if block[start : end.start()].strip():
            yield start, block[start : end.start()], "?" in end.group()
        start = end.end()
    if block[start:].strip():
        yield start, block[start:], False


def tokens(sentence: str, offset: int = 0) -> list[Token]:
    """The words of a sentence with their places and clause numbers."""
    found: list[Token] = []
    clause = 0
    for item in _TOKEN.finditer(sentence):
        kind = item.lastgroup
        if kind == "clause":
            clause += 1
            continue
        text = item.group()
        keys = _keys(text)
        if _CLAUSE_WORD in keys:
            clause += 1
        start, end = item.span()
        # tuple.__new__ skips NamedTuple's Python-level __new__.
        found.append(_new_tuple(Token, (keys, text, start + offset, end + offset, clause)))
    return found


_keys_of: dict[str, frozenset[str]] = {}


def _keys(text: str) -> frozenset[str]:
    """The keys of one word of the advert, remembered."""
    keys = _keys_of.get(text)
    if keys is None:
        keys = _token_keys("num" if text[0].isdigit() else "word", text)
        if text.casefold() in CLAUSE_WORDS:
            keys = keys | {_CLAUSE_WORD}
        if len(_keys_of) < 200_000:
            _keys_of[text] = keys
    return keys


_CLAUSE_WORD = "\0clause"
_new_tuple = tuple.__new__


def _is_negation(token: Token) -> bool:
    lowered = token.text.casefold()
    return lowered in NEGATIONS or lowered.endswith("n't")


class Matcher:
    """Compiled phrases; `scan` finds them in a text."""

    def __init__(
        self, phrases: Iterable[Phrase], groups: Mapping[str, Sequence[str]] | None = None
    ) -> None:
        #: first word's key -> (phrase, wording) pairs that can start with it
        self._by_key: dict[str, list[tuple[Phrase, Flat]]] = {}
        #: a word of the advert -> the wordings that can start with it (filled as met)
        self._starts: dict[str, list[tuple[Phrase, Flat, frozenset[str]]]] = {}
        compiler = Compiler(groups)
        for phrase in phrases:
            try:
                wordings = flatten(compiler.phrase(phrase.text))
            except PhraseError as exc:
                raise PhraseError(f"{phrase.kind} {phrase.entry_id}: {exc}") from None
            for wording in wordings:
                for key in wording[0][0]:
                    self._by_key.setdefault(key, []).append((phrase, wording))

    def state(self) -> tuple[list[tuple[str, str, str]], dict[str, list[tuple[int, Flat]]]]:
        """Plain values (for `marshal`) from which `from_state` rebuilds this matcher."""
        numbers: dict[Phrase, int] = {}
        index: dict[str, list[tuple[int, Flat]]] = {}
        for key, pairs in self._by_key.items():
            for phrase, wording in pairs:
                number = numbers.setdefault(phrase, len(numbers))
                index.setdefault(key, []).append((number, wording))
        return [tuple(p) for p in numbers], index  # type: ignore[misc]

    @classmethod
    def from_state(
        cls, phrases: Sequence[Sequence[str]], index: Mapping[str, Sequence[tuple[int, Flat]]]
    ) -> Matcher:
        matcher = cls(())
        known = [Phrase(*p) for p in phrases]
        matcher._by_key = {
            key: [(known[number], tuple(wording)) for number, wording in pairs]
            for key, pairs in index.items()
        }
        return matcher

    def scan(self, lines: Sequence[str], numbers: Sequence[int] | None = None) -> list[Match]:
        """Every match in `lines`; `numbers` gives each line's number (default 1, 2, ...)."""
        found: list[Match] = []
        for block in blocks(lines):
            for offset, sentence, asks in sentences(block.text):
                found += self._in_sentence(sentence, offset, asks, block, numbers)
        found.sort(key=lambda m: (m.line, m.column, m.kind, m.entry_id))
        return found

    def _candidates(self, text: str) -> list[tuple[Phrase, Flat, frozenset[str]]]:
        """The wordings that can start with this word of the advert, remembered, each with
        the keys of its rarest other word (a sentence without any of them cannot match)."""
        found = self._starts.get(text)
        if found is None:
            found = [
                (phrase, wording, _needed(wording))
                for key in _keys(text)
                for phrase, wording in self._by_key.get(key, ())
            ]
            if len(self._starts) < 200_000:
                self._starts[text] = found
        return found

    def _in_sentence(
        self, sentence: str, offset: int, asks: bool, block: Block, numbers: Sequence[int] | None
    ) -> list[Match]:
        # The fast pass reads words only; places, clauses and negations are worked out
        # for the sentences that hold a candidate (most sentences hold none).
        words = _WORD.findall(sentence)
        keys = [_keys(word) for word in words]
        spans: dict[tuple[str, str], list[tuple[Phrase, int, int]]] = {}
        present = _ANY.union(*keys)  # _ANY: lets every one-word phrase through
        starts = self._starts
        for start, word in enumerate(words):
            candidates = starts.get(word)
            if candidates is None:
                candidates = self._candidates(word)
            for phrase, wording, needed in candidates:
                if needed.isdisjoint(present):
                    continue
                end = _end(wording, 1, start + 1, keys)
                if end >= 0:
                    spans.setdefault((phrase.kind, phrase.entry_id), []).append(
                        (phrase, start, end)
                    )
        if not spans:
            return []
        sentence_tokens = tokens(sentence, offset)
        question = asks and words[0].casefold() in QUESTION_START
        chosen: dict[tuple[str, str], tuple[Phrase, int, int]] = {}
        for entry, found in spans.items():
            for phrase, start, end in sorted(found, key=lambda c: (c[1], c[2])):
                if phrase.kind == "benefit" and question:
                    break
                if phrase.kind in ("benefit", "red_flag", "other_condition") and negated(
                    sentence_tokens, start, loose=phrase.kind == "other_condition"
                ):
                    continue
                chosen[entry] = (phrase, start, end)
                break
        chosen = _longest_conditions(chosen)
        result = []
        for phrase, first, end in chosen.values():
            start_at = sentence_tokens[first].block_start
            end_at = sentence_tokens[end - 1].block_end
            line_index, column = block.place(start_at)
            number = numbers[line_index] if numbers is not None else line_index + 1
            text = " ".join(block.text[start_at:end_at].split())
            result.append(
                Match(phrase.kind, phrase.entry_id, phrase.text, number, column + 1, text)
            )
        return result


def negated(sentence: Sequence[Token], first: int, loose: bool = False) -> bool:
    """Whether a negation governs the word at `first` (see the module's rules).

    `loose`: any negation earlier in the sentence counts (for diseases named as not
    treated: "no evidence that it helps Parkinson's or MS").
    """
    clause = sentence[first].clause
    for index in range(first - 1, -1, -1):
        token = sentence[index]
        if not _is_negation(token):
            continue
        after = sentence[index + 1] if index + 1 < len(sentence) else None
        if after is not None and after.text.casefold() in NOT_NEGATING_AFTER:
            continue
        if _undone(sentence, index):
            continue
        if loose:
            return True
        if token.clause != clause:
            return False
        if first - index <= NEGATION_WINDOW:
            return True
        window = sentence[index + 1 : index + 1 + NEGATION_WINDOW]
        if any(not w.keys.isdisjoint(_saying()) for w in window):
            return True
    return False


_SAYING_STEMS: list[frozenset[str]] = []


def _saying() -> frozenset[str]:
    if not _SAYING_STEMS:
        _SAYING_STEMS.append(frozenset(stem(word) for word in SAYING))
    return _SAYING_STEMS[0]


def _undone(sentence: Sequence[Token], negation: int) -> bool:
    """ "Until now" after a negation undoes it: "no way to reverse it - until now"."""
    for index in range(negation + 1, len(sentence) - 1):
        if sentence[index].text.casefold() in ("until", "till") and sentence[
            index + 1
        ].text.casefold() in ("now", "today"):
            return True
    return False


def _longest_conditions(
    spans: dict[tuple[str, str], tuple[Phrase, int, int]],
) -> dict[tuple[str, str], tuple[Phrase, int, int]]:
    """Drop a condition found only inside a longer name of another condition."""
    conditions = [(k, v) for k, v in spans.items() if k[0] == "condition"]
    for key, (_, start, end) in conditions:
        for other, (_, o_start, o_end) in conditions:
            if other != key and o_start <= start and end <= o_end and o_end - o_start > end - start:
                spans.pop(key, None)
                break
    return spans
