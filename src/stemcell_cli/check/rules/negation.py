"""Whether a negation, a warning or a reported claim governs a word of a sentence
(the rules are listed in the docstring of `matcher`)."""

from __future__ import annotations

from collections.abc import Sequence

from stemcell_cli.check.words.phrases import NEAR
from stemcell_cli.check.words.sentences import Token, clause_start, word_keys
from stemcell_cli.check.words.stemmer import stem

#: How many words after a negation it governs.
NEGATION_WINDOW = 4
#: Words that negate what follows them (and any word ending in "n't").
NEGATIONS = frozenset(
    {"not", "no", "never", "without", "nor", "neither", "cannot", "none", "nothing", "nobody"}
)
#: Words after which nothing in the sentence is the advert's own claim: an open question
#: ("testing whether it is safe"), a warning ("beware of clinics that promise a cure"),
#: a claim reported as someone else's ("clinics claim it cures arthritis").
NOT_ASSERTING = frozenset(
    {"whether", "beware", "wary", "suspicious", "skeptical", "sceptical", "scam", "scams",
     "misleading", "bogus", "dubious", "unscrupulous", "predatory", "allegedly", "supposedly",
     "purportedly", "purport", "purports", "purported", "warn", "warns", "warned", "warning",
     "warnings", "claim", "claims", "claimed", "claiming", "allege", "alleges", "alleged",
     "alleging"}
)  # fmt: skip
#: (firstgn1) Words of NOT_ASSERTING that are a person's doubt, given way in a story when
#: "at first" or "initially" is said beside it ("Skeptical at first, he chose to have his
#: father treated in Panama", "initially sceptical, she tried the injections"): no warning
#: to the reader, so what follows is still read ("be skeptical at first" stays a warning).
DOUBTS = frozenset({"skeptical", "sceptical", "wary", "suspicious"})
#: The words beside a doubt that tell it was given way: "at first" after it, "initially",
#: "originally" or "first" (of "at first") before or after it.
_DOUBT_AFTER = (("at", "first"), ("initially",), ("originally",))
_DOUBT_BEFORE = frozenset({"initially", "originally", "first"})
#: Words that open what a doubt is about, which stays doubted.
_DOUBTED = frozenset({"of", "about", "that", "whether", "toward", "towards", "regarding"})
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
#: Words that may take a claim away: a sentence without one needs no clauses read.
NEGATING = NEGATIONS | NOT_ASSERTING
#: (firstfi1) A condition named to be set apart from the one the page treats is not one
#: it treats (the recorded negation call): "osteoarthritis (distinct from autoimmune
#: rheumatoid arthritis)", "an injury rather than broad arthritis", "unlike rheumatoid
#: arthritis, osteoarthritis wears the cartilage". The words of contrast, each ending at
#: most CONTRAST_GAP words before the condition, in its clause; "same as" counts only
#: denied ("not the same as", "isn't the same as"), so "the same as knee pain" names it.
CONTRASTS = (
    ("distinct", "from"),
    ("different", "from"),
    ("differs", "from"),
    ("differ", "from"),
    ("as", "opposed", "to"),
    ("confused", "with"),
    ("rather", "than"),
    ("unlike",),
    ("in", "contrast", "to"),
    ("in", "contrast", "with"),
    ("same", "as"),
    ("same", "thing", "as"),
)
#: Words of CONTRASTS that mark a sentence worth reading for one (clauses are worked
#: out only when one of these, or a negation, is there).
CONTRASTING = frozenset({"distinct", "different", "differs", "differ", "opposed", "confused",
                         "rather", "unlike", "contrast", "same"})  # fmt: skip
#: Contrasts that set apart only when denied ("not the same as").
_DENIED_CONTRASTS = frozenset({("same", "as"), ("same", "thing", "as")})
CONTRAST_GAP = 3
#: The kinds of what names a disease.
_DISEASES = frozenset({"condition", "other_condition"})
#: "No" before a subject negates what is said of it: "no stem cell product is FDA
#: approved", "no treatment is completely safe" (the verb to be must come in the three
#: words before what is said; "no surgery is needed with our breakthrough" keeps it).
NO_SUBJECT = frozenset({"no", "none", "neither", "nothing"})
#: What may open a clause before a "no" that starts its subject: "so far no study has
#: shown", "but none of the usual injections has been shown to regrow cartilage".
SUBJECT_OPENERS = frozenset(
    {"so", "far", "to", "date", "as", "of", "yet", "now", "today", "still", "currently",
     "but", "and", "however", "though", "although"}
)  # fmt: skip
COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "being", "become", "becomes"})
#: A negation reaches into a relative clause of what it denies, when the clause says what
#: that thing is: "they do not come in a form that is FDA approved" (the pronoun and the
#: verb to be within NEAR words after the negation, the match within RELATIVE_REACH words
#: after the verb).
RELATIVE = frozenset({"that", "which", "who"})
RELATIVE_REACH = 3
#: The finite verbs to be that, right after a negated verb that ends a relative clause,
#: start the main clause's predicate ("the damage that surgeons cannot repair is rebuilt
#: by our stem cells": `_closes_relative`, leftovers2).
CLOSING_COPULAS = frozenset({"is", "are", "was", "were"})
#: Words that carry a negation on to a second thing denied: "do not restore the disc or
#: reverse degeneration".
COORDINATING = frozenset({"or", "nor"})
#: A negation stops at "and", "or" or "but" that starts a new verb phrase: "walk again
#: without pain and have avoided knee replacement surgery" still claims the avoided
#: surgery, while "without pain or stiffness" and "no surgery and no drugs" stay negated.
JOINING = frozenset({"and", "or", "but"})
#: Auxiliaries and finite verbs that, right after JOINING, begin a new verb phrase.
FINITE = frozenset(
    {"have", "has", "had", "are", "is", "were", "was", "am", "can", "could", "will", "would",
     "did", "do", "does", "may", "might", "should", "shall", "must"}
)  # fmt: skip
#: A negation reaches the last item of a list it opens, when the items are short and
#: the last comes after "or" or "nor": "no guarantees, warranties, or promises of
#: results" (each item before the last at most LIST_ITEM words, the whole list within
#: LIST_REACH words of the negation).
LIST_ITEM = 3
LIST_REACH = 16
#: "Yet to" after one of these denies as "not yet" does: "the product has yet to be
#: approved", "stem cells have yet to be shown to cure arthritis" (round fda2).
YET_TO_AFTER = frozenset({"has", "have", "had", "is", "are", "was", "were", "remains", "remain"})
#: (cure3) A "no" before a treatment word denies what a relative clause of it says the
#: treatment does: "there are no targeted treatments that stop OA getting worse or undo
#: the damage", "no treatment exists that can halt or reverse it" (the recorded call:
#: "there is no cure" said of current treatments is not labelled). The treatment word
#: within MEANS_GAP words before "that" or "which", the relative word within NEAR words
#: of the "no", the word found within NEAR words after it, all in one clause and before
#: an "and", "or" or "but" that starts a new verb phrase. "No other treatment that ..."
#: compares, and is left alone; after no treatment word ("no doubt that") the clause is
#: what is said. "The lack of treatments to ..." reads the same (ABSENCE, then "of").
MEANS = frozenset(
    {"treatment", "treatments", "therapy", "therapies", "drug", "drugs", "medicine",
     "medicines", "medication", "medications", "option", "options", "procedure",
     "procedures", "method", "methods", "way", "ways", "product", "products", "remedy",
     "remedies", "injection", "injections", "surgery", "surgeries", "operation",
     "operations", "cure", "cures", "pill", "pills", "approach", "approaches",
     "intervention", "interventions", "solution", "solutions", "technique", "techniques"}
)  # fmt: skip
MEANS_GAP = 3
DENIED_RELATIVE = frozenset({"that", "which"})
ABSENCE = frozenset({"lack", "absence"})
#: (promise5) An aside of auxiliaries set off by commas shares the verb after it with the
#: clause before it, and a negation in either governs that verb: "we cannot, and do not,
#: guarantee any particular result", "no clinic can, or should, guarantee results". The
#: aside opens with one of ASIDE_OPENERS ("but" turns, and shares nothing) and holds at
#: most ASIDE_WORDS auxiliaries (FINITE) or negations; the clause before it ends on one,
#: and the negation is in the aside or in that clause's last ASIDE_WORDS words.
ASIDE_OPENERS = frozenset({"and", "or", "nor"})
ASIDE_WORDS = 3
#: Words after which a negation negates nothing ("not only", "not just").
NOT_NEGATING_AFTER = frozenset({"only", "just", "merely", "simply", "least"})
#: Negated, these govern the rest of their clause: "no evidence that it cures".
SAYING = (
    "claim", "say", "promise", "guarantee", "evidence", "proof", "prove", "proven", "shown",
    "show", "know", "suggest", "mean", "believe", "think", "expect", "data", "study", "research",
    "approve", "approved", "establish", "established", "demonstrate", "demonstrated", "find",
    "found", "confirm", "confirmed", "test", "tested", "studied",
)  # fmt: skip


def negated(sentence: Sequence[Token], first: int, kind: str = "red_flag") -> bool:
    """Whether a negation governs the word at `first` (see the rules in `matcher`).

    By the `kind` of what was found there: a condition is negated only by a negated
    word of offering (OFFERING); for another disease ("other_condition") any negation
    earlier in the sentence counts ("no evidence that it helps Parkinson's or MS").
    """
    clause = sentence[first].clause
    if kind in _DISEASES and set_apart(sentence, first):
        return True
    if kind != "condition":
        shared = _aside_start(sentence, first)
        if shared is not None and _governs(sentence, shared - 1, first):
            return True
    for index in range(first - 1, -1, -1):
        token = sentence[index]
        lowered = token.text.casefold()
        if (
            lowered in ABSENCE
            and token.clause == clause
            and _denied_means(sentence, index, first)
            and not _undone(sentence, index)
        ):
            return True
        if lowered in NOT_ASSERTING:
            if kind == "condition" or (
                lowered in CLAUSE_BOUND and index == 0 and token.clause != clause
            ):
                continue
            if lowered in DOUBTS and _doubt_given_way(sentence, index):
                continue
            return True
        if not (
            lowered in NEGATIONS
            or lowered.endswith("n't")
            or (lowered == "yet" and _yet_to(sentence, index))
        ):
            continue
        after = sentence[index + 1] if index + 1 < len(sentence) else None
        if after is not None and after.text.casefold() in NOT_NEGATING_AFTER:
            continue
        if _undone(sentence, index):
            continue
        if kind == "other_condition":
            return True
        if token.clause != clause:
            # a negation of an earlier clause negates nothing here, unless it opens a list
            # whose last item this is; a warning or a reported claim further back still
            # governs ("Claimed as: 'no side effects', 'no rejection'")
            if kind != "condition" and _last_listed(sentence, index, first):
                return True
            continue
        if kind == "condition":
            between = sentence[index + 1 : first]
            return len(between) <= NEAR and any(w.text.casefold() in OFFERING for w in between)
        reach = _reach(sentence, index, first)
        if first <= reach:
            return True
        if lowered in NO_SUBJECT and first - index <= NEAR and _predicate(sentence, index, first):
            return True
        if first - index <= NEAR and _relative_clause(sentence, index, first):
            return True
        if lowered in NO_SUBJECT and _denied_means(sentence, index, first):
            return True
        if lowered in NO_SUBJECT and _denied_finding(sentence, index, first):
            return True
        window = sentence[index + 1 : min(index + 1 + NEGATION_WINDOW, reach + 1)]
        if any(not word_keys(w.text).isdisjoint(_saying()) for w in window):
            return True
    return False


def set_apart(sentence: Sequence[Token], first: int) -> bool:
    """Whether the disease named at `first` is set apart by a word of contrast in its
    clause, ending at most CONTRAST_GAP words before it ("distinct from autoimmune
    rheumatoid arthritis", "not the same as RA"): named to be excluded, not treated."""
    clause = sentence[first].clause
    start = clause_start(sentence, first, CONTRAST_GAP + 1)
    words = [t.text.casefold() for t in sentence[:first]]
    for end in range(first - 1, start - 1, -1):
        for contrast in CONTRASTS:
            begin = end + 1 - len(contrast)
            if (
                begin < 0
                or tuple(words[begin : end + 1]) != contrast
                or sentence[begin].clause != clause
            ):
                continue
            if contrast not in _DENIED_CONTRASTS:
                return True
            before = words[max(0, begin - 3) : begin]
            if before and before[-1] == "the":
                before = before[:-1]
            if before and _negating(before[-1]):
                return True
    return False


def _doubt_given_way(sentence: Sequence[Token], doubt: int) -> bool:
    """Whether the doubt at `doubt` is a person's, given way ("skeptical at first"), by
    the words beside it (DOUBTS), and not a caution put to the reader ("be skeptical")."""
    before = sentence[doubt - 1].text.casefold() if doubt > 0 else ""
    if before in {"be", "stay", "remain"}:
        return False
    after = [t.text.casefold() for t in sentence[doubt + 1 : doubt + 4]]
    given_way = next((len(w) for w in _DOUBT_AFTER if tuple(after[: len(w)]) == w), None)
    if given_way is None and before not in _DOUBT_BEFORE:
        return False
    # what the doubt takes as its object stays doubted: "wary at first of how far an
    # overseas centre could be trusted"
    following = after[given_way or 0 : (given_way or 0) + 1]
    return not following or following[0] not in _DOUBTED


def _negating(text: str) -> bool:
    return text in NEGATIONS or text.endswith("n't")


def _auxiliary(text: str) -> bool:
    """An auxiliary or a negation of one: "do", "not", "cannot", "won't"."""
    return text in FINITE or _negating(text)


def _aside_start(sentence: Sequence[Token], first: int) -> int | None:
    """Where the clause of the word at `first` starts, when an aside of auxiliaries with a
    negation in it or right before it comes just before: "We cannot, and do not,
    guarantee ..." (see ASIDE_OPENERS); None otherwise."""
    clause = sentence[first].clause
    start = clause_start(sentence, first)
    aside = start
    while aside > 0 and start - aside <= ASIDE_WORDS and sentence[aside - 1].clause == clause - 1:
        aside -= 1
    if aside < 1 or not 2 <= start - aside <= ASIDE_WORDS + 1:
        return None
    if sentence[aside - 1].clause != clause - 2:
        return None
    words = [t.text.casefold() for t in sentence[aside:start]]
    if words[0] not in ASIDE_OPENERS or not all(_auxiliary(w) for w in words[1:]):
        return None
    before = [
        t.text.casefold()
        for t in sentence[max(0, aside - ASIDE_WORDS) : aside]
        if t.clause == clause - 2
    ]
    if not _auxiliary(before[-1]):
        return None
    if any(_negating(w) for w in words[1:]) or any(_negating(w) for w in before):
        return start
    return None


def _governs(sentence: Sequence[Token], negation: int, first: int) -> bool:
    """Whether a negation at `negation` governs the word at `first` by its reach, or by a
    word of SAYING in its window ("do not guarantee that ...")."""
    reach = _reach(sentence, negation, first)
    if first <= reach:
        return True
    window = sentence[negation + 1 : min(negation + 1 + NEGATION_WINDOW, reach + 1)]
    return any(not word_keys(w.text).isdisjoint(_saying()) for w in window)


def _yet_to(sentence: Sequence[Token], index: int) -> bool:
    """Whether the word at `index` is the "yet" of "has yet to", "are yet to" (YET_TO_AFTER
    right before it, "to" right after it): a denial, as "not yet"."""
    return (
        0 < index < len(sentence) - 1
        and sentence[index].text.casefold() == "yet"
        and sentence[index + 1].text.casefold() == "to"
        and sentence[index - 1].text.casefold() in YET_TO_AFTER
    )


def _reach(sentence: Sequence[Token], negation: int, first: int) -> int:
    """The last word a negation governs: NEGATION_WINDOW words on, and as many again
    after an "or" or a "nor" in reach, which joins a second thing denied ("they do not
    restore the disc or reverse degeneration"); it ends before an "and", "or" or "but"
    that starts a new verb phrase (JOINING, then a word of FINITE)."""
    if _closes_relative(sentence, negation):
        return negation + 1
    end = negation + NEGATION_WINDOW
    for index in range(negation + 1, min(first, len(sentence))):
        if index > end:
            break
        lowered = sentence[index].text.casefold()
        if lowered in JOINING and sentence[index + 1].text.casefold() in FINITE:
            return index - 1
        if lowered in COORDINATING:
            end = index + NEGATION_WINDOW
    return end


def _closes_relative(sentence: Sequence[Token], negation: int) -> bool:
    """Whether the negation denies the verb that ends a relative clause, a finite verb to
    be right after that verb starting the main clause's predicate: "the damage that
    surgeons cannot repair is rebuilt by our stem cells" (leftovers2; "that", "which" or
    "who" at most RELATIVE_REACH words before the negation, in its clause). The negation
    then governs only its own verb."""
    after = negation + 2
    if after >= len(sentence) or sentence[after].text.casefold() not in CLOSING_COPULAS:
        return False
    verb = sentence[negation + 1].text.casefold()
    if verb in COPULAS or verb in FINITE or _negating(verb):
        return False
    clause = sentence[negation].clause
    if sentence[after].clause != clause:
        return False
    return any(
        token.text.casefold() in RELATIVE and token.clause == clause
        for token in sentence[max(0, negation - RELATIVE_REACH - 1) : negation]
    )


def _last_listed(sentence: Sequence[Token], negation: int, first: int) -> bool:
    """Whether the word at `first` is in the last item of a list that a negation opens:
    "no guarantees, warranties, or promises of results" (items of at most LIST_ITEM
    words split by commas, the last one starting with "or" or "nor", and the word within
    NEGATION_WINDOW words of its start; the list within LIST_REACH words)."""
    if first - negation > LIST_REACH or first >= len(sentence):
        return False
    start, size = negation + 1, 0
    for index in range(negation + 1, first + 1):
        if sentence[index].clause != sentence[index - 1].clause:
            if size == 0 or size > LIST_ITEM:
                return False
            start, size = index, 0
        size += 1
    return (
        start > negation + 1
        and sentence[start].text.casefold() in COORDINATING
        and first - start <= NEGATION_WINDOW
    )


_SAYING_STEMS: list[frozenset[str]] = []


def _saying() -> frozenset[str]:
    if not _SAYING_STEMS:
        _SAYING_STEMS.append(frozenset(stem(word) for word in SAYING))
    return _SAYING_STEMS[0]


def _predicate(sentence: Sequence[Token], negation: int, first: int) -> bool:
    """Whether the word at `first` is said of a subject that "no" starts: "no stem cell
    product is FDA approved" (a verb to be in the few words before it)."""
    return any(t.text.casefold() in COPULAS for t in sentence[max(negation + 1, first - 3) : first])


def _relative_clause(sentence: Sequence[Token], negation: int, first: int) -> bool:
    """Whether the word at `first` is said in a relative clause of what a negation denies:
    "they do not come in a form that is FDA approved" ("that", "which" or "who", then a
    verb to be right after it, and the word within RELATIVE_REACH words of the verb)."""
    for index in range(negation + 1, first - 1):
        if (
            sentence[index].text.casefold() in RELATIVE
            and sentence[index + 1].text.casefold() in COPULAS
            and first - (index + 1) <= RELATIVE_REACH
        ):
            return True
    return False


def _denied_finding(sentence: Sequence[Token], negation: int, first: int) -> bool:
    """Whether a "no" that opens its clause's subject denies what the clause finds:
    "none of the usual injections has been shown convincingly to regrow cartilage", "no
    high-quality body of evidence shows it is safe" (a word of SAYING anywhere between
    the subject's "no" and the word at `first`, in one clause)."""
    clause = sentence[negation].clause
    before = sentence[:negation]
    if any(t.clause == clause and t.text.casefold() not in SUBJECT_OPENERS for t in before):
        return False
    saying = _saying()
    return any(not word_keys(t.text).isdisjoint(saying) for t in sentence[negation + 1 : first])


def _undone(sentence: Sequence[Token], negation: int) -> bool:
    """ "Until now" after a negation undoes it: "no way to reverse it - until now"."""
    for index in range(negation + 1, len(sentence) - 1):
        if sentence[index].text.casefold() in ("until", "till") and sentence[
            index + 1
        ].text.casefold() in ("now", "today"):
            return True
    return False


def _denied_means(sentence: Sequence[Token], negation: int, first: int) -> bool:
    """Whether the word at `first` is said in a relative clause of a treatment that a
    "no" (or "the lack of") denies: "no targeted treatments that stop OA getting worse or
    undo the damage", "the lack of treatments to slow it or reverse its damage" (see
    MEANS). The caller has checked that the negation is in the word's clause."""
    absence = sentence[negation].text.casefold() in ABSENCE
    if absence and (
        negation + 1 >= len(sentence) or sentence[negation + 1].text.casefold() != "of"
    ):
        return False
    if not absence and sentence[negation + 1].text.casefold() == "other":
        return False
    relatives = DENIED_RELATIVE | {"to"} if absence else DENIED_RELATIVE
    clause = sentence[first].clause
    for index in range(negation + 2, min(first, negation + 1 + NEAR)):
        token = sentence[index]
        if token.clause != clause:
            return False
        if token.text.casefold() not in relatives:
            continue
        means = sentence[max(negation + 1, index - MEANS_GAP) : index]
        if not any(t.text.casefold() in MEANS for t in means) or first - index > NEAR:
            return False
        return not any(
            sentence[at].text.casefold() in JOINING and sentence[at + 1].text.casefold() in FINITE
            for at in range(index + 1, first)
        )
    return False
