"""Where the subject of a claim's clause begins, past an example set off by commas.

"Most treatments in use now, such as corticosteroids and anti-inflammatory drugs, try to
decrease the inflammation": the claim's clause ("try to decrease the inflammation") has
no subject of its own; it is the clause before the example ("Most treatments in use
now"), and the example names the treatment. So a clause that opens with "such as",
"like", "including", "e.g.", "for example" or "for instance" and stands right before the
claim's clause is read with the clause before it, as the claim's subject: another
treatment named there takes the claim (`rival_treatments.Rivals`), and a word that keeps a claim
the advert's ("our", "stem") keeps it ("Our injections, such as PRP, lower the
inflammation").

A subject is read past two more marks that split it from its clause (rivals2): an aside
in brackets or between dashes ("Hyaluronic acid (HA) injections aim to ... calm
inflammation", "Knee replacement - the usual answer - may cure the pain"), and a label,
the sentence's first clause ended by a colon, which is a heading's subject ("Cortisone
injections: quick relief"). The aside's words are given apart: they name no subject of
their own, so they do not stand between the subject and its claim, but a treatment named
there ("Most injections (steroids, gels) aim to ...") or a word that keeps a claim the
advert's still counts.

A gloss says what the noun before it is (safety1): an aside in brackets or a clause
opened by "which" after a comma ("a placebo (a harmless dummy injection)", "a saline
injection, which is harmless"), or a reason opened by "as", "because" or "since" after a
comma whose subject is "it" or "they" (firstfm1: "I would begin with cortisone, as it is
anti-inflammatory"). What it says is said of the clause it follows
(`glossed`), so a treatment that clause ends on takes the claim.

A promise's subject is where its lead starts (promise4, `lead_starts`): the sentence's
first word, the first word after a word that turns it ("but", `sentences.CLAUSE_WORDS`)
or a colon or semicolon, or the first word after a "that" which opens a finding reported
("the trial found that opioids were no more effective ... at improving function over 12
months"), or after a frame set off by commas ("In the 2018 trial, published in JAMA,
opioids did no better ..."). Commas do not end it otherwise: a series of joints set off
by commas ("A cortisone shot into an inflamed facet joint, a swollen knee, or an
irritated bursa can produce relief within a few days") is still the subject's, and what
it can produce is the shot's.

Only the words of the sentence are read, back from the claim's clause, and only when
another treatment may be named in it: the rule costs nearly nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from stemcell_cli.check.words.sentences import CLAUSE_WORDS, Token

#: Words that open an example set off by commas ("such as", "like", ...): the first word
#: of the clause, and the word after it when one is needed.
_EXAMPLE_OPENERS = {
    "such": "as",
    "like": "",
    "including": "",
    "e": "g",
    "eg": "",
    "for": "example",
}
_FOR = frozenset({"example", "instance"})
#: The marks that open and close an aside: brackets, or a dash on each side.
_OPENS_BRACKET = re.compile(r"[(\[]")
_CLOSES_ASIDE = re.compile(r"[)\]]|[\u2013\u2014]|\s-+\s")
_DASH = re.compile(r"[\u2013\u2014]|\s-+\s")
#: Words that open a gloss after a comma: a relative clause that says what the noun
#: before it is ("a saline injection, which is harmless").
_GLOSS_OPENERS = frozenset({"which"})
#: Words that open a reason after a comma, and the pronouns that, as its first word after
#: them, take the noun of the clause before as the reason's subject (firstfm1): "I would
#: begin with cortisone, as it is anti-inflammatory" says it of the cortisone.
_REASON_OPENERS = frozenset({"as", "because", "since"})
_BACK_PRONOUNS = frozenset({"it", "they"})
#: A mark after the end of an aside that ends its clause too.
_ENDS_CLAUSE = re.compile(r"[,;:]")
#: Marks between two words that end a lead: what comes before them is another statement.
_TURNS = re.compile(r"[;:]")
#: The word after which a finding reported starts its own subject ("found that ...").
_REPORTED = "that"
#: Words that open a frame set off by commas before a subject: "In the 2018 trial,
#: published in JAMA, opioids did no better ...", "According to one review, steroids ...".
_FRAMES = frozenset({"in", "according", "across", "among", "during"})
#: Words that open a clause fronted before the main clause and its comma, which tells
#: when or by what means the main clause holds: "After knee replacement surgery, you
#: will regain ...", "With physical therapy, most patients ..." (guard1).
_FRONTING = frozenset({"after", "following", "with", "through", "during", "once", "when"})
#: How many words after its first the treatment a fronted clause is about may start:
#: "After a total knee replacement, ..." (not "With patients looking for ways around
#: major surgery, travel abroad ...", whose clause is about the patients).
FRONTED_REACH = 4


def subject_start(sentence: Sequence[Token], first: int) -> int:
    """Where the subject of the clause that starts at `first` begins: `first`, or, when
    the clause right before it is an example set off by commas, the start of the clause
    before that example."""
    if first < 2:
        return first
    example = sentence[first - 1].clause
    start = first - 1
    while start > 0 and sentence[start - 1].clause == example:
        start -= 1
    if start == 0 or not _opens_example(sentence, start, first):
        return first
    subject = sentence[start - 1].clause
    while start > 0 and sentence[start - 1].clause == subject:
        start -= 1
    return start


def fronted(text: str, sentence: Sequence[Token], first: int) -> range:
    """The places of a clause fronted before the clause that starts at `first` (guard1):
    the sentence's first clause, opened by a word of _FRONTING and ended by a comma
    right before `first`, or an empty range. What the main clause claims holds under
    it, so another treatment it opens on (within FRONTED_REACH words of its first)
    governs the main clause ("After knee replacement surgery, you will regain mobility"
    is the operation's outcome)."""
    if (
        first < 2
        or sentence[0].text.casefold() not in _FRONTING
        or sentence[first - 1].clause != sentence[0].clause
        or "," not in _gap(text, sentence, first)
    ):
        return range(0)
    return range(first)


def subject_of(text: str, sentence: Sequence[Token], first: int) -> tuple[range, range]:
    """The words before the clause that starts at `first` that are its subject, and the
    words of an aside between them (indices of `sentence`, whose places are counted in
    `text`): past an aside in brackets or between dashes, the clause before it, or, after
    a colon, the label that is the sentence's first clause. Two empty ranges when the
    clause has none (an example set off by commas is `subject_start`'s)."""
    if first < 1:
        return range(0), range(0)
    mark = _gap(text, sentence, first)
    if ":" in mark:
        label = sentence[first - 1].clause == sentence[0].clause
        return (range(0, first) if label else range(0)), range(0)
    closing = _CLOSES_ASIDE.search(mark)
    # (an aside closes inside its clause: after "two operations (both keyhole), and
    # these injections ..." a clause starts with a subject of its own)
    if closing is None or _ENDS_CLAUSE.search(mark, closing.end()):
        return range(0), range(0)
    dash = _DASH.fullmatch(closing.group()) is not None
    # back to the mark that opened the aside, across the clauses inside it
    opened = first - 1
    while opened > 0:
        if sentence[opened - 1].clause != sentence[opened].clause:
            gap = _gap(text, sentence, opened)
            if (_DASH if dash else _OPENS_BRACKET).search(gap):
                break
            if _CLOSES_ASIDE.search(gap) or ":" in gap:
                return range(0), range(0)
        opened -= 1
    if opened == 0:
        return range(0), range(0)
    subject = sentence[opened - 1].clause
    start = opened - 1
    while start > 0 and sentence[start - 1].clause == subject:
        start -= 1
    return range(start, opened), range(opened, first)


def glossed(text: str, sentence: Sequence[Token], first: int) -> range:
    """The words that the clause starting at `first` glosses (indices of `sentence`,
    whose places are counted in `text`): the clause before it, when the clause is an
    aside opened by a bracket ("a placebo (a harmless dummy injection)") or a clause
    opened by "which" after a comma ("a saline injection, which is harmless") or a reason
    opened by "as", "because" or "since" whose subject is "it" or "they" (`gives_reason`).
    An empty range when the clause is no gloss."""
    if first < 1:
        return range(0)
    mark = _gap(text, sentence, first)
    if not _OPENS_BRACKET.search(mark) and not (
        "," in mark
        and (sentence[first].text.casefold() in _GLOSS_OPENERS or gives_reason(sentence, first))
    ):
        return range(0)
    held = sentence[first - 1].clause
    start = first - 1
    while start > 0 and sentence[start - 1].clause == held:
        start -= 1
    return range(start, first)


def gives_reason(sentence: Sequence[Token], first: int) -> bool:
    """Whether the clause starting at `first` gives a reason whose subject is a pronoun
    for the noun before it ("..., because it is safe"). Its pronoun may stand for any
    noun of the clause before, so a word there that keeps a claim the advert's keeps it
    ("our cells rather than cortisone, as they are safe")."""
    return (
        sentence[first].text.casefold() in _REASON_OPENERS
        and first + 1 < len(sentence)
        and sentence[first + 1].text.casefold() in _BACK_PRONOUNS
    )


def lead_starts(text: str, sentence: Sequence[Token], start: int) -> list[int]:
    """Where the subjects of the lead of a finding at `start` may begin (indices of
    `sentence`, whose places are counted in `text`), the lead's first word last: the
    lead runs back from the finding to a word that turns the sentence (`CLAUSE_WORDS`),
    a colon or a semicolon, or to the sentence's first word. A subject also begins
    after each "that" in the lead, which may open a finding reported ("found that
    opioids were ..."), and, when the lead opens on a frame ("In the 2018 trial,
    published in JAMA, opioids did ..."), after each comma of the lead."""
    starts: list[int] = []
    commas: list[int] = []
    at = start
    while at > 0:
        if sentence[at].text.casefold() in CLAUSE_WORDS:
            break
        gap = _gap(text, sentence, at)
        if _TURNS.search(gap):
            break
        if sentence[at - 1].text.casefold() == _REPORTED:
            starts.append(at)
        elif "," in gap and at < start:
            commas.append(at)
        at -= 1
    if sentence[at].text.casefold() in CLAUSE_WORDS:
        at += 1
    if at < start and sentence[at].text.casefold() in _FRAMES:
        starts.extend(commas)
    if at < start:
        starts.append(at)
    return starts


def _gap(text: str, sentence: Sequence[Token], at: int) -> str:
    """What stands between the word at `at` and the one before it."""
    return text[sentence[at - 1].block_end : sentence[at].block_start]


def _opens_example(sentence: Sequence[Token], start: int, end: int) -> bool:
    """Whether the clause `sentence[start:end]` opens with the words of an example."""
    opener = sentence[start].text.casefold()
    after = _EXAMPLE_OPENERS.get(opener)
    if after is None:
        return False
    if not after:
        return True
    following = sentence[start + 1].text.casefold() if start + 1 < end else ""
    return following in _FOR if opener == "for" else following == after
