"""A quote that shows its claim: one that stops short of its clause runs on to its end.

A wording is found by its key words, so the words it matched can stop in the middle of
what the page says ("This can reduce recovery time, risk of complications": found as
"reduce recovery"). Shown so, the quote does not tell the reader what was claimed. A
quote followed by more words of its clause runs on to the farthest clause end (a comma,
a sentence mark, a dash, the line's end) at most MORE words on, not ending on a joining
word ("and,"); a clause that goes on longer keeps the quote as found, so no new fragment
is made.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

# (imported here, not in the functions: an import in a function costs about 10,000
# instructions a call, and JSON widens every finding's quote; `check` has imported
# sentences before any quote is read)
from stemcell_cli.check.words.brackets import balanced
from stemcell_cli.check.words.sentences import (
    _BULLET,
    _NO_INVISIBLE,
    SENTENCE_END,
    as_read,
    heading_breaks,
)

#: How many words a quote may run on by.
MORE = 4
#: A word of the page, or the rest of a word the quote stops inside.
_WORD = re.compile(r"[ \t]*[^\W_](?:[\w'\u2019-]*[^\W_])?")
#: Words a quote does not end on: they join it to what follows ("inflammation and,
#: consequently, pain").
_JOINING = frozenset(
    ["and", "or", "but", "so", "then", "with", "to", "of", "the", "a", "an", "in", "for"]
)
#: What ends a clause after a word.
_ENDS = frozenset(',.;:!?)\u2026\u2014\u2013"\u201d')
_CLAUSE_END = re.compile(r"\s*(?:[" + re.escape("".join(sorted(_ENDS))) + r"]|\Z)")


def completed(line: str, start: int, quote: str) -> str:
    """`quote`, found at `start` (0-based) in `line`, run on to its clause's end."""
    end = start + len(quote)
    if start < 0 or line[start:end] != quote or _ended(line, end):
        return quote
    best = end
    at = end
    for _ in range(MORE):
        found = _WORD.match(line, at)
        if found is None:
            break
        at = found.end()
        if _ended(line, at) and found.group().strip().casefold() not in _JOINING:
            best = at
        if at < len(line) and line[at] == ",":
            at += 1
        elif not line[at : at + 1].isspace():
            break
    return line[start:best].rstrip(",")


def _ended(line: str, at: int) -> bool:
    """Whether a clause ends at `at`: the line's end or a mark after any spaces (read in
    place: a copy of the rest of the line made a long line's many findings quadratic)."""
    return _CLAUSE_END.match(line, at) is not None


#: A quote of fewer words than this, or one that starts or stops inside its clause, is
#: shown with the advert's words around it (`widened`).
SHORT = 6
#: A widened quote has at most this many words ("…" not counted).
LONGEST = 25
#: A window of words keeps at most this many before the words found.
BEFORE = 8
#: How many characters of the paragraph around a quote's line are read for its sentence.
REACH = 400
#: What parts a clause from the next: a comma, a semicolon, a colon, a dash (not a
#: bracket: "platelet-rich plasma (PRP) or other care" is one clause; nor a comma in a
#: number: "$5,000, and many")
_CLAUSE = re.compile(r"(?<!\d),|,(?!\d)|[;:\u2014\u2013]|\s-\s")
_TOKEN = re.compile(r"\S+")
_SPACES = re.compile(r"\s*")
_TRAILING = ",;:|\u2014\u2013- "


#: A paragraph read for its quotes (`_paragraph`), kept by its line's index.
Paragraph = tuple[str, int, int, bool, bool]


def widened(
    lines: Sequence[str],
    at: int,
    start: int,
    quote: str,
    paragraphs: dict[int, Paragraph] | None = None,
) -> str:
    """`quote`, found at `start` (0-based) in `lines[at]`, with enough of the advert's own
    sentence around it for the claim to be clear (report3).

    A quote of SHORT words or more that is its whole clause stays as it is. A shorter
    one, or one that starts or stops inside its clause ("rotator cuff can occur by
    injury" of "Tears in the rotator cuff can occur by injury, ..."), shows, in this
    order of choice:

    - its clause (from the mark before it to the mark after it: a comma, semicolon,
      colon or dash, or the sentence's ends) if that has SHORT to LONGEST words; a
      clause opening with "and", "but" or "or" takes the clause before it too when the
      two have at most LONGEST words, else is shown without its joining word (`_joined`);
    - a clause it shows, or a quote that is its whole clause, keeps the clause before it
      when that one leads the sentence and says where, in whom or whether the claim
      holds ("in a rat or a rabbit, stem cells seemingly regenerate the disc", "If it
      works, ..."; `_qualifier`), the two at most LONGEST words;
    - else its whole sentence, if that has at most LONGEST words;
    - whatever its length, a quote whose sentence is a question the next sentence of its
      paragraph answers ("Is the procedure safe? Yes, ...") shows the question and the
      answer, which is the claim (`_answered`; patient20), and a clause that is a
      concession ("may sound like science fiction") the next clause overturns ("but
      ... has turned it into a reality") is shown with that clause (`_overturned`),
      so no quote reads as doubt where the page means the opposite;
    - else a window of the sentence's words: the words found, up to BEFORE words before
      them and the rest of LONGEST words after, cut at word boundaries, with "…" at each
      end where the sentence goes on. The cut after them is not on a joining word nor
      right after "and", "or", "of", "the" ("tendon and ligament …"): it moves back up
      to BACK words, never into the words found, and stays where no better cut is near.

    The sentence is read in the quote's paragraph (its line and the lines next to it, up
    to a blank line or a bullet; REACH characters either way at most) as the matcher reads it: a
    heading ends its sentence (`sentences.heading_breaks`), so a quote never joins a
    heading to the line after it. A quote that is not the text at its place (a pair's
    two halves, the list of conditions) stays as it is. `paragraphs` keeps each line's
    paragraph for the next quote of that line."""
    if len(quote.split()) >= LONGEST or not 0 <= at < len(lines):
        return quote
    paragraph = paragraphs.get(at) if paragraphs is not None else None
    if paragraph is None:
        paragraph = _paragraph(lines, at)
        if paragraphs is not None:
            paragraphs[at] = paragraph
    text, offset, floor, cut_top, cut_bottom = paragraph
    offset += start
    ceiling = len(text)
    if offset - floor > REACH:  # (a long line: read REACH characters either way, whole words)
        floor, cut_top = text.find(" ", offset - REACH, offset) + 1 or offset, True
    if ceiling - (offset + len(quote)) > REACH:
        ceiling = text.rfind(" ", offset + len(quote), offset + len(quote) + REACH)
        ceiling, cut_bottom = max(ceiling, offset + len(quote)), True
    plain = quote if quote.isascii() else _plain(quote)
    end = offset + len(plain)
    # (the matcher's words of a quote over two lines have a space for the line break)
    if offset < 0 or text[offset:end].replace("\n", " ") != plain.replace("\n", " "):
        return quote
    first, last = floor, ceiling
    for mark in SENTENCE_END.finditer(text, floor, ceiling):
        if mark.end() <= offset:
            first = mark.end()
        elif mark.start() >= end:
            last = mark.end() if mark.group(1)[:1] in ".!?" else mark.start()
            break
    whole_start = first > floor or not cut_top
    whole_end = last < ceiling or not cut_bottom
    previous = clause_start = first
    clause_end = last
    for mark in _CLAUSE.finditer(text, first, last):
        if mark.end() <= offset:
            previous, clause_start = clause_start, mark.end()
        elif mark.start() >= end:
            clause_end = mark.start()
            break
    answered = _answered(text, first, last, ceiling)
    if answered:  # (a question quoted with the answer that makes the claim: gn02)
        return balanced(answered, plain) if "(" in answered or ")" in answered else answered
    turned = _overturned(text, clause_start, clause_end, last)
    if len(text[clause_start:turned].split()) > LONGEST:
        turned = 0
    if turned:
        clause_end = turned  # (a concession quoted with the clause that overturns it: gm02)
    qualified = _qualifier(text, first, previous, clause_start, clause_end)
    if (
        len(plain.split()) >= SHORT
        and not turned
        and not _words_in(text[end:clause_end])
        and not _words_in(text[clause_start:offset])
    ):
        return _trimmed(text[previous:clause_end]) if qualified else quote
    clause = text[clause_start:clause_end]
    if SHORT <= len(clause.split()) <= LONGEST:
        if qualified:
            shown = _trimmed(text[previous:clause_end])
        else:
            shown = _joined(text, previous, clause_start, clause_end)
    else:
        sentence = text[first:last]
        if whole_start and whole_end and len(sentence.split()) <= LONGEST:
            shown = _trimmed(sentence)
        else:
            shown = _window(text, first, last, offset, end, whole_start, whole_end)
    # (a bracket the clause or window cut is closed or dropped: idn1)
    return balanced(shown, plain) if "(" in shown or ")" in shown else shown


def _paragraph(lines: Sequence[str], at: int) -> Paragraph:
    """The lines around `lines[at]` in its paragraph, as one text (in the matcher's
    letters: no invisible characters, a straight apostrophe for a curly one; a heading's
    line break made a "|", `sentences.heading_breaks`), the offset of `lines[at]` in it,
    where the text read starts (after a first line's bullet), and whether REACH cut it
    before the paragraph's first line or after its last."""
    # Each loop stops at the paragraph's end (a blank line, a bullet, the text's end)
    # or, cutting it, at REACH characters.
    top = bottom = at
    size = len(lines[at])
    cut_top = cut_bottom = False
    while top > 0 and lines[top - 1].strip() and not _BULLET.match(lines[top]):
        if size >= REACH:
            cut_top = True
            break
        top -= 1
        size += len(lines[top])
    size = len(lines[at])
    while bottom + 1 < len(lines) and lines[bottom + 1].strip():
        if _BULLET.match(lines[bottom + 1]):
            break
        if size >= REACH:
            cut_bottom = True
            break
        bottom += 1
        size += len(lines[bottom])
    # (most lines are ASCII, which `_plain` returns as they are: not through its cache)
    parts = [line if line.isascii() else _plain(line) for line in lines[top : bottom + 1]]
    offset = sum(map(len, parts[: at - top])) + at - top
    bullet = _BULLET.match(parts[0])
    floor = bullet.end() if bullet else _SPACES.match(parts[0]).end()  # type: ignore[union-attr]
    text = heading_breaks("\n".join(parts)) if len(parts) > 1 else parts[0]
    return text, offset, floor, cut_top, cut_bottom


@lru_cache(maxsize=8)  # (a long line holding many findings is translated once)
def _plain(text: str) -> str:
    """`text` in the letters the matcher reads (`sentences.blocks`)."""
    return as_read(text)


def own_letters(lines: Sequence[str], at: int) -> tuple[str, str] | None:
    """The paragraph around `lines[at]` (REACH characters either way at most) as the
    matcher reads it and in the page's own letters, each on one line and the two of one
    length; None when they are the same (`in_own_letters`)."""
    top = bottom = at
    size = len(lines[at])
    while top > 0 and lines[top - 1].strip() and size < REACH:
        top -= 1
        size += len(lines[top])
    size = len(lines[at])
    while bottom + 1 < len(lines) and lines[bottom + 1].strip() and size < REACH:
        bottom += 1
        size += len(lines[bottom])
    part = lines[top : bottom + 1]
    if all(line.isascii() for line in part):
        return None
    # (as the matcher reads them but for its look-alike letters: `as_read` drops the
    # invisible characters and changes no other character's place, nor any white space)
    own = [line.translate(_NO_INVISIBLE).replace("\u2019", "'") for line in part]
    read = [as_read(line) for line in part]
    if own == read:
        return None
    return " ".join(" ".join(read).split()), " ".join(" ".join(own).split())


def in_own_letters(quote: str, paragraph: tuple[str, str]) -> str:
    """`quote`, shown on one line from the paragraph `own_letters` read, in the page's
    own letters (review12: a claim in fancy-text bold or with a Cyrillic "es" in "cure" is
    read as Latin, and quoted as the page writes it): each part between its ellipses found
    in the paragraph as read and taken from the page's letters at that place; a part
    not found there (two halves joined, a cleaned character) stays as it is."""
    read, own = paragraph
    parts = quote.split("\u2026")
    for number, part in enumerate(parts):
        words = part.strip()
        at = read.find(words) if words else -1
        if at >= 0:
            parts[number] = part.replace(words, own[at : at + len(words)], 1)
    return "\u2026".join(parts)


#: Words that join a clause to the one before it: a clause quoted from one of them
#: takes the clause before it, or is shown without it (`_joined`).
_OPENING = frozenset(["and", "but", "or"])
#: Words a window is not cut right after (nor on: `_JOINING`), "tendon and ligament …".
_BINDING = frozenset(["and", "or", "of", "the"])


def _joined(text: str, previous: int, start: int, end: int) -> str:
    """The clause text[start:end], which starts after a mark. One that opens with a
    joining word ("and release growth factors that aid in healing.") shows the clause
    before it too (from `previous`) when the two have at most LONGEST words; else it is
    shown without its joining word."""
    clause = _trimmed(text[start:end])
    head, _, rest = clause.partition(" ")
    if head.casefold() not in _OPENING or not rest:
        return clause
    both = _trimmed(text[previous:end])
    if previous < start and len(both.split()) <= LONGEST:
        return both
    return rest


#: Words that open a clause saying where, in whom or whether what follows holds ("in a
#: rat or a rabbit, stem cells seemingly regenerate the disc", "if it works, ..."): a
#: quote of the clause after one keeps it (`_qualifier`).
_QUALIFYING = frozenset(["in", "among", "if", "unless"])
#: Marks after which a clause leads its sentence, as its first clause does.
_LEADING_MARKS = frozenset(":;\u2014\u2013-")
#: Lead-ins opened by such a word that say none of that ("in fact", "in recent years"),
#: point at the text around ("in the same way", "in this article") or court the reader
#: ("if you are tired of pain, our cells ...": whom the page addresses, not whether its
#: claim holds; review11): the quote after one stays cut as it was.
_LEAD_INS = frozenset(
    [
        "if you are fed",
        "if you are looking",
        "if you are ready",
        "if you are sick",
        "if you are tired",
        "if you want",
        "if you wish",
        "if you would like",
        "if you'd like",
        "if you're fed",
        "if you're looking",
        "if you're ready",
        "if you're sick",
        "if you're tired",
        "among other",
        "among others",
        "among these",
        "among them",
        "among those",
        "in addition",
        "in any case",
        "in brief",
        "in conclusion",
        "in contrast",
        "in essence",
        "in fact",
        "in general",
        "in other words",
        "in particular",
        "in reality",
        "in recent",
        "in short",
        "in sum",
        "in summary",
        "in the end",
        "in the last",
        "in the meantime",
        "in the past",
        "in the same vein",
        "in the same way",
        "in truth",
        "in this article",
        "in this blog",
        "in this guide",
        "in this in-depth",
        "in this post",
        "in this way",
        "in turn",
    ]
)


def _qualifier(text: str, first: int, previous: int, start: int, end: int) -> bool:
    """Whether the clause text[previous:start], right before the clause text[start:end]
    and parted from it by a comma, says where, in whom or whether that clause holds ("in
    a rat or a rabbit, stem cells seemingly regenerate the disc"): it leads the sentence
    that starts at `first` (opens it, or follows a colon, semicolon or dash), opens with
    a qualifying word (not "whether": "Whether the problem is a runner's knee, a torn
    rotator cuff ..." opens a list), is no lead-in nor a time ("in 2005"), the clause after it is no
    relative one ("which aim to ..."), and the two have at most LONGEST words."""
    if not previous < start or text[start - 1] != ",":
        return False
    if previous > first and text[first:previous].rstrip()[-1:] not in _LEADING_MARKS:
        return False  # (after a comma: "A review, published in a journal, suggests")
    words = _trimmed(text[previous:start]).casefold().split()
    if len(words) < 2 or words[0] not in _QUALIFYING or words[1][:1].isdigit():
        return False
    if text[start:end].split()[:1] in (["which"], ["who"], ["whose"], ["whom"]):
        return False  # (the clause before is what it tells more of, not a qualifier)
    lead = " ".join(words).replace("\u2019", "'") + " "
    if any(lead.startswith(phrase + " ") for phrase in _LEAD_INS):
        return False
    return len(words) + len(text[start:end].split()) <= LONGEST


#: Words that say how a thing seems, not how it is ("may sound like science fiction"),
#: after a word of maybe or before "like": a clause holding them is a concession when the
#: next opens with an overturning word (`_overturned`).
_SEEMING = re.compile(
    r"\b(?:(?:may|might|can|could|would)(?:\s+(?:at\s+first|first))?\s+"
    r"(?:sound|seem|look|appear)|(?:sounds?|seems?|looks?)\s+like)\b",
    re.IGNORECASE,
)
#: Words that open a clause overturning the concession before it.
_OVERTURNING = frozenset(["but", "yet"])
_FIRST_WORD = re.compile(r"\s*(\w+)")


def _overturned(text: str, start: int, end: int, last: int) -> int:
    """Where the clause after text[start:end] ends, when that clause is a concession the
    next one overturns ("Cartilage regeneration may sound like science fiction, but for
    many people ... has turned it into a reality."): a quote ending on the concession
    reads as doubt where the page means the opposite (patient20, gm02); else 0."""
    if end >= last or text[end] not in ",;\u2014\u2013":
        return 0
    head = _FIRST_WORD.match(text, end + 1, last)
    if head is None or head.group(1).casefold() not in _OVERTURNING:
        return 0
    if not _SEEMING.search(text, start, end):
        return 0
    mark = _CLAUSE.search(text, end + 1, last)
    return mark.start() if mark else last


#: Words that open an answer to the question before them ("Yes", "No,", "Absolutely.").
_ANSWERS = frozenset(["yes", "no", "absolutely", "certainly", "definitely"])


def _answered(text: str, first: int, last: int, ceiling: int) -> str:
    """A quote whose sentence text[first:last] is a question the next sentence answers
    ("Is the procedure safe? Yes, we definitely believe so, ..."): the question and its
    answer, for the answer is the claim (patient20, gn02); at most LONGEST words, the
    answer cut after a clause with "…" where it goes on; else ""."""
    if "?" not in text[max(first, last - 4) : last]:
        return ""
    question = _trimmed(text[first:last])
    if not question.endswith("?"):
        return ""
    end = ceiling
    for mark in SENTENCE_END.finditer(text, last, ceiling):
        end = mark.end() if mark.group(1)[:1] in ".!?" else mark.start()
        break
    answer = _trimmed(text[last:end])
    head = answer.split(None, 1)[:1]
    word = head[0].casefold().strip(_TRAILING + ".!") if head else ""
    # ("No clinic in the world has ..." is no answer: a word but "yes" answers with a mark)
    if word not in _ANSWERS or (word != "yes" and head[0].casefold() == word):
        return ""
    room = LONGEST - len(question.split())
    if len(answer.split()) <= room:
        return f"{question} {answer}"
    cut = ""
    for mark in _CLAUSE.finditer(text, last, end):
        part = _trimmed(text[last : mark.start()])
        if len(part.split()) > room:
            break
        cut = part
    return f"{question} {cut} \u2026" if cut else ""


def _words_in(text: str) -> bool:
    return any(c.isalnum() for c in text)


def _trimmed(text: str) -> str:
    return " ".join(text.split()).strip(_TRAILING)


def _window(
    text: str, first: int, last: int, start: int, end: int, whole_start: bool, whole_end: bool
) -> str:
    """The words of text[first:last] around text[start:end], at most LONGEST, with "…"
    where the sentence goes on."""
    tokens = [(t.start(), t.end()) for t in _TOKEN.finditer(text, first, last)]
    inside = [i for i, (s, e) in enumerate(tokens) if e > start and s < end]
    if not inside:
        return text[start:end]
    low, high = inside[0], inside[-1]
    room = max(LONGEST - (high - low + 1), 0)
    before = min(low, BEFORE, room)
    after = min(len(tokens) - 1 - high, room - before)
    before = min(low, room - after)
    low, high = low - before, high + after
    if high < len(tokens) - 1:
        high = _uncut(text, tokens, high, inside[-1])
    shown = _trimmed(text[tokens[low][0] : tokens[high][1]])
    if low > 0 or not whole_start:
        shown = "\u2026 " + shown
    if high < len(tokens) - 1 or not whole_end:
        shown += " \u2026"
    return shown


#: How many words a window's cut moves back, at most, off a joining word.
BACK = 3


def _uncut(text: str, tokens: Sequence[tuple[int, int]], high: int, found: int) -> int:
    """The last token of a window cut after tokens[high]: not a joining word nor the word
    right after "and", "or", "of", "the" ("tendon and ligament …"). The cut moves back
    up to BACK words, never into the words found (tokens[found] and before); where no
    such word is near, it stays."""
    for last in range(high, max(high - BACK, found) - 1, -1):
        if _bare(text, tokens[last]) not in _JOINING and (
            last == 0 or _bare(text, tokens[last - 1]) not in _BINDING
        ):
            return last
    return high


def _bare(text: str, token: tuple[int, int]) -> str:
    """The word of `token` in `text`, in small letters, without marks around it."""
    return text[token[0] : token[1]].strip(_TRAILING + ".!?\"'()").casefold()
