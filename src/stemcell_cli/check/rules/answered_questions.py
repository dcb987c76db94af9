"""A question the page answers in its next sentence (round answered1).

A yes/no question ("Is it safe?") or a "whether" clause raises no claim alone: the
spec calls a question borderline at most. But an advert often asks the reader's
question and answers it at once: "Can stem cells help me avoid knee surgery? The answer
is now yes." A question answered yes by the page is the page's own claim, so a
sentence that asks (`sentences.asks_yes_or_no`) or holds "whether", when the very next
sentence of its block opens with an affirmative answer (`answers_yes`: "Yes",
"Absolutely", "Definitely", "The answer is now yes", "In many cases, yes"), is read as
a statement: not as a question, and with its "whether" blanked out (`as_stated`).

A question that asks whether an operation is the only way ("Is surgery my only
option?", "Do I need surgery?") answered with a denial ("No.", "Not necessarily", "Not
anymore": `denies`) makes the offer's alternative the claim: the answer is read joined
to its question (as `sentences.follows_on` joins a sentence to the one before it), and
avoid-surgery's wordings that reach from the question into the denial find it.

A seller's lead-in asked of the reader, a question that opens on a word in -ing with no
verb before it ("Thinking about surgery for an injured joint?", "Considering a knee
replacement?", `leads_in`), is read joined to the next sentence in the same way (round
firstfj1): the page answers it with its offer ("Look first at healing by alternative,
natural methods"), and avoid-surgery's wordings of an operation weighed and an
alternative offered reach from the question into that sentence. The word must be a
participle (leftovers1): one whose letters before "ing" hold a vowel ("Bring ...",
"Thing is ..." are none), and not a pronoun of "thing" or "during" ("Nothing helped?",
"Something wrong?", "During recovery?" lead into nothing). An aside of one to three
words closed by a comma may stand before the participle (leftovers2: "Everything
considered, facing knee surgery?", "Like many runners, considering surgery?"); the
participle after it is read as one that opens the question, so "Nothing helped?" still
leads into nothing.

A question the page answers with a flat "No" ("No.", "No!", "No, ...": `answers_no`)
raises no claim of its own (attack19): "Do our stem cells cure arthritis? No." denies
the cure it asks about; the question joined to its denial is still read as above.

Answers that stay silent otherwise: "No" to any other question, "Not yet", "We don't know", "It
depends", "The evidence is unclear", a hedge ("Possibly, but ..."); and a question
with no answer after it.
"""

from __future__ import annotations

import re

#: An affirmative answer opening a sentence: "Yes", "Absolutely", "The answer is (now)
#: yes", "In many cases, yes", "For carefully chosen patients the answer is now yes".
#: A yes that goes on ("Yes, but the first step is a diagnosis") is still a yes. Matched
#: at the start only (a few words of lead-in to "the answer is yes"), so a long sentence
#: costs no more than a short one. (The patterns are strings, compiled by `re` at their
#: first use and kept in its cache: most pages have no answer to read, and a sentence
#: with no "yes" near its start or answer word first is ruled out without them.)
_YES = (
    r"\W{0,4}+(?:"
    r"(?:yes|absolutely|definitely|certainly|of course)\b"
    r"|(?:in|for)\s(?:[\w']{1,20}+[\s,]{1,3}+){1,10}?(?:yes\b|the answer is\s)"
    r"|the answer is\s"
    r")"
)
#: "the answer is" must say yes: "the answer is (now|often|usually|clearly) yes".
_ANSWER_YES = r"the answer is\s(?:(?:now|often|usually|clearly|increasingly|simply)\s)?yes\b"
#: How far into a sentence its "yes" is looked for: the lead-in of `_YES` (ten words of at
#: most 20 letters and their gaps) and "the answer is now yes".
_HEAD = 4 + 10 * 23 + 26
#: Answer words other than "yes", first in a sentence.
_YES_WORDS = ("absolutely", "definitely", "certainly", "of course")
#: A denial opening a sentence: "No.", "No,", "Not necessarily", "Not anymore", "Not
#: always", "Not at all", "No longer". "Not yet" and "No one knows" are no denial of the
#: only way.
_DENIAL = (
    r"\W{0,4}+(?:no\b(?!\s(?:one|longer\s+known|evidence|data|study|trial))"
    r"|not\s(?:necessarily|anymore|any\smore|always|at\sall)\b)"
)
#: "whether" in a sentence, blanked out (same length: places in the sentence stay).
_WHETHER = r"\bwhether\b"


def answers_yes(sentence: str) -> bool:
    """Whether `sentence` opens with an affirmative answer."""
    head = sentence[:_HEAD].lower()
    if "yes" not in head and not head.lstrip(" \t\n\"'(").startswith(_YES_WORDS):
        return False
    found = re.match(_YES, head)
    if found is None:
        return False
    at = head.rfind("the answer is", 0, found.end())
    if at >= 0 and found.end() - at <= len("the answer is") + 1:
        return re.match(_ANSWER_YES, head[at:]) is not None
    return True


#: A flat "no" that is the whole head of a sentence: "No.", "No!", "No," (attack19).
_FLAT_NO = r"\W{0,4}+no\s*+(?:[.!,;]|\Z)"


def answers_no(sentence: str) -> bool:
    """Whether `sentence` opens with a flat "No" ("No.", "No!", "No, ..."): the page
    denies the question before it (attack19: "Do our stem cells cure arthritis? No."
    was a cure claimed, quoted with its "No.")."""
    return "no" in sentence[:8].lower() and re.match(_FLAT_NO, sentence, re.IGNORECASE) is not None


def denies(sentence: str) -> bool:
    """Whether `sentence` opens with a denial ("No.", "Not necessarily", "Not anymore")."""
    return "no" in sentence[:8].lower() and re.match(_DENIAL, sentence, re.IGNORECASE) is not None


#: A question that opens on a word in -ing, the seller's lead-in about the reader:
#: "Thinking about surgery?", "Considering a knee replacement?" (not "Is ...", "What ...").
#: The group is the word's stem, the letters before "ing".
#: An aside of one to three words closed by a comma may come before the word
#: ("Everything considered, facing knee surgery?": leftovers2).
_ASIDE = r"(?:[A-Za-z'\u2019]{1,20}[ \t]+){0,2}[A-Za-z'\u2019]{1,20},[ \t]+"
_LEAD_IN = r"\W{0,4}+([A-Za-z]{2,20}?)ing\b"
_LEAD_IN_PAST_ASIDE = r"\W{0,4}+" + _ASIDE + r"([A-Za-z]{2,20}?)ing\b"
#: How far into a question its participle may open, past an aside.
_LEAD_IN_HEAD = 80
#: Letters of which a verb's stem holds one: a word in -ing whose letters before "ing"
#: hold none is no participle ("Bring ...", "Thing is ...", "Spring ...": leftovers1).
_VOWELS = frozenset("aeiouy")
#: Words in -ing that are no participle though their stem holds a vowel: the pronouns of
#: "thing" ("Nothing helped?", "Something wrong?") and the preposition "during"
#: (leftovers1; none opens a question of the train split).
_NO_PARTICIPLES = frozenset({"nothing", "something", "anything", "everything", "during"})


def leads_in(question: str) -> bool:
    """Whether `question` opens on a participle, a word in -ing whose stem holds a vowel
    and that is no pronoun or preposition ("Thinking about surgery ...?", not "Nothing
    helped?" or "During recovery?"), perhaps after a short aside closed by a comma
    ("Everything considered, facing knee surgery?")."""
    if "ing" not in question[:_LEAD_IN_HEAD]:
        return False
    for pattern in (_LEAD_IN, _LEAD_IN_PAST_ASIDE):
        opening = re.match(pattern, question)
        if opening is not None:
            stem = opening.group(1).casefold()
            if not _VOWELS.isdisjoint(stem) and stem + "ing" not in _NO_PARTICIPLES:
                return True
    return False


def as_stated(sentence: str) -> str:
    """`sentence` with each "whether" made spaces, so nothing after it is only asked."""
    if "hether" not in sentence and "HETHER" not in sentence:
        return sentence
    return re.sub(_WHETHER, _blanked, sentence, flags=re.IGNORECASE)


def _blanked(found: re.Match[str]) -> str:
    return " " * len(found.group())
