"""Voice: a cure or a miracle asked in the reader's own voice is no warning sign.

"Can stem cell injections cure my osteoarthritis?" heads an FAQ whose answer says they
do not; "Is there a cure for thumb arthritis?" opens a post that says there is none. They
are what a reader asks, and the spec calls a question borderline at most. "Can stem cells
cure your knee pain?" and "Could this be the breakthrough we have been waiting for?" are
a seller's pitch: put to the reader, or said in the page's own "we". So a finding of an
entry of `reader_questions:` (`data/check/advert_words.yaml`) in a yes/no question
(`sentences.asks_yes_or_no`) is dropped when none of the question's words is one of the
entry's words of the seller's voice ("you", "your", "we", "our" ...). A question that is
no yes/no question ("Why live with pain when you can cure it?", "Ready for a permanent
cure?") and the answer after it ("Yes, our cells cure arthritis") still count.

The words are read from a question that holds such a finding, not looked for: the rule
costs nearly nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from stemcell_cli.check.words.sentences import fold


class ReaderQuestions:
    """For each entry, the words by which a yes/no question speaks in the seller's voice
    (in small letters, compared as written: "you" and "your", not a stem)."""

    def __init__(self, seller_words: Mapping[str, Iterable[frozenset[str]]]) -> None:
        self.seller_words = {
            entry: frozenset().union(*found) for entry, found in seller_words.items()
        }

    def __bool__(self) -> bool:
        return bool(self.seller_words)

    def asked(self, entry: str, words: Sequence[str]) -> bool:
        """Whether a finding of `entry` in a yes/no question of these `words` is only
        asked: the entry takes the rule and no word of the question is the seller's."""
        seller = self.seller_words.get(entry)
        return seller is not None and all(fold(word) not in seller for word in words)
