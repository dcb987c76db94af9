"""Find benefit claims, condition names and red flags in advertising text.

The rules, kept so that a reader can predict them (README, "Check a clinic's
advertisement"):

- Text is read in blocks: a paragraph (lines up to a blank line, or a web page's
  block), or a list item (a line that starts with a bullet, or a number of one or two
  digits and `.` or `)`). Each block is split into sentences at `.`, `!`, `?` and
  `;`. A match never spans two sentences.
- Words are compared by their stem (`stem`): case, inflections and common endings
  are ignored, so regenerate, regenerates, regenerating and regeneration compare
  alike. Invisible characters (soft hyphen, zero-width space and joiners, word
  joiner, byte-order mark) are removed first, so they never hide a word. A word of 2
  to 5 capitals in a phrase is an acronym: it matches only those capitals, or them
  with a plural s ("torn ACLs").
- A phrase (syntax in data/check/advert_words.yaml) matches its words in order; `...`
  lets up to GAP other words come between (`...8` up to 8), `A ~ B` finds A and B in
  either order up to NEAR words apart, `{list}` stands for any phrase of a word list,
  `a|b` for either word.
- Negation: a benefit claim or red flag is not counted when a negation ("not",
  "no", "never", "without", "cannot", a word ending in "n't", ...) comes in the
  NEGATION_WINDOW words before it, in the same clause (a comma, colon, dash or a
  word such as "but" or "until" ends the clause: "don't wait, cure ..." is a cure
  claim). After "not only" nothing is negated. A negated word of saying or showing
  ("we do not claim", "no evidence that", "has not approved") governs the rest of
  its clause. "Until now" later in the sentence undoes the negation ("no way to
  reverse it until now"). A phrase that starts with a negation ("no side effects")
  is negated only by one before it.
- Not the advert's own claim: nothing after "whether", a warning ("beware", "scam",
  "misleading") or a reported claim ("clinics claim") in the same sentence, nor after
  a cue phrase of the data (`not_asserting:`: "be wary of", "red flag", "clinics that
  promise", "a trial measures how ..."); nothing in the clause of a debunking
  (`debunking:`: "testimonials are not evidence", "does not mean it is safe").
  Nor are the items of a list led in by a warning or a reported claim ("Be wary of
  clinics that:"): the blocks that follow it while each is a bulleted line, or one
  line of at most _ITEM_WORDS (25) words that does not end with ":".
- "No" before a subject negates what the verb to be says of it: "no stem cell product
  is FDA approved" (NO_SUBJECT, COPULAS).
- A condition is negated only by a negated word of offering ("we do not treat neck
  pain"); "no more knee pain" still names knee pain.
- Guards: a match is dropped where a guard phrase of its entry matches words it
  shares ("anti-inflammatory drugs" is not the reduced-inflammation claim).
- A yes/no question ("Is it safe?") makes no benefit claim: a sentence ending with
  "?" whose verb ("is", "can", ...) is its first word, after up to three that lead
  into one ("And above all, is it safe?").
- Of two condition names that overlap, the longer wins ("rheumatoid arthritis" is
  not also "arthritis").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import chain
from operator import itemgetter
from typing import NamedTuple

#: How many words `...` lets come between two words of a phrase.
GAP = 4
#: How many words `~` lets come between its two parts (in either order).
NEAR = 8
#: How many words after a negation it governs.
NEGATION_WINDOW = 4
#: Regular expressions used only now and then are compiled when first used (re keeps
#: them): compiling costs start-up time.
_INVISIBLE_CHARACTERS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
INVISIBLE = f"[{_INVISIBLE_CHARACTERS}]"
#: A table for `str.translate` that removes them, which needs no pattern compiled (a set
#: of characters this scattered costs `re` 2.5 million instructions to compile).
_NO_INVISIBLE = dict.fromkeys(map(ord, _INVISIBLE_CHARACTERS))
_NUMBER = r"\d+(?:[.,]\d+)*(?:\s?%)?"
#: A word: letters (or digits after a letter), with inner apostrophes ("don't"); blocks()
#: turns the typographic apostrophe into "'" first.
_WORDS = r"\w+(?:'\w+)*"
#: Where a sentence ends: . ! ? ; before a space or the end, a bullet or bar, a line
#: break inside a block that is not a wrapped line (two spaces, a tab).
#: (One group: `scan` splits a block at them with `re.split`, which keeps each end.
#: It starts with a set of characters, which lets `re` skip to the next candidate in C:
#: three times faster than a look-ahead first. It reads a text with each bullet "\u2022"
#: made a "|", which ends a sentence alike: `re` compiles sets of ASCII characters and
#: short ranges quickly, a scattered set of others slowly.)
_SENTENCE_END = re.compile(
    r"([.!?;|](?:(?<=[|])|(?<=[.!?;])[.!?;]*(?=[\s\"')\]]|[\u2019\u201d]|$)))"
)
#: The words of `_NUMBER|_WORDS`, written so that `re` tries fewer ways (a word starts
#: with a letter, a number with a digit; neither ever gives back what it took): the
#: same words, found with a sixth fewer instructions.
_WORD = re.compile(r"[^\W\d]\w*+(?:'\w+)*+|\d++(?:[.,]\d+)*+(?:\s?%)?")
#: ASCII with each letter and "_" kept, other characters a space, and digits, "'" and
#: NUL 0: a text that translates without a 0 has as its words its runs of letters.
_LETTER_RUNS = bytes(
    (0 if c in b"0123456789'\0" else c if chr(c).isalpha() or c == 95 else 32) if c < 128 else 0
    for c in range(256)
)


def _words(text: str) -> list[str]:
    """`_WORD.findall(text)`; most sentences (ASCII, with no digit or apostrophe) are
    split at their other characters in C, a third of the instructions of `re`."""
    if text.isascii():
        letters = text.encode().translate(_LETTER_RUNS)
        if 0 not in letters:
            return letters.decode().split()
    return _WORD.findall(text)


_TOKEN = (
    f"(?P<num>{_NUMBER})|(?P<word>{_WORDS})"
    r"|(?P<clause>[,:()\[\]\"]|[\u201c\u201d]|[\u2013\u2014]|\s-+\s)"
)
_BULLET = re.compile(r"^\s*(?:[-*\u00b7]|\u2022|\u25aa|\u25cf|\d{1,2}[.)])\s")
NEGATIONS = frozenset(
    {"not", "no", "never", "without", "nor", "neither", "cannot", "none", "nothing", "nobody"}
)
#: Words after which nothing in the sentence is the advert's own claim: an open question
#: ("testing whether it is safe"), a warning ("beware of clinics that promise a cure"),
#: a claim reported as someone else's ("clinics claim it cures arthritis").
NOT_ASSERTING = frozenset(
    {"whether", "beware", "wary", "suspicious", "skeptical", "sceptical", "scam", "scams",
     "misleading", "bogus", "dubious", "unscrupulous", "predatory", "allegedly", "supposedly",
     "purportedly", "purport", "purports", "warn", "warns", "warned", "warning", "warnings",
     "claim", "claims", "claimed", "claiming"}
)  # fmt: skip
#: Words of NOT_ASSERTING that, first in a sentence, reach only the end of their
#: clause: "whether you are an athlete or not, our cells repair tendons" still claims,
#: while "ask whether it is approved, tested in a registered trial, ..." asks.
CLAUSE_BOUND = frozenset({"whether"})
#: A condition is negated only by a negated word of offering: "we do not treat neck
#: pain" does not offer to treat it; "no more knee pain" still names knee pain.
OFFERING = frozenset(
    {"treat", "treats", "treating", "use", "uses", "using", "offer", "offers", "offering",
     "provide", "provides", "perform", "performs", "recommend", "recommends", "accept",
     "accepts", "suitable", "candidate", "candidates"}
)  # fmt: skip
_NEGATING = NEGATIONS | NOT_ASSERTING
#: "No" before a subject negates what is said of it: "no stem cell product is FDA
#: approved", "no treatment is completely safe" (the verb to be must come in the three
#: words before what is said; "no surgery is needed with our breakthrough" keeps it).
NO_SUBJECT = frozenset({"no", "none", "neither"})
COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "being", "become", "becomes"})
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
    "approve", "approved", "establish", "established", "demonstrate", "demonstrated", "find",
    "found", "confirm", "confirmed", "test", "tested", "studied",
)  # fmt: skip
QUESTION_START = frozenset(
    {"is", "are", "can", "could", "does", "do", "did", "will", "would", "should", "may",
     "might", "has", "have", "was", "were", "shall"}
)  # fmt: skip
#: Words that may come before the verb of a yes/no question: "And above all, is it safe?"
QUESTION_LEAD = frozenset({"and", "but", "so", "or", "also", "then", "now", "well", "above", "all"})
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
_KEEP_S = ("ss", "us", "is")


class Token(NamedTuple):
    keys: frozenset[str]
    text: str
    block_start: int
    block_end: int
    clause: int


class Phrase(NamedTuple):
    """Something to look for: `kind` is benefit, condition, red_flag, other_condition,
    or one of the kinds that only help read them (GUARD, CUE, PART)."""

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
#: An ending as `stem` tries it: (ending, replacement, shortest word it is removed
#: from, its length).
_Ending = tuple[str, str, int, int]


def _tried(endings: Iterable[tuple[str, str, int]]) -> tuple[_Ending, ...]:
    return tuple((e, r, len(e) + shortest, len(e)) for e, r, shortest in endings)


#: The endings a word can have (in _ENDINGS order), by its last two letters; a word
#: whose last two letters end no longer ending can have only a one-letter one.
_BY_TAIL = {
    tail: _tried(f for f in _ENDINGS if f[0][-2:] == tail or tail.endswith(f[0]))
    for tail in dict.fromkeys(e[-2:] for e, _, _ in _ENDINGS if len(e) > 1)
}
_ONE_LETTER = {e: _tried([(e, r, n)]) for e, r, n in _ENDINGS if len(e) == 1}


def stem(word: str) -> str:
    """The stem of `word`: lower case, no possessive, one common ending removed."""
    found = _stems.get(word)
    if found is not None:
        return found
    result = _folded_stem(word.casefold().replace("\u2019", "'"))
    if len(_stems) < 200_000:
        _stems[word] = result
    return result


def _folded_stem(result: str) -> str:
    """`stem` of a word already case-folded, with "'" for its apostrophes."""
    tail = result[-2:]
    if tail == "'s" or tail == "s'":
        result = result[:-2] if tail == "'s" else result[:-1]
        tail = result[-2:]
    for ending, replacement, shortest, cut in _BY_TAIL.get(tail) or _ONE_LETTER.get(tail[-1:], ()):
        if len(result) >= shortest and result.endswith(ending):
            if ending == "s" and result.endswith(_KEEP_S):
                continue
            result = result[:-cut] + replacement
            break
    if len(result) > 3:
        if result[-1] == "e":
            result = result[:-1]
        if len(result) > 3 and result[-1] == result[-2] and result[-1] not in "aeiou":
            result = result[:-1]
    return result


#: Numbers in words are numbers (`#` in a phrase): "eight out of ten patients", "only
#: three spots left", "ninety per cent".
NUMBER_WORDS = frozenset(
    {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
     "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
     "hundred", "thousand"}
)  # fmt: skip


def _token_keys(kind: str, text: str) -> frozenset[str]:
    if kind == "num":
        digits = text.replace(" ", "")
        return frozenset({digits, "#%" if digits.endswith("%") else "#"})
    keys = {stem(text)}
    if text.casefold() in NUMBER_WORDS:
        keys.add("#")
    if 2 <= len(text) <= 5 and text.isupper():
        keys.add("=" + text)
    elif 3 <= len(text) <= 6 and text[-1] == "s" and text[:-1].isupper():
        keys.add("=" + text[:-1])  # a plural: "torn ACLs"
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


def _alternative_keys(alternative: str, text: str) -> frozenset[str]:
    """The keys of one word of `a|b|c`. An alternative of two words ("HCT/P", "x-y")
    would stand for either of its words alone in that place, so it is an error."""
    pieces = re.findall(_PIECE, alternative)
    if len(pieces) != 1:
        raise PhraseError(
            f"each word of a|b must be one word, not {alternative!r}"
            f" (write it as a phrase of its own): {text!r}"
        )
    return _word_keys(pieces[0])


_PHRASE_PART = r"\{[a-z0-9-]+\}\??|\.\.\.\d*|[^\s{}]+"
#: The most words `...N` may let come between two words of a phrase.
MAX_GAP = 12
_PIECE = r"#%|#|\d+(?:[.,]\d+)*%?|[^\W\d_]+(?:['\u2019][^\W\d_]+)*"


class Compiler:
    """Compiles phrases; each word list (`{name}`) is compiled once and shared."""

    def __init__(self, groups: Mapping[str, Sequence[str]] | None = None) -> None:
        self.groups = groups or {}
        self._lists: dict[str, tuple[Pattern, ...]] = {}
        self._compiling: set[str] = set()

    def phrase(self, text: str) -> Pattern:
        """The pattern of one phrase (syntax: data/check/advert_words.yaml)."""
        if " ~ " in text:
            # Either part first, with up to NEAR words between them.
            first, second = (self.phrase(part) for part in text.split(" ~ ", 1))
            both = (first + _after(second, NEAR), second + _after(first, NEAR))
            return (Element(frozenset(), both, 0, False),)
        elements: list[Element] = []
        gap = 0
        for part in re.findall(_PHRASE_PART, text):
            if part.startswith("..."):
                gap = int(part[3:]) if part[3:] else GAP
                if not 0 < gap <= MAX_GAP:
                    raise PhraseError(f"a gap of 1 to {MAX_GAP} words is allowed: {text!r}")
                continue
            optional = part.endswith("?") and len(part) > 1
            part = part[:-1] if optional else part
            if part.startswith("{"):
                elements.append(Element(frozenset(), self._list(part[1:-1], text), gap, optional))
            elif "|" in part:
                keys = frozenset().union(*(_alternative_keys(alt, text) for alt in part.split("|")))
                elements.append(Element(keys, (), gap, optional))
            else:
                # A hyphenated word ("risk-free") is two words in a row.
                for index, piece in enumerate(re.findall(_PIECE, part)):
                    elements.append(
                        Element(_word_keys(piece), (), gap if index == 0 else 0, optional)
                    )
            gap = 0
        if not elements:
            raise PhraseError(f"an empty phrase: {text!r}")
        if gap:
            # In YAML an unquoted " #" starts a comment, so "... #" loses its number.
            raise PhraseError(f"a gap must have a word after it (quote a phrase with #): {text!r}")
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


def _after(pattern: Pattern, gap: int) -> Pattern:
    """`pattern` with up to `gap` words allowed before its first word."""
    return (pattern[0]._replace(gap=gap), *pattern[1:])


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


#: How much more a common word (Matcher's `common`) weighs than another when the
#: matcher picks the word it looks a wording up by.
_COMMON_WEIGHT = 50


def _by_rarity(wording: Flat, common: frozenset[str]) -> list[frozenset[str]]:
    """The keys of each word of `wording`, the word least likely to be in a sentence
    first: the matcher looks a wording up by the first (its anchor), and then checks
    the others are in the sentence, the rarest first so that a miss is found soon."""
    return sorted(
        dict.fromkeys(keys for keys, _ in wording),
        key=lambda keys: sum(_COMMON_WEIGHT if key in common else 1 for key in keys),
    )


def _end(wording: Flat, index: int, pos: int, keys: Sequence[frozenset[str]]) -> int:
    """The end (exclusive) of a match of wording[index:] from `pos` on, or -1."""
    size = len(wording)
    # Words that must come right after the one before have one place to be in: no
    # backtracking is needed until a word that may come after a gap.
    while index < size and not wording[index][1]:
        if pos >= len(keys) or wording[index][0].isdisjoint(keys[pos]):
            return -1
        index += 1
        pos += 1
    if index == size:
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
        if len(self.starts) == 1:  # most blocks are one line (a web page's always are)
            return self.line_indexes[0], offset - self.starts[0]
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
        # An ASCII line (known in C without reading it) holds no invisible character.
        line = raw if raw.isascii() else raw.translate(_NO_INVISIBLE).replace("\u2019", "'")
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


def tokens(sentence: str, offset: int = 0) -> list[Token]:
    """The words of a sentence with their places and clause numbers: a word's place is
    counted in characters from the sentence's first, plus `offset`."""
    found: list[Token] = []
    clause = 0
    for item in re.finditer(_TOKEN, sentence):
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


def _used_keys(words: Sequence[str], used: frozenset[str]) -> list[frozenset[str]]:
    """`_keys(word) & used` of each word, worked out for many words at once: a word
    that starts with a small letter and is no number (most words) has its stem as its
    only key, and the words are case-folded together."""
    if _CLAUSE_WORD in used or not words:
        return [_keys(word) & used for word in words]
    folded = "\n".join(words).casefold().replace("\u2019", "'").split("\n")
    found = []
    none: frozenset[str] = frozenset()
    for word, lowered in zip(words, folded, strict=True):
        if word[0].islower() and lowered not in NUMBER_WORDS:
            stemmed = _folded_stem(lowered)
            found.append(frozenset((stemmed,)) if stemmed in used else none)
        else:
            found.append(_keys(word) & used or none)  # (one empty set for all that have none)
    return found


_CLAUSE_WORD = "\0clause"
#: Where the last clause of a lead-in starts: after the last of these.
_CLAUSE_ENDS = (",", ";", ".", "!", "?", "\u2013", "\u2014")
#: The kind of one half of a pair of wordings that makes a red flag only with the
#: other half (`Lexicon.pairs`); read like a red flag, then joined by the report.
PART = "part"
#: The kind of a red flag that, like a benefit claim, a yes/no question does not raise
#: ("Are my own cells safe?" asks; `Lexicon.stated_only`); reported as a red flag.
STATED = "stated"
_NEGATABLE = frozenset({"benefit", "red_flag", "other_condition", "condition", PART, STATED})
#: Kinds a yes/no question does not claim.
_NOT_ASKED = frozenset({"benefit", STATED})
#: The kind of a guard phrase: it names words that are not the claim of its entry
#: ("anti-inflammatory drugs" is not the reduced-inflammation claim).
GUARD = "guard"
#: The kind of a cue phrase: from its first word on, nothing in the sentence is the
#: advert's own claim ("be wary of clinics that promise a cure", "some clinics claim").
CUE = "cue"
_NOT_ASSERTING_CUE = (CUE, "not-asserting")
#: A debunking cue ("testimonials are not evidence"): nothing in its clause is the
#: advert's own claim.
_DEBUNKING_CUE = (CUE, "debunking")
_NOT_FOUND = frozenset({GUARD, CUE})
#: What a cue takes away: claims and warning signs, and diseases counted for the
#: many-conditions warning sign (conditions named stay named).
_ASSERTED = frozenset({"benefit", "red_flag", "other_condition", PART, STATED})

_new_tuple = tuple.__new__
#: How many different sentences `Matcher._read` takes at once (a bit each in the masks
#: of `Matcher._passing`), and how many sentences may wait for them: this bounds the
#: memory a long text takes while it is read.
_SENTENCES_AT_ONCE = 1024
_WAITING = 4096
#: A sentence as `Matcher.scan` reads it: its text, whether it asks, whether a lead-in
#: reports it.
_Reading = tuple[str, bool, bool]


#: A compiled wording: the number of its phrase, its words (keys and gap), and the keys
#: of each of its words, rarest first: the first is its anchor, and all must be in a
#: sentence for the wording to match.
Wording = tuple[int, Flat, tuple[frozenset[str], ...]]


class Matcher:
    """Compiled phrases; `scan` finds them in a text.

    Each wording of a phrase is filed under the keys of its rarest word (its anchor;
    `common` lists words so frequent in adverts that they are a poor choice). `scan`
    takes the wordings filed under the words of the text, finds for each the sentences
    that hold every one of its words (`_passing`), and tries it word by word in those
    only (`_spans_of`).
    """

    def __init__(
        self,
        phrases: Iterable[Phrase],
        groups: Mapping[str, Sequence[str]] | None = None,
        common: Iterable[str] = (),
    ) -> None:
        self._phrases: list[Phrase] = []
        self._wordings: list[Wording] = []
        anchors: dict[str, list[int]] = {}
        frequent = frozenset(key for word in common for key in _word_keys(word))
        compiler = Compiler(groups)
        for phrase in phrases:
            try:
                wordings = flatten(compiler.phrase(phrase.text))
            except PhraseError as exc:
                raise PhraseError(f"{phrase.kind} {phrase.entry_id}: {exc}") from None
            number = len(self._phrases)
            self._phrases.append(phrase)
            for wording in dict.fromkeys(wordings):
                needed = _by_rarity(wording, frequent)
                for key in needed[0]:
                    anchors.setdefault(key, []).append(len(self._wordings))
                self._wordings.append((number, wording, tuple(needed)))
        self._anchors = {key: tuple(found) for key, found in anchors.items()}
        self._anchor_keys = frozenset(self._anchors)
        self._vocabulary = frozenset().union(
            *(n for _, _, needed in self._wordings for n in needed)
        )
        self._known: dict[str, frozenset[str]] = {}

    def state(
        self,
    ) -> tuple[
        list[tuple[str, str, str]], list[Wording], dict[str, tuple[int, ...]], frozenset[str]
    ]:
        """Plain values (for `marshal`) from which `from_state` rebuilds this matcher."""
        phrases = [tuple(p) for p in self._phrases]
        return phrases, self._wordings, self._anchors, self._vocabulary  # type: ignore[return-value]

    @classmethod
    def from_state(
        cls,
        phrases: Sequence[Sequence[str]],
        wordings: Sequence[Wording],
        anchors: Mapping[str, tuple[int, ...]],
        vocabulary: frozenset[str],
    ) -> Matcher:
        matcher = cls(())
        matcher._phrases = [Phrase(*p) for p in phrases]
        matcher._wordings = list(wordings)
        matcher._anchors = dict(anchors)
        matcher._anchor_keys = frozenset(anchors)
        matcher._vocabulary = frozenset(vocabulary)
        count = len(matcher._wordings)
        for number, wording, needed in matcher._wordings:
            if not (0 <= number < len(phrases) and len(wording) >= len(needed) > 0):
                raise ValueError("a compiled wording that does not fit its phrases")
        if any(not 0 <= i < count for found in matcher._anchors.values() for i in found):
            raise ValueError("a compiled index that does not fit its wordings")
        if not matcher._anchor_keys <= matcher._vocabulary:
            raise ValueError("a compiled vocabulary that does not fit its wordings")
        return matcher

    def scan(self, lines: Sequence[str], numbers: Sequence[int] | None = None) -> list[Match]:
        """Every match in `lines`; `numbers` gives each line's number (default 1, 2, ...)."""
        split = _SENTENCE_END.split
        # The items of a list led in by a warning or a reported claim ("Warning signs:",
        # "the sales pitch:") are not the advert's own claims either.
        reported = False
        # What a sentence holds depends on its words alone, whether it asks and whether
        # a lead-in reports it: each such reading is worked out once, however often the
        # text repeats it (a call to action, a footer line), and the new ones many at a
        # time (`_read`). Meanwhile their sentences wait: (reading, block, offset).
        read: dict[_Reading, list[tuple[Phrase, int, int, str]]] = {}
        new: dict[_Reading, None] = {}
        waiting: list[tuple[_Reading, Block, int]] = []
        found: list[Match] = []
        # Whether the text holds an identifier or a web address anywhere: if not, no
        # block needs looking at for them (most adverts have none).
        whole = "\n".join(lines)
        marked = any(mark in whole for mark in _IDENTIFIERS)
        del whole
        for block in blocks(lines):
            text = block.text
            if reported and not _is_item(text):
                reported = False
            # An entry of a reference list quotes a study's title: it names conditions
            # but claims nothing for the advert. A web address is not prose.
            address = marked and ("://" in text or "www." in text)
            cited = reported or (
                (marked or text[0] in _NUMBERED_STARTS) and _is_reference(text, address)
            )
            if address:
                text = _ADDRESS.sub(_blanked, text)
            # sentence, its end, sentence, its end, ..., the last sentence (maybe empty)
            parts = split(text if text.isascii() else text.replace("\u2022", "|"))
            last = len(parts) - 1
            start = 0
            for index in range(0, last + 1, 2):
                sentence = parts[index]
                if sentence:
                    reading = (sentence, index < last and "?" in parts[index + 1], cited)
                    waiting.append((reading, block, start))
                    if reading not in read:
                        new[reading] = None
                        if len(new) >= _SENTENCES_AT_ONCE:
                            self._settle(read, new, waiting, found, numbers)
                if index < last:
                    start += len(sentence) + len(parts[index + 1])
            if len(waiting) >= _WAITING:
                self._settle(read, new, waiting, found, numbers)
            if text.endswith(":") and not reported:
                reported = self._leads_in_reported(text)
        self._settle(read, new, waiting, found, numbers)
        found.sort(key=_MATCH_ORDER)
        return found

    def _settle(
        self,
        read: dict[_Reading, list[tuple[Phrase, int, int, str]]],
        new: dict[_Reading, None],
        waiting: list[tuple[_Reading, Block, int]],
        found: list[Match],
        numbers: Sequence[int] | None,
    ) -> None:
        """Read the `new` readings, then add the matches of each `waiting` sentence to
        `found`; both are emptied."""
        if new:
            readings = list(new)
            read.update(zip(readings, self._read(readings), strict=True))
            new.clear()
        for reading, block, start in waiting:
            for phrase, first, _, shown in read[reading]:
                line_index, column = block.place(start + first)
                number = numbers[line_index] if numbers is not None else line_index + 1
                found.append(
                    _new_tuple(
                        Match,
                        (phrase.kind, phrase.entry_id, phrase.text, number, column + 1, shown),
                    )
                )
        waiting.clear()

    def _read(
        self, readings: Sequence[tuple[str, bool, bool]]
    ) -> list[list[tuple[Phrase, int, int, str]]]:
        """The matches of each reading (sentence, asks, reported): (phrase, start, end,
        text shown), the places counted in characters from the sentence's start.

        The different sentences are read _SENTENCES_AT_ONCE at a time: which of them
        hold all the words of a wording is found for all of them at once, with bit
        masks (`_passing`), and no more than that many are held in memory word by word.
        """
        by_text: dict[str, list[int]] = {}
        for number, reading in enumerate(readings):
            by_text.setdefault(reading[0], []).append(number)
        texts = list(by_text.items())
        found: list[list[tuple[Phrase, int, int, str]]] = [[]] * len(readings)
        known = self._known
        vocabulary = self._vocabulary
        for offset in range(0, len(texts), _SENTENCES_AT_ONCE):
            some = texts[offset : offset + _SENTENCES_AT_ONCE]
            words_of = [_words(text) for text, _ in some]
            if len(known) > 200_000:
                known.clear()
            # Only the keys some wording uses matter here; most words have none.
            new = list(set(chain.from_iterable(words_of)).difference(known))
            known.update(zip(new, _used_keys(new, vocabulary), strict=True))
            keys_of = [list(map(known.__getitem__, words)) for words in words_of]
            for at, passing in self._passing(keys_of).items():
                spans = self._spans_of(passing, keys_of[at])
                if spans:
                    text, numbers = some[at]
                    for number in numbers:
                        _, asks, reported = readings[number]
                        found[number] = self._chosen(text, words_of[at], spans, asks, reported)
        return found

    def _passing(self, keys_of: Sequence[Sequence[frozenset[str]]]) -> dict[int, list[int]]:
        """The wordings each sentence holds all the words of, by sentence, in the order
        of the wordings (of two that match the same words, the first phrase is
        reported)."""
        holding: dict[str, int] = {}  # key -> a bit for each sentence that holds it
        anchor_keys = self._anchor_keys
        get = holding.get
        for at, keys in enumerate(keys_of):
            present = frozenset().union(*keys)
            if present.isdisjoint(anchor_keys):
                continue
            bit = 1 << at
            for key in present:
                holding[key] = get(key, 0) | bit
        anchors = self._anchors
        candidates: set[int] = set()
        for key in anchor_keys.intersection(holding):
            candidates.update(anchors[key])
        wordings = self._wordings
        holding_any: dict[frozenset[str], int] = {}
        passing: dict[int, list[int]] = {}
        for index in sorted(candidates):
            hit = -1
            for needed in wordings[index][2]:
                mask = holding_any.get(needed)
                if mask is None:
                    mask = 0
                    for key in needed:
                        mask |= get(key, 0)
                    holding_any[needed] = mask
                hit &= mask
                if not hit:
                    break
            else:
                while hit:
                    at = (hit & -hit).bit_length() - 1
                    hit &= hit - 1
                    found = passing.get(at)
                    if found is None:
                        passing[at] = [index]
                    else:
                        found.append(index)
        return passing

    def _leads_in_reported(self, text: str) -> bool:
        """Whether the last clause of a block ending with ":" holds a warning or a
        reported claim ("Be wary of clinics that:"; not "Unlike clinics that promise
        cures, we:", whose list is the advert's own)."""
        text = text[:-1]
        clause = text[max(map(text.rfind, _CLAUSE_ENDS)) + 1 :]
        words = _WORD.findall(clause)
        if any(word.casefold() in NOT_ASSERTING for word in words):
            return True
        spans = self._spans([_keys(word) for word in words]) if words else None
        return bool(spans and _NOT_ASSERTING_CUE in spans)

    def _spans(
        self, keys: Sequence[frozenset[str]]
    ) -> dict[tuple[str, str], list[tuple[Phrase, int, int]]] | None:
        """Every (phrase, first word, end) that matches the words with these keys."""
        present = frozenset().union(*keys)
        hits = present.intersection(self._anchor_keys)
        if not hits:
            return None
        anchors = self._anchors
        wordings = self._wordings
        # The wordings whose every word the sentence holds, in the order of the phrases
        # (of two wordings that match the same words, the first phrase is reported).
        passing = []
        for key in hits:
            for index in anchors[key]:
                for needed in wordings[index][2]:
                    if needed.isdisjoint(present):
                        break
                else:
                    passing.append(index)
        if not passing:
            return None
        if len(hits) > 1:  # (a wording filed under two of the keys passes twice)
            passing = sorted(set(passing))
        return self._spans_of(passing, keys)

    def _spans_of(
        self, passing: Iterable[int], keys: Sequence[frozenset[str]]
    ) -> dict[tuple[str, str], list[tuple[Phrase, int, int]]]:
        """Where the `passing` wordings (each of whose words the sentence holds) match
        the words with these keys: (phrase, first word, end) by (kind, entry id)."""
        spans: dict[tuple[str, str], list[tuple[Phrase, int, int]]] = {}
        # Where the first word of each passing wording is: worked out once per set of
        # keys (wordings of one list share them).
        where: dict[frozenset[str], list[int]] = {}
        phrases = self._phrases
        wordings = self._wordings
        for index in passing:
            number, wording, _ = wordings[index]
            first = wording[0][0]
            starts = where.get(first)
            if starts is None:
                starts = where[first] = [
                    at for at, word in enumerate(keys) if not first.isdisjoint(word)
                ]
            phrase = phrases[number]
            size = len(wording)
            for start in starts:
                end = start + 1 if size == 1 else _end(wording, 1, start + 1, keys)
                if end >= 0:
                    # phrase[:2] is (kind, entry_id)
                    spans.setdefault(phrase[:2], []).append((phrase, start, end))
        return spans

    def _chosen(
        self,
        sentence: str,
        words: Sequence[str],
        spans: dict[tuple[str, str], list[tuple[Phrase, int, int]]],
        asks: bool,
        reported: bool,
    ) -> list[tuple[Phrase, int, int, str]]:
        """The matches in one sentence, of its `words` and the `spans` found in them:
        (phrase, start, end, text shown), the places counted in characters from the
        sentence's start (with `reported`, conditions only). Places, clauses and
        negations are worked out only here, for the sentences that hold a match."""
        question = asks and _asks_yes_or_no(words)
        # Clauses and negations are worked out only when a negation may be there.
        clauses: list[Token] | None = None
        if (
            not _NEGATING.isdisjoint(map(str.casefold, words))
            or "'t" in sentence
            or "'T" in sentence
        ) and any(entry[0] in _NEGATABLE for entry in spans):
            clauses = tokens(sentence)
        guards = {entry[1]: found for entry, found in spans.items() if entry[0] == GUARD}
        cues = spans.get(_NOT_ASSERTING_CUE)
        # Nothing from a cue on (a warning, a reported claim) is the advert's own claim.
        asserted_until = min(start for _, start, _ in cues) if cues else len(words)
        if reported:
            asserted_until = 0
        debunked_clauses: set[int] = set()
        debunked = spans.get(_DEBUNKING_CUE)
        if debunked:
            if clauses is None:
                clauses = tokens(sentence)
            debunked_clauses = {clauses[start].clause for _, start, _ in debunked}
        chosen: dict[tuple[str, str], tuple[Phrase, int, int]] = {}
        for entry, candidates in spans.items():
            if entry[0] in _NOT_FOUND:
                continue
            if len(candidates) > 1:
                candidates.sort(key=_span_order)
            negatable = clauses is not None and entry[0] in _NEGATABLE
            guard = guards.get(entry[1])
            for phrase, start, end in candidates:
                if question and phrase.kind in _NOT_ASKED:
                    break
                if guard and any(g_start < end and start < g_end for _, g_start, g_end in guard):
                    continue
                if phrase.kind in _ASSERTED and (
                    start >= asserted_until
                    or (bool(debunked_clauses) and clauses[start].clause in debunked_clauses)  # type: ignore[index]
                ):
                    continue
                if negatable and negated(clauses, start, phrase.kind):  # type: ignore[arg-type]
                    continue
                chosen[entry] = (phrase, start, end)
                break
        if len(chosen) > 1:
            chosen = _longest_conditions(chosen)
        if not chosen:
            return []
        if clauses is not None:
            places = [(t.block_start, t.block_end) for t in clauses]
        else:
            places = _places(sentence, words, max(end for _, _, end in chosen.values()))
        matches = []
        for phrase, first, end in chosen.values():
            start_at = places[first][0]
            end_at = places[end - 1][1]
            matches.append((phrase, start_at, end_at, " ".join(sentence[start_at:end_at].split())))
        return matches


#: A list item after a lead-in: a bullet, or a short block (a web page's <li> has none).
_ITEM_WORDS = 25
#: A web address, blanked out (same length, so places stay) before a block is read.
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
#: Marks of a reference-list entry: authors, a year of publication, an identifier.
_CITED = re.compile(
    r"(?P<authors>\bet al\b)|(?P<year>\(\d{4}[a-z]?\)|\b\d{4};\s?\d)"
    r"|(?P<id>\bdoi\b|\bPMID\b|https?://|www\.)",
    re.IGNORECASE,
)
_NUMBERED = re.compile(r"\s*(?:\[\d{1,3}\]|\d{1,3}[.)])\s")
_NUMBERED_STARTS = frozenset("[0123456789 \t")
_IDENTIFIERS = ("://", "www.", "doi", "DOI", "PMID")


def _blanked(found: re.Match[str]) -> str:
    return " " * len(found.group())


def _is_reference(text: str, address: bool) -> bool:
    """Whether a block is an entry of a reference list: numbered ("12.", "[12]") with
    one mark of a citation, or any two marks of which one is an identifier (a DOI, a
    PMID, a web address: `address` says whether it holds one). "Smith et al. (2019)
    found that 80% improved" is prose."""
    numbered = _NUMBERED.match(text) is not None
    if not (numbered or address or "doi" in text or "DOI" in text or "PMID" in text):
        return False
    marks = {found.lastgroup for found in _CITED.finditer(text)}
    return bool(marks) if numbered else "id" in marks and len(marks) >= 2


def _is_item(text: str) -> bool:
    return bool(_BULLET.match(text)) or (
        "\n" not in text and len(text.split()) <= _ITEM_WORDS and not text.endswith(":")
    )


def _asks_yes_or_no(words: Sequence[str]) -> bool:
    """Whether a sentence that ends with "?" is a yes/no question: its first word, after
    a few that lead into one ("And above all, is it safe?"), is a verb such as "is"."""
    for word in words[:4]:
        lowered = word.casefold()
        if lowered not in QUESTION_LEAD:
            return lowered in QUESTION_START
    return False


def _places(sentence: str, words: Sequence[str], count: int) -> list[tuple[int, int]]:
    """(start, end) of the first `count` words of a sentence.

    Each word is looked for from the end of the one before: what lies between two words
    holds no letter or digit (either would start a word), so the first place found is
    the word's own.
    """
    places = []
    at = 0
    find = sentence.find
    for word in words[:count]:
        at = find(word, at)
        places.append((at, at + len(word)))
        at += len(word)
    return places


#: Matches in order of place, then kind and id: (line, column, kind, entry_id).
_MATCH_ORDER = itemgetter(3, 4, 0, 1)


def _span_order(span: tuple[Phrase, int, int]) -> tuple[int, int]:
    return span[1], span[2]


def negated(sentence: Sequence[Token], first: int, kind: str = "red_flag") -> bool:
    """Whether a negation governs the word at `first` (see the module's rules).

    By the `kind` of what was found there: a condition is negated only by a negated
    word of offering (OFFERING); for another disease ("other_condition") any negation
    earlier in the sentence counts ("no evidence that it helps Parkinson's or MS").
    """
    clause = sentence[first].clause
    for index in range(first - 1, -1, -1):
        token = sentence[index]
        lowered = token.text.casefold()
        if lowered in NOT_ASSERTING:
            if kind == "condition" or (
                lowered in CLAUSE_BOUND and index == 0 and token.clause != clause
            ):
                continue
            return True
        if not (lowered in NEGATIONS or lowered.endswith("n't")):
            continue
        after = sentence[index + 1] if index + 1 < len(sentence) else None
        if after is not None and after.text.casefold() in NOT_NEGATING_AFTER:
            continue
        if _undone(sentence, index):
            continue
        if kind == "other_condition":
            return True
        if token.clause != clause:
            return False
        if kind == "condition":
            between = sentence[index + 1 : first]
            return len(between) <= NEAR and any(w.text.casefold() in OFFERING for w in between)
        if first - index <= NEGATION_WINDOW:
            return True
        if lowered in NO_SUBJECT and first - index <= NEAR and _predicate(sentence, index, first):
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


def _predicate(sentence: Sequence[Token], negation: int, first: int) -> bool:
    """Whether the word at `first` is said of a subject that "no" starts: "no stem cell
    product is FDA approved" (a verb to be in the few words before it)."""
    return any(t.text.casefold() in COPULAS for t in sentence[max(negation + 1, first - 3) : first])


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
