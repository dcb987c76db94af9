"""The stem of a word, so that inflections compare alike: regenerate, regenerates,
regenerating and regeneration all have the stem "regener".

A small suffix stripper of our own rather than a full stemmer (docs/matcher.md, "Design
choices: our own stemmer, the cache, the index", says why): one common ending is removed, longest
first, then a final "e" and a doubled consonant.
"""

from __future__ import annotations

from collections.abc import Iterable

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
#: Words whose common ending would give them the stem of an unrelated word: payments in
#: instalments are not something installed, and "promising results" (hopeful ones) are
#: no promise of results. The bare adjective "personal" is no tailoring word: a person's
#: own plans, stories or details are not a personalized treatment (its stem "personal+" is
#: no word's; "personalized", "personalised" keep "personal"). A harm's "blinded" and
#: "blindness" are not the "blind" of a "double-blind" trial (papercuts1; a trial's
#: "blinded study" is read in another sense: `other_senses:`). A "complicated" operation
#: (a hard one) names no complication (stemsense2: "without complicated surgery").
#: An "opening" (a free place in a calendar, or a gap) is a noun of its own: "the doors
#: remain open" (an open invitation) names no "remaining openings" (firstgj1).
_OWN_STEM = dict.fromkeys(
    ("installment", "installments", "instalment", "instalments"), "instalment"
) | {
    "promising": "promising",
    "personal": "personal+",
    "blinded": "blinded+",
    "blindness": "blindness+",
    "complicated": "complicated+",
    "opening": "opening",
    "openings": "opening",
}

#: (stemsense1) The mark of a phrase word that stands for its verb's forms and not for
#: the -ment or -ion noun the stemmer gives the same stem: "treat!" finds treat, treats,
#: treated and treating, not "treatment" (the name of a therapy, not an act of treating).
#: A word of the advert has the key stem + VERB unless it is such a noun (`verb_key`).
VERB = "!"
_NOUN_ENDINGS = ("ment", "ments", "ion", "ions")

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
    result = folded_stem(word.casefold().replace("\u2019", "'"))
    if len(_stems) < 200_000:
        _stems[word] = result
    return result


def folded_stem(result: str) -> str:
    """`stem` of a word already case-folded, with "'" for its apostrophes."""
    own = _OWN_STEM.get(result)
    if own is not None:
        return own
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


def verb_key(folded: str, stemmed: str) -> str:
    """The key `stemmed` + VERB of a case-folded word whose stem is `stemmed`, or "" when
    the word is the -ment or -ion noun its stem was cut from ("treatment", "injection";
    not "lion", whose stem is the word)."""
    if folded.endswith("'s"):
        folded = folded[:-2]
    elif folded.endswith("s'"):
        folded = folded[:-1]
    if folded.endswith(_NOUN_ENDINGS) and len(stemmed) < len(folded) - 2:
        return ""
    return stemmed + VERB
