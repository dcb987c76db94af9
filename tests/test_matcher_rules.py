"""Rules of check/matching/matcher.py pinned at their edges, module by module rather than for
the survivors of one mutation sample (benchmarks/mutation.py): each test states a rule
of the matcher (its docstring, or the module's) and fails when one token of it moves."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from cases import each_case

from stemcell_cli.check.matching import findings
from stemcell_cli.check.matching.findings import Phrase
from stemcell_cli.check.matching.matcher import Matcher
from stemcell_cli.check.words import sentences, stemmer
from stemcell_cli.check.words.phrases import PhraseError


def one(phrase: str, *lines: str) -> bool:
    """Whether a matcher that knows only `phrase` finds it in `lines`."""
    return bool(Matcher([Phrase("red_flag", "x", phrase)]).scan(list(lines)))


def placed(phrase: str, *lines: str) -> list[tuple[int, int, str]]:
    """(line, column, text) of each match of `phrase` in `lines`."""
    found = Matcher([Phrase("red_flag", "x", phrase)]).scan(list(lines))
    return [(m.line, m.column, m.text) for m in found]


# -- words: "letters (or digits after a letter), with inner apostrophes" --------------


@each_case(("character",), [(chr(c),) for c in range(128)])
def test_the_quick_split_of_ascii_text_finds_the_words_the_pattern_finds(
    character: str,
) -> None:
    """`_words` splits most ASCII text without `re`; for every ASCII character, alone,
    between two words and beside a digit, it finds what `_WORD` finds ("_" is a
    letter of a word, "^" and "`" are not)."""
    for text in (character, f"cure{character}pain", f"a {character} b", f"{character}5 x"):
        assert sentences.split_words(text) == sentences.WORD.findall(text), repr(text)


def test_a_sentence_of_numbers_alone_has_them_as_its_words() -> None:
    assert sentences.split_words("2024 10 5") == ["2024", "10", "5"]
    assert sentences.split_words(string.ascii_letters) == [string.ascii_letters]


# -- memory: what the matcher remembers is bounded ------------------------------------


def _distinct_words(count: int) -> list[str]:
    """`count` different words of letters only ("baaaa", "bbaaa", ...)."""
    letters = string.ascii_lowercase
    return ["b" + "".join(letters[(n // 26**i) % 26] for i in range(4)) for n in range(count)]


def test_stems_and_keys_are_remembered_for_200000_words_and_no_more() -> None:
    """A text of very many different words takes bounded memory: `stem` and `_keys`
    remember the first 200,000 words they are asked about, and work out the rest."""
    words = _distinct_words(200_003)
    stemmer._stems.clear()
    sentences._keys_of.clear()
    try:
        for word in words:
            stemmer.stem(word)
            sentences.word_keys(word)
        assert len(stemmer._stems) == len(sentences._keys_of) == 200_000
        assert words[-1] not in stemmer._stems
        assert stemmer.stem(words[-1]) == words[-1]
    finally:
        stemmer._stems.clear()
        sentences._keys_of.clear()


@pytest.mark.parametrize(("remembered", "forgotten"), [(200_000, False), (200_001, True)])
def test_a_matcher_forgets_the_words_it_read_once_it_holds_more_than_200000(
    remembered: int, forgotten: bool
) -> None:
    """The keys of the words `scan` has read are kept for the next sentences until
    more than 200,000 are held; then they are worked out afresh."""
    flags = Matcher([Phrase("red_flag", "x", "cure")])
    words = _distinct_words(remembered)
    flags._known.update(dict.fromkeys(words, frozenset()))
    assert flags.scan(["A cure."])
    assert (words[0] in flags._known) is not forgotten
    assert "cure" in flags._known


# -- stems: "no possessive, one common ending removed" --------------------------------


@pytest.mark.parametrize("word", ["regeneration", "healing", "treatments", "approved"])
def test_a_possessive_loses_its_ending_as_the_word_does(word: str) -> None:
    """ "the treatment's results": after the possessive goes, the word is stemmed as
    if it had none, whatever its ending."""
    assert stemmer.stem(f"{word}'s") == stemmer.stem(word)
    assert stemmer.stem(word) != word


@pytest.mark.parametrize(
    ("word", "stemmed"),
    [("bamboo", "bamboo"), ("tattoos", "tattoo"), ("enrolled", "enrol"), ("enroll", "enrol")],
)
def test_a_doubled_final_consonant_is_one_and_a_doubled_vowel_stays(
    word: str, stemmed: str
) -> None:
    """Whatever the word's first letter."""
    assert stemmer.stem(word) == stemmed


# -- which match of an entry is reported ----------------------------------------------


def test_of_two_matches_of_an_entry_at_one_place_the_shorter_is_reported() -> None:
    """Whatever the order of the entry's phrases: its first place, then its shortest."""
    for phrases in (("cure all pain", "cure"), ("cure", "cure all pain")):
        flags = Matcher([Phrase("red_flag", "x", text) for text in phrases])
        [found] = flags.scan(["We cure all pain."])
        assert (found.column, found.text, found.phrase) == (4, "cure", "cure")


def test_the_first_place_of_an_entry_wins_over_a_match_that_ends_sooner() -> None:
    """ "cure all pain" starts before "all" and ends after it: the first place counts,
    not where a match ends, nor the order or wording of the phrases."""
    for phrases in (("all", "cure all pain"), ("cure all pain", "all")):
        flags = Matcher([Phrase("red_flag", "x", text) for text in phrases])
        [found] = flags.scan(["We cure all pain."])
        assert (found.column, found.text) == (4, "cure all pain")


# -- the compiled matcher's tables ------------------------------------------------------


def test_phrases_that_share_a_wording_share_it_in_the_compiled_matcher() -> None:
    """A wording of two phrases (a list that two entries use) is tried once for both,
    and each entry still finds it."""
    both = [Phrase("benefit", "a", "stem cells cure"), Phrase("red_flag", "b", "stem cells cure")]
    matcher = Matcher(both)
    assert [numbers for numbers, _, _ in matcher.state()["wordings"]] == [(0, 1)]
    found = matcher.scan(["Our stem cells cure pain."])
    assert [(m.kind, m.entry_id) for m in found] == [("benefit", "a"), ("red_flag", "b")]


def test_a_wording_shared_after_another_of_its_entry_keeps_the_entrys_order() -> None:
    """Of two wordings of an entry that match the same words the first is reported: a
    phrase whose entry has a wording after the other phrase's is not joined to it."""
    phrases = [
        Phrase("benefit", "a", "cells cure"),
        Phrase("red_flag", "b", "cells heal|cure"),
        Phrase("red_flag", "b", "cells cure"),
    ]
    wordings = Matcher(phrases).state()["wordings"]
    assert [numbers for numbers, _, _ in wordings] == [(0,), (1,), (2,)]
    [flag] = [m for m in Matcher(phrases).scan(["The cells cure."]) if m.kind == "red_flag"]
    assert flag.phrase == "cells heal|cure"


# -- numbers in phrases ---------------------------------------------------------------


@pytest.mark.parametrize("number", ["5,000", "1000", "2.55"])
def test_a_number_in_a_phrase_is_the_number_never_a_stem(number: str) -> None:
    """A number of a phrase matches the same number in an advert; it is not stemmed
    like a word (which would make "1000" a "100")."""
    assert one(f"{number} patients", f"Over {number} patients treated.")
    assert not one(f"{number} patients", "Over 100 patients treated.")


# -- phrase syntax: "`...` lets up to GAP other words come between" --------------------


def test_a_word_after_a_gap_is_looked_for_again_when_what_follows_it_does_not_match() -> None:
    """ "cure ... pain relief" in "cure pain and pain relief": the first "pain" is not
    followed by "relief", the second is, within the gap."""
    assert placed("cure ... pain relief", "We cure pain and pain relief.") == [
        (1, 4, "cure pain and pain relief")
    ]
    assert not one("cure ... pain relief", "We cure pain and pain now.")


# -- places: "matches keep their own line and column" ----------------------------------


def test_a_match_on_the_second_line_of_a_two_line_paragraph_is_placed_there() -> None:
    assert placed("knee pain", "we cure your", "knee pain") == [(2, 1, "knee pain")]
    assert placed("knee pain", "we cure your", "bad knee pain") == [(2, 5, "knee pain")]


# -- negation: "a comma, colon, dash or a word such as "but" or "until" ends the clause" --


@pytest.mark.parametrize("word", sorted(sentences.CLAUSE_WORDS))
def test_a_word_that_ends_a_clause_ends_the_reach_of_a_negation(word: str) -> None:
    """ "Not cheap, but a cure": the cure is claimed; without the clause word the
    negation, four words before, reaches it."""
    assert one("cure", f"Not cheap {word} a cure.")
    assert not one("cure", "Not cheap and a cure.")


# -- negation inside a match: "the damage cannot be reversed" ---------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The damage cannot be reversed.",
        "The damage is not reversed by any shot.",
        "The damage won't be reversed.",
    ],
)
def test_a_negation_inside_a_match_denies_its_last_word(sentence: str) -> None:
    """A negation between a match's words governs the word after it, as one before the
    match would: the claim is denied."""
    assert not one("damage ... reversed", sentence)
    assert one(
        "damage ... reversed",
        sentence.replace("not ", "").replace("cannot", "can").replace("won't", "will"),
    )


def test_a_negation_of_the_phrase_itself_or_of_a_relative_clause_denies_nothing() -> None:
    """A phrase with its own negation ("could not harm you") is not denied by it, nor is
    a match denied by a negation in a relative clause inside it."""
    assert one("could not ... harm you", "Our cells could not harm you.")
    assert one("damage ...8 reversed", "Damage that surgery can't fix is reversed by cells.")


# -- another treatment: "a claim said of one named before it in its clause is its own" --


def _rival_matcher() -> Matcher:
    return Matcher(
        [
            Phrase("benefit", "x", "reduce inflammation"),
            Phrase(findings.RIVAL, findings.RIVAL, "steroid|steroids"),
            Phrase(findings.RIVAL, findings.RIVAL, "physical therapy"),
            Phrase(findings.RIVAL, findings.OWN, "stem|cells|our"),
        ]
    )


@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [
        ("Steroids reduce inflammation.", False),
        ("Physical therapy can reduce inflammation.", False),
        ("Our steroid-free shots reduce inflammation.", True),
        ("Steroids and stem cells both reduce inflammation.", True),
        ("Unlike steroids, these shots reduce inflammation.", True),
        ("Steroids are one thing; shots that reduce inflammation are another.", True),
        ("Steroids came first, and many years and many trials later reduce inflammation.", True),
        ("Physical activity can reduce inflammation.", True),
        ("Steroids one two three four five six seven eight reduce inflammation.", False),
        ("Steroids one two three four five six seven eight nine reduce inflammation.", True),
    ],
)
def test_a_claim_after_another_treatment_in_its_clause_is_that_treatments(
    sentence: str, claimed: bool
) -> None:
    """Another treatment named before a claim in its clause, within RIVAL_REACH words,
    takes it, unless a word that keeps a claim the advert's comes before the claim there;
    a treatment of two words needs both, in a row."""
    assert bool(_rival_matcher().scan([sentence])) is claimed


def test_a_claim_keeper_of_more_than_one_word_is_refused() -> None:
    with pytest.raises(PhraseError, match="one word"):
        Matcher([Phrase(findings.RIVAL, findings.OWN, "stem cells")])


# -- not prose: web addresses and the entries of a reference list ----------------------


@pytest.mark.parametrize(
    "line", ["See https://example.com/cure for more.", "See www.example.com/cure today."]
)
def test_the_words_of_a_web_address_are_not_read(line: str) -> None:
    assert not one("cure", line)
    assert one("cure", line.replace("example.com/", "example.com "))


@pytest.mark.parametrize(
    "line",
    [
        "1. Smith J, et al. (2019) Stem cells cure knee pain. J Pain 3:12.",
        "[4] Smith J, et al. (2019) Stem cells cure knee pain.",
    ],
)
def test_a_numbered_reference_list_entry_claims_nothing_even_without_an_identifier(
    line: str,
) -> None:
    """ "12." or "[12]" and one mark of a citation (authors, a year): an entry of a
    reference list, though the text holds no DOI, PMID or web address."""
    assert not one("cure", line)
    assert one("cure", "Smith J, et al. (2019) found stem cells cure knee pain.")


def test_a_negation_written_in_capitals_negates() -> None:
    """ "WE DON'T CURE ARTHRITIS": "n't" in capitals is a negation too."""
    assert not one("cure", "WE DON'T CURE ARTHRITIS.")
    assert one("cure", "WE DO CURE ARTHRITIS.")


# -- guards: "a match is dropped where a guard phrase of its entry matches words it shares" --


@pytest.mark.parametrize(
    ("sentence", "beside", "sharing"),
    [("Back pain relief for all.", "back", "back pain"), ("Pain relief now.", "now", "relief now")],
)
def test_a_guard_next_to_a_match_that_shares_no_word_with_it_drops_nothing(
    sentence: str, beside: str, sharing: str
) -> None:
    """A guard right before or right after a match, sharing none of its words, leaves
    it; one that shares a word drops it."""

    def found(guard: str) -> list[str]:
        phrases = [Phrase("benefit", "x", "pain relief"), Phrase(findings.GUARD, "x", guard)]
        return [m.text.casefold() for m in Matcher(phrases).scan([sentence])]

    assert found(beside) == ["pain relief"]
    assert found(sharing) == []


@pytest.mark.parametrize("identifier", ["doi:10.1000/xyz", "DOI: 10.1000/xyz", "PMID: 123456"])
def test_a_reference_list_entry_with_an_identifier_and_a_year_claims_nothing(
    identifier: str,
) -> None:
    """Two marks of a citation, one of them an identifier: an entry of a reference
    list, numbered or not."""
    assert not one("cure", f"Smith J (2019) Stem cells cure knee pain. {identifier}")
    assert one("cure", "Smith J (2019) Stem cells cure knee pain.")


def test_a_negation_right_before_a_claim_negates_it() -> None:
    """The word just before a match is the first one `negated` looks at."""
    from stemcell_cli.check.matching.wordings import matcher_for
    from stemcell_cli.check.page.source import AdText
    from stemcell_cli.check.report import build_report
    from stemcell_cli.core.cache import open_catalog

    catalog = open_catalog()
    matcher = matcher_for(catalog)

    def flags(text: str) -> set[str]:
        report = build_report(catalog, AdText("t", [text], []), matcher)
        return {f.match.entry_id for f in report.findings}

    assert "cure-claim" not in flags("It does not cure arthritis.")
    assert "cure-claim" in flags("It does cure arthritis.")


def test_matches_come_in_order_of_line_then_column() -> None:
    """A match on a later line with a smaller column still comes after."""
    from stemcell_cli.check.matching.findings import Phrase
    from stemcell_cli.check.matching.matcher import Matcher

    matcher = Matcher([Phrase("red_flag", "a", "kumquat"), Phrase("red_flag", "b", "lime")])
    found = matcher.scan(["one two three kumquat", "lime"])
    assert [(m.entry_id, m.line) for m in found] == [("a", 1), ("b", 2)]


def test_a_pair_that_is_not_two_wordings_is_placed_at_its_name(tmp_path: Path) -> None:
    """A word-list problem found after parsing is placed at the line and column of the
    named list it is in (`x:` under `pairs:`)."""
    from stemcell_cli.check.words import word_lists as lexicon
    from stemcell_cli.core.errors import DataError

    words = tmp_path / "advert_words.yaml"
    words.write_text("groups: {}\nother_conditions: {}\npairs:\n  x: [[a]]\n", encoding="utf-8")
    with pytest.raises(DataError) as raised:
        lexicon.load(words)
    [problem] = raised.value.problems
    assert (problem.line, problem.column, problem.path) == (4, 3, "pairs.x")


def test_a_condition_inside_a_wording_with_a_gap_is_still_named() -> None:
    """The longer name wins only over a name inside it: a wording with a gap
    ("conditions ... of knees") is no name and hides nothing."""
    both = Matcher(
        [
            Phrase("condition", "knee", "diseases ... of ...6 knees"),
            Phrase("condition", "oa", "osteoarthritis"),
            Phrase("condition", "ra", "rheumatoid arthritis"),
            Phrase("condition", "arthritis", "arthritis"),
        ]
    )
    found = {m.entry_id for m in both.scan(["Diseases, osteoarthritis of the knees for one."])}
    assert found == {"knee", "oa"}
    named = {m.entry_id for m in both.scan(["It helps rheumatoid arthritis."])}
    assert named == {"ra"}


@pytest.mark.parametrize("word", ["FDA's", "FDA\u2019s"])
def test_an_acronym_with_a_possessive_is_the_acronym(word: str) -> None:
    """ "the FDA's guidelines" names the FDA as "FDA guidelines" does."""
    assert one("FDA guidelines", f"We follow the {word} guidelines.")
    assert one("ACL tear", "After the ACL's tear we help.")
    assert one("RA symptoms", "The RA's symptoms ease.")  # two capitals: four characters
    assert not one("FDA guidelines", "We follow the fda's guidelines.")


# -- names: "a match inside the name of an institution claims nothing" -----------------


def _named_matcher() -> Matcher:
    return Matcher(
        [
            Phrase("benefit", "x", "pain relief"),
            Phrase(findings.INSTITUTION, findings.INSTITUTION, "institute|center|clinic"),
        ]
    )


@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [
        ("Visit the Pain Relief Center in Ohio.", False),
        ("He works at the Center for Pain Relief in Ohio.", False),
        ("He works at the Center of Pain Relief Research.", False),
        ("Visit our center for pain relief.", True),
        ("Pain Relief at our Center.", True),
        ("The Center Offers Pain Relief Today.", True),
        ("PAIN RELIEF CENTER", True),
        ("Pain relief Center", True),
        ("Pain Relief Now, Says The Clinic.", True),
    ],
)
def test_a_match_inside_the_name_of_an_institution_is_no_claim(
    sentence: str, claimed: bool
) -> None:
    """A match whose words are all capitalised is part of a name when the run of
    capitalised words it stands in ends with a word of `institution_names:` ("the Pain
    Relief Center"), or goes back to one through "for" or "of" ("the Center for Pain
    Relief"); the head word is capitalised and the run unbroken (a comma ends it)."""
    assert bool(_named_matcher().scan([sentence])) is claimed


def test_an_institution_word_of_more_than_one_word_is_refused() -> None:
    with pytest.raises(PhraseError, match="one word"):
        Matcher([Phrase(findings.INSTITUTION, findings.INSTITUTION, "medical center")])


@pytest.mark.parametrize(
    ("named", "said", "entry"),
    [
        (
            "She was treated at the Regenerative Cures Institute in Ohio.",
            "Our institute offers regenerative cures for arthritis.",
            "cure-claim",
        ),
        (
            "The Back Pain Clinic of Dayton opened in 2010.",
            "Our clinic treats back pain.",
            "chronic-back-and-neck-pain",
        ),
        (
            "He works at Northfield Private Care in Leeds.",
            "A private car takes you from the airport to your hotel.",
            "medical-tourism",
        ),
        (
            "Reporters visited the Miracle Cure Foundation last week.",
            "This miracle cure works for everyone.",
            "miracle-language",
        ),
    ],
)
def test_the_shipped_institution_names_take_a_claim_only_inside_a_name(
    named: str, said: str, entry: str
) -> None:
    """With the shipped word lists, a claim, a warning sign or a condition inside the
    name of an institute, a clinic, a foundation or a hospital's private wing is no
    finding, and the same words said of the treatment still are."""
    from stemcell_cli.check.matching.wordings import matcher_for
    from stemcell_cli.check.page.source import AdText
    from stemcell_cli.check.report import build_report
    from stemcell_cli.core.cache import open_catalog

    catalog = open_catalog()
    shipped = matcher_for(catalog)

    def found(text: str) -> set[str]:
        report = build_report(catalog, AdText("t", [text], []), shipped)
        return {f.match.entry_id for f in report.findings}

    assert entry not in found(named)
    assert entry in found(said)


def test_the_phrases_that_negate_themselves_are_kept_with_the_compiled_matcher() -> None:
    """The phrases with a negation of their own are kept by number with the compiled
    matcher, and one read back from them reads "could not harm you" as the one built."""
    import marshal

    built = Matcher([Phrase("red_flag", "x", "cure"), Phrase("benefit", "y", "could not harm you")])
    state = built.state()
    assert state["negating"] == (1,)
    read = Matcher.from_state(marshal.loads(marshal.dumps(state)))
    text = ["The cells could not harm you."]
    assert read.scan(text) == built.scan(text) != []


# -- tokens: the words of a sentence with their places and clauses ----------------------

#: The reading `sentences.tokens` replaced (one pattern over the whole sentence, the keys
#: of every word), kept here as the reference it must agree with.
_TOKEN = (
    f"(?P<num>{sentences._NUMBER})|(?P<word>{sentences._WORDS})"
    r"|(?P<clause>[,:()\[\]\"]|[\u201c\u201d]|[\u2013\u2014]|\s-+\s)"
)


def _tokens_by_pattern(sentence: str) -> list[tuple[str, int, int, int]]:
    import re

    found: list[tuple[str, int, int, int]] = []
    clause = 0
    for item in re.finditer(_TOKEN, sentence):
        if item.lastgroup == "clause":
            clause += 1
            continue
        # "yet" right after a negation, one space between, ends no clause ("not yet")
        before = found[-1] if found else None
        adverb = (
            item.group().casefold() == "yet"
            and before is not None
            and sentence[before[2] : item.start()] == " "
            and (
                before[0].casefold() in sentences.ADVERB_YET_AFTER
                or before[0].casefold().endswith("n't")
            )
        )
        if sentences.CLAUSE_WORD in sentences.word_keys(item.group()) and not adverb:
            clause += 1
        found.append((item.group(), item.start(), item.end(), clause))
    return found


def _train_sentences() -> list[str]:
    import yaml

    found = []
    for path in sorted((Path(__file__).parent.parent / "benchmarks" / "adverts").glob("*.yaml")):
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        page = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        if page.get("split") == "train":
            for block in sentences.blocks(page["text"].splitlines()):
                found += sentences.SENTENCE_END.split(block.text)[::2]
    return found


@pytest.mark.parametrize(
    "sentence",
    [
        "a - b",
        "a -b",
        "a- b",
        'x "- y',
        "x - - y",
        "50 % of 3.5,2 x",
        "don\u2019t \u2014 ok",
        "a--b , c",
        "not (quite) [yet]: \u201cno\u201d \u2013 but",
        "\t a \n b  ",
        "caf\u00e9 na\u00efve 3D 2x_y _z",
        "",
    ],
)
def test_tokens_are_the_words_places_and_clauses_of_one_pattern(sentence: str) -> None:
    """`tokens` finds each word from the end of the one before and looks for clause
    marks only between words: the same words, places and clause numbers as one pattern
    over the whole sentence, and a word's place plus `offset`."""
    found = [(t.text, t.block_start, t.block_end, t.clause) for t in sentences.tokens(sentence)]
    assert found == _tokens_by_pattern(sentence)
    moved = sentences.tokens(sentence, 7, sentences.split_words(sentence))
    assert [(t.block_start - 7, t.block_end - 7) for t in moved] == [f[1:3] for f in found]


def test_tokens_agree_with_one_pattern_on_every_train_sentence() -> None:
    sentences_read = _train_sentences()
    assert len(sentences_read) > 1000
    for sentence in sentences_read:
        read = sentences.tokens(sentence)
        found = [
            (sentence[t.block_start : t.block_end], t.block_start, t.block_end, t.clause)
            for t in read
        ]
        assert found == _tokens_by_pattern(sentence), sentence
        # each word's text is as written, but a shouted pronoun "US" given as "us" (shout1)
        for token, (written, *_) in zip(read, found, strict=True):
            assert token.text == written or (written, token.text) == ("US", "us"), sentence
