"""Boundary tests of `check`'s documented limits and rules, written for the mutants that
survived the suite (benchmarks/mutation.py): each test is named by the rule it
protects and sits on its edge, so that moving the edge by one token fails it."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any, ClassVar

import pytest
from cases import each_case
from localhttp import serving
from tinycache import EMPTY_LISTS, TinyCache, empty_lists

from stemcell_cli.check.matching.findings import Phrase
from stemcell_cli.check.matching.matcher import Matcher
from stemcell_cli.check.page.fetch import fetch
from stemcell_cli.check.page.source import decode, read_file
from stemcell_cli.check.words.phrases import MAX_GAP, PhraseError
from stemcell_cli.check.words.stemmer import stem
from stemcell_cli.core.errors import InputError

MIB = 1024 * 1024

# -- "more than 5 MiB" is refused (docs/security.md, check) --------------------------


def test_a_file_of_exactly_5_mib_is_read_whole(tmp_path: Path) -> None:
    advert = tmp_path / "advert.txt"
    advert.write_bytes(b"cure " * MIB)
    assert advert.stat().st_size == 5 * MIB
    assert read_file(str(advert), "advert.txt") == advert.read_bytes()


def test_a_file_one_byte_over_5_mib_is_refused(tmp_path: Path) -> None:
    advert = tmp_path / "advert.txt"
    advert.write_bytes(b"cure " * MIB + b"!")
    with pytest.raises(InputError, match=r"^advert.txt: larger than the 5 MiB limit for check$"):
        read_file(str(advert), "advert.txt")


# -- a fetched page: "at most 5 MiB", the limit given to fetch ----------------------

BODY = b"cure " * 200  # 1,000 bytes


class _Page(BaseHTTPRequestHandler):
    """The body without a Content-Length, so only what is read can be counted; with
    one at /with-length."""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        if self.path == "/with-length":
            self.send_header("Content-Length", str(len(BODY)))
        self.end_headers()
        self.wfile.write(BODY)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def page() -> Iterator[str]:
    with serving(_Page) as base:
        yield f"{base}/advert"


def test_a_page_of_exactly_the_limit_is_read_whole(page: str) -> None:
    assert fetch(page, len(BODY)).body == BODY


def test_a_page_one_byte_over_the_limit_is_refused(page: str) -> None:
    with pytest.raises(InputError, match="limit"):
        fetch(page, len(BODY) - 1)


def test_a_page_whose_length_is_the_limit_is_read_and_one_over_is_refused(page: str) -> None:
    """A Content-Length over the limit is refused before the body is read; one equal to
    it is read."""
    sized = page.replace("/advert", "/with-length")
    assert fetch(sized, len(BODY)).body == BODY
    with pytest.raises(InputError, match="limit"):
        fetch(sized, len(BODY) - 1)


# -- stems: "(ending, replacement, shortest stem)" ----------------------------------


#: The rule of each ending (stemmer._ENDINGS), written out here so that a change of the
#: table is a change of the rule: (ending, replacement, shortest stem it may leave).
ENDINGS = [
    *[(e, "", 4) for e in ("izations", "ization", "isations", "isation", "ations", "ation")],
    *[(e, "", 4) for e in ("atory", "ators", "ator", "ating", "ated", "ates", "ate")],
    *[(e, "", 4) for e in ("izing", "ising", "ized", "ised", "izes", "ises", "ize", "ise")],
    *[(e, "", 4) for e in ("ments", "ment", "nesses", "ness", "ions", "ion")],
    ("uctions", "uc", 3), ("uction", "uc", 3), ("ings", "", 3), ("ing", "", 3),
    ("ies", "y", 3), ("ied", "y", 3), ("es", "", 3), ("ed", "", 3), ("s", "", 3),
]  # fmt: skip


@each_case(("ending", "replacement", "shortest"), ENDINGS)
def test_an_ending_is_removed_only_when_the_shortest_stem_is_left(
    ending: str, replacement: str, shortest: int
) -> None:
    """A word with exactly `shortest` letters before the ending loses it, one letter
    fewer keeps it (so "curated" is not "cure"). The stems are consonants that no other
    rule touches."""
    letters = "prntk"
    assert stem(letters[:shortest] + ending) == letters[:shortest] + replacement
    assert stem(letters[: shortest - 1] + ending) != letters[: shortest - 1] + replacement


def test_a_final_e_is_dropped_so_every_form_is_one_stem() -> None:
    assert stem("cure") == stem("cures") == stem("cured") == stem("curing") == "cur"


def test_instalments_are_not_something_installed() -> None:
    """ "-ments" would leave "installments" the stem of "installs"; both spellings of
    the payments keep a stem of their own."""
    assert stem("installments") == stem("Instalments") == stem("installment")
    assert stem("installments") not in {stem("installs"), stem("installed"), stem("install")}


def test_a_possessive_is_the_word() -> None:
    """ "patient's", "patients'" and "patients" are "patient"; the apostrophe after
    an s that is no plural goes, and the s stays ("the virus' effects")."""
    assert stem("patient's") == stem("patients'") == stem("patients") == stem("patient")
    assert stem("virus'") == stem("virus's") == stem("virus")
    assert stem("analysis'") == stem("analysis")


@pytest.mark.parametrize(
    ("word", "base"), [("stopped", "stop"), ("planned", "plan"), ("fitted", "fit")]
)
def test_a_doubled_final_consonant_is_one(word: str, base: str) -> None:
    """ "stopped" and "stopping" are "stop": the consonant doubled before the ending
    is dropped, one letter only."""
    assert stem(word) == stem(base) == base


# -- phrase syntax (data/check/advert_words.yaml) -----------------------------------


def one(phrase: str, *lines: str, groups: dict[str, list[str]] | None = None) -> bool:
    """Whether a matcher that knows only `phrase` finds it in `lines`."""
    return bool(Matcher([Phrase("red_flag", "x", phrase)], groups).scan(list(lines)))


def test_a_gap_of_one_word_is_allowed_and_holds_one_word() -> None:
    """ "...N": up to N other words, N from 1 to 12."""
    assert one("cure ...1 pain", "cure the pain")
    assert not one("cure ...1 pain", "cure my knee pain")
    assert one(f"cure ...{MAX_GAP} pain", "cure " + "so " * MAX_GAP + "pain")
    with pytest.raises(PhraseError, match="a gap of 1 to 12 words"):
        Matcher([Phrase("red_flag", "x", "cure ...0 pain")])


def test_a_plain_gap_holds_up_to_four_words_and_no_more() -> None:
    """ "...": up to 4 other words may come here (the default gap)."""
    assert one("cure ... pain", "cure " + "so " * 4 + "pain")
    assert not one("cure ... pain", "cure " + "so " * 5 + "pain")


def test_either_order_finds_its_parts_up_to_eight_words_apart() -> None:
    """ "A ~ B": A and B in either order, up to 8 words apart."""
    for first, second in (("damage", "reversed"), ("reversed", "damage")):
        assert one("damage ~ reversed", f"{first} " + "so " * 8 + second)
        assert not one("damage ~ reversed", f"{first} " + "so " * 9 + second)


def test_a_one_letter_word_may_be_optional() -> None:
    """ "word?": the word may be left out, "a?" too."""
    assert one("without a? doubt", "without doubt")
    assert one("without a? doubt", "without a doubt")


def test_a_list_member_written_a_tilde_b_follows_the_word_before_it() -> None:
    """Words come in the order written, with other words between them only where a
    phrase says `...`: a list member written `A ~ B` is no exception."""
    groups = {"g": ["alpha ~ beta"]}
    assert one("gamma {g}", "gamma alpha beta", groups=groups)
    assert one("gamma {g}", "gamma beta alpha", groups=groups)
    assert not one("gamma {g}", "gamma other alpha beta", groups=groups)


# -- what a match reports -----------------------------------------------------------


def scan(phrases: dict[str, str], *lines: str) -> list[tuple[str, int, int, str]]:
    """(id, line, column, text) of each match of red flags {id: phrase} in `lines`."""
    found = Matcher([Phrase("red_flag", i, p) for i, p in phrases.items()]).scan(list(lines))
    return [(m.entry_id, m.line, m.column, m.text) for m in found]


def test_a_match_on_a_wrapped_line_is_placed_on_that_line() -> None:
    """A paragraph may wrap across lines; its matches keep their own line and column."""
    assert scan({"x": "knee pain"}, "we cure your", "bad knee pain", "for good") == [
        ("x", 2, 5, "knee pain")
    ]
    assert scan({"x": "your knee"}, "we cure your", "knee pain") == [("x", 1, 9, "your knee")]


def test_matches_are_in_the_order_of_their_place_not_of_their_words() -> None:
    assert [m[0] for m in scan({"a": "zebra", "b": "apple"}, "zebra then apple")] == ["a", "b"]
    assert [m[0] for m in scan({"a": "zebra", "b": "apple"}, "apple, zebra")] == ["b", "a"]


def test_matches_at_one_place_are_in_the_order_of_their_kind_then_their_id() -> None:
    """(line, column, kind, id): a benefit before a red flag, whatever their ids."""
    found = Matcher(
        [Phrase("red_flag", "a-flag", "cure"), Phrase("benefit", "z-claim", "cure")]
    ).scan(["We cure it."])
    assert [(m.kind, m.entry_id) for m in found] == [("benefit", "z-claim"), ("red_flag", "a-flag")]
    found = Matcher([Phrase("red_flag", "b", "cure"), Phrase("red_flag", "a", "cure it")]).scan(
        ["We cure it."]
    )
    assert [m.entry_id for m in found] == ["a", "b"]


def test_a_last_sentence_without_a_question_mark_is_no_question() -> None:
    """A yes/no question makes no benefit claim; without its "?" it is a claim."""
    claims = Matcher([Phrase("benefit", "x", "cure ... arthritis")])
    assert claims.scan(["Can stem cells cure arthritis?"]) == []
    assert [m.entry_id for m in claims.scan(["Can stem cells cure arthritis"])] == ["x"]
    assert [m.entry_id for m in claims.scan(["Yes. Can stem cells cure arthritis"])] == ["x"]


def test_of_two_condition_names_from_one_place_the_longer_wins() -> None:
    """ "rheumatoid arthritis" is not also "arthritis"; nor "tennis elbow" "tennis"."""
    names = Matcher(
        [Phrase("condition", "long", "tennis elbow"), Phrase("condition", "short", "tennis")]
    )
    assert [m.entry_id for m in names.scan(["My tennis elbow hurts"])] == ["long"]
    names = Matcher(
        [Phrase("condition", "long", "knee arthritis"), Phrase("condition", "short", "arthritis")]
    )
    assert [m.entry_id for m in names.scan(["My knee arthritis hurts"])] == ["long"]
    assert {m.entry_id for m in names.scan(["My knee hurts; arthritis too"])} == {"short"}


# -- the questions to ask --------------------------------------------------------------


def test_a_condition_with_fewer_questions_gives_them_all_and_leaves_the_rest_to_others() -> None:
    """At most five questions, the conditions' first questions first: a condition with
    one question gives that one, and the other condition's follow."""
    from types import SimpleNamespace

    from stemcell_cli.check import report

    conditions = {
        "a": SimpleNamespace(name="A", questions=["Which knee exercises help first?"]),
        "b": SimpleNamespace(
            name="B",
            questions=[
                "Is the injection approved by the regulator?",
                "What does the whole treatment cost?",
                "Who follows me up after the injection?",
            ],
        ),
    }
    # No topic with general questions (generalq1): only the conditions' are asked.
    catalog: Any = SimpleNamespace(conditions=conditions, topics={})
    # Conditions named, and no claim made (benefitq1: a claim's questions may take places).
    found: Any = SimpleNamespace(
        entries=lambda kind: dict.fromkeys(conditions), made=lambda kind: {}
    )
    assert [(a.condition, a.question) for a in report._questions(catalog, found)] == [
        ("A", "Which knee exercises help first?"),
        ("B", "Is the injection approved by the regulator?"),
        ("B", "What does the whole treatment cost?"),
        ("B", "Who follows me up after the injection?"),
    ]


def test_at_most_five_questions_are_asked() -> None:
    from types import SimpleNamespace

    from stemcell_cli.check import report

    first = ["Which knee exercises help first?", "Is the clinic licensed?", "Who pays for scans?"]
    second = ["What does the whole course cost?", "How long is recovery?", "Can I get a refund?"]
    conditions = {
        "a": SimpleNamespace(name="A", questions=first),
        "b": SimpleNamespace(name="B", questions=second),
    }
    # No topic with general questions (generalq1): only the conditions' are asked.
    catalog: Any = SimpleNamespace(conditions=conditions, topics={})
    # Conditions named, and no claim made (benefitq1: a claim's questions may take places).
    found: Any = SimpleNamespace(
        entries=lambda kind: dict.fromkeys(conditions), made=lambda kind: {}
    )
    asked = report._questions(catalog, found)
    assert len(asked) == report.MAX_QUESTIONS == 5
    assert [a.condition for a in asked] == ["A", "B", "A", "B", "A"]


# -- the word lists: at most 1 MiB ----------------------------------------------------


def test_word_lists_over_1_mib_are_refused_in_one_plain_line(tmp_path: Path) -> None:
    from stemcell_cli.check.words import word_lists
    from stemcell_cli.core.errors import DataError

    words = tmp_path / "advert_words.yaml"
    head = b"groups: {}\nother_conditions: {}\n"
    words.write_bytes(head + b"#" * (MIB - len(head) - 1) + b"\n")
    assert words.stat().st_size == MIB
    assert word_lists.load(words).groups == {}
    words.write_bytes(head + b"#" * (MIB - len(head)) + b"\n")
    with pytest.raises(DataError) as raised:
        word_lists.load(words)
    assert [str(problem) for problem in raised.value.problems] == [f"{words}: larger than 1 MiB"]


def test_a_word_list_that_cannot_be_read_is_a_problem_without_a_place(tmp_path: Path) -> None:
    from stemcell_cli.check.words import word_lists
    from stemcell_cli.core.errors import DataError

    words = tmp_path / "advert_words.yaml"
    words.mkdir()
    with pytest.raises(DataError) as raised:
        word_lists.load(words)
    [problem] = raised.value.problems
    assert (problem.line, problem.column) == (0, 0)
    assert str(problem) == f"{words}: is a directory, not a regular file"


def test_a_word_list_error_without_a_place_has_line_and_column_0(tmp_path: Path) -> None:
    """A problem's line and column are 1-based, 0 when unknown: the YAML reader's
    errors (a control character) come without a line, so without a column too."""
    from stemcell_cli.check.words import word_lists
    from stemcell_cli.core.errors import DataError

    words = tmp_path / "advert_words.yaml"
    words.write_bytes(b"groups: {}\nother_conditions: {}\n\x07\n")
    with pytest.raises(DataError) as raised:
        word_lists.load(words)
    [problem] = raised.value.problems
    assert (problem.line, problem.column) == (0, 0)
    assert problem.message.startswith("not valid YAML: unacceptable character #x0007")


def test_a_word_list_syntax_error_is_placed_1_based(tmp_path: Path) -> None:
    from stemcell_cli.check.words import word_lists
    from stemcell_cli.core.errors import DataError

    words = tmp_path / "advert_words.yaml"
    words.write_bytes(b"groups: {}\nother_conditions: {}\nguards:\n  - a\n   b: c\n")
    with pytest.raises(DataError) as raised:
        word_lists.load(words)
    [problem] = raised.value.problems
    assert (problem.line, problem.column) == (5, 5)  # the ":" after "b"


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("rival_treatments: ['a||b']", "rival_treatments[0]: each word of a|b|c must be one word"),
        ("claim_keepers: ['|']", "claim_keepers[0]: each word of a|b|c must be one word"),
        ("rival_treatments: ['knee {x}']", "rival_treatments[0]: each word of a|b|c must be one"),
        ("rival_treatments: [anti-inflammatory]", "rival_treatments[0]: each word of a|b|c must"),
        ("rival_treatments: ['one two three']", "rival_treatments[0]: one or two words of a|b|c"),
        ("claim_keepers: ['stem cells']", "claim_keepers[0]: one word of a|b|c"),
        ("institution_names: ['|']", "institution_names[0]: each word of a|b|c must be one"),
        ("institution_names: ['pain center']", "institution_names[0]: one word of a|b|c"),
        ("famous_people: ['|']", "famous_people[0]: each word of a|b|c must be one word"),
        ("famous_people: ['nfl star']", "famous_people[0]: one word of a|b|c"),
        ("famous_people: athlete", "famous_people: expected a list of text"),
        ("proof_ties: ['{the-treatment}']", "proof_ties[0]: each word of a|b|c must be one"),
        ("proof_ties: [12]", "proof_ties: expected a list of text"),
        ("place_names: ['novaya zembla']", "place_names[0]: one word of a|b|c"),
        ("place_names: ['zembla|']", "place_names[0]: each word of a|b|c must be one word"),
        ("place_names: zembla", "place_names: expected a list of text"),
    ],
    ids=[
        "empty-alternative",
        "only-a-bar",
        "a-list",
        "hyphen",
        "three",
        "two",
        "bar",
        "two-heads",
        "famous-bar",
        "famous-two",
        "famous-not-a-list",
        "tie-a-list",
        "tie-a-number",
        "place-two",
        "place-bar",
        "place-not-a-list",
    ],
)
def test_a_broken_entry_of_a_list_read_from_a_clause_is_one_line_naming_file_and_field(
    user_dir: Any, entry: str, message: str
) -> None:
    """A user's `rival_treatments:`, `claim_keepers:`, `institution_names:`,
    `famous_people:`, `proof_ties:` or `place_names:` entry that
    is not one word of a|b|c (two for a treatment), each alternative a word to the
    letter: one line naming the file and the field, exit 3 (an empty alternative was
    an IndexError with a traceback, a {list} or a hyphen a word that never matched)."""
    words, line = _the_error_of_user_words(user_dir, f"{entry}\n")
    # (an entry at its own column, a whole list at the section's)
    assert re.match(rf"{re.escape(str(words))}:3:\d+: {re.escape(message)}", line), line


def test_a_broken_entry_of_a_block_list_names_its_own_line(user_dir: Any) -> None:
    """In a list written one entry a line, the entry at fault is named at its own line
    and by its place in the list, not at the section's first line (review7)."""
    entries = "place_names:\n  - zembla\n  - novaya zembla\n"
    words, line = _the_error_of_user_words(user_dir, entries)
    assert line.startswith(f"{words}:5:5: place_names[1]: one word of a|b|c"), line


@pytest.mark.parametrize(
    ("entry", "place", "message"),
    [
        ("linked:\n  my-flag:\n    - [kumquat]\n", "4:3", "expected pairs of two wordings"),
        ("linked:\n  my-flag:\n    - [kumquat, 12]\n", "4:3", "expected pairs of two wordings"),
        ("linked:\n  my-flag: kumquat\n", "4:3", "expected a list"),
        ("linked: {my-flag: [[kumquat]]}\n", "3:10", "expected pairs of two wordings"),
        ("linked: {my-flag: null}\n", "3:10", "expected a list"),
    ],
    ids=["one-wording", "a-number", "not-a-list", "flow-one-wording", "flow-null"],
)
def test_a_broken_linked_pair_is_one_line_naming_file_place_and_field(
    user_dir: Any, entry: str, place: str, message: str
) -> None:
    """A user's `linked:` entry that is not a list of pairs of two wordings: one line
    naming the file, the line and column of the flag's name and the field, exit 3; in
    a flow mapping (`linked: {my-flag: ...}`) too, which was left with no place."""
    words, line = _the_error_of_user_words(user_dir, entry)
    assert line == f"{words}:{place}: linked.my-flag: {message}"


def test_a_users_place_names_add_to_ours(user_dir: Any) -> None:
    """A user's `place_names:` (README, "Your own data") adds places to the shipped list
    (stories2): the user's place is no patient's name, and the shipped places still are
    none (review7)."""
    from typer.testing import CliRunner

    from stemcell_cli.cli.app import app

    def stories(text: str, *options: str) -> bool:
        result = CliRunner().invoke(app, [*options, "check", "-"], input=text)
        assert result.exit_code in (0, 1), result.output  # (1: a warning sign shown)
        return "patient stories" in result.output

    mine = user_dir(red_flags=_A_RED_FLAG)
    words = mine / "check" / "advert_words.yaml"
    words.parent.mkdir()
    words.write_text("place_names:\n  - zembla\n", encoding="utf-8")
    told = "Zembla, 66, had the procedure in March.\n"
    assert stories(told)
    assert not stories(told, "--data-dir", str(mine))
    assert not stories("Nigeria, 66, had the procedure in March.\n", "--data-dir", str(mine))
    assert stories("Joyce, 66, had the procedure in March.\n", "--data-dir", str(mine))


def _the_error_of_user_words(user_dir: Any, entries: str) -> tuple[Path, str]:
    """`check` with a user data dir of one red flag and word lists ending in `entries`:
    it must exit 3 without a traceback; the word lists' path, and the one line that
    names them."""
    from typer.testing import CliRunner

    from stemcell_cli.cli.app import app

    mine = user_dir(red_flags=_A_RED_FLAG)
    words = mine / "check" / "advert_words.yaml"
    words.parent.mkdir()
    words.write_text(f"groups: {{}}\nother_conditions: {{}}\n{entries}", encoding="utf-8")
    result = CliRunner().invoke(app, ["--data-dir", str(mine), "check", "-"], input="Cure.\n")
    assert result.exit_code == 3, result.output
    assert "Traceback" not in result.output
    [line] = [line for line in result.output.splitlines() if "advert_words.yaml" in line]
    return words, line


_A_RED_FLAG = """\
red_flags:
  - id: my-flag
    name: Mine
    phrases: ["kumquat cure"]
    why: Because.
"""


@pytest.mark.parametrize(
    ("entry", "place", "field", "message"),
    [
        (
            "linked:\n  my-flag:\n    - [kumquat, '{nolist}']\n",
            "2:3",
            "linked.my-flag",
            "unknown word list {nolist} in '{nolist}'",
        ),
        (
            "linked:\n  no-such-flag:\n    - [kumquat, cure]\n",
            "2:3",
            "linked.no-such-flag",
            "a linked pair of wordings for an unknown red flag 'no-such-flag'",
        ),
        (
            "pairs: {my-flag: [[kumquat, '{nolist}']]}\n",
            "1:9",
            "pairs.my-flag",
            "unknown word list {nolist} in '{nolist}'",
        ),
        (
            "pairs:\n  no-such-flag: [[kumquat, cure]]\n",
            "2:3",
            "pairs.no-such-flag",
            "a pair of wordings for an unknown red flag 'no-such-flag'",
        ),
        (
            "guards:\n  my-flag: ['{nolist} cure']\n",
            "2:3",
            "guards.my-flag",
            "unknown word list {nolist} in '{nolist} cure'",
        ),
        (
            "guards:\n  no-such: [kumquat]\n",
            "2:3",
            "guards.no-such",
            "a guard for an unknown entry 'no-such'",
        ),
        (
            "condition_phrases:\n  osteoarthritis: ['{nolist} knees']\n",
            "2:3",
            "condition_phrases.osteoarthritis",
            "unknown word list {nolist} in '{nolist} knees'",
        ),
        (
            "condition_phrases:\n  no-such: [kumquat]\n",
            "2:3",
            "condition_phrases.no-such",
            "wordings for an unknown condition 'no-such'",
        ),
        (
            "stated_only:\n  - my-flag\n  - no-such-flag\n",
            "3:5",
            "stated_only",
            "an unknown red flag 'no-such-flag'",
        ),
        (
            "not_asserting: [kumquat said, '{nolist} said']\n",
            "1:31",
            "not_asserting",
            "unknown word list {nolist} in '{nolist} said'",
        ),
        (
            "other_conditions:\n  heart: [kumquat heart, '{nolist} heart']\n",
            "2:3",
            "other_conditions.heart",
            "unknown word list {nolist} in '{nolist} heart'",
        ),
        (
            "hopes:\n  no-such: [hope]\n",
            "2:3",
            "hopes.no-such",
            "wordings of hope for an unknown entry 'no-such'",
        ),
        (
            "reported_lists:\n  speakerz: [it]\n",
            "2:3",
            "reported_lists.speakerz",
            "no list of reported lists is called 'speakerz'",
        ),
        (
            "reported_lists:\n  proposed: [put it forward]\n",
            "2:14",
            "reported_lists.proposed[0]",
            "one to 2 words of a|b|c: 'put it forward'",
        ),
        # (review11) `own` is the one word read right before a speaker: "our|my clinic"
        # read "our" or "my clinic" there
        (
            "reported_lists:\n  own: [our|my clinic]\n",
            "2:9",
            "reported_lists.own[0]",
            "one word of a|b|c: 'our|my clinic'",
        ),
        (
            "reader_questions:\n  no-such: [you]\n",
            "2:3",
            "reader_questions.no-such",
            "words of the seller's voice for an unknown entry 'no-such'",
        ),
        (
            "own_course:\n  one_clause: ['{heal-verb} ... {harm}']\n",
            "2:3",
            "own_course.one_clause",
            "no phrase of tissue-regeneration: '{heal-verb} ... {harm}'",
        ),
        # (newcomer1) a wording of a word list is placed at its list, not at the first
        # wording that uses the list (it was `guards.my-flag`, where it is not written)
        (
            "groups:\n  my-list: [kumquat, '{nolist}']\nguards:\n  my-flag: ['{my-list} cure']\n",
            "2:3",
            "groups.my-list",
            "unknown word list {nolist} in '{nolist}'",
        ),
        (
            "groups:\n  my-list: ['kumquat ... ...']\nguards:\n  my-flag: ['{my-list} cure']\n",
            "2:3",
            "groups.my-list",
            "a gap must have a word after it: 'kumquat ... ...'",
        ),
        (
            "groups:\n  my-list: ['{my-list} x']\nguards:\n  my-flag: ['{my-list} cure']\n",
            "2:3",
            "groups.my-list",
            "the word list {my-list} refers to itself: '{my-list} x'",
        ),
        # (phrasecheck1) mistakes that were accepted in silence
        (
            "guards:\n  my-flag: ['... kumquat']\n",
            "2:3",
            "guards.my-flag",
            "a gap must have a word before it: '... kumquat'",
        ),
        (
            "guards:\n  my-flag: ['kumquat ~']\n",
            "2:3",
            "guards.my-flag",
            "~ must have a phrase on each side, a space apart: 'kumquat ~'",
        ),
        (
            "guards:\n  my-flag: [the]\n",
            "2:3",
            "guards.my-flag",
            "a phrase that can be one common word (common_words:) alone matches almost"
            " any sentence: 'the'",
        ),
        (
            "groups:\n  my-list: [kumquat, 'kumquat ~']\n",
            "2:3",
            "groups.my-list",
            "~ must have a phrase on each side, a space apart: 'kumquat ~'",
        ),
    ],
    ids=[
        "linked-list",
        "linked-flag",
        "pairs-flow-list",
        "pairs-flag",
        "guards-list",
        "guards-entry",
        "condition-list",
        "condition-unknown",
        "stated-only",
        "cue-list",
        "other-conditions",
        "hopes-entry",
        "reported-lists-name",
        "reported-lists-three-words",
        "reported-lists-own-two-words",
        "reader-questions-entry",
        "own-course-one-clause",
        "group-list",
        "group-gap",
        "group-itself",
        "gap-first",
        "tilde-dangling",
        "common-word",
        "group-unused",
    ],
)
def test_a_wording_that_does_not_compile_is_one_line_naming_file_place_and_field(
    user_dir: Any, entry: str, place: str, field: str, message: str
) -> None:
    """A user's word list whose wording the matcher cannot build (an unknown {list}, a
    section for an unknown entry): one line naming the file, the line and column of the
    field (the entry's name in a section of named lists, the wording in a plain list)
    and the field, exit 3. It was `phrases: part my-flag/linked0/1: ...`, naming
    neither file nor field."""
    from typer.testing import CliRunner

    from stemcell_cli.cli.app import app

    mine = user_dir(red_flags=_A_RED_FLAG)
    words = mine / "check" / "advert_words.yaml"
    words.parent.mkdir()
    words.write_text(entry, encoding="utf-8")
    result = CliRunner().invoke(app, ["--data-dir", str(mine), "check", "-"], input="Cure.\n")
    assert result.exit_code == 3, result.output
    assert "Traceback" not in result.output
    [line] = [line for line in result.output.splitlines() if "advert_words.yaml" in line]
    assert line == f"{words}:{place}: {field}: {message}"


def test_a_data_files_own_phrase_that_does_not_compile_names_file_and_entry(
    user_dir: Any,
) -> None:
    """A red flag's own `phrases:` in a user's red_flags.yaml that the matcher cannot
    build: one line naming that file, the phrase's line and column, its field and the
    flag, exit 3 (it was `phrases: red_flag my-flag: ...`)."""
    from typer.testing import CliRunner

    from stemcell_cli.cli.app import app

    mine = user_dir(red_flags=_A_RED_FLAG.replace("kumquat cure", "kumquat {nolist}"))
    result = CliRunner().invoke(app, ["--data-dir", str(mine), "check", "-"], input="Cure.\n")
    assert result.exit_code == 3, result.output
    assert "Traceback" not in result.output
    [line] = [line for line in result.output.splitlines() if "red_flags.yaml" in line]
    assert line == (
        f"{mine / 'red_flags.yaml'}:4:15: red_flags[0].phrases[0]: "
        "red_flag my-flag: unknown word list {nolist} in 'kumquat {nolist}'"
    )


@pytest.mark.parametrize(
    ("phrase", "hint"),
    [("kumquat cure ... #% of cases", True), ("'kumquat cure ...' # a note", False)],
    ids=["comment-ate-it", "quoted"],
)
def test_the_hash_hint_is_given_only_when_yaml_took_the_hash_for_a_comment(
    user_dir: Any, phrase: str, hint: bool
) -> None:
    """A phrase left ending in a gap because YAML read an unquoted " #" as a comment
    gets the hint to quote it; a quoted one, whose comment is a comment, does not
    (newcomer1: the hint was shown for every gap at the end)."""
    from typer.testing import CliRunner

    from stemcell_cli.cli.app import app

    flag = _A_RED_FLAG.replace('phrases: ["kumquat cure"]', f"phrases:\n      - {phrase}")
    mine = user_dir(red_flags=flag)
    result = CliRunner().invoke(app, ["validate", str(mine), "-f", "text"])
    assert result.exit_code == 3, result.output
    [line] = [line for line in result.output.splitlines() if "red_flags.yaml" in line]
    message = "red_flag my-flag: a gap must have a word after it: 'kumquat cure ...'"
    if hint:
        message += " (quote a phrase with #: unquoted, YAML reads ' #' as a comment)"
    assert line == f"{mine / 'red_flags.yaml'}:5:9: red_flags[0].phrases[0]: {message}"


@pytest.mark.parametrize("command", ["check", "validate"])
def test_a_wording_that_does_not_compile_beside_a_term_is_one_line_in_the_command(
    tmp_path: Path, command: str
) -> None:
    """The installed command, with a user data directory holding a glossary term and a
    `condition_phrases:` wording of an unknown {list}: `check` and `validate` each print
    one line naming the file, place and field, exit 3, no traceback."""
    from installed import stemcell

    mine = tmp_path / "mine"
    (mine / "check").mkdir(parents=True)
    words = mine / "check" / "advert_words.yaml"
    words.write_text("condition_phrases:\n  osteoarthritis: ['{nolist} knees']\n", encoding="utf-8")
    (mine / "glossary.yaml").write_text(_A_TERM, encoding="utf-8")
    advert = tmp_path / "advert.txt"
    advert.write_text("Cure.\n", encoding="utf-8")
    args = ["check", str(advert)] if command == "check" else ["validate", str(mine)]
    result = stemcell(*([] if command == "validate" else ["--data-dir", str(mine)]), *args)
    output = result.stdout + result.stderr
    assert result.returncode == 3, output
    assert "Traceback" not in output
    [line] = [line for line in output.splitlines() if "advert_words.yaml" in line]
    assert line == (
        f"{words}:2:3: condition_phrases.osteoarthritis: "
        "unknown word list {nolist} in '{nolist} knees'"
    )


@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [
        ("There is no way to reverse the damage until now.", True),
        ("There is no way to reverse the damage until today", True),
        ("There is no way to reverse the damage until", False),
        ("There is no way to reverse the damage, until later.", False),
        ("There is no way to reverse the damage.", False),
    ],
    ids=["until-now", "until-today-last", "until-last", "until-later", "negated"],
)
def test_until_now_after_a_negation_undoes_it(sentence: str, claimed: bool) -> None:
    """ "no way to reverse it - until now" claims it; "until" alone, last or before
    another word, leaves the negation standing."""
    claims = Matcher([Phrase("benefit", "x", "reverse ... damage")])
    assert bool(claims.scan([sentence])) == claimed


def test_the_verdict_lists_its_parts_as_a_sentence_does() -> None:
    """ "a", "a and b", "a, b and c": the parts of the verdict, joined in words."""
    from stemcell_cli.check.view import _and

    assert _and(["a"]) == "a"
    assert _and(["a", "b"]) == "a and b"
    assert _and(["a", "b", "c"]) == "a, b and c"


# -- charsets: "pages that say Latin-1 are read as Windows-1252, as browsers do" -----


@pytest.mark.parametrize("declared", ["iso-8859-1", "latin-1", "us-ascii"])
def test_a_page_that_says_latin_1_or_ascii_is_read_as_windows_1252(declared: str) -> None:
    """Byte 0x92 is a curly apostrophe in Windows-1252 and a control code in Latin-1."""
    assert decode("advert", b"It\x92s safe", declared, False).lines == ["It\u2019s safe"]


def test_another_declared_charset_is_read_as_itself() -> None:
    assert decode("advert", b"Caf\xe9", "iso-8859-15", False).lines == ["Caf\u00e9"]
    assert decode("advert", b"\xa4", "iso-8859-15", False).lines == ["\u20ac"]


# -- a file is a web page when its first 64 KiB hold a tag (check/page/source.py) ----------

KIB = 1024


@pytest.mark.parametrize(
    ("tag_at", "is_page"),
    [(64 * KIB - 2, True), (64 * KIB - 1, False)],
    ids=["tag-ends-at-64-kib", "tag-starts-at-the-last-byte"],
)
def test_a_text_file_is_read_as_a_web_page_when_its_first_64_kib_hold_a_tag(
    tmp_path: Path, tag_at: int, is_page: bool
) -> None:
    """ "<p" whose "p" is byte 65,535 (the last of the first 64 KiB) makes the file a
    web page, read without its tags; a "<p" one byte later is too late."""
    from stemcell_cli.check.page.source import read_text

    advert = tmp_path / "advert.txt"
    advert.write_bytes(b"a" * tag_at + b"<p>Stem cells cure it.</p>\n")
    shown = "\n".join(read_text(str(advert)).lines)
    assert ("<p>" not in shown) is is_page
    assert "Stem cells cure it." in shown


# -- numeric character references: decoded exactly as html.unescape does ------------


@pytest.mark.parametrize(
    "code",
    [0x1F, 0x20, 0x7E, 0x7F, 0x9F, 0xA0, 0xD7FF, 0xD800, 0xDFFF, 0xE000, 0xFDCF, 0xFDD0],
    ids=hex,
)
@pytest.mark.parametrize("written", ["&#{code};", "&#x{code:X};"], ids=["decimal", "hex"])
def test_a_numeric_character_reference_is_decoded_as_html_unescape_does(
    code: int, written: str
) -> None:
    """Plain characters are decoded at once; control characters (U+007F, and U+0080 to
    U+009F, which name Windows-1252's), surrogates and noncharacters follow the rules
    of `html.unescape`, so none is ever decoded as itself by mistake."""
    import html

    from stemcell_cli.check.page.source import html_lines

    reference = written.format(code=code)
    lines, _ = html_lines(f"<p>a{reference}b</p>")
    assert lines[0] == " ".join(html.unescape(f"a{reference}b").split())


# -- the compiled matcher's key: the whole of a word list of up to 1 MiB -------------


def test_an_edit_at_the_end_of_a_1_mib_word_list_rebuilds_the_compiled_matcher(
    tmp_path: Path,
) -> None:
    """Word lists of up to 1 MiB are read (word_lists.MAX_BYTES); the compiled matcher is
    keyed on all of their bytes, so an edit of the last byte is never served stale."""
    words = tmp_path / "advert_words.yaml"
    head = EMPTY_LISTS + b"# "
    words.write_bytes(head + b"#" * (MIB - len(head) - 2) + b"a\n")
    assert words.stat().st_size == MIB
    cache = TinyCache(words)
    cache.matcher()
    cache.matcher()
    assert cache.builds == 1
    words.write_bytes(words.read_bytes()[:-2] + b"b\n")
    cache.matcher()
    assert cache.builds == 2


def test_a_word_list_grown_past_1_mib_is_refused_though_its_first_mib_was_compiled(
    tmp_path: Path,
) -> None:
    """The key reads one byte past the limit, so a list that grew past it is never
    served from the matcher compiled from its first MiB: it is read, and refused."""
    from types import SimpleNamespace

    from stemcell_cli.check.matching import compiled_cache
    from stemcell_cli.check.words import word_lists
    from stemcell_cli.core.errors import DataError

    words = tmp_path / "advert_words.yaml"
    head = b"groups: {}\nother_conditions: {}\n# "
    words.write_bytes(head + b"#" * (MIB - len(head) - 1) + b"\n")
    catalog: Any = SimpleNamespace(benefits={}, conditions={}, red_flags={})

    def build() -> Matcher:
        return Matcher([], word_lists.load(words).groups)

    compiled_cache.cached_matcher(catalog, [words], build)
    with words.open("ab") as grown:
        grown.write(b"\n")
    with pytest.raises(DataError) as raised:
        compiled_cache.cached_matcher(catalog, [words], build)
    assert [p.message for p in raised.value.problems] == ["larger than 1 MiB"]


@pytest.mark.cold_cache
def test_with_stemcell_no_cache_the_matcher_is_built_every_time_and_never_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    cache = TinyCache(empty_lists(tmp_path))
    monkeypatch.setenv("STEMCELL_NO_CACHE", "1")
    for _ in range(2):
        cache.matcher()
    assert cache.builds == 2
    assert not list(Path(os.environ["STEMCELL_CACHE_DIR"]).glob("matcher-*"))


# -- a phrase has at most 20,000 wordings --------------------------------------------


def test_a_phrase_of_exactly_20000_wordings_compiles_and_one_more_is_refused() -> None:
    """200 words of one list times 100 of another is 20,000 wordings, the most a phrase
    may have; one more choice beside them is a mistake in the data."""
    groups = {
        "a": ["knee", *(f"alpha{i}" for i in range(199))],
        "b": ["pain", *(f"beta{i}" for i in range(99))],
        "c": ["{a} {b}", "gamma"],
    }
    found = Matcher([Phrase("red_flag", "x", "{a} {b}")], groups).scan(["Knee pain."])
    assert [m.entry_id for m in found] == ["x"]
    with pytest.raises(PhraseError, match=r"^red_flag x: a phrase with more than 20,000 wordings"):
        Matcher([Phrase("red_flag", "x", "{c}")], groups)


# -- places of matches in a sentence that holds a negation ---------------------------


def test_a_match_beside_a_negation_is_placed_and_shown_as_any_other() -> None:
    """A sentence with a negation is split into words with their places (`tokens`): a
    match it does not negate keeps its column and its text."""
    claims = Matcher([Phrase("benefit", "x", "cure")])
    for sentence in ("Don't wait, we cure it.", "Wait, we cure it."):
        [found] = claims.scan([sentence])
        assert (found.column, found.text) == (sentence.index("cure") + 1, "cure")


def test_the_words_of_a_sentence_are_placed_from_its_first_character() -> None:
    from stemcell_cli.check.words.sentences import tokens

    assert [(t.text, t.block_start, t.block_end) for t in tokens("No cure")] == [
        ("No", 0, 2),
        ("cure", 3, 7),
    ]


# -- questions asked once: alike at a ratio of 0.6 (report.SIMILAR_QUESTION) ---------


def test_two_questions_alike_at_exactly_the_threshold_are_asked_once() -> None:
    """3 words that are the first 3 of 7: difflib's ratio is 2 * 3 / 10 = 0.6, the
    threshold, so they are alike; of 8 words (6 / 11) they are not. (Small words
    only in the short one, so the share of content words does not decide.)"""
    from stemcell_cli.check.report import alike

    assert alike("what is it", "what is it that they inject here")
    assert not alike("what is it", "what is it that they inject here today")


# -- a binary file: a NUL byte in the first 8 KiB -------------------------------------


@pytest.mark.parametrize(("at", "binary"), [(8191, True), (8192, False)])
def test_a_nul_byte_in_the_first_8_kib_makes_the_input_binary(at: int, binary: bool) -> None:
    raw = b"a" * at + b"\0" + b" cure\n"
    if binary:
        with pytest.raises(InputError, match=r"^advert: looks like a binary file, not text$"):
            decode("advert", raw, None, False)
    else:
        assert decode("advert", raw, None, False).lines[0].endswith(" cure")


# -- a page's own charset: a <meta charset> in its first 4 KiB -----------------------


@pytest.mark.parametrize(("cut", "honoured"), [(0, True), (1, False)])
def test_a_meta_charset_is_read_from_the_first_4_kib_of_a_page(cut: int, honoured: bool) -> None:
    """A name that ends at byte 4,096 is read whole; one byte later it is cut short
    (an unknown charset, read as UTF-8 with a warning). Byte 0x92 is a curly
    apostrophe in Windows-1252 and no UTF-8 at all."""
    meta = b"<meta charset=windows-1252"
    raw = b" " * (4096 - len(meta) + cut) + meta + b"><p>It\x92s safe</p>"
    text = decode("advert", raw, None, True)
    assert ("It\u2019s safe" in text.lines) is honoured
    assert bool(text.warnings) is not honoured


# -- redirects: at most 5, and to one address at most twice --------------------------


class _Redirecting(BaseHTTPRequestHandler):
    """/chain/N redirects to /chain/N-1 down to /chain/0, the page; /self/N/ID redirects
    to itself N times, then serves the page."""

    visits: ClassVar[dict[str, int]] = {}

    def do_GET(self) -> None:
        parts = self.path.strip("/").split("/")
        if parts[0] == "chain" and int(parts[1]) > 0:
            self._moved(f"/chain/{int(parts[1]) - 1}")
        elif parts[0] == "self" and self.visits.get(self.path, 0) < int(parts[1]):
            self.visits[self.path] = self.visits.get(self.path, 0) + 1
            self._moved(self.path)
        else:
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"Stem cells cure it.\n")

    def _moved(self, to: str, code: int = 302) -> None:
        self.send_response(code)
        self.send_header("Location", to)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def redirecting() -> Iterator[str]:
    with serving(_Redirecting) as base:
        yield base


def test_five_redirects_are_followed_and_a_sixth_is_refused(redirecting: str) -> None:
    assert fetch(f"{redirecting}/chain/5", 1000).body == b"Stem cells cure it.\n"
    with pytest.raises(InputError, match=r"chain/6: more than 5 redirects, not followed$"):
        fetch(f"{redirecting}/chain/6", 1000)


def test_an_address_that_redirects_to_itself_is_followed_twice_not_three_times(
    redirecting: str,
) -> None:
    assert fetch(f"{redirecting}/self/2/a", 1000).body == b"Stem cells cure it.\n"
    with pytest.raises(InputError, match="redirects, not followed"):
        fetch(f"{redirecting}/self/3/b", 1000)


# -- many conditions: 3 body systems, or 6 distinct conditions ------------------------


def _with_many_conditions(*named: tuple[str, str]) -> list[str]:
    """The ids `_many_conditions` leaves, for matches of (kind, id) on one line."""
    from types import SimpleNamespace

    from stemcell_cli.check.matching.findings import Match
    from stemcell_cli.check.report import MANY_CONDITIONS_ID, _many_conditions

    catalog: Any = SimpleNamespace(red_flags={MANY_CONDITIONS_ID: None})
    matches = [Match(kind, i, "", 1, column, i) for column, (kind, i) in enumerate(named, 1)]
    return [m.entry_id for m in _many_conditions(catalog, matches)]


def test_conditions_of_three_body_systems_are_many_of_two_are_not() -> None:
    two = [("condition", "knee"), ("other_condition", "heart/failure")]
    assert "many-conditions" not in _with_many_conditions(*two)
    assert "many-conditions" in _with_many_conditions(*two, ("other_condition", "brain/stroke"))


def test_six_distinct_conditions_are_many_five_are_not() -> None:
    five = [("condition", name) for name in ("a", "b", "c", "d", "e")]
    assert "many-conditions" not in _with_many_conditions(*five)
    assert "many-conditions" in _with_many_conditions(*five, ("condition", "f"))


# -- blocks: a list item starts at a bullet or a number of one or two digits ---------


@pytest.mark.parametrize(("number", "item"), [("1", True), ("12", True), ("123", False)])
def test_a_line_that_starts_with_a_number_of_one_or_two_digits_is_a_list_item(
    number: str, item: bool
) -> None:
    """A list item is a block of its own, so "cure ... knee" does not reach into it."""
    found = one("cure ... knee", "We cure your", f"{number}) knee pain")
    assert found is not item


# -- yes/no questions: the verb within the first four words --------------------------


@pytest.mark.parametrize(
    ("question", "claims"),
    [
        ("And above all, can stem cells cure arthritis?", False),
        # (question1) without the comma: a comma before the verb makes it a question
        ("And so above all can stem cells cure arthritis?", True),
        ("And so above all, can stem cells cure arthritis?", False),
    ],
    ids=["verb-fourth", "verb-fifth", "verb-after-a-comma"],
)
def test_a_yes_no_question_starts_with_its_verb_after_up_to_three_leading_words(
    question: str, claims: bool
) -> None:
    claim = Matcher([Phrase("benefit", "x", "cure ... arthritis")])
    assert bool(claim.scan([question])) is claims


# -- the items after a lead-in to a warning: blocks of up to 25 words ----------------


@pytest.mark.parametrize(("words", "reported"), [(25, True), (26, False)])
def test_a_short_block_after_a_warning_lead_in_is_one_of_its_items(
    words: int, reported: bool
) -> None:
    """After "Beware of clinics that:", a block of up to 25 words (on one line, not
    ending with ":") is an item of the warning, not the advert's own claim."""
    item = "promise a cure " + "and more " * ((words - 3) // 2) + "today" * ((words - 3) % 2)
    assert len(item.split()) == words
    flags = Matcher([Phrase("red_flag", "x", "cure")])
    assert bool(flags.scan(["Beware of clinics that:", "", item])) is not reported


# -- a page's main text: menus are 60% links, a page of paragraphs 60% paragraphs ----


@pytest.mark.parametrize(
    ("block", "kept"),
    [("<a href=x>aaaaa</a>bbbb", True), ("<a href=x>aaaaaa</a>bbb", False)],
    ids=["half-links", "60%-links"],
)
def test_a_block_of_which_60_percent_is_link_text_is_a_menu_and_dropped(
    block: str, kept: bool
) -> None:
    """ "aaaaa bbbb" is 10 characters, 5 of them a link: kept; "aaaaaa bbb", 6: a menu."""
    from stemcell_cli.check.page.source import html_lines

    lines, _ = html_lines(f"<div>{block}</div><div>Stem cells cure it.</div>")
    assert (len([line for line in lines if line]) == 2) is kept


@pytest.mark.parametrize(
    ("paragraph", "other", "only_paragraphs"),
    [("pppppp", "dddd", True), ("ppppp", "ddddd", False)],
    ids=["60%-in-paragraphs", "half"],
)
def test_on_a_page_of_which_60_percent_is_paragraphs_other_text_is_dropped(
    paragraph: str, other: str, only_paragraphs: bool
) -> None:
    from stemcell_cli.check.page.source import html_lines

    lines, _ = html_lines(f"<p>{paragraph}</p><div>{other}</div>")
    assert [line for line in lines if line] == (
        [paragraph] if only_paragraphs else [paragraph, other]
    )


# -- the reach of a negation (negation.negated) ----------------------------------------


def _claimed(phrase: str, sentence: str, kind: str = "benefit") -> bool:
    return bool(Matcher([Phrase(kind, "x", phrase)]).scan([sentence]))


@pytest.mark.parametrize(("fillers", "named"), [(7, False), (8, True)])
def test_a_condition_is_negated_by_a_negated_offer_up_to_eight_words_before_it(
    fillers: int, named: bool
) -> None:
    """ "We do not treat knee pain": the offer and the words after it, up to NEAR (8)
    between the negation and the condition, are its reach."""
    sentence = "We do not treat " + "so " * fillers + "knee pain."
    assert _claimed("knee pain", sentence, "condition") is named


@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [
        ("No patient of ours in this clinic is cured.", False),
        ("No patient of ours in this small clinic is cured.", True),
    ],
    ids=["eight-words-on", "nine-words-on"],
)
def test_no_before_a_subject_negates_what_is_said_of_it_up_to_eight_words_on(
    sentence: str, claimed: bool
) -> None:
    assert _claimed("cured", sentence) is claimed


@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [("No patient is so very cured.", False), ("No patient is so very truly cured.", True)],
    ids=["verb-3-words-before", "verb-4-words-before"],
)
def test_no_before_a_subject_needs_the_verb_to_be_within_three_words_of_the_claim(
    sentence: str, claimed: bool
) -> None:
    assert _claimed("cured", sentence) is claimed


@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [
        ("There is no real good solid evidence that stem cells cure pain.", False),
        ("There is no real good solid hard evidence that stem cells cure pain.", True),
        ("There is no evidence at all in any trial that stem cells cure pain.", False),
    ],
    ids=["saying-word-4th", "saying-word-5th", "saying-word-1st"],
)
def test_a_negated_word_of_saying_within_four_words_governs_the_rest_of_its_clause(
    sentence: str, claimed: bool
) -> None:
    assert _claimed("cure", sentence) is claimed


# -- acronyms: 2 to 5 capitals, and their plurals ------------------------------------


@pytest.mark.parametrize(
    ("acronym", "advert", "found"),
    [
        ("AC", "The AC fails.", True),
        ("ABCDE", "The ABCDE fails.", True),
        ("AC", "Two ACs fail.", True),
        ("ABCDE", "Two ABCDEs fail.", True),
        ("AC", "Two Acs fail.", False),
        ("AC", "Two ac fail.", False),
        ("ABCDE", "The Abcde fails.", False),
        ("vitamin D", "Take vitamin D.", True),
        ("vitamin D", "Take vitamin d.", True),
        ("ABCDEF", "The Abcdef fails.", True),
    ],
    ids=[
        "2-letters",
        "5-letters",
        "2-letters-plural",
        "5-letters-plural",
        "not-capitals",
        "lower-case",
        "5-letters-lower-case",
        "1-capital-is-a-word",
        "1-capital-any-case",
        "6-capitals-are-a-word",
    ],
)
def test_an_acronym_of_two_to_five_capitals_matches_itself_and_its_plural_s(
    acronym: str, advert: str, found: bool
) -> None:
    """A word of 2 to 5 capitals in a phrase matches only those capitals, or them with a
    plural s ("torn ACLs"): a word of 3 to 6 letters, all capitals but the final s. A
    word of one capital, or of six, is a word like any other, in any case."""
    assert one(acronym, advert) is found


# -- phrase syntax: hyphens, tildes, lone question marks -----------------------------


def test_a_hyphenated_word_is_its_words_in_a_row_after_the_gap_before_it() -> None:
    """ "risk-free" is "risk" then "free" with nothing between; a `...` before it lets
    words come before "risk" only."""
    assert one("risk-free", "It is risk free.")
    assert not one("risk-free", "It is risk and free.")
    assert one("cure ... risk-free", "A cure that is risk-free.")
    assert not one("cure ... risk-free", "A cure that is risk and free.")


def test_a_phrase_of_three_parts_joined_by_tildes_finds_them_in_any_order() -> None:
    """ "A ~ B ~ C" is A and "B ~ C", in either order."""
    for advert in ("alpha beta gamma", "gamma beta alpha", "beta gamma alpha"):
        assert one("alpha ~ beta ~ gamma", advert)
    assert not one("alpha ~ beta ~ gamma", "alpha beta")


# -- where a finding is: its first place, then up to five more lines ------------------


def _finding(line: int) -> object:
    from stemcell_cli.check.matching.findings import Match
    from stemcell_cli.check.report import Finding

    return Finding(Match("red_flag", "x", "cure", line, 3, "cure"), "X", None, "Why.", ())


@pytest.mark.parametrize(
    ("lines", "said"),
    [
        ([1], "line 1, column 3"),
        ([1, 1, 4], "line 1, column 3; also line 4"),
        ([1, 4, 4], "line 1, column 3; also line 4"),
        ([1, 4, 6], "line 1, column 3; also lines 4, 6"),
        ([1, 2, 3, 4, 5, 6], "line 1, column 3; also lines 2, 3, 4, 5, 6"),
        ([1, 2, 3, 4, 5, 6, 7], "line 1, column 3; also lines 2, 3, 4, 5, 6, ..."),
    ],
    ids=["once", "one-more-line", "twice-on-a-later-line", "two-more", "five-more", "six-more"],
)
def test_a_finding_is_placed_at_its_first_line_then_up_to_five_more(
    lines: list[int], said: str
) -> None:
    """Each line once, in order: the first with its column, then "also line(s)" with at
    most five more and "..." when there are others."""

    from stemcell_cli.check.report import Report
    from stemcell_cli.check.view import _where

    findings: Any = [_finding(line) for line in lines]
    report = Report("advert", findings, [], "")
    assert _where(report.places(), findings[0]) == said


def test_a_finding_cites_the_first_three_references_of_its_evidence() -> None:
    from types import SimpleNamespace

    from stemcell_cli.check.report import _answer
    from stemcell_cli.core.grades import Grade

    evidence = SimpleNamespace(grade=Grade.EARLY, references=("r1", "r2", "r3", "r4"))
    benefit = SimpleNamespace(name="B", summary="S.", evidence=evidence)
    catalog: Any = SimpleNamespace(benefits={"b": benefit}, conditions={})
    assert _answer(catalog, "benefit", "b") == ("B", Grade.EARLY, "S.", ("r1", "r2", "r3"))


# -- written after seed 23's run (they do not change its figure) --------------------


@pytest.mark.parametrize("code", [301, 302, 303, 307, 308])
def test_a_permanent_or_temporary_redirect_loop_is_too_many_redirects(code: int) -> None:
    class _Loop(_Redirecting):
        def do_GET(self) -> None:
            self._moved(self.path, code)

    with (
        serving(_Loop) as base,
        pytest.raises(InputError, match=r"loop: more than 5 redirects, not followed$"),
    ):
        fetch(f"{base}/loop", 1000)


@pytest.mark.parametrize(("limit", "said"), [(5 * MIB, "5 MiB"), (1023 * MIB, "1023 MiB")])
def test_a_page_over_the_limit_says_the_limit_in_mib(limit: int, said: str) -> None:
    from stemcell_cli.check.page.fetch import _too_big

    assert _too_big("page", limit) == f"page: larger than the {said} limit for check"


def test_of_two_places_of_one_entry_in_a_sentence_the_first_is_reported() -> None:
    """Whatever the order of the entry's phrases."""
    flags = Matcher([Phrase("red_flag", "x", "pain"), Phrase("red_flag", "x", "cure")])
    [found] = flags.scan(["We cure pain."])
    assert (found.column, found.text) == (4, "cure")


def test_the_json_report_counts_each_unsupported_claim_once() -> None:

    from stemcell_cli.check.matching.findings import Match
    from stemcell_cli.check.report import Finding, Report
    from stemcell_cli.check.view import _json
    from stemcell_cli.core.grades import Grade

    def claim(entry_id: str, grade: Grade) -> Finding:
        return Finding(Match("benefit", entry_id, "", 1, 1, entry_id), entry_id, grade, "", ())

    findings: Any = [
        claim("a", Grade.NOT_SUPPORTED),
        claim("b", Grade.PROMISING),
        claim("c", Grade.NOT_SUPPORTED),
    ]
    from stemcell_cli.core.cache import open_catalog

    counts = _json(Report("advert", findings, [], ""), open_catalog(), [])["counts"]
    assert (counts["unsupported_claims"], counts["claims"]) == (2, 3)


@pytest.mark.parametrize(("size", "refused"), [(5 * MIB, False), (5 * MIB + 1, True)])
def test_stdin_that_is_no_file_is_read_up_to_5_mib(
    monkeypatch: pytest.MonkeyPatch, size: int, refused: bool
) -> None:
    """A stream without a file behind it (an embedding program's) has the 5 MiB limit
    of a file: exactly 5 MiB is read whole, one byte more is refused."""
    import io

    from stemcell_cli.check.page.source import read_stdin

    data = b"x" * size
    monkeypatch.setattr("sys.stdin", io.BytesIO(data))
    if refused:
        with pytest.raises(InputError, match=r"^stdin: larger than the 5 MiB limit for check$"):
            read_stdin("stdin")
    else:
        assert read_stdin("stdin") == data


@pytest.mark.parametrize(("size", "refused"), [(5 * MIB, False), (5 * MIB + 1, True)])
def test_stdin_from_a_pipe_is_read_up_to_5_mib(
    monkeypatch: pytest.MonkeyPatch, size: int, refused: bool
) -> None:
    """A pipe has no size to check first: it is read, and refused past 5 MiB."""
    import os
    import threading

    from stemcell_cli.check.page.source import read_stdin

    data = b"x" * size
    read_end, write_end = os.pipe()

    def write() -> None:
        with open(write_end, "wb") as sink:
            sink.write(data)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        with open(read_end, "rb") as source:
            monkeypatch.setattr("sys.stdin", source)
            if refused:
                with pytest.raises(InputError, match=r"^stdin: larger than the 5 MiB limit"):
                    read_stdin("stdin")
            else:
                assert read_stdin("stdin") == data
    finally:
        writer.join()


def test_a_file_that_would_wait_is_one_line_not_a_wait() -> None:
    """A file is read without blocking (attack9): one whose read would wait, as
    /proc/kmsg's does (an empty pipe's here, so that every run tests it; the command's
    own test of /proc/kmsg runs only when asked), is refused in one line."""
    import os

    from stemcell_cli.check.page.source import _bounded

    read_end, write_end = os.pipe()
    try:
        os.set_blocking(read_end, False)
        with pytest.raises(InputError, match=r"^kmsg: cannot be read \(it waits for input"):
            _bounded(read_end, "kmsg")
    finally:
        os.close(read_end)
        os.close(write_end)


@pytest.mark.parametrize(("limit", "said"), [(5 * MIB, "5 MiB"), (1023 * MIB, "1023 MiB")])
def test_an_advert_over_the_limit_says_the_limit_in_mib(
    monkeypatch: pytest.MonkeyPatch, limit: int, said: str
) -> None:
    """In whole MiB of 1024 KiB, whatever the limit is set to."""
    from stemcell_cli.check.page import source

    monkeypatch.setattr(source, "MAX_BYTES", limit)
    assert source._too_big("advert.txt") == f"advert.txt: larger than the {said} limit for check"


def test_a_page_that_starts_with_a_line_break_numbers_its_lines_from_the_first() -> None:
    """The line of each piece of a web page counts every line break before it, the
    page's first character included."""
    page = decode("page", b"\n<p>We cure pain.</p>\n<p>More.</p>", None, True)
    assert [n for line, n in zip(page.lines, page.numbers or [], strict=True) if line] == [2, 3]


def test_a_warning_that_does_not_end_with_a_colon_leads_in_no_list() -> None:
    """Only a block ending with ":" leads in the items after it ("Beware of clinics
    that:"); after "Beware of scams." the next short block is the advert's own."""
    flags = Matcher([Phrase("red_flag", "x", "cure")])
    assert flags.scan(["Beware of scams.", "", "We cure arthritis."])
    assert not flags.scan(["Beware of scams:", "", "We cure arthritis."])


@pytest.mark.parametrize(
    ("page", "kept"),
    [
        (b"<div><p>Outside text here.</p></div><main><p>Inside text here.</p></main>", "Inside"),
        (b"<header><p>Top banner text.</p></header><p>Body text here.</p>", "Body"),
        (b"<main><header><p>Top text.</p></header><p>Body text.</p></main>", "Top text. Body"),
        (b'<header class="intro"><p>Top text.</p></header><p>Body text.</p>', "Body"),
        (b'<main><header class="intro"><p>Top text.</p></header></main>', "Top text."),
        (b'<p>Outside text.</p><div role="main"><p>Inside text.</p></div>', "Inside"),
        (b'<p>Outside text.</p><main id="content"><p>Inside text.</p></main>', "Inside"),
    ],
    ids=[
        "main",
        "header",
        "header-in-main",
        "header-with-class",
        "header-with-class-in-main",
        "role-main",
        "main-with-id",
    ],
)
def test_a_page_is_read_from_its_main_part_and_a_header_outside_it_is_skipped(
    page: bytes, kept: str
) -> None:
    """A page with <main> (or role="main") is read from it alone; a <header> outside it is the
    site's banner and skipped, one inside <main> is the article's own."""
    lines = decode("page", b"<html><body>" + page + b"</body></html>", None, True).lines
    assert " ".join(line for line in lines if line).startswith(kept)
    assert "Outside" not in " ".join(lines)


@pytest.mark.parametrize(
    ("content", "path", "message", "place"),
    [
        # a section that is not a mapping
        (
            "groups: [a, b]\nother_conditions: {}\n",
            "groups",
            "expected a mapping of named lists",
            (1, 1),
        ),
        # a required section left out (groups and other_conditions): no line to name
        ("other_conditions: {}\n", "groups", "expected a mapping of named lists", (0, 0)),
        ("groups: {}\n", "other_conditions", "expected a mapping of named lists", (0, 0)),
        # a list of text that is not one
        (
            "groups: {}\nother_conditions: {}\ncommon_words: 12\n",
            "common_words",
            "expected a list of text",
            (3, 1),
        ),
        # a named list of the wrong shape: the line of its name in its own section, not
        # that of the same name in another section before it
        (
            "groups: {}\nother_conditions: {}\npairs:\n  cure-claim: []\n"
            "# cure-claim: a comment\nguards:\n  # a note\n  cure-claim: 12\n",
            "guards.cure-claim",
            "expected a list of text",
            (8, 3),
        ),
        (
            "groups: {}\nother_conditions: {}\nguards:\n  'tendon-x': [1]\n",
            "guards.tendon-x",
            "expected a list of text",
            (4, 3),
        ),
        # a named list in a flow mapping: the place of its name there
        (
            "groups: {}\nother_conditions: {}\nguards: {cure-claim: 12}\n",
            "guards.cure-claim",
            "expected a list of text",
            (3, 10),
        ),
        (
            "groups: {}\nother_conditions: {}\nlinked: {my-flag: [[a]]}\n",
            "linked.my-flag",
            "expected pairs of two wordings",
            (3, 10),
        ),
    ],
    ids=[
        "not-a-mapping",
        "no-groups",
        "no-other-conditions",
        "not-a-list",
        "named",
        "quoted",
        "flow",
        "flow-linked",
    ],
)
def test_a_word_list_section_of_the_wrong_shape_is_placed_at_its_line(
    tmp_path: Path, content: str, path: str, message: str, place: tuple[int, int]
) -> None:
    """Problems found after parsing name the line and column of their section or named
    list in the file (0, 0 when it is not written there), so an editor jumps to it."""
    from stemcell_cli.check.words import word_lists
    from stemcell_cli.core.errors import DataError

    words = tmp_path / "advert_words.yaml"
    words.write_text(content, encoding="utf-8")
    with pytest.raises(DataError) as raised:
        word_lists.load(words)
    [problem] = raised.value.problems
    assert (problem.line, problem.column, problem.path, problem.message) == (
        *place,
        path,
        message,
    )


def test_a_finding_shows_the_advert_text_cleaned() -> None:
    """Controls between the advert's matched words never reach a report."""
    from stemcell_cli.check.matching.wordings import matcher_for
    from stemcell_cli.check.page.source import AdText
    from stemcell_cli.check.report import build_report
    from stemcell_cli.core.cache import open_catalog

    catalog = open_catalog()
    advert = AdText("test", ["We regenerate\x07 cartilage fully."], [])
    shown = {f.match.text for f in build_report(catalog, advert, matcher_for(catalog)).findings}
    # (each quote runs on to its clause's end: "regenerate cartilage" shows "fully" too)
    assert shown == {"regenerate cartilage fully"}


def test_a_users_word_lists_are_laid_over_every_section_of_the_shipped_ones() -> None:
    """Each section of a user's advert_words.yaml is laid over the shipped one, the
    newest too (`rival_treatments:`, `claim_keepers:`, `institution_names:`): a named
    list stands in for the shipped list of its name, a plain list adds to the shipped
    one. Field by field, so a section added to `Lexicon` cannot be left out."""
    from stemcell_cli.check.matching.wordings import _laid_over
    from stemcell_cli.check.words import word_lists
    from stemcell_cli.core.datadirs import shipped_dir

    shipped = word_lists.load(shipped_dir() / word_lists.FILENAME)
    mine = word_lists.Lexicon._make(
        {"mine": ("kumquat",)} if isinstance(found, Mapping) else ("kumquat",) for found in shipped
    )
    laid = _laid_over(shipped, mine)
    for name, found, own in zip(word_lists.Lexicon._fields, shipped, laid, strict=True):
        if isinstance(found, Mapping):
            assert dict(own) == {**found, "mine": ("kumquat",)}, name
        else:
            assert tuple(own) == (*found, "kumquat"), name


_A_TERM = """\
terms:
  - id: zz-prolotherapy
    name: Zz prolotherapy
    definition: Injections of an irritant solution.
    reviewed: "2026-01-01"
"""


@pytest.mark.parametrize(
    ("stem", "entries"),
    [("glossary", _A_TERM), ("red_flags", _A_RED_FLAG), (None, "")],
    ids=["beside-a-term", "beside-a-red-flag", "alone"],
)
def test_a_data_dirs_word_lists_count_whatever_entries_it_holds(
    tmp_path: Path, stem: str | None, entries: str
) -> None:
    """A user data directory's `check/advert_words.yaml` counts in the installed
    command whatever the directory holds beside it: a glossary term as much as a red
    flag (it was read only when the directory held conditions or red flags), or nothing
    at all (such a directory was refused as holding none of the data files)."""
    from installed import stemcell

    mine = tmp_path / "mine"
    (mine / "check").mkdir(parents=True)
    (mine / "check" / "advert_words.yaml").write_text(
        "condition_phrases:\n  osteoarthritis: [kumquat knuckles]\n", encoding="utf-8"
    )
    if stem is not None:
        (mine / f"{stem}.yaml").write_text(entries, encoding="utf-8")
    advert = tmp_path / "advert.txt"
    advert.write_text("We treat kumquat knuckles with injections.\n", encoding="utf-8")
    result = stemcell("--data-dir", str(mine), "check", str(advert), "-f", "json")
    assert result.returncode == 0, result.stderr
    assert '"osteoarthritis"' in result.stdout
    plain = stemcell("check", str(advert), "-f", "json")
    assert '"osteoarthritis"' not in plain.stdout


def _a_directory(path: Path) -> None:
    path.mkdir()


def _a_fifo(path: Path) -> None:
    import os

    os.mkfifo(path)


def _plain_text(path: Path) -> None:
    path.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize(
    ("make", "message"),
    [
        (_a_directory, "is a directory, not a regular file"),
        (_a_fifo, "is a FIFO (named pipe), not a regular file"),
        (_plain_text, "expected a mapping of sections"),
    ],
    ids=["a-directory", "a-fifo", "not-a-mapping"],
)
def test_a_data_dirs_word_lists_that_are_no_word_lists_are_refused(
    tmp_path: Path, make: Any, message: str
) -> None:
    """`check/advert_words.yaml` in a user data directory that is a directory, a named
    pipe or text that is no mapping is a one-line error naming the file, exit 3, in
    `check` and in `validate` alike: never skipped in silence (a directory or a pipe
    was), never a hang on the pipe."""
    from installed import stemcell

    mine = tmp_path / "mine"
    (mine / "check").mkdir(parents=True)
    words = mine / "check" / "advert_words.yaml"
    make(words)
    advert = tmp_path / "advert.txt"
    advert.write_text("We treat knee pain.\n", encoding="utf-8")
    for args in (("--data-dir", str(mine), "check", str(advert)), ("validate", str(mine))):
        result = stemcell(*args)
        assert result.returncode == 3, (args, result.stderr)
        assert f"{words}: {message}" in result.stdout + result.stderr
        assert "Traceback" not in result.stderr


def test_an_empty_word_list_file_in_a_data_dir_lays_nothing_over(tmp_path: Path) -> None:
    """An empty `check/advert_words.yaml` of one's own leaves every section out: the
    shipped lists stand, and `check` answers as without it."""
    from installed import stemcell

    mine = tmp_path / "mine"
    (mine / "check").mkdir(parents=True)
    (mine / "check" / "advert_words.yaml").write_text("", encoding="utf-8")
    advert = tmp_path / "advert.txt"
    advert.write_text("Our stem cells cure knee osteoarthritis.\n", encoding="utf-8")
    mine_run = stemcell("--data-dir", str(mine), "check", str(advert), "-f", "json")
    plain = stemcell("check", str(advert), "-f", "json")
    assert mine_run.returncode == plain.returncode, mine_run.stderr
    assert mine_run.stderr == ""
    assert '"cure-claim"' in mine_run.stdout
    assert mine_run.stdout == plain.stdout
