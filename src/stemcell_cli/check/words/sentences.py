"""Advert text as the matcher reads it: blocks (paragraphs and list items), sentences,
words and their keys, clauses. (Which blocks are entries of a reference list:
`reference_entries`.)"""

import re
from collections.abc import Iterator, Sequence
from functools import cache
from typing import NamedTuple

from stemcell_cli.check.words.contrast import sets_against
from stemcell_cli.check.words.stemmer import VERB, folded_stem, stem, verb_key

#: Characters that would hide a word: Unicode's default-ignorable code points
#: (DerivedCoreProperties.txt, Default_Ignorable_Code_Point), which a reader's screen
#: shows as nothing: soft hyphen, zero-width space and joiners, word joiner, byte-order
#: mark, and (attack13: each hid every claim of a page that put it inside each word) the
#: combining grapheme joiner, Hangul fillers, Khmer inherent vowels, Mongolian and
#: other variation selectors, shorthand and musical format controls, tags, and those
#: not yet assigned.
_IGNORABLE = (
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x061C, 0x061C),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x206F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)
#: A table for `str.translate` that removes them, which needs no pattern compiled (a set
#: of characters this scattered costs `re` 2.5 million instructions to compile).
_NO_INVISIBLE = dict.fromkeys(c for first, last in _IGNORABLE for c in range(first, last + 1))
#: Letters a screen shows as Latin letters and digits, read as those (attack13: a claim
#: in fullwidth letters, or in the mathematical bold, italic or script letters of
#: "fancy text" generators, was not read): each of the fullwidth forms, the letterlike
#: symbols (their italic "h" and script "l"), the circled letters and the mathematical
#: alphanumerics that Unicode's compatibility decomposition (NFKC) makes one ASCII
#: character.
_LATIN_FORMS = (
    range(0xFF01, 0xFF5F),
    range(0x2100, 0x2150),
    range(0x24B6, 0x24EA),
    range(0x1D400, 0x1D800),
)
#: (attack18) The small capitals of "fancy text" generators ("ᴄᴜʀᴇ"), Latin letters
#: that NFKC leaves as they are, read as the small letter each is drawn as.
_SMALL_CAPITALS = dict(
    zip(
        map(
            ord,
            "\u1d00\u0299\u1d04\u1d05\u1d07\ua730\u0262\u029c\u026a\u1d0a\u1d0b\u029f\u1d0d"
            "\u0274\u1d0f\u1d18\ua7af\u0280\ua731\u1d1b\u1d1c\u1d20\u1d21\u028f\u1d22",
        ),
        "abcdefghijklmnopqrstuvwyz",
        strict=True,
    )
)
#: Letters of Cyrillic and Greek drawn as Latin ones (UTS 39's confusables), read as
#: those inside a word that has a Latin letter too ("cure" with a Cyrillic "es" for its
#: "c"); a word all in Cyrillic or Greek is left as it is, unless all its letters are
#: look-alikes and the line has a Latin word (attack18: "heal your knee" with "heal" in
#: Cyrillic letters is "heal" to a reader). The Cyrillic, the Greek, then the Armenian, each
#: above the Latin letter it is read as.
_LOOKALIKES = (
    "\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u0501\u051b\u051d\u04bb\u04cf"
    "\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425\u0406\u0408\u0405\u0423"
    "\u03bf\u03b1\u03bd\u03b9\u03ba\u03c1\u03c5"
    "\u0391\u0392\u0395\u0396\u0397\u0399\u039a\u039c\u039d\u039f\u03a1\u03a4\u03a5\u03a7"
    "\u057d\u0585\u0570\u0578\u0581\u0566\u054d\u0555"
)
_AS_LATIN = str.maketrans(
    _LOOKALIKES, "aeopcyxijsdqwhlABEKMHOPCTXIJSYoavikpuABEZHIKMNOPTYXuohngqUO"
)
#: The look-alikes as a set: a line is tested for one with `isdisjoint`, and a word for
#: being all look-alikes with `issuperset`, in C and with no pattern to compile (speed12:
#: a set of characters this scattered costs `re` more to compile than a page's test).
_LOOKALIKE_SET = frozenset(_LOOKALIKES)
_WORD = re.compile(r"\w+")
_LATIN = re.compile(r"[A-Za-z]")


@cache
def _reading() -> dict[int, str | None]:
    """The `str.translate` table of `as_read`: what it drops, and what it reads as ASCII."""
    import unicodedata

    table: dict[int, str | None] = dict(_NO_INVISIBLE)
    for code in (code for codes in _LATIN_FORMS for code in codes):
        folded = unicodedata.normalize("NFKC", chr(code))
        if len(folded) == 1 and folded.isascii():
            table[code] = folded
    table.update(_SMALL_CAPITALS)
    return table


#: (attack18) The prefix "re" joined by a hyphen ("re-grow", "Re-generate"), read as
#: one word, as a reader reads it: "re" is no word of its own.
_RE_PREFIX = re.compile(r"(?<![\w-])([Rr][Ee])-(?=[^\W\d_])")


def as_read(line: str) -> str:
    """`line` in the letters the matcher reads: without invisible characters, with
    Latin letters in other forms read as Latin, the typographic apostrophe as "'", and
    a hyphen after the prefix "re" left out."""
    if "e-" in line or "E-" in line:  # (speed12: most lines have no "re-" to search)
        line = _RE_PREFIX.sub(r"\1", line)
    if line.isascii():  # (known in C without reading it)
        return line
    line = line.translate(_reading()).replace("\u2019", "'")
    if not _LOOKALIKE_SET.isdisjoint(line) and _LATIN.search(line):  # (a line in Russian is left)
        line = _WORD.sub(_as_latin, line)
    return line


def _as_latin(found: re.Match[str]) -> str:
    """A word with look-alike letters in Latin, when a Latin letter shows it is a Latin
    word (a word is found whole, then searched: a pattern that looked for a Latin
    letter inside a word took the square of its length on a word without one)."""
    word = found.group()
    # (a word of three or more look-alike letters and no other is read as Latin too; a
    # Greek alpha alone, as in "TNF-alpha" written with the letter, stays Greek)
    latin = _LATIN.search(word) or (len(word) >= 3 and _LOOKALIKE_SET.issuperset(word))
    return word.translate(_AS_LATIN) if latin else word


_NUMBER = r"\d+(?:[.,]\d+)*(?:\s?%)?"
#: A word: letters (or digits after a letter), with inner apostrophes ("don't"); blocks()
#: turns the typographic apostrophe into "'" first.
_WORDS = r"\w+(?:'\w+)*"
#: (abbrev1, patient14) The full stop of a short title or abbreviation that goes on,
#: as what follows it shows (the abbreviation as written, case and all: "MS." is
#: multiple sclerosis; a closing bracket or quotation mark may come between):
#: - a title before a name, or a word that always has one after it, before any word or
#:   number: "Dr. Mahajan", "St. Kitts", "Mt. Sinai", "Prof. Lee", "Capt. Reyes", "vs. placebo",
#:   "approx. 80%" (a title ends no sentence: "a word or a name follows" is all it
#:   needs);
#: - "No" and "Fig" before a number only: "No. 1 clinic", "Fig. 2"; before a word the
#:   stop ends its sentence ("Is it approved? No. The FDA ...");
#: - an abbreviation that may end a sentence (a suffix of a name, a company's, "etc")
#:   before a small letter or a number only: "Smith Jr. and his team", "Acme Inc. was",
#:   "knees, hips, etc.) are treated"; before a capital it ends one ("Smith Jr. The
#:   clinic ...", "Acme Inc. Our doctors ...").
#: The words stand in the pattern itself, not in data/check/: `SENTENCE_END` is compiled
#: once at import and read by `split_sentences` (the matcher's, which holds the word
#: lists), `heading_breaks` and the quotes (`quotes.widened`), which are given none and
#: must split a sentence as the matcher does; words from a data directory would need the
#: pattern compiled per directory and handed to all three. Each word is a look-behind of
#: its own width (`re` takes fixed widths only), tried in C only at a full stop, where
#: it fails at once on the letter before the stop of almost every sentence (a check of
#: the 100 KB page: +0.48% instructions, benchmarks/adverts/ROUNDS.md, abbrev1).
_ABBREVIATED = (
    r"(?:(?<=\b(?:Dr|Mr|Ms|St|Mt|vs)\.)|(?<=\bMrs\.)|(?<=\b(?:Prof|Capt)\.)|(?<=\bapprox\.))"
    r"\s++[^\W_]"
    r"|(?:(?<=\bNo\.)|(?<=\bFig\.))\s++\d"
    r"|(?:(?<=\b(?:Jr|Sr|Co)\.)|(?<=\b(?:etc|Inc|Ltd)\.))[)\]\"'\u2019\u201d]?+\s++[a-z\d]"
)
#: The marks that may close a sentence after its stop: straight and curly double and
#: single quotation marks, a closing bracket.
_CLOSING = "[\"')\\]\u2019\u201d]"
#: Where a sentence ends: . ! ? ; before a space or the end, a bullet or bar, a line
#: break inside a block that is not a wrapped line (two spaces, a tab).
#: (One group: `scan` splits a block at them with `re.split`, which keeps each end.
#: It starts with a set of characters, which lets `re` skip to the next candidate in C:
#: three times faster than a look-ahead first. It reads a text with each bullet "\u2022"
#: made a "|", which ends a sentence alike: `re` compiles sets of ASCII characters and
#: short ranges quickly, a scattered set of others slowly.) The full stop of a dotted
#: abbreviation of single letters ("U.S.", "e.g.") ends no sentence: "approved by the
#: U.S. Food and Drug Administration" is one. Nor does a short title's or abbreviation's
#: (`_ABBREVIATED`), when what follows it shows it goes on.
SENTENCE_END = re.compile(
    r"([.!?;|](?:(?<=[|])|(?<=[.!?;])(?<!\b[A-Za-z]\.[A-Za-z]\.)(?!(?<=\.)"
    + _ABBREVIATED
    + r")[.!?;]*(?:(?=\s|$)|"
    + _CLOSING
    + r"++(?=\s|$)|(?="
    + _CLOSING
    + r"))))"
)
#: The most words a sentence is read with: a longer one (text with no stop in it, such
#: as one phrase repeated) is cut into pieces of at most this many (`split_sentences`).
#: Some readings of a sentence look back over it at each finding, so a sentence costs
#: time growing with the square of its length; this bound makes each piece cost at most
#: a constant, and the whole check linear in its input (attack8, bound1). It is four
#: times the longest sentence of any corpus page (300 words: a talk transcribed without
#: stops, benchmarks/adverts; the next longest is 88), so no real sentence is cut.
SENTENCE_WORDS = 1200
#: A piece is cut after the last comma or semicolon in its last this many words, when
#: there is one, else after its last word.
_CUT_REACH = SENTENCE_WORDS // 10


def split_sentences(text: str) -> list[str]:
    """`SENTENCE_END.split(text)`: sentence, its end, sentence, its end, ..., the last
    sentence (maybe empty); each sentence of more than SENTENCE_WORDS words is cut into
    pieces of at most that many, with an empty end between two pieces (the pieces and
    ends, joined, are `text`)."""
    parts = SENTENCE_END.split(text)
    # a sentence of SENTENCE_WORDS words has at least 2 * SENTENCE_WORDS - 1 characters
    if all(len(part) < 2 * SENTENCE_WORDS for part in parts[::2]):
        return parts
    cut: list[str] = []
    for index, part in enumerate(parts):
        if index % 2 or len(part) < 2 * SENTENCE_WORDS:
            cut.append(part)
            continue
        for piece in _pieces(part):
            cut.extend((piece, ""))
        cut.pop()
    return cut


def _pieces(sentence: str) -> Iterator[str]:
    """`sentence` in pieces of at most SENTENCE_WORDS words (`WORD`), each cut after a
    comma or semicolon among its last _CUT_REACH words when there is one, else after its
    last word; a word is never cut."""
    start = 0
    while True:
        ends = []  # where each of the piece's words ends
        for found in WORD.finditer(sentence, start):
            ends.append(found.end())
            if len(ends) > SENTENCE_WORDS:
                break
        if len(ends) <= SENTENCE_WORDS:
            yield sentence[start:]
            return
        limit = ends[SENTENCE_WORDS - 1]
        floor = ends[SENTENCE_WORDS - 1 - _CUT_REACH]
        mark = max(sentence.rfind(",", floor, limit), sentence.rfind(";", floor, limit))
        end = mark + 1 if mark >= 0 else limit
        yield sentence[start:end]
        start = end


#: A heading has at most this many words (as `usual_care.HEADING_WORDS`).
HEADING_WORDS = 12
#: Words a heading never ends on: a line that ends on one was wrapped in the middle of
#: its sentence ("people with / Rheumatoid Arthritis", "treated by Dr / Smith").
_RUNS_ON = frozenset(
    {"a", "an", "the", "and", "or", "nor", "but", "so", "then", "than", "with", "without",
     "to", "of", "in", "into", "for", "by", "from", "at", "on", "as", "via", "per", "about",
     "between", "among", "under", "over", "after", "before", "within", "like", "including",
     "our", "your", "their", "its", "his", "her", "my", "is", "are", "was", "were", "be",
     "been", "has", "have", "had", "do", "does", "did", "will", "can", "could", "would",
     "should", "may", "might", "must", "not", "that", "this", "these", "those", "such",
     "because", "if", "when", "while", "which", "who", "whose", "where", "whether",
     "although", "though", "unless", "until", "since", "both", "either", "neither", "each",
     "every", "some", "any", "no", "very", "through", "across", "against", "during",
     "toward", "towards", "upon", "dr", "mr", "mrs", "ms", "prof"}
)  # fmt: skip
#: What a line ends with when its sentence ends there, and the next line starts one
#: (a colon: a list's items follow it, one to a line).
_LINE_ENDS = frozenset(".!?;:|")
#: Closing marks read past to find a line's last mark ('... said."').
_CLOSERS = "\"')]\u2019\u201d"


def heading_breaks(text: str) -> str:
    """`text`, a block of several lines, with the line break after each heading made a
    "|", which ends a sentence (`SENTENCE_END`): a heading is never read, matched or
    quoted with the line after it ("Healing / Mesenchymal stem cells repair ...", round
    quote1). The places in the text stay.

    A heading is a line that starts a sentence (the block's first line, or one after a
    line that ends its sentence or a colon: the items of a list written without
    bullets) and holds one (after a number at most: "1. Immunomodulation"), of at most
    HEADING_WORDS words; it ends with a letter, a digit or a closing bracket
    (`_line_after_word`), not on a word that runs on (`_RUNS_ON`: "because", "the"),
    leaves no quotation mark or bracket open, and is followed by a line that starts
    with a capital whose first word would have fitted on it (the block's widest line is
    the width): a line wrapped before a capital ("a torn Rotator / Cuff") left no room.
    """
    breaks: list[int] = []  # where the line breaks a heading ends are
    width = 0
    for found in _line_after_word().finditer(text):
        capital = found.end() - 1
        if not text[capital].isupper():
            continue
        if not width:
            width = max(map(len, text.split("\n")))
        at = found.start()
        begin = text.rfind("\n", 0, at) + 1
        # the next line's first word would have fitted on this one (most fail here)
        first = text[capital : capital + width].split(None, 1)[0]
        if at - begin + 1 + len(first) > width:
            continue
        if _heading_ends(text, begin, at, breaks):
            breaks.append(at)
    for at in breaks:
        text = text[:at] + "|" + text[at + 1 :]
    return text


#: (firstfi1) A line of topics: at least TOPICS fragments of at most TOPIC_WORDS words
#: each, every one opening with a capital, joined by spaced dashes ("Abu Dhabi - Regional
#: hub - Organ regeneration.", "Knee Pain \u2013 Diagnosis \u2013 Stem Cells"): a headline
#: that names topics side by side, each its own, not a sentence said of one of them. A
#: sentence's aside between dashes goes on in small letters ("Our treatment has no -
#: known or reported - side effects").
TOPICS = 3
TOPIC_WORDS = 5
_TOPIC_DASH = re.compile(r"(?<= )[-\u2013\u2014](?= )")


def topic_breaks(text: str) -> str:
    """`text`, a block of one line, with each dash between its topics made a "|", which
    ends a sentence (`SENTENCE_END`), when it is a line of topics (TOPICS, TOPIC_WORDS):
    no wording is read across two topics. The places in the text stay."""
    if "\n" in text or text.count(" ") < 2 * (TOPICS - 1):
        return text
    fragments = _TOPIC_DASH.split(text)
    if len(fragments) < TOPICS or any(
        not 0 < len(fragment.split()) <= TOPIC_WORDS or not fragment.lstrip()[:1].isupper()
        for fragment in fragments
    ):
        return text
    return _TOPIC_DASH.sub("|", text)


@cache
def _line_after_word() -> re.Pattern[str]:
    """A line break after a letter, a digit or a closing bracket and before a capital,
    maybe indented (an ASCII one, or any character past ASCII, which `str.isupper` then
    tells): where a heading may end. Few line breaks of wrapped prose are one, so most
    are never looked at in Python. (Compiled when first needed: a web page's blocks are
    one line each.)"""
    return re.compile(r"\n(?<=[^\W_]\n|\)\n)[ \t]*+(?:[A-Z]|[^\x00-\x7f])")


def _heading_ends(text: str, begin: int, at: int, breaks: list[int]) -> bool:
    """Whether the line from `begin` to `at` (`_line_after_word`), whose next line's
    first word would have fitted on it, ends a heading (`heading_breaks`), given the
    line breaks where headings end before it."""
    line = text[begin:at]
    tail = SENTENCE_END.split(line)[-1]
    if any(map(str.isalpha, line[: len(line) - len(tail)])):
        return False  # a sentence ends before it on the line: it is wrapped prose
    if begin and begin - 1 not in breaks:
        # the line starts a sentence only after a line that ends one
        previous = text[text.rfind("\n", 0, begin - 1) + 1 : begin - 1]
        if previous.rstrip().rstrip(_CLOSERS)[-1:] not in _LINE_ENDS:
            return False
    words = tail.split()
    return (
        0 < len(words) <= HEADING_WORDS
        and words[-1].casefold() not in _RUNS_ON
        and tail.count('"') % 2 == 0
        and tail.count("\u201c") == tail.count("\u201d")
        and tail.count("(") == tail.count(")")
    )


#: The words of `_NUMBER|_WORDS`, written so that `re` tries fewer ways (a word starts
#: with a letter, a number with a digit; neither ever gives back what it took): the
#: same words, found with a sixth fewer instructions.
WORD = re.compile(r"[^\W\d]\w*+(?:'\w+)*+|\d++(?:[.,]\d+)*+(?:\s?%)?")
#: ASCII with each letter and "_" kept, other characters a space, and digits, "'" and
#: NUL 0: a text that translates without a 0 has as its words its runs of letters.
_LETTER_RUNS = bytes(
    (0 if c in b"0123456789'\0" else c if chr(c).isalpha() or c == 95 else 32) if c < 128 else 0
    for c in range(256)
)


def split_words(text: str) -> list[str]:
    """`WORD.findall(text)`; most sentences (ASCII, with no digit or apostrophe) are
    split at their other characters in C, a third of the instructions of `re`. A
    shouted pronoun "US" is given as "us" (`_shouted_us`)."""
    if text.isascii():
        letters = text.encode().translate(_LETTER_RUNS)
        if 0 not in letters:
            words = letters.decode().split()
            return _shouted_us(words) if "US" in text and "US" in words else words
    words = WORD.findall(text)
    return _shouted_us(words) if "US" in text and "US" in words else words


#: Verbs of contact after which "US" is the pronoun in any case: "Call US", "email US".
_CONTACT_VERBS = frozenset(
    {"call", "contact", "email", "text", "join", "visit", "ask", "tell", "let", "with"}
)
#: Words in capitals the country goes with: "THE US FDA", "US PATIENTS", "IN THE US".
_COUNTRY_WORDS = frozenset(
    {"THE", "A", "AN", "FDA", "FOOD", "PATIENTS", "CLINICS", "DOCTORS", "GOVERNMENT", "LAW",
     "LAWS", "MARKET", "CITIZENS", "DOLLARS", "STATES", "FEDERAL", "NATIONAL", "ARMY",
     "MILITARY", "VETERANS"}
)  # fmt: skip


def _shouted_us(words: list[str]) -> list[str]:
    """`words` with each "US" that is the pronoun given as "us": after a word in capitals
    that is none of `_COUNTRY_WORDS`, with no word in small letters after it (a shouted
    line: "CALL US NOW", not "AP/US News"), at the start before such a word ("US TODAY"),
    or after a verb of contact in any case ("Call US today").
    Otherwise "US" stays the country (round fixes1: "the US Food and Drug
    Administration", "US patients"). `tokens` and `word_places` find "us" where "US" is
    written."""
    for at, word in enumerate(words):
        if word != COUNTRY:
            continue
        after = words[at + 1] if at + 1 < len(words) else ""
        if at and words[at - 1].casefold() in _CONTACT_VERBS:
            words[at] = "us"
            continue
        near = words[at - 1] if at else after
        # a shouted line goes on in capitals: "AP/US News" is an abbreviation's neighbour
        if (
            near.isupper()
            and len(near) > 1
            and near not in _COUNTRY_WORDS
            and after.upper() == after
        ):
            words[at] = "us"
    return words


#: What ends a clause between two words: a comma, colon, bracket or quotation mark, a
#: dash, or hyphens with a space on each side.
_CLAUSE_MARK = re.compile(r"[,:()\[\]\"]|[\u201c\u201d]|[\u2013\u2014]|\s-+\s")
_new_tuple = tuple.__new__
_BULLET = re.compile(r"^\s*(?:[-*\u00b7]|\u2022|\u25aa|\u25cf|\d{1,2}[.)])\s")
#: Words that end a clause, and with it the reach of a negation.
CLAUSE_WORDS = frozenset(
    {"but", "until", "till", "unless", "except", "however", "although", "though", "yet"}
)
#: Words after which "yet" is an adverb of time, not a word that turns the sentence: "not
#: yet", "never yet", "as yet" (and any word ending in "n't": "aren't yet approved"), so a
#: negation before it reaches past it (round fda2).
ADVERB_YET_AFTER = frozenset({"not", "never", "as"})
#: Words that turn a sentence against what came before (not "until", "unless"): a clause
#: one of them opens may speak in another voice ("some clinics sell shots, but our ...").
CONTRAST_WORDS = frozenset({"but", "however", "although", "though", "yet", "whereas", "while"})
#: Words that start a yes/no question: "Is it safe?"
QUESTION_START = frozenset(
    {"is", "are", "am", "can", "could", "does", "do", "did", "will", "would", "should",
     "may", "might", "has", "have", "was", "were", "shall"}
)  # fmt: skip
#: The reader's own first person in a question ("How soon can I walk again?", "When will
#: my pain be gone?"): the reader asks about the treatment (`asks_in_first_person`).
FIRST_PERSON = frozenset({"i", "i'm", "i've", "i'll", "i'd", "me", "my", "mine", "myself"})
#: Words that may come before the verb of a yes/no question: "And above all, is it safe?",
#: "Q: Is it FDA approved?" (a question of a FAQ)
QUESTION_LEAD = frozenset(
    {"and", "but", "so", "or", "also", "then", "now", "well", "above", "all", "q"}
)


class Token(NamedTuple):
    """A word of a sentence: its text, its place, and the number of its clause (its
    keys, when needed, are `word_keys(text)`)."""

    text: str
    block_start: int
    block_end: int
    clause: int


def clause_start(words: Sequence[Token], at: int, back: int | None = None) -> int:
    """The place of the first word of the clause of `words[at]`, at most `back` words
    before it (no bound when None)."""
    clause = words[at].clause
    lowest = 0 if back is None else max(0, at - back)
    first = at
    while first > lowest and words[first - 1].clause == clause:
        first -= 1
    return first


def clause_stop(words: Sequence[Token], at: int, end: int, ahead: int) -> int:
    """The place after the last word, from `end` on, of the clause of `words[at]`, at
    most `ahead` words after `end`."""
    clause = words[at].clause
    last = end
    while last < min(len(words), end + ahead) and words[last].clause == clause:
        last += 1
    return last


#: Numbers in words are numbers (`#` in a phrase): "eight out of ten patients", "only
#: three spots left", "ninety per cent".
NUMBER_WORDS = frozenset(
    {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
     "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
     "hundred", "thousand"}
)  # fmt: skip


#: The country written in capitals ("the US Food and Drug Administration", "US patients"):
#: never the pronoun "us" of the offer's own voice ("contact us", "let us help"), which its
#: small letters would make it (round fixes1). "U.S." was never the pronoun (its letters
#: are two words).
COUNTRY = "US"
#: What `fold` makes of the country: no word of any list.
_COUNTRY_FOLDED = "u.s."


def fold(word: str) -> str:
    """A word of the advert in small letters, as the readers of the offer's voice compare
    it with their lists ("we", "our", "us", "you"), the country "US" apart (`COUNTRY`)."""
    return _COUNTRY_FOLDED if word == COUNTRY else word.casefold()


def _token_keys(kind: str, text: str) -> frozenset[str]:
    if kind == "num":
        digits = text.replace(" ", "")
        return frozenset({digits, "#%" if digits.endswith("%") else "#"})
    # the country "US" has its capitals as its key ("=US"), not the pronoun's stem
    keys = {stem(text)} if text != COUNTRY else set()
    if text.casefold() in NUMBER_WORDS:
        keys.add("#")
    if 2 <= len(text) <= 5 and text.isupper():
        keys.add("=" + text)
    elif 4 <= len(text) <= 7 and text[-2:] == "'s" and text[:-2].isupper():
        keys.add("=" + text[:-2])  # a possessive: "the FDA's guidelines"
    elif 3 <= len(text) <= 6 and text[-1] == "s" and text[:-1].isupper():
        keys.add("=" + text[:-1])  # a plural: "torn ACLs"
    return frozenset(keys)


class Block(NamedTuple):
    """A paragraph or list item: its text, and where each of its lines starts."""

    text: str
    starts: list[int]  # offset in `text` of each line
    line_indexes: list[int]  # index in the input of each line
    #: Whether a line after the first starts with a capital: only then may a heading end
    #: inside the block (`heading_breaks`).
    capitals: bool = False

    def place(self, offset: int) -> tuple[int, int]:
        """(line index, column) in the input of the character at `offset`."""
        if len(self.starts) == 1:  # most blocks are one line (a web page's always are)
            return self.line_indexes[0], offset - self.starts[0]
        from bisect import bisect_right

        at = bisect_right(self.starts, offset) - 1
        return self.line_indexes[at], offset - self.starts[at]


#: A line that ends in a word cut by a hyphen ("cu-"), and the start of the next line
#: that is its rest ("re arthritis"), in small letters: a reader reads the word whole
#: (attack18). The rest is no word of a list of prefixes ("pre- and post-operative").
#: (speed12: few texts have such a line, so both are compiled on first use, by `re`'s
#: own cache, not at each run's start)
_HYPHENATED = r"(?<![\W\d_]-)(?<!\s)[^\W\d_]-$"
_HYPHENATED_REST = r"(\s*)([^\W\d_A-Z]+)(?![\w'-])"
_NOT_A_WORD_REST = frozenset({"and", "or", "to", "nor"})


def blocks(lines: Sequence[str]) -> Iterator[Block]:
    """Paragraphs and list items of `lines`, each as one text with its source places."""
    parts: list[str] = []
    starts: list[int] = []
    indexes: list[int] = []
    size = 0
    capitals = False
    for index, raw in enumerate(lines):
        line = as_read(raw)
        if not line.strip() or _BULLET.match(line):
            if parts:
                yield Block("\n".join(parts), starts, indexes, capitals)
            parts, starts, indexes, size, capitals = [], [], [], 0, False
            if not line.strip():
                continue
        elif parts and not capitals:
            first = line[0]  # (no line here is blank)
            capitals = first.isupper() or (first == " " and line.lstrip()[:1].isupper())
        if parts and parts[-1][-1] == "-" and (rest := re.match(_HYPHENATED_REST, line)):
            # (attack18) a word hyphenated at the line's end: its rest is moved up to it
            # and its place left blank, so the other words keep their columns
            lead, piece = rest.groups()
            if piece not in _NOT_A_WORD_REST and re.search(_HYPHENATED, parts[-1]):
                parts[-1] = parts[-1][:-1] + piece
                size += len(piece) - 1
                line = " " * (len(lead) + len(piece)) + line[rest.end() :]
        starts.append(size)
        indexes.append(index)
        parts.append(line)
        size += len(line) + 1
    if parts:
        yield Block("\n".join(parts), starts, indexes, capitals)


def tokens(sentence: str, offset: int = 0, words: Sequence[str] | None = None) -> list[Token]:
    """The words of a sentence with their places and clause numbers: a word's place is
    counted in characters from the sentence's first, plus `offset`. `words` are the
    sentence's words (`split_words`), when already known.

    What lies between two words holds no letter or digit (either would start a word),
    so each word is found from the end of the one before (as `word_places` finds them),
    and the clause marks are looked for only there: most words have one space between
    them, and a word such as "but" starts a clause as a comma does.
    """
    found: list[Token] = []
    clause = 0
    at = 0
    find = sentence.find
    before = ""
    for text in split_words(sentence) if words is None else words:
        start = find(text, at)
        if start < 0:  # a shouted "US" given as "us" (`_shouted_us`)
            start = find(COUNTRY, at)
        if start > at + 1 or (start > at and sentence[at] != " "):
            clause += len(_CLAUSE_MARK.findall(sentence, at, start))
        folded = text.casefold()
        if folded in CLAUSE_WORDS and not (
            folded == "yet"
            and start == at + 1
            and sentence[at] == " "
            and (before in ADVERB_YET_AFTER or before.endswith("n't"))
        ):
            clause += 1
        before = folded
        at = start + len(text)
        # tuple.__new__ skips NamedTuple's Python-level __new__.
        found.append(_new_tuple(Token, (text, start + offset, at + offset, clause)))
    return found


#: The key that marks a word which starts a clause (CLAUSE_WORDS).
CLAUSE_WORD = "\0clause"
_keys_of: dict[str, frozenset[str]] = {}


def word_keys(text: str) -> frozenset[str]:
    """The keys of one word of the advert, remembered."""
    keys = _keys_of.get(text)
    if keys is None:
        keys = _token_keys("num" if text[0].isdigit() else "word", text)
        if text.casefold() in CLAUSE_WORDS:
            keys = keys | {CLAUSE_WORD}
        if len(_keys_of) < 200_000:
            _keys_of[text] = keys
    return keys


#: Common words a sentence or heading starts with, which are never taken for a
#: person's name (`used_keys`).
NOT_NAMES = frozenset(
    {"a", "an", "the", "this", "that", "these", "those", "there", "here", "then", "now",
     "today", "yesterday", "tomorrow", "he", "she", "it", "they", "we", "you", "i", "his",
     "her", "its", "their", "our", "your", "my", "him", "them", "us", "who", "what", "when",
     "where", "why", "how", "which", "while", "after", "before", "since", "during", "in",
     "on", "at", "by", "for", "from", "of", "to", "with", "without", "about", "as", "and",
     "or", "but", "so", "if", "because", "although", "though", "yet", "also", "even",
     "only", "just", "still", "all", "some", "many", "most", "more", "each", "every",
     "both", "few", "several", "one", "another", "other", "such", "no", "not", "yes",
     "please", "read", "see", "call", "book", "learn", "find", "get", "ask", "meet",
     "watch", "click", "contact", "share", "home", "blog", "news", "posted", "updated",
     "category", "tags", "step", "chapter", "part", "section", "figure", "table", "case",
     "story", "stories", "patient", "patients", "doctor", "dr", "mr", "mrs", "ms", "miss",
     "sir", "dear", "stem", "cell", "cells", "therapy", "treatment", "clinic", "center",
     "centre", "january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december", "monday", "tuesday", "wednesday",
     "thursday", "friday", "saturday", "sunday", "god", "lord", "christmas", "easter",
     "well", "however", "therefore", "thus", "instead", "meanwhile", "overall",
     "finally", "recently", "unfortunately", "fortunately", "sadly", "luckily", "again",
     "first", "second", "third", "last", "next", "new", "old", "good", "great", "best"}
)  # fmt: skip


_NAME = re.compile(r"[A-Z][a-z]+(?:'s)?")


def _is_name(word: str, lowered: str) -> bool:
    """Whether `word` can be a person's name: a capital, then one small letter or more
    ("Al", "Joyce", "Adriana's"), and none of NOT_NAMES."""
    return _NAME.fullmatch(word) is not None and lowered.removesuffix("'s") not in NOT_NAMES


def with_verb_stems(keys: frozenset[str]) -> frozenset[str]:
    """`keys` and the stem of each verb key among them ("treat" of "treat!"), as
    `used_keys` needs them."""
    return keys | {key[: -len(VERB)] for key in keys if key.endswith(VERB) and len(key) > 1}


def _with_verb(word: str, keys: frozenset[str], used: frozenset[str]) -> frozenset[str]:
    """`keys` and the verb key of `word` (`stemmer.verb_key`), when that is `used` (only a
    word whose stem is among `keys` can have one: `with_verb_stems`)."""
    if not keys:
        return keys
    stemmed = stem(word)
    if stemmed not in keys or stemmed + VERB not in used:
        return keys
    verb = verb_key(word.casefold().replace("\u2019", "'"), stemmed)
    return keys | {verb} if verb else keys


def used_keys(words: Sequence[str], used: frozenset[str], name: str = "") -> list[frozenset[str]]:
    """`word_keys(word) & used` of each word, worked out for many words at once: a word
    that starts with a small letter and is no number (most words) has its stem as its
    only key, and the words are case-folded together. A word that has none of the keys
    `used` and can be a person's name has the key `name`, when that is one of them (the
    phrases' `@name`). A word that is no -ment or -ion noun has its verb key too, when
    that is one of them (a phrase's "treat!", `stemmer.VERB`; `used` must then hold the
    verb key's stem too: `with_verb_stems`)."""
    names = bool(name) and name in used
    name_keys = frozenset({name})
    if CLAUSE_WORD in used or not words:
        found = [_with_verb(word, word_keys(word) & used, used) for word in words]
        if names:
            found = [
                keys or (name_keys if _is_name(word, word.casefold()) else keys)
                for word, keys in zip(words, found, strict=True)
            ]
        return found
    folded = "\n".join(words).casefold().replace("\u2019", "'").split("\n")
    found = []
    none: frozenset[str] = frozenset()
    for word, lowered in zip(words, folded, strict=True):
        if word[0].islower() and lowered not in NUMBER_WORDS:
            stemmed = folded_stem(lowered)
            if stemmed not in used:  # (a verb key's stem is `used` too: `with_verb_stems`)
                found.append(none)
            elif stemmed + VERB in used and verb_key(lowered, stemmed):
                found.append(frozenset((stemmed, stemmed + VERB)))
            else:
                found.append(frozenset((stemmed,)))
        else:
            keys = _with_verb(word, word_keys(word) & used, used)
            if not keys and names and _is_name(word, lowered):
                keys = name_keys
            found.append(keys or none)  # (one empty set for all that have none)
    return found


#: A list item after a lead-in: a bullet, or a short block (a web page's <li> has none).
_ITEM_WORDS = 25
#: A web address, blanked out (same length, so places stay) before a block is read.
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


def blank_addresses(text: str) -> str:
    """`text` with each web address made spaces (places in the text stay)."""
    return _ADDRESS.sub(_blanked, text)


def _blanked(found: re.Match[str]) -> str:
    return " " * len(found.group())


def is_list_item(text: str) -> bool:
    """Whether a block after a lead-in ("Be wary of clinics that:") is one of its items."""
    return bool(_BULLET.match(text)) or (
        "\n" not in text and len(text.split()) <= _ITEM_WORDS and not text.endswith(":")
    )


#: A seller's question about the reader's plight, or the reader's search for the best,
#: is a lead-in, not a question the reader asks: "Do you suffer from knee pain?", "Are you
#: looking for the best hospital for stem cell therapy in India at an affordable cost?"
#: (the verb, "you", then a word of PLIGHT, or a word of SEARCH with one of BEST in the
#: four words after it). "Are you considering treatment abroad?" stays a question: careful
#: pages ask it too.
PLIGHT = frozenset({"suffering", "suffer", "tired", "struggling", "living", "dealing"})
SEARCH = frozenset({"looking", "searching", "seeking", "shopping"})
BEST = frozenset(
    {"best", "top", "leading", "finest", "greatest", "cheapest", "affordable", "ideal",
     "perfect", "most"}
)  # fmt: skip


def asks_yes_or_no(words: Sequence[str], sentence: str = "") -> bool:
    """Whether a sentence that ends with "?" is a yes/no question: its first word, after
    a few that lead into one ("And above all, is it safe?"), is a verb such as "is",
    and it is no seller's lead-in about the reader (PLIGHT, SEARCH and BEST). Given the
    `sentence` the `words` are of, the verb may also open what follows a lead-in clause
    that ends in a comma ("If I have arthritis, will stem cells cure it?"; round
    question1). A colon is no such lead-in yet: "Question: Will ...?" is answered in the
    next paragraph, which `answered_questions` does not read."""
    if _opens_yes_or_no(words):
        return True
    comma = sentence.find(",")
    while comma >= 0:
        if _opens_yes_or_no(split_words(sentence[comma + 1 :])):
            return True
        comma = sentence.find(",", comma + 1)
    return False


def asks_in_first_person(words: Sequence[str]) -> bool:
    """Whether a question's `words` hold the reader's own first person ("How soon can I
    walk again?", "When will my knee feel better?"): what a reader asks about the
    treatment, in an FAQ's heading or a post's opening, not a patient's story told
    (round forward1)."""
    return any(fold(word) in FIRST_PERSON for word in words)


def _opens_yes_or_no(words: Sequence[str]) -> bool:
    """Whether `words` open with a yes/no question's verb, after a few that lead into one,
    and are no seller's lead-in about the reader."""
    for index, word in enumerate(words[:4]):
        lowered = word.casefold()
        if lowered not in QUESTION_LEAD:
            return lowered in QUESTION_START and not _lead_in(words[index + 1 : index + 7])
    return False


def _lead_in(after_verb: Sequence[str]) -> bool:
    """Whether the words after a question's verb are a seller's lead-in: "you", then
    a word of PLIGHT, or of SEARCH with a word of BEST in the four words after it."""
    lowered = [word.casefold() for word in after_verb]
    if len(lowered) < 2 or lowered[0] != "you":
        return False
    return lowered[1] in PLIGHT or (lowered[1] in SEARCH and not BEST.isdisjoint(lowered[2:]))


def word_places(sentence: str, words: Sequence[str], count: int) -> list[tuple[int, int]]:
    """(start, end) of the first `count` words of a sentence.

    Each word is looked for from the end of the one before: what lies between two words
    holds no letter or digit (either would start a word), so the first place found is
    the word's own.
    """
    places = []
    at = 0
    find = sentence.find
    for word in words[:count]:
        found = find(word, at)
        at = found if found >= 0 else find(COUNTRY, at)  # a shouted "US" (`_shouted_us`)
        places.append((at, at + len(word)))
        at += len(word)
    return places


#: Where the last clause of a lead-in starts: after the last of these.
_CLAUSE_ENDS = (",", ";", ".", "!", "?", "\u2013", "\u2014")
#: A last clause that only links a list to what comes before it ("made false claims,
#: for example:"): the lead-in is the clause before it.
LINKING = frozenset(
    {"for example", "for instance", "such as", "including", "like", "e g", "eg", "among them",
     "among others", "as follows", "namely", "these include", "they include"}
)  # fmt: skip


def last_clause(text: str) -> str:
    """The last clause of `text`: what follows its last comma, semicolon, sentence end
    or dash, with the clause before it when it only links (LINKING)."""
    cut = max(map(text.rfind, _CLAUSE_ENDS))
    clause = text[cut + 1 :]
    if cut > 0 and " ".join(WORD.findall(clause.casefold())) in LINKING:
        return last_clause(text[:cut]) + text[cut:]
    return clause


#: A quotation its speaker is said only to claim: '"It turns back the clock," Ryan
#: claimed', '"You will walk again," are the words Frank was told' report a claim (a
#: closing quote, then up to four words, then the verb).
#: Written so that each attempt stops at the next quote and never gives back what it
#: took: a line of thousands of quotes is read in linear time.
_DISOWNED_QUOTE = (
    r"[\"\u201d][^\w\"\u201d]*+(?:\w++\W++){0,4}?"
    r"(?:claim|claims|claimed|allege|alleges|alleged|boast|boasts|boasted|insist|insists|insisted"
    r"|(?:was|were)\W++told)\b"
)


#: The beginnings of those verbs: a sentence without one is not searched at all.
_DISOWNING = ("claim", "alleg", "boast", "insist", "told")


def quote_disowned(sentence: str) -> bool:
    """Whether the sentence quotes words its speaker is only said to claim."""
    lowered = sentence.lower()
    if not any(verb in lowered for verb in _DISOWNING):
        return False
    return re.search(_DISOWNED_QUOTE, sentence, re.IGNORECASE) is not None


#: A list of words in quotation marks, two or more set side by side with only spaces,
#: commas or semicolons between them ('"revolutionary," "life-changing," "the cure
#: doctors don't want you to know about."'): words named as others' wording, not used,
#: unless the writer owns them first ('Our promise: "no side effects", "no rejection"').
#: Each quotation opens on a letter or digit and holds at most 80 characters and no
#: quotation mark (the last may close only after the sentence's stop). Each attempt
#: stops at the next quotation mark, so a line of thousands of quotes is read in linear
#: time.
_QUOTED_LIST = re.compile(
    r"(?:[\"\u201c](?=[^\W_])[^\"\u201c\u201d]{1,80}+(?:[\"\u201d]|\Z)[\s,;]*+){2,}"
)


#: The writer's own words, which make a list of quotations after them the writer's claims:
#: 'Our promise: "no side effects", "no rejection"'.
#: ("US" in capitals is the country: `COUNTRY`.)
_OWNER = re.compile(r"\b(?:(?i:we|our)|us|Us|uS)\b")


def quoted_lists(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each list of quoted words in a sentence (`_QUOTED_LIST`) that no
    word of the writer's own ("we", "our", "us") comes before."""
    if sentence.count('"') + sentence.count("\u201c") < 2:
        return []
    owner = _OWNER.search(sentence)
    owned_from = owner.start() if owner else len(sentence)
    return [match.span() for match in _QUOTED_LIST.finditer(sentence) if match.start() < owned_from]


#: Scare quotes (round miracle2): a quotation of at most SCARE_WORDS words, opened by a
#: double or single quotation mark that no letter or digit comes right before and that a
#: letter or digit follows, closed by a mark that none follows ('a "breakthrough" shot',
#: "the 'magic water' of old"): a word held at a distance, named rather than used. An
#: apostrophe ("the doctors' hopes") opens none. Each attempt stops at the next quotation
#: mark, so a line of many quotes is read in linear time.
SCARE_WORDS = 3
_SCARE_QUOTE = re.compile(
    r"(?<!\w)[\"\u201c\u2018'](?=[^\W_])"
    r"(?:[^\W_]++[-\u2010\u2011]?+)++"
    rf"(?:\s++(?:[^\W_]++[-\u2010\u2011]?+)++){{0,{SCARE_WORDS - 1}}}"
    r"[\"\u201d\u2019'](?!\w)"
)


#: A quotation the sentence itself asserts (firstgg1): right after a modal and "be", an
#: article at most between ('Stem Cell Therapy Could Be "Fountain of Youth" for Athletes',
#: 'stem cells may be the "miracle" of this decade'): the writer's own prediction, not a
#: word held at a distance. Read in the few characters before the opening mark. Not
#: "would", which only supposes (review13: 'it would be "a miracle" if ...').
_ASSERTED_BEFORE = re.compile(
    r"\b(?:could|may|might|can|will)\s++be\s++(?:(?:an?|the)\s++)?$", re.IGNORECASE
)
#: How far before a quotation mark `_ASSERTED_BEFORE` is read, in characters.
_ASSERTED_REACH = 24
#: A sentence that gives its words to a speaker asserts none of them itself, after a
#: modal or not (review13: 'critics say it may be "a miracle"', '... "a miracle",
#: clinics say', 'according to the clinic ...').
_SPEAKER_GIVEN = re.compile(
    r"\b(?:say|says|said|saying|according\s+to|claim|claims|claimed|argue|argues|argued)\b",
    re.IGNORECASE,
)


def _asserted(sentence: str, start: int, given: bool) -> bool:
    """Whether the quotation at `start` of `sentence` is the writer's own assertion:
    a modal and "be" right before it (`_ASSERTED_BEFORE`), in a sentence that gives no
    speaker its words (`given`: `_SPEAKER_GIVEN` found in it, looked for once a sentence;
    once a quotation made a sentence of many quotes after "may be" cost the square of
    its length, 30 times plain text: attack15)."""
    return (
        not given
        and _ASSERTED_BEFORE.search(sentence[max(0, start - _ASSERTED_REACH) : start]) is not None
    )


def scare_quoted(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation of at most SCARE_WORDS words in a sentence
    (`_SCARE_QUOTE`) that no word of the writer's own ("we", "our", "us") comes before
    ('our "miracle" shot' is the writer's wording) and that no modal and "be" assert
    ('could be "the fountain of youth"', `_asserted`)."""
    owner = _OWNER.search(sentence)
    owned_from = owner.start() if owner else len(sentence)
    quotes = [m for m in _SCARE_QUOTE.finditer(sentence) if m.start() < owned_from]
    given = bool(quotes) and _SPEAKER_GIVEN.search(sentence) is not None
    return [m.span() for m in quotes if not _asserted(sentence, m.start(), given)]


#: A quotation: it opens on a letter or digit and holds at most 80 characters and no
#: quotation mark (as in `_QUOTED_LIST`).
_QUOTATION = r"[\"\u201c](?=[^\W_])[^\"\u201c\u201d]{1,80}+(?:[\"\u201d]|\Z)"
#: A name given in quotes (round named1): a renaming phrase (the words of the
#: `other_senses:` entries "known as [*]", "also goes by [*]" ...; not a bare "called",
#: the name an advertiser gives its own offer) right before a quotation, then any
#: quotations joined to it by a comma, a slash, "or" or "and": 'also goes by "cell
#: restoration" or "cell therapy"'. The words inside name something; they are not used.
#: The phrase is read in the words before each opening quotation mark, and the
#: quotations from that mark on, so a sentence costs a look per quotation mark (and no
#: pattern is compiled until a phrase is found).
_RENAMING = (
    " known as",
    " referred to as",
    *(f" {how} by" for how in ("goes", "go", "going", "went")),
    *(
        f" {often} {called}"
        for often in ("also", "sometimes", "often", "commonly", "usually", "otherwise")
        for called in ("called", "termed", "named", "dubbed", "nicknamed")
    ),
)
#: The quotations of a name, from its first quotation mark on.
_QUOTED_CHAIN = rf"{_QUOTATION}(?:[\s,/]*+(?:(?:or|and)\s++)?{_QUOTATION})*+"
#: How far before a quotation mark its renaming phrase is read, in characters.
_RENAMING_REACH = 40


def _renamed_before(sentence: str, quote: int) -> bool:
    """Whether a renaming phrase (`_RENAMING`, then "the" at most) ends right before
    the quotation mark at `quote`."""
    words = sentence[max(0, quote - _RENAMING_REACH) : quote].casefold().split()
    if words and words[-1] == "the":
        words.pop()
    return (" " + " ".join(words[-3:])).endswith(_RENAMING)


def quoted_names(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of the quotations of each name given in quotes in a sentence
    (`_RENAMING`: "also known as "cell restoration"") that no word of the writer's own
    comes before ('our shot, also known as "the miracle shot"' is the writer's
    wording)."""
    names: list[tuple[int, int]] = []
    at = 0
    while True:
        quote = min(
            (q for q in (sentence.find('"', at), sentence.find("\u201c", at)) if q >= 0),
            default=-1,
        )
        if quote < 0:
            break
        at = quote + 1
        if not _renamed_before(sentence, quote):
            continue
        chain = re.compile(_QUOTED_CHAIN).match(sentence, quote)
        if chain is None:
            continue
        if _OWNER.search(sentence, 0, quote) is not None:
            break
        names.append(chain.span())
        at = chain.end()
    return names


#: An aside that reports the sentence it stands in as only told or claimed: "stem cells,
#: she was told, could regrow the cartilage", "the cells, it is claimed, rebuild discs",
#: "if there were a cure, they argue, industry would sell it" (cure4), "StemEnhance, they
#: write, is a breakthrough" (forward1) (a comma, up to
#: three words that are not the writer's own "we" or "I", the verb, a comma). Each
#: attempt stops at the next comma.
_DISOWNING_ASIDE = re.compile(
    r",\s*+(?!(?:we|i|our)\b)(?:\w++\s++){1,3}?"
    r"(?:claim|claims|claimed|allege|alleges|alleged|boast|boasts|boasted|insist|insists|insisted"
    r"|argue|argues|argued|told|write|writes|wrote)\s*+,",
    re.IGNORECASE,
)


#: A sentence that draws a consequence from the one before it: "the cells are harvested
#: from your own body. This means only minimal risks are involved", "collected from the
#: patient's own body. This approach, as a result, minimizes the risk of rejection". The
#: link comes within its first four words (each attempt is bounded: the words are
#: matched at the start only, so a long sentence costs no more than a short one).
_CONSEQUENCE_LINK = (
    r"(?:as a (?:result|consequence)|(?:this|that|which) means|therefore|thus|hence"
    r"|consequently|because of this|for this reason|(?:this|that) is why)\b"
)
#: After a semicolon, a clause that goes on about the same thing: "we harvest the cells
#: from your own bone marrow or fat; they are a natural, safe option".
_SAME_SUBJECT = re.compile(
    r"\s{0,8}+(?:they|these|it|this) (?:are|is|were|was|carry|carries|pose|poses|make|makes)\b",
    re.IGNORECASE,
)


#: A sentence that refers back to the treatment of the one before it, within its first
#: five words: "Various analyses have found this approach to be a safe therapy", "These
#: cells are ...", "Such a procedure ..." (`two_sentence_signs`: own cells named in the sentence
#: before, safety in this one). "This" alone, or before another noun, is no link, and a
#: question is none ("Is this treatment safe?" asks, whatever came before).
_BACK_LINK = (
    r"(?:this|these|such an?|the same)\s++(?:stem\s++cell\s++|cell\s++|cellular\s++)?"
    r"(?:approach|approaches|treatment|treatments|therapy|therapies|procedure|procedures"
    r"|method|technique|injection|injections|cells|option)\b"
)
_ASKING = (
    r"(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have|may|might|how"
    r"|what|why|when)\b"
)
_WORD_ON = r"[\w']{1,40}+\W{1,8}+"
_CONSEQUENCE = re.compile(rf"\W{{0,8}}+(?:{_WORD_ON}){{0,3}}?{_CONSEQUENCE_LINK}", re.IGNORECASE)
#: (firstfl1) A sentence whose subject is "This" or "That" alone, the sentence before
#: summed up, with a verb of lessening or keeping: "derived from the patient's own
#: tissues. This minimizes the risk of rejection", "That keeps the risk low". Only as
#: the sentence's first word: "a therapy that reduces pain" is a relative clause.
_SUMMED_UP = re.compile(
    r"\W{0,8}+(?:this|that)\s++(?:minimizes|minimises|reduces|lowers|lessens|decreases"
    r"|cuts|limits|eliminates|prevents|avoids|keeps)\b",
    re.IGNORECASE,
)
#: (firstgf1) A sentence whose subject is "it", "the latter" or "the former" alone, called
#: the last resort or the last option: the thing so called is named in the sentence before
#: ("About knee replacement I feel differently. For me it should be the very last
#: resort"). Up to three words may open it ("For me"); the call must follow the subject
#: within four words ("it should always be the last resort"). (review12) Not the "it"
#: that looks ahead to an infinitive with its object, whose doing is the last resort:
#: "It is the last resort for many clinics to offer stem cell shots".
_LAST_RESORT_BACK = re.compile(
    r"\W{0,8}+(?:[\w']++,?\s++){0,3}?(?:it|the\s++latter|the\s++former)\s++(?:[\w']++\s++){0,4}?"
    r"(?:the|a)\s++(?:very\s++)?(?:last|final)\s++(?:resort|option)\b"
    r"(?!\s++for\s++(?:[\w']++\s++){1,4}?to\s++[\w']++\s++[\w'])",
    re.IGNORECASE,
)
_BACK_REFERENCE = re.compile(
    rf"\W{{0,8}}+(?!{_ASKING})(?:{_WORD_ON}){{0,4}}?{_BACK_LINK}", re.IGNORECASE
)
#: How far into a sentence its reference back is looked for: the most characters the
#: pattern reaches before "this", "these", "such" or "same" (the gap, four words and
#: their gaps; "the" and 8 spaces before "same"), and the word. A sentence with none of
#: them there (most sentences) is not tried with the pattern. They are looked for as
#: letters, not as words split at spaces, so that a quotation mark or a bracket before
#: them ('"These cells are ...', "(This approach ...") or a comma with no space after
#: it hides none.
_BACK_HEAD = 8 + 4 * 48 + 11 + 5


def follows_on(sentence: str, end: str) -> bool:
    """Whether `sentence` goes on from the one before it, which ended with `end`: it
    draws a consequence from it (or sums it up as "This" that lessens something), after a
    semicolon it says more of the same thing, or it
    sets itself against it ("Our injections, by contrast, ...": `contrast.sets_against`), it
    calls what the sentence before named the last resort ("it should be the last
    resort"), or it refers back to the treatment ("this approach", "these cells"). Such a
    sentence is also read with the one before it (`Matcher.scan`)."""
    if ";" in end and _SAME_SUBJECT.match(sentence):
        return True
    if _CONSEQUENCE.match(sentence) is not None or sets_against(sentence):
        return True
    if _SUMMED_UP.match(sentence) is not None:
        return True
    if ("resort" in sentence or "option" in sentence) and _LAST_RESORT_BACK.match(sentence):
        return True
    head = sentence[:_BACK_HEAD].lower()
    return (
        "this" in head or "these" in head or "such" in head or "same" in head
    ) and _BACK_REFERENCE.match(sentence) is not None


def aside_disowned(sentence: str) -> bool:
    """Whether an aside set off by commas says the sentence was only told or claimed."""
    # (an aside stands inside a sentence, in small letters; most sentences have a comma,
    # so the test that rules most of them out is written out rather than looped)
    if not (
        "told" in sentence
        or "claim" in sentence
        or "alleg" in sentence
        or "insist" in sentence
        or "boast" in sentence
        or "argue" in sentence
        or "writ" in sentence
        or "wrote" in sentence
    ):
        return False
    return _DISOWNING_ASIDE.search(sentence) is not None
