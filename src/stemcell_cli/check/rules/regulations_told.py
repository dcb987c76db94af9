"""A rule told: the US tissue rules' words explaining a rule are not the offer's seal.

fda-status-claim is FDA words used to make the offer sound official (the spec's "FDA
approved/cleared/registered/compliant words used to sound official"). The same words
("HCT/P", "section 361", "21 CFR 1271", "registered with the FDA", "GMP") also explain the
rules, report what a law or the agency requires or lets others do, or say what products
in general are: "the law requires that the cells be stored in an FDA-registered
facility", "the FDA regulates amniotic products as 361 HCT/Ps", "Section 361 covers ...",
"under Florida's law, physicians may use cells from facilities registered with the FDA",
"such products must be made under GMP". Told so, with nothing of the offer in the
sentence, they claim nothing for it.

Ten lists of `rule_frames:` (`data/check/advert_words.yaml`) say it, in words compared
as written:

- `givers:`, who or what gives a rule ("law", "FDA", "agency", "section", "policy");
- `verbs:`, what a giver does with a rule ("requires", "regulates", "oversees", "lets";
  not "regulated", which is the seal's own word: "an FDA-regulated lab");
- `obliging:`, words that tell a duty ("must", "shall", "should");
- `governors:`, words that put what follows under a giver ("under");
- `keepers:`, the offer's own words ("we", "our", "us", "you", "your");
- `pointing:` and `offered:`, the offer pointed at ("this product", "these cells");
- `glosses:`, words that name a term ("means", "called", "stands"; fda3, below);
- `usual:` and `approving:`, the usual care and the words of its approval (fda4, below).

A finding is told as a rule when, before it in its sentence and after any word that
turns the sentence ("but", "however": `sentences.CLAUSE_WORDS`), a word of `verbs:` has a
giver at most GIVER_REACH words before it (its subject: "the law requires", "the FDA now
regulates"), a word of `obliging:` stands, or a governor has a giver at most GIVER_REACH
words after it ("under that policy"); a giver that opens the finding with its verb right
after it, or after its number, tells the rule too ("the FDA regulates amniotic products
as 361 HCT/Ps", "Section 361 covers ...", "How the FDA Regulates Tissue Products"). A
sentence that holds a keeper, or a pointing word right before an offered one, keeps the
claim: "the FDA regulates our product under section 361", "Florida's new law lets us
treat you with cells from FDA-registered facilities". A rule told after the finding
("Amniofix is FDA registered, as the law requires") tells nothing of it.

A sentence that ends in a colon and tells a rule (anywhere in it) leads in a list whose
items are the rule's too: "the cells must come from facilities that are: - Registered
with the FDA" (`Matcher.scan`).

An abbreviation of the rules spelled out is a term defined, not a seal (fda3): a finding
that is an abbreviation ("HCT/Ps", "21 CFR 1271": capitals, digits and marks, a plural
"s") given with its long form, in brackets right after the long form ("human cells,
tissues, or cellular or tissue-based products (HCT/Ps)") or right before it ("HCT/P (Human
Cells, Tissues, and Cellular and Tissue-Based Products)"), or named by a word of
`glosses:` at most GLOSS_REACH words after it ("HCT/Ps, often called skin substitutes",
"HCT/P means ..."), is explained, as law firms, regulators and news explain the rules.
A long form is words whose first letters hold the abbreviation's letters in order, the
word next to the bracket holding its nearest letter. A sentence that holds the offer's
words keeps the claim ("our allograft is a human cell, tissue, or cellular or
tissue-based product (HCT/P)"), and brackets that do not spell the abbreviation out
name a product's class ("Amniotic membrane allograft (HCT/P)"), still the seal.

Approval said of the usual care is not the offer's either (fda4): a finding that holds a
word of `approving:` ("approved", "cleared", "licensed") with a word of `usual:`
("current", "routine", "established", "conventional") in its clause at most USUAL_REACH
words before it names the care patients get today, a class the page sets beside its
offer ("Current FDA approved treatments decrease inflammation", "Some uses are routine,
FDA approved, and covered like any other treatment", the heading "Established, FDA
approved stem cell treatments"), unless "a" or "an" stands right before the usual word
(one thing offered: "a routine, FDA-approved procedure") or the sentence holds the
offer's words (`kept`).

An agency right after an approval word is the approval's only in brackets (firstfg1): a
seal may name the agencies that gave it in an aside, "holds every certificate and approval
needed (FDA, CE, ...)", "fully cleared (FDA)", and a phrase reads words, not the marks
between them. A finding that ends on the FDA right after a word of `approving:` or of
`wanted:` ("needed", "required") claims nothing unless a bracket opens between the two
words: "still awaiting approval, FDA officials said" and "Approval: FDA has not ruled"
are two statements. "Approved by the FDA" (the agency after "by") is not read.

The words are read only around a finding of fda-status-claim, and a lead-in's words only
when it ends in a colon: the rule costs a few look-ups there.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from stemcell_cli.check.words.sentences import CLAUSE_WORDS, fold, word_places

#: The warning sign the rule reads.
ENTRY = "fda-status-claim"
#: The names of the lists of `rule_frames:`.
GIVERS = "givers"
VERBS = "verbs"
OBLIGING = "obliging"
GOVERNORS = "governors"
KEEPERS = "keepers"
POINTING = "pointing"
OFFERED = "offered"
GLOSSES = "glosses"
USUAL = "usual"
APPROVING = "approving"
WANTED = "wanted"
LISTS = (
    GIVERS,
    VERBS,
    OBLIGING,
    GOVERNORS,
    KEEPERS,
    POINTING,
    OFFERED,
    GLOSSES,
    USUAL,
    APPROVING,
    WANTED,
)
#: How many words may stand between a giver and its verb ("the FDA now regulates",
#: "Section 361 covers"), or between a governor and its giver ("under Florida's new law").
GIVER_REACH = 3
#: How many words may stand between an abbreviation and the word that names it
#: ("HCT/Ps, often called").
GLOSS_REACH = 2
#: How many words a long form may hold beside each letter of its abbreviation ("cellular
#: or tissue-based products": "or" and "based" hold none).
LONG_FORM_REACH = 3
#: How many words may stand between a word of the usual care and the finding it names
#: ("Some uses are routine, FDA approved": none; "Current FDA approved": none).
USUAL_REACH = 3
#: The articles of one thing offered: "a routine, FDA-approved procedure" is a boast.
ONE_THING = frozenset(("a", "an"))
#: The agency that an approval names in brackets right after it (firstfg1).
AGENCY = "fda"


def abbreviation(words: Sequence[str]) -> str:
    """The letters of a finding that is an abbreviation, without a plural "s" ("HCT/Ps":
    "HCTP", "21 CFR 1271": "CFR"), or "" when it is none (a word in small letters, a
    single letter)."""
    letters = "".join(char for word in words for char in word if char.isalpha())
    if letters.endswith("s"):
        letters = letters[:-1]
    return letters if len(letters) > 1 and letters.isupper() else ""


def spells(letters: str, words: Sequence[str]) -> bool:
    """Whether the first letters of `words` hold `letters` in order."""
    at = 0
    for word in words:
        if at < len(letters) and word[:1].upper() == letters[at]:
            at += 1
    return at == len(letters)


#: The fewest letters an abbreviation needs for its long form to be told without its
#: first word: "cellular or tissue-based products (HCT/Ps)" spells "HCT/P" but for its "H"
#: (firstgk1); a shorter one ("RA") must be spelled whole.
TAIL_LETTERS = 3


def spells_long_form(letters: str, words: Sequence[str]) -> bool:
    """Whether `words` before an abbreviation in brackets are its long form: they spell
    all of `letters`, or, for an abbreviation of TAIL_LETTERS letters or more, all but
    its first (the name's tail, its first word left out or moved after the brackets)."""
    return spells(letters, words) or (len(letters) >= TAIL_LETTERS and spells(letters[1:], words))


class Rules:
    """The words that tell a rule and the offer's words that keep a claim, each a set of
    words in small letters."""

    def __init__(
        self,
        givers: Iterable[frozenset[str]] = (),
        verbs: Iterable[frozenset[str]] = (),
        obliging: Iterable[frozenset[str]] = (),
        governors: Iterable[frozenset[str]] = (),
        keepers: Iterable[frozenset[str]] = (),
        pointing: Iterable[frozenset[str]] = (),
        offered: Iterable[frozenset[str]] = (),
        glosses: Iterable[frozenset[str]] = (),
        usual: Iterable[frozenset[str]] = (),
        approving: Iterable[frozenset[str]] = (),
        wanted: Iterable[frozenset[str]] = (),
    ) -> None:
        self.givers = frozenset().union(*givers)
        self.verbs = frozenset().union(*verbs)
        self.obliging = frozenset().union(*obliging)
        self.governors = frozenset().union(*governors)
        self.keepers = frozenset().union(*keepers)
        self.pointing = frozenset().union(*pointing)
        self.offered = frozenset().union(*offered)
        self.glosses = frozenset().union(*glosses)
        self.usual = frozenset().union(*usual)
        self.approving = frozenset().union(*approving)
        self.wanted = frozenset().union(*wanted)
        #: the words that may start or stand in a rule told (a quick test)
        self.telling = self.verbs | self.obliging | self.governors
        #: the sentence last read and what was worked out of it (`_read`)
        self._last: _Read | None = None

    def __bool__(self) -> bool:
        return bool(self.givers and self.telling)

    def kept(self, folded: Sequence[str]) -> bool:
        """Whether a sentence, by its words in small letters, holds the offer's words: a
        keeper, or a pointing word right before an offered one ("this product")."""
        if not self.keepers.isdisjoint(folded):
            return True
        pointing, offered = self.pointing, self.offered
        return any(
            word in pointing and folded[at + 1] in offered for at, word in enumerate(folded[:-1])
        )

    def tells_rule(self, folded: Sequence[str], start: int) -> bool:
        """Whether a rule is told before `folded[start]` (the first word of a finding, or
        the sentence's length for a whole lead-in) and after any word that turns the
        sentence, or by a giver that opens the finding with its verb after it."""
        givers, verbs, obliging, governors = self.givers, self.verbs, self.obliging, self.governors
        if start < len(folded) and folded[start] in givers:
            # its verb right after it, or after its number ("Section 361 covers")
            after = start + 1
            while after < len(folded) and folded[after][:1].isdigit():
                after += 1
            if after < len(folded) and folded[after] in verbs:
                return True
        for at in range(start - 1, -1, -1):
            word = folded[at]
            if word in CLAUSE_WORDS:
                return False
            if word in obliging:
                return True
            if word in verbs and not givers.isdisjoint(folded[max(0, at - GIVER_REACH) : at]):
                return True
            if word in governors and not givers.isdisjoint(
                folded[at + 1 : min(start, at + GIVER_REACH + 1)]
            ):
                return True
        return False

    def _read(self, sentence: str, words: Sequence[str]) -> _Read:
        """What is worked out of a sentence's words, once a sentence: the rules are asked
        at each finding, and working it out at each made a sentence of thousands of
        findings slow by its square (attack8). The words are kept with it, so the
        sentence is told by the very objects, never by a reused id."""
        last = self._last
        if last is None or last.words is not words or last.sentence is not sentence:
            last = self._last = _Read(sentence, words, self)
        return last

    def told(self, words: Sequence[str], start: int, sentence: str) -> bool:
        """Whether the finding at `words[start]` is a rule told, not the offer's seal: a
        rule is told before it (`tells_rule`) and nothing of the offer is in its
        sentence (`kept`). `words` are the sentence's words as written."""
        read = self._read(sentence, words)
        if not read.telling and not (start < len(words) and words[start].casefold() in self.givers):
            return False
        return self.tells_rule(read.folded, start) and not read.kept

    def leads_in(self, words: Sequence[str]) -> bool:
        """Whether a sentence that ends in a colon leads in a list of the rule's items: it
        tells a rule and holds nothing of the offer."""
        folded = [fold(word) for word in words]
        if self.telling.isdisjoint(folded):
            return False
        return self.tells_rule(folded, len(folded)) and not self.kept(folded)

    def glossed(self, sentence: str, words: Sequence[str], start: int, end: int) -> bool:
        """Whether the finding `words[start:end]` of `sentence` is an abbreviation spelled
        out (its long form in brackets before or after it) or named (a word of
        `glosses:` right after it), in a sentence with nothing of the offer (`kept`)."""
        letters = abbreviation(words[start:end])
        if not letters:
            return False
        read = self._read(sentence, words)
        folded = read.folded
        named = not self.glosses.isdisjoint(folded[end : end + GLOSS_REACH])
        if not named:
            places = read.places
            before = sentence[: places[start][0]].rstrip()
            after = sentence[places[end - 1][1] :].lstrip()
            reach = LONG_FORM_REACH * len(letters)
            named = (
                before.endswith("(")
                and after.startswith(")")
                and start > 0
                and words[start - 1][:1].upper() == letters[-1]
                and spells_long_form(letters, words[max(0, start - reach) : start])
            ) or (
                after.startswith("(")
                and end < len(words)
                and words[end][:1].upper() == letters[0]
                and spells(letters, words[end : end + reach])
            )
        return named and not read.kept

    def unbracketed(self, sentence: str, words: Sequence[str], start: int, end: int) -> bool:
        """Whether the finding `words[start:end]` of `sentence` ends on the agency right
        after a word of `approving:` or `wanted:` with no bracket opened between the two:
        the approval and the agency are then two statements ("awaiting approval, FDA
        officials said"), not a seal that names its agencies in an aside ("approvals
        (FDA, CE)")."""
        if end - start < 2 or words[end - 1].casefold() != AGENCY:
            return False
        before = words[end - 2].casefold()
        if before not in self.approving and before not in self.wanted:
            return False
        places = self._read(sentence, words).places
        return "(" not in sentence[places[end - 2][1] : places[end - 1][0]]

    def usual_care(self, words: Sequence[str], start: int, end: int, sentence: str) -> bool:
        """Whether the finding `words[start:end]` is the approval of the usual care (fda4):
        it holds a word of `approving:`, a word of `usual:` stands at most USUAL_REACH
        words before it in its clause with no "a" or "an" right before it ("Current FDA
        approved treatments", "Some uses are routine, FDA approved"), and nothing of the
        offer is in the sentence (`kept`)."""
        usual = self.usual
        if not usual or start == 0:
            return False
        before = [word.casefold() for word in words[max(0, start - USUAL_REACH) : start]]
        if usual.isdisjoint(before):
            return False
        if self.approving.isdisjoint(word.casefold() for word in words[start:end]):
            return False
        read = self._read(sentence, words)
        folded = read.folded
        for at in range(start - 1, max(-1, start - USUAL_REACH - 1), -1):
            word = folded[at]
            if word in CLAUSE_WORDS:
                return False
            if word in usual:
                if at > 0 and folded[at - 1] in ONE_THING:
                    return False
                return not read.kept
        return False


class _Read:
    """A sentence's words in small letters, their places and whether it holds the offer's
    words, each worked out when first asked for."""

    def __init__(self, sentence: str, words: Sequence[str], rules: Rules) -> None:
        self.sentence, self.words, self._rules = sentence, words, rules
        self._folded: list[str] | None = None
        self._places: list[tuple[int, int]] | None = None
        self._kept: bool | None = None
        self._telling: bool | None = None

    @property
    def folded(self) -> list[str]:
        if self._folded is None:
            self._folded = [fold(word) for word in self.words]
        return self._folded

    @property
    def places(self) -> list[tuple[int, int]]:
        if self._places is None:
            self._places = word_places(self.sentence, self.words, len(self.words))
        return self._places

    @property
    def kept(self) -> bool:
        if self._kept is None:
            self._kept = self._rules.kept(self.folded)
        return self._kept

    @property
    def telling(self) -> bool:
        """Whether a word of the sentence may tell a rule (a quick test)."""
        if self._telling is None:
            self._telling = not self._rules.telling.isdisjoint(map(str.casefold, self.words))
        return self._telling
