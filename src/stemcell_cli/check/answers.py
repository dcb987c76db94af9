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

Answers that stay silent: "No" to any other question, "Not yet", "We don't know", "It
depends", "The evidence is unclear", a hedge ("Possibly, but ..."); and a question
with no answer after it.
"""

from __future__ import annotations

import re

#: An affirmative answer opening a sentence: "Yes", "Absolutely", "The answer is (now)
#: yes", "In many cases, yes", "For carefully chosen patients the answer is now yes".
#: A yes that goes on ("Yes, but the first step is a diagnosis") is still a yes. Matched
#: at the start only (a few words of lead-in to "the answer is yes"), so a long sentence
#: costs no more than a short one.
_YES = re.compile(
    r"\W{0,4}+(?:"
    r"(?:yes|absolutely|definitely|certainly|of course)\b"
    r"|(?:in|for)\s(?:[\w']{1,20}+[\s,]{1,3}+){1,10}?(?:yes\b|the answer is\s)"
    r"|the answer is\s"
    r")",
    re.IGNORECASE,
)
#: "the answer is" must say yes: "the answer is (now|often|usually|clearly) yes".
_ANSWER_YES = re.compile(
    r"the answer is\s(?:(?:now|often|usually|clearly|increasingly|simply)\s)?yes\b",
    re.IGNORECASE,
)
#: A denial opening a sentence: "No.", "No,", "Not necessarily", "Not anymore", "Not
#: always", "Not at all", "No longer". "Not yet" and "No one knows" are no denial of the
#: only way.
_DENIAL = re.compile(
    r"\W{0,4}+(?:no\b(?!\s(?:one|longer\s+known|evidence|data|study|trial))"
    r"|not\s(?:necessarily|anymore|any\smore|always|at\sall)\b)",
    re.IGNORECASE,
)
#: "whether" in a sentence, blanked out (same length: places in the sentence stay).
_WHETHER = re.compile(r"\bwhether\b", re.IGNORECASE)
#: The first letters of an answer: a sentence starting otherwise is no answer (most
#: sentences are ruled out without a pattern tried).
_ANSWER_STARTS = frozenset("yYaAdDcCoOiIfFtTnN")


def answers_yes(sentence: str) -> bool:
    """Whether `sentence` opens with an affirmative answer."""
    head = sentence.lstrip()[:1]
    if head not in _ANSWER_STARTS:
        return False
    found = _YES.match(sentence)
    if found is None:
        return False
    if found.group().rstrip().lower().endswith("the answer is"):
        return _ANSWER_YES.search(sentence, found.start(), found.end() + 40) is not None
    return True


def denies(sentence: str) -> bool:
    """Whether `sentence` opens with a denial ("No.", "Not necessarily", "Not anymore")."""
    head = sentence.lstrip()[:1]
    return head in "nN" and head != "" and _DENIAL.match(sentence) is not None


def as_stated(sentence: str) -> str:
    """`sentence` with each "whether" made spaces, so nothing after it is only asked."""
    if "hether" not in sentence and "HETHER" not in sentence:
        return sentence
    return _WHETHER.sub(_blanked, sentence)


def _blanked(found: re.Match[str]) -> str:
    return " " * len(found.group())
