"""The phrase syntax of data/check/advert_words.yaml, compiled: each phrase becomes its
wordings, the words in order with the keys each accepts and the gap allowed before it."""

import re
from collections.abc import Mapping, Sequence
from itertools import chain
from typing import NamedTuple

from stemcell_cli.check.words.stemmer import VERB, stem

#: A person's name in a phrase: a capitalised word that is no word of any phrase and
#: none of the common words a sentence starts with (`sentences.used_keys`).
NAME = "@name"

#: How many words `...` lets come between two words of a phrase.
GAP = 4
#: How many words `~` lets come between its two parts (in either order).
NEAR = 8


class Element(NamedTuple):
    """One place in a compiled phrase: a word (keys) or a choice of phrases (options)."""

    keys: frozenset[str]
    options: "tuple[Pattern, ...]"
    gap: int
    optional: bool


Pattern = tuple[Element, ...]


class PhraseError(ValueError):
    """A phrase that cannot be compiled (an unknown list, an empty phrase)."""


def quoted(text: str) -> str:
    """A wording as a message quotes it, cut to 80 characters (`core.textclean`, loaded
    only when there is a message to write)."""
    from stemcell_cli.core.textclean import quoted as cut

    return cut(text)


def gap_words(digits: str, text: str) -> int:
    """The words a gap `...N` of the phrase `text` lets come between, from its digits
    (GAP when it has none); PhraseError unless 1 to MAX_GAP. Many digits are not read
    (`int` of over 4,300 digits is a ValueError: attack12). The phrases and the page's
    voice (`page_voice`, which reads `offers:` too) read a gap here alone."""
    number = digits.lstrip("0")
    if not digits:
        return GAP
    if len(number) <= len(str(MAX_GAP)) and 0 < int(number or 0) <= MAX_GAP:
        return int(number)
    raise PhraseError(f"a gap of 1 to {MAX_GAP} words is allowed: {quoted(text)}")


class ListError(PhraseError):
    """A wording of a word list (`{name}`) that cannot be compiled: the problem is the
    list's, wherever it is used, so it names the list and the wording."""

    def __init__(self, message: str, name: str, text: str) -> None:
        super().__init__(message)
        self.name = name
        self.text = text


def phrase_word_keys(word: str) -> frozenset[str]:
    """The keys a word of a phrase stands for ("treat!": the verb's forms, `VERB`)."""
    if word[-1] == VERB and len(word) > 1:
        return frozenset({stem(word[:-1]) + VERB})
    if word in ("#", "#%", NAME):
        return frozenset({word})
    if word[0].isdigit():
        return frozenset({word})
    if 2 <= len(word) <= 5 and word.isupper() and word.isalpha():
        return frozenset({"=" + word})
    return frozenset({stem(word)})


def _alternative_keys(alternative: str, text: str) -> frozenset[str]:
    """The keys of one word of `a|b|c`. An alternative of two words ("HCT/P", "x-y")
    would stand for either of its words alone in that place, so it is an error."""
    if alternative == NAME:
        return phrase_word_keys(NAME)
    verb = _verb_word(alternative, text)
    if verb:
        return phrase_word_keys(verb)
    pieces = re.findall(_PIECE, alternative)
    if len(pieces) != 1:
        raise PhraseError(
            f"each word of a|b must be one word, not {quoted(alternative)}"
            f" (write it as a phrase of its own): {quoted(text)}"
        )
    return phrase_word_keys(pieces[0])


def _verb_word(part: str, text: str) -> str:
    """`part` when it is one word marked as a verb ("treat!"), else ""."""
    if not part.endswith(VERB):
        return ""
    if re.fullmatch(r"[^\W\d_]+" + re.escape(VERB), part) is None:
        raise PhraseError(f"a word of letters must come before {VERB}: {quoted(text)}")
    if 2 <= len(part) - 1 <= 5 and part[:-1].isupper():
        # (the mark would find the letters in any case: "OA!" found "oa")
        raise PhraseError(f"a word in capitals has no verb forms to mark {VERB}: {quoted(text)}")
    return part


def plain_words(text: str, pair: bool = False) -> tuple[frozenset[str], ...]:
    """The keys of each word of an entry of a plain list, whose words are read from a
    clause or a sentence rather than looked for (`rival_treatments:`, `claim_keepers:`,
    `institution_names:`, `famous_people:`, `proof_ties:`, `place_names:`): one word of
    a|b|c, or with `pair` two in a row, each alternative one word to the letter, with
    none of the phrase syntax ({list}, ...N, ?)."""
    words = text.split()
    if not 1 <= len(words) <= 1 + pair:
        raise PhraseError(f"{'one or two words' if pair else 'one word'} of a|b|c: {quoted(text)}")
    alternatives = [word.split("|") for word in words]
    for alternative in chain.from_iterable(alternatives):
        if re.fullmatch(_PIECE, alternative) is None:
            raise PhraseError(
                f"each word of a|b|c must be one word, not {quoted(alternative)}: {quoted(text)}"
            )
    return tuple(frozenset().union(*map(phrase_word_keys, word)) for word in alternatives)


def written_words(text: str, most: int = 1) -> tuple[frozenset[str], ...]:
    """Each word of an entry of a list whose words are compared as written, not by stem
    (`hopes:`, `hope_ends:`, `share_counts:`, `fared:`, `unfared:`, `rate_words:`,
    `reader_questions:`, `unpromised:`, `told_trips:`, `weighed_trips:`, `trip_keepers:`),
    as the words it may be, in small letters: one to `most` words, each of a|b|c with none
    of the phrase syntax."""
    words = text.split()
    if not 1 <= len(words) <= most:
        many = f"one to {most} words" if most > 1 else "one word"
        raise PhraseError(f"{many} of a|b|c: {quoted(text)}")
    for word in words:
        plain_words(word)
    return tuple(frozenset(word.casefold().split("|")) for word in words)


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
        if "~" in text and not all(
            part.strip() and "~" not in part for part in text.split(" ~ ")
        ):  # ("cure ~" was "cure", "cure~pain" was "cure pain")
            raise PhraseError(f"~ must have a phrase on each side, a space apart: {quoted(text)}")
        if " ~ " in text:
            # Either part first, with up to NEAR words between them.
            first, second = (self.phrase(part) for part in text.split(" ~ ", 1))
            both = (first + _after(second, NEAR), second + _after(first, NEAR))
            return (Element(frozenset(), both, 0, False),)
        elements: list[Element] = []
        gap = 0
        for part in re.findall(_PHRASE_PART, text):
            if part.startswith("..."):
                gap = gap_words(part[3:], text)
                if not elements:  # (it would be dropped: nothing comes before a phrase)
                    raise PhraseError(f"a gap must have a word before it: {quoted(text)}")
                continue
            optional = part.endswith("?") and len(part) > 1
            part = part[:-1] if optional else part
            if part.startswith("{"):
                elements.append(Element(frozenset(), self._list(part[1:-1], text), gap, optional))
            elif part == NAME:
                elements.append(Element(phrase_word_keys(NAME), (), gap, optional))
            elif "|" in part:
                keys = frozenset().union(*(_alternative_keys(alt, text) for alt in part.split("|")))
                elements.append(Element(keys, (), gap, optional))
            elif _verb_word(part, text):
                elements.append(Element(phrase_word_keys(part), (), gap, optional))
            else:
                # A hyphenated word ("risk-free") is two words in a row.
                for index, piece in enumerate(re.findall(_PIECE, part)):
                    elements.append(
                        Element(phrase_word_keys(piece), (), gap if index == 0 else 0, optional)
                    )
            gap = 0
        if not elements:
            raise PhraseError(f"an empty phrase: {quoted(text)}")
        if gap:
            # (in YAML an unquoted " #" starts a comment, so "... #" loses its number: the
            # hint to quote it is added where the file is read, `error_places`)
            raise PhraseError(f"a gap must have a word after it: {quoted(text)}")
        return tuple(elements)

    def every_list(self) -> None:
        """Compile every word list, the lists no phrase uses too, so that a mistake in
        one is found (`ListError`) and not left unseen until a phrase uses it."""
        for name in self.groups:
            self._list(name, f"{{{name}}}")

    def _list(self, name: str, text: str) -> tuple[Pattern, ...]:
        if name not in self.groups:
            raise PhraseError(f"unknown word list {{{name}}} in {quoted(text)}")
        if name in self._compiling:
            raise PhraseError(f"the word list {{{name}}} refers to itself: {quoted(text)}")
        if name not in self._lists:
            self._compiling.add(name)
            self._lists[name] = tuple(self._member(name, member) for member in self.groups[name])
            self._compiling.discard(name)
        return self._lists[name]

    def _member(self, name: str, member: str) -> Pattern:
        """One wording of the list `name`; a problem in it is the list's (`ListError`),
        that of the innermost list when one list uses another."""
        try:
            return self.phrase(member)
        except ListError:
            raise
        except PhraseError as exc:
            raise ListError(str(exc), name, member) from None


def ends_in_gap(text: str) -> bool:
    """Whether a phrase ends in a gap (`...`, `...N`), as one whose " #" YAML read as a
    comment does."""
    return re.search(r"(?:^|\s)\.\.\.\d*$", text) is not None


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
