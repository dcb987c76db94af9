"""Boundary tests of the core's documented rules: each test sits on the edge of a rule,
so that moving the edge by one (a `==` for a `>=`, a 3 for a 4) fails it.

Lookup (README, "Use"): case, spaces, hyphens and punctuation are ignored; a unique
start of a name of at least three characters works; an ambiguous start is a miss,
never an arbitrary entry. Loading (docs/security.md, "What the loader accepts"): every problem
with its file, line and column, a duplicate naming the line of the first, files of at
most 16 MiB, no anchors, nesting within limits. Messages (core/errors.py,
core/problems.py, core/words.py): counts and positions said exactly.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path
from typing import Any

import pytest
import yaml

from stemcell_cli.core import schema
from stemcell_cli.core.catalog import MIN_PREFIX, Catalog
from stemcell_cli.core.datadirs import SHIPPED, DataDir, completion_word, normalize
from stemcell_cli.core.errors import (
    EXIT_DATA,
    EXIT_NOT_FOUND,
    EXIT_OK,
    EXIT_OUTPUT,
    EXIT_USAGE,
    Ambiguous,
    DataError,
    InputError,
    NoMatch,
    NotFound,
    OutputError,
    UsageError,
)
from stemcell_cli.core.files import write_atomically
from stemcell_cli.core.loader import load_dataset
from stemcell_cli.core.problems import Problem
from stemcell_cli.core.search import BODY, NAME, TIER_LABELS, parse_query, search
from stemcell_cli.core.store import to_store
from stemcell_cli.core.words import closest, plural
from stemcell_cli.core.yamlsource import (
    MAX_DEPTH,
    MAX_FILE_BYTES,
    Document,
    parse_text,
    read_document,
)

#: Mini plus a user glossary whose names share starts with the mini's entries:
#: "knee brace" (and cap, joint) with "knee trouble", "lumbago belt" with the alias
#: "lumbago".
OVERLAY = """terms:
  - id: knee-brace
    name: Knee brace
    aliases: [knee support, knee supports, knee sleeve, knee sleeves, knee strap, knee straps]
    definition: A support worn on the knee.
    reviewed: "2026-01-01"
  - id: lumbago-belt
    name: Lumbago belt
    definition: A belt worn for back ache.
    reviewed: "2026-01-01"
  - id: knee-cap
    name: Knee cap
    definition: The bone at the front of the knee.
    reviewed: "2026-01-01"
  - id: knee-joint
    name: Knee joint
    definition: Where the thigh bone meets the shin bone.
    reviewed: "2026-01-01"
"""


def data_dirs(first: Path, *more: Path) -> list[DataDir]:
    """`first` as the shipped data, `more` laid over it."""
    return [DataDir(first, SHIPPED), *(DataDir(d, str(d)) for d in more)]


def catalog_of(*dirs: Path) -> Catalog:
    return Catalog.from_dataset(load_dataset(data_dirs(*dirs)))


@pytest.fixture
def overlaid(mini: Path, user_dir: Any) -> Catalog:
    return catalog_of(mini, user_dir(glossary=OVERLAY))


def miss(catalog: Catalog, name: str, **options: Any) -> NotFound:
    with pytest.raises(NotFound) as caught:
        catalog.find(name, **options)
    return caught.value


def problems_of(*dirs: Path) -> list[Problem]:
    try:
        load_dataset(data_dirs(*dirs))
    except DataError as exc:
        return list(exc.problems)
    return []


def line_of(path: Path, needle: str, nth: int = 1) -> int:
    hits = [i for i, line in enumerate(path.read_text().splitlines(), 1) if needle in line]
    return hits[nth - 1]


# -- lookup -------------------------------------------------------------------------


class TestLookup:
    def test_an_ambiguous_prefix_lists_every_entry_not_an_arbitrary_one(
        self, overlaid: Catalog
    ) -> None:
        """'knee' starts 'knee trouble' (a condition) and 'knee brace' (a term)."""
        with pytest.raises(Ambiguous) as caught:
            overlaid.find("knee")
        found = {match.id for match in caught.value.matches}
        assert {"knee-trouble", "knee-brace"} <= found

    def test_one_more_letter_makes_it_unique(self, overlaid: Catalog) -> None:
        assert overlaid.find("knee t").id == "knee-trouble"
        assert overlaid.find("knee b").id == "knee-brace"

    def test_kinds_are_narrowed_before_a_prefix_is_judged_unique(self, overlaid: Catalog) -> None:
        """Among conditions alone, 'knee' has one candidate; among terms, three."""
        assert overlaid.find("knee", kinds=("condition",)).id == "knee-trouble"
        with pytest.raises(Ambiguous) as caught:
            overlaid.find("knee", kinds=("term",))
        assert {m.id for m in caught.value.matches} == {"knee-brace", "knee-cap", "knee-joint"}

    def test_several_names_of_one_entry_are_one_candidate(self, overlaid: Catalog) -> None:
        """'knee sup' starts two aliases of the same entry: unique, not ambiguous."""
        assert overlaid.find("knee sup").id == "knee-brace"

    def test_a_whole_name_beats_the_start_of_a_longer_one(self, overlaid: Catalog) -> None:
        """'lumbago' is an alias of back-ache and the start of 'lumbago belt'."""
        assert overlaid.find("lumbago").id == "back-ache"

    def test_a_whole_name_of_another_kind_leaves_the_prefix_rule(self, overlaid: Catalog) -> None:
        """Asked among terms, 'lumbago' (a condition's alias) finds the term it starts."""
        assert overlaid.find("lumbago", kinds=("term",)).id == "lumbago-belt"

    def test_the_shortest_prefix_is_three_characters(self, mini: Path) -> None:
        """'lu' starts only 'lumbago', yet two characters are too few; 'lum' finds it."""
        catalog = catalog_of(mini)
        assert MIN_PREFIX == 3
        miss(catalog, "lu")
        assert catalog.find("lum").id == "back-ache"
        assert catalog.find("les").id == "less-pain"

    def test_a_name_of_another_kind_is_not_found(self, mini: Path) -> None:
        catalog = catalog_of(mini)
        assert miss(catalog, "less pain", kinds=("condition",)).kind == "condition"
        assert miss(catalog, "less pain", kinds=("term", "topic")).kind == "name"
        assert miss(catalog, "zzz", label="glossary term").kind == "glossary term"

    def test_a_miss_names_what_was_asked_and_suggests(self, mini: Path) -> None:
        caught = miss(catalog_of(mini), "Lumbagoo")
        assert caught.name == "Lumbagoo"
        assert caught.suggestions == ("back-ache",)
        assert caught.message == "Unknown name 'Lumbagoo'. Did you mean: back-ache?"
        assert caught.exit_code == EXIT_NOT_FOUND

    def test_a_suggestion_names_each_entry_once(self, mini: Path) -> None:
        """'mscss' is near both 'msc' and 'mscs', two names of one topic."""
        catalog = catalog_of(mini)
        assert catalog.suggest("mscss") == ["msc"]

    def test_many_names_of_one_entry_do_not_crowd_out_the_others(self, overlaid: Catalog) -> None:
        """'knee st' is nearest to the knee brace's many names; the knee joint is offered
        second all the same."""
        assert overlaid.suggest("knee st", limit=2) == ["knee-brace", "knee-joint"]

    def test_an_alias_of_only_punctuation_is_no_name(self, mini: Path) -> None:
        path = mini / "glossary.yaml"
        path.write_text(path.read_text().replace("[own cells]", '[own cells, "---"]'))
        miss(catalog_of(mini), "---")

    def test_names_for_completion_carry_the_name_first_given(self, mini: Path) -> None:
        """Each lookup key keeps the first way it was written, and every name of an
        entry carries the entry's name."""
        names = {key: rest for key, *rest in catalog_of(mini).names()}
        assert names["msc"] == ["msc", "topic", "Mesenchymal stromal cells"]
        assert names["mscs"] == ["MSCs", "topic", "Mesenchymal stromal cells"]
        assert names["kt"] == ["KT", "condition", "Knee trouble"]
        assert names["owncells"] == ["own cells", "term", "Autologous"]

    def test_a_one_word_slip_offers_the_entry_named_by_that_word_first(
        self, mini: Path, user_dir: Any
    ) -> None:
        """'kneee' is a slip of the word 'knee': the condition whose name holds it comes
        before a term that only has 'knee OA' among its aliases, though 'knee OA' is the
        closer whole name; with two words typed, whole names lead as before."""
        overlay = (
            "terms:\n  - id: cartilage-wear\n    name: Cartilage wear\n"
            "    aliases: [knee OA]\n    definition: Worn cartilage.\n"
            '    reviewed: "2026-01-01"\n'
        )
        catalog = catalog_of(mini, user_dir(glossary=overlay))
        assert catalog.suggest("kneee")[:2] == ["knee-trouble", "cartilage-wear"]
        assert catalog.suggest("kneee oa")[0] == "cartilage-wear"

    def test_suggestions_stop_at_the_limit(self, overlaid: Catalog) -> None:
        """Four entries are near 'knee'; three are offered unless asked for more or fewer."""
        assert len(overlaid.suggest("knee", limit=5)) == 4
        assert len(overlaid.suggest("knee")) == 3
        assert len(overlaid.suggest("knee", limit=2)) == 2

    def test_lookup_keys(self) -> None:
        assert normalize("Golfer's Elbow!") == "golferselbow"
        assert normalize("___") == ""
        assert completion_word("Golfer's elbow") == "golfers-elbow"
        assert completion_word("  (Knee) pain ") == "knee-pain"


# -- loading ------------------------------------------------------------------------


class TestDuplicates:
    def test_a_duplicate_id_names_the_line_of_the_first(self, mini: Path) -> None:
        path = mini / "glossary.yaml"
        text = path.read_text()
        path.write_text(text + text.split("terms:\n", 1)[1])
        [problem] = problems_of(mini)
        first = line_of(path, "- id: autologous")
        assert problem.message == f"duplicate id 'autologous' (first at line {first})"
        assert (problem.line, problem.path) == (line_of(path, "- id: autologous", 2), "terms[1].id")

    def test_a_duplicate_key_names_the_line_of_the_first(self, mini: Path) -> None:
        path = mini / "glossary.yaml"
        path.write_text(
            path.read_text().replace("    definition:", "    name: Again\n    definition:")
        )
        [problem] = problems_of(mini)
        assert problem.message == f"duplicate key 'name' (first at line {line_of(path, 'name:')})"
        assert (problem.line, problem.column) == (line_of(path, "name: Again"), 5)
        assert problem.path == "terms[0].name"

    def test_an_entry_may_repeat_its_own_name_as_an_alias(self, mini: Path) -> None:
        path = mini / "glossary.yaml"
        path.write_text(path.read_text().replace("[own cells]", "[own cells, Autologous]"))
        assert problems_of(mini) == []

    def test_names_of_only_punctuation_never_clash(self, mini: Path) -> None:
        for name in ("glossary.yaml", "topics.yaml"):
            path = mini / name
            path.write_text(path.read_text().replace("aliases: [", 'aliases: ["---", ', 1))
        assert problems_of(mini) == []

    def test_the_same_benefit_twice_in_one_condition(self, mini: Path) -> None:
        path = mini / "conditions.yaml"
        text = path.read_text()
        link = "      - id: less-pain\n        grade: early\n        note: Small trials only.\n"
        path.write_text(text.replace(link, link + link.replace("Small", "Again small"), 1))
        [problem] = problems_of(mini)
        assert problem.message == "benefit 'less-pain' is listed twice"
        assert problem.path == "conditions[0].benefits[1].id"


class TestReferenceHints:
    """An unknown id lists the known ones when there are at most twelve; beyond that it
    offers the nearest, or the count."""

    @staticmethod
    def with_references(mini: Path, count: int) -> None:
        rows = "".join(
            f"  - id: ref-{n:02d}\n    type: rct\n    title: Trial {n}\n" for n in range(count - 2)
        )
        path = mini / "references.yaml"
        path.write_text(path.read_text() + rows)
        topics = mini / "topics.yaml"
        topics.write_text(topics.read_text().replace("[ref-guideline]", "[ref-guideline, zzz]"))

    def test_twelve_known_are_listed(self, mini: Path) -> None:
        self.with_references(mini, 12)
        [problem] = problems_of(mini)
        assert problem.message.startswith("unknown reference 'zzz' (known: ref-00, ref-01,")
        assert problem.message.count(",") == 11

    def test_thirteen_known_are_counted(self, mini: Path) -> None:
        self.with_references(mini, 13)
        [problem] = problems_of(mini)
        assert problem.message == "unknown reference 'zzz' (13 known)"

    def test_beyond_twelve_the_nearest_is_offered(self, mini: Path) -> None:
        self.with_references(mini, 13)
        topics = mini / "topics.yaml"
        topics.write_text(topics.read_text().replace("zzz", "ref-trail"))
        [problem] = problems_of(mini)
        assert problem.message.startswith(
            "unknown reference 'ref-trail' (did you mean: ref-trial, "
        )

    def test_a_broken_file_is_not_buried_under_unknown_ids(self, mini: Path) -> None:
        """References into a file that could not be read are not reported as unknown."""
        (mini / "references.yaml").write_text("references: [unclosed\n")
        [problem] = problems_of(mini)
        assert "YAML syntax error" in problem.message

    def test_a_replaced_entry_is_not_checked(self, mini: Path, user_dir: Any) -> None:
        """The shipped version of an entry the user replaced no longer counts."""
        path = mini / "glossary.yaml"
        path.write_text(path.read_text().replace("[msc, knee-trouble]", "[msc, gone]"))
        [problem] = problems_of(mini)
        assert problem.message.startswith("unknown entry 'gone' (known: ")
        user = user_dir(glossary=path.read_text().replace("[msc, gone]", "[msc]"))
        assert problems_of(mini, user) == []


class TestFileShape:
    def test_the_top_must_be_the_files_key(self, mini: Path) -> None:
        (mini / "red_flags.yaml").write_text("- id: x\n")
        [problem] = problems_of(mini)
        assert problem.message == "expected a mapping with the key 'red_flags:' holding a list"

    def test_an_unknown_top_level_key(self, mini: Path) -> None:
        path = mini / "glossary.yaml"
        path.write_text(path.read_text() + "extras: []\n")
        [problem] = problems_of(mini)
        assert problem.message == "unknown top-level key 'extras' (expected 'terms')"
        assert (problem.line, problem.path) == (line_of(path, "extras:"), "extras")

    def test_the_key_must_hold_a_list(self, mini: Path) -> None:
        (mini / "red_flags.yaml").write_text("red_flags: {}\n")
        [problem] = problems_of(mini)
        assert problem.message == "'red_flags' must be a list of entries"

    def test_a_file_level_problem_has_no_position(self, mini: Path) -> None:
        (mini / "topics.yaml").unlink()
        [problem] = problems_of(mini)
        assert (problem.line, problem.column, problem.path) == (0, 0, "")
        assert str(problem) == f"{mini / 'topics.yaml'}: data file is missing"

    def test_a_user_dir_may_leave_files_out(self, mini: Path, user_dir: Any) -> None:
        assert problems_of(mini, user_dir(glossary=OVERLAY)) == []

    @pytest.mark.parametrize(
        ("make", "message"),
        [
            (lambda p: None, "data directory does not exist"),
            (lambda p: p.write_text("x"), "is not a directory"),
            (lambda p: p.mkdir(), "holds none of the data files (conditions.yaml, "),
        ],
        ids=["missing", "a-file", "empty"],
    )
    def test_a_bad_user_dir(self, mini: Path, tmp_path: Path, make: Any, message: str) -> None:
        target = tmp_path / "user"
        make(target)
        [problem] = problems_of(mini, target)
        assert (problem.file, problem.line, problem.column) == (str(target), 0, 0)
        assert problem.message.startswith(message)

    def test_a_data_file_that_is_a_broken_link(self, mini: Path) -> None:
        (mini / "topics.yaml").unlink()
        (mini / "topics.yaml").symlink_to(mini / "nowhere.yaml")
        [problem] = problems_of(mini)
        assert str(problem) == f"{mini / 'topics.yaml'}: is a broken link"

    def test_a_user_dir_holding_only_a_broken_link_holds_a_data_file(
        self, mini: Path, tmp_path: Path
    ) -> None:
        user = tmp_path / "user"
        user.mkdir()
        (user / "glossary.yaml").symlink_to(tmp_path / "nowhere.yaml")
        [problem] = problems_of(mini, user)
        assert problem.message == "is a broken link"


# -- YAML -----------------------------------------------------------------------------


def parsed(text: str | bytes) -> Document:
    doc = Document("data.yaml")
    parse_text(doc, text.encode() if isinstance(text, str) else text)
    return doc


class TestYaml:
    def test_nesting_up_to_the_limit_is_read(self) -> None:
        """The value inside 64 lists is at depth 64: still read."""
        doc = parsed("[" * MAX_DEPTH + "x" + "]" * MAX_DEPTH)
        assert doc.problems == []

    def test_nesting_past_the_limit_is_refused(self) -> None:
        doc = parsed("[" * (MAX_DEPTH + 1) + "x" + "]" * (MAX_DEPTH + 1))
        [problem] = doc.problems
        assert problem.message == f"nesting is deeper than {MAX_DEPTH} levels"
        assert MAX_DEPTH == 64

    def test_a_bad_byte_on_the_first_line(self) -> None:
        [problem] = parsed(b"name: caf\xe9\n").problems
        assert (problem.line, problem.column) == (1, 10)
        assert problem.message == "not valid UTF-8 (byte 0xe9)"

    def test_a_bad_byte_after_a_line(self) -> None:
        [problem] = parsed(b"a: b\n\xff\n").problems
        assert (problem.line, problem.column) == (2, 1)

    def test_a_bad_byte_after_a_blank_first_line(self) -> None:
        [problem] = parsed(b"\nname: caf\xe9\n").problems
        assert (problem.line, problem.column) == (2, 10)

    def test_an_alias_is_reported_once_where_it_is_written(self) -> None:
        doc = parsed("a: &x [1]\nb: *x\nc: *x\n")
        [problem] = doc.problems
        assert (problem.line, problem.column) == (2, 4)
        assert problem.message == "anchors and aliases (&, *) are not supported"

    def test_an_unclosed_quote_names_where_it_started(self) -> None:
        [problem] = parsed('a: 1\nb: "open\n').problems
        assert problem.message.endswith(
            "(while scanning a quoted scalar started at line 2, column 4)"
        )
        assert problem.line == 3

    def test_a_syntax_error_on_one_line_names_no_start(self) -> None:
        [problem] = parsed("a: b: c\n").problems
        assert (problem.line, problem.column) == (1, 5)
        assert "started at" not in problem.message

    def test_a_syntax_error_within_one_line_names_no_start(self) -> None:
        """The flow mapping starts on the line of the error: no "(started at ...)"."""
        [problem] = parsed("{a: b c: d}\n").problems
        assert (problem.line, problem.column) == (1, 8)
        assert "started at" not in problem.message

    def test_a_key_must_be_text_not_a_number(self) -> None:
        [problem] = parsed("a: 1\n2: b\n").problems
        assert (problem.line, problem.column, problem.message) == (2, 1, "keys must be plain text")

    def test_a_file_that_cannot_be_read(self, tmp_path: Path) -> None:
        loop = tmp_path / "loop.yaml"
        loop.symlink_to(loop)
        [problem] = read_document(loop, "loop.yaml").problems
        assert (problem.file, problem.line, problem.column) == ("loop.yaml", 0, 0)
        assert problem.message.startswith("cannot read: ")

    def test_an_empty_document(self) -> None:
        [problem] = parsed("# nothing\n").problems
        assert (problem.line, problem.column) == (1, 1)
        assert problem.message == "file is empty (no YAML document)"

    def test_yaml12_numbers_are_numbers(self) -> None:
        doc = parsed("a: 0o17\nb: 1e3\nc: '0o17'\nd: |\n  1e3\n")
        assert doc.value == {"a": 15, "b": 1000.0, "c": "0o17", "d": "1e3\n"}
        assert doc.literals == {"a": "0o17", "b": "1e3"}

    def test_a_key_that_is_not_text(self) -> None:
        [problem] = parsed("a: 1\n[x]: 2\n").problems
        assert (problem.line, problem.column) == (2, 1)
        assert problem.message == "keys must be plain text"

    def test_positions_point_at_keys_and_fall_back_to_the_nearest_ancestor(self) -> None:
        doc = parsed("top:\n  - id: x\n    list: [a, b]\n")
        assert doc.at("top[0].id") == (2, 5)
        assert doc.at("top[0].list") == (3, 5)
        assert doc.at("top[0].list[1]") == (3, 15)
        assert doc.at("top[0].missing.deeper") == (2, 5)
        assert doc.at("nowhere") == (1, 1)


# -- values ---------------------------------------------------------------------------


def check(kind: schema.Kind, value: Any, literal: str | None = None) -> tuple[Any, list[str]]:
    doc = Document("data.yaml")
    if literal is not None:
        doc.literals["v"] = literal
    result = kind.check(value, "v", schema.Context(doc))
    return result, [p.message for p in doc.problems]


class TestValues:
    @pytest.mark.parametrize("year", [1800, 2021, 2200])
    def test_years_within_the_range(self, year: int) -> None:
        assert check(schema.Year(), year) == (year, [])

    @pytest.mark.parametrize("year", [1799, 2201, True])
    def test_years_outside_the_range(self, year: int) -> None:
        value, messages = check(schema.Year(), year)
        assert value is schema.INVALID
        assert messages[0].startswith("expected a year like 2021, got ")

    def test_the_year_range_is_the_same_in_the_json_schema(self) -> None:
        assert schema.Year().json_schema({}) == {
            "type": "integer",
            "minimum": 1800,
            "maximum": 2200,
        }

    def test_an_id_of_id_chars_is_read_and_one_longer_is_refused(self) -> None:
        """An id names an exported note's file (attack9): at most ID_CHARS, in the JSON
        schema too; an id that refers to another is bounded the same (`Ref`)."""
        longest = "a" * schema.ID_CHARS
        assert check(schema.Slug(), longest) == (longest, [])
        value, messages = check(schema.Slug(), longest + "a")
        assert value is schema.INVALID
        [message] = messages
        assert message.endswith(f" is longer than {schema.ID_CHARS} characters"), message
        assert schema.Slug().json_schema({})["maxLength"] == schema.ID_CHARS
        assert issubclass(schema.Ref, schema.Slug)

    def test_a_list_of_at_least_one(self) -> None:
        assert check(schema.ListOf(schema.Text(), 1), ["a"]) == (["a"], [])
        assert check(schema.ListOf(schema.Text(), 1), []) == (
            [],
            ["needs at least 1 item(s), has 0"],
        )
        assert "minItems" in schema.ListOf(schema.Text(), 1).json_schema({})
        assert "minItems" not in schema.ListOf(schema.Text()).json_schema({})

    def test_a_unique_list_refuses_a_repeat_and_says_so_in_its_json_schema(self) -> None:
        """(attack10) A repeat is a problem at its own place, naming the first, and is
        dropped; the JSON schema an editor reads refuses it too."""
        unique = schema.ListOf(schema.Text(), unique=True)
        assert check(unique, ["a", "b"]) == (["a", "b"], [])
        assert check(unique, ["a", "b", "a"]) == (
            ["a", "b"],
            ["'a' is given twice (first at v[0])"],
        )
        assert unique.json_schema({})["uniqueItems"] is True
        assert "uniqueItems" not in schema.ListOf(schema.Text()).json_schema({})
        assert check(schema.ListOf(schema.Text()), ["a", "a"]) == (["a", "a"], [])

    @pytest.mark.parametrize(
        ("value", "literal", "expected"),
        [
            (
                12.5,
                "12.5",
                "expected text, got a number '12.5'; put it in quotes if you mean the text",
            ),
            (
                False,
                "no",
                "expected text, got a YAML boolean 'no'; put it in quotes if you mean the text",
            ),
            (
                True,
                None,
                "expected text, got a YAML boolean true; put it in quotes if you mean the text",
            ),
            (3, None, "expected text, got a number 3; put it in quotes if you mean the text"),
            (None, None, "expected text, got nothing (an empty value or null)"),
            (["a"], None, "expected text, got a list"),
            ({"a": 1}, None, "expected text, got a mapping"),
        ],
    )
    def test_what_is_not_text_is_named(
        self, value: Any, literal: str | None, expected: str
    ) -> None:
        assert check(schema.Text(), value, literal) == (schema.INVALID, [expected])

    def test_text_is_cleaned_and_trimmed(self) -> None:
        assert check(schema.Text(), "  a\x1b[31mb \n") == ("ab", [])
        assert check(schema.Text(), "\x1b[2J ") == (schema.INVALID, ["must not be empty"])

    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (dt.date(2026, 1, 2), "2026-01-02"),
            ("2026-01-02", "2026-01-02"),
            (" 2026-01-02 ", "2026-01-02"),
        ],
    )
    def test_dates(self, value: Any, expected: str) -> None:
        assert check(schema.Date(), value) == (expected, [])

    @pytest.mark.parametrize(
        "value", ["2026-13-45", "26-01-02", dt.datetime(2026, 1, 2, 3, 4), 20260102]
    )
    def test_not_dates(self, value: Any) -> None:
        result, messages = check(schema.Date(), value)
        assert result is schema.INVALID
        assert messages[0].startswith("expected a date like 2026-11-25, got ")

    def test_a_slug(self) -> None:
        assert check(schema.Slug(), "rotator-cuff-2") == ("rotator-cuff-2", [])
        for bad in ("Rotator", "a--b", "-a", "a_b"):
            assert check(schema.Slug(), bad)[0] is schema.INVALID, bad


# -- messages -------------------------------------------------------------------------


class TestMessages:
    @pytest.mark.parametrize(
        ("count", "noun", "expected"),
        [
            (0, "topic", "0 topics"),
            (1, "topic", "1 topic"),
            (2, "topic", "2 topics"),
            (2, "match", "2 matches"),
            (2, "box", "2 boxes"),
            (2, "bus", "2 buses"),
            (2, "wish", "2 wishes"),
            (2, "entry", "2 entrys"),
        ],
    )
    def test_plural(self, count: int, noun: str, expected: str) -> None:
        assert plural(count, noun) == expected

    def test_a_plural_given_is_used(self) -> None:
        assert plural(2, "entry", "entries") == "2 entries"
        assert plural(1, "entry", "entries") == "1 entry"

    def test_closest_keeps_the_cutoff_and_the_limit(self) -> None:
        words = ["osteoarthritis", "osteoporosis", "arthritis", "zebra"]
        assert len(closest("osteoarthritus", [*words, "osteoarthritic"], cutoff=0.5)) == 3
        assert closest("osteoarthritus", words) == ["osteoarthritis", "arthritis"]
        assert closest("osteoarthritus", words, cutoff=0.5) == [
            "osteoarthritis",
            "arthritis",
            "osteoporosis",
        ]
        assert closest("osteoarthritus", words, limit=1) == ["osteoarthritis"]
        assert closest("osteoarthritus", words, cutoff=0.9) == ["osteoarthritis"]

    def test_a_problem_is_one_line_with_its_position(self) -> None:
        assert (
            str(Problem("f.yaml", 3, 7, "terms[0].name", "bad")) == "f.yaml:3:7: terms[0].name: bad"
        )
        assert str(Problem("f.yaml", 3, 7, "", "bad")) == "f.yaml:3:7: bad"
        assert str(Problem("f.yaml", 0, 0, "", "bad")) == "f.yaml: bad"
        assert (
            str(Problem("f.yaml", 1, 1, "", "a\x1b[2Jb\u202e")) == "f.yaml:1:1: a\\x1b[2Jb\\u202e"
        )

    def test_problems_sort_by_file_then_line(self) -> None:
        problems = [
            Problem("b", 1, 1, "", "x"),
            Problem("a", 9, 1, "", "x"),
            Problem("a", 2, 5, "", "x"),
        ]
        error = DataError(problems)
        assert [(p.file, p.line) for p in error.problems] == [("a", 2), ("a", 9), ("b", 1)]
        assert error.lines("stemcell: ")[-1] == "stemcell: 3 problems in the data files"
        assert DataError(problems[:1]).message == "1 problem in the data files"

    def test_exit_codes(self) -> None:
        assert (EXIT_OK, EXIT_NOT_FOUND, EXIT_USAGE, EXIT_DATA, EXIT_OUTPUT) == (0, 1, 2, 3, 4)
        assert NotFound("name", "x").exit_code == 1
        assert NoMatch("none").exit_code == 1
        assert UsageError("bad").exit_code == 2
        assert DataError([]).exit_code == 3
        assert InputError("unreadable").exit_code == 3
        assert OutputError("full").exit_code == 4

    def test_only_the_programs_own_complaints_are_prefixed(self) -> None:
        assert NotFound("name", "x").lines("stemcell: ") == ["Unknown name 'x'."]
        assert UsageError("bad", ["more"]).lines("stemcell: ") == ["stemcell: bad", "more"]
        assert NoMatch("No condition matches.").lines("p: ") == ["No condition matches."]
        assert NoMatch("nothing matches 'x'", prefixed=True).lines("p: ") == [
            "p: nothing matches 'x'"
        ]


# -- files ----------------------------------------------------------------------------


class TestAtomicWrites:
    def test_a_private_file_is_for_its_owner_alone(self, tmp_path: Path) -> None:
        target = tmp_path / "new" / "deeper" / "cache.bin"
        write_atomically(target, b"one")
        write_atomically(target, b"two")  # over an existing file, in an existing folder
        assert target.read_bytes() == b"two"
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        assert [p.name for p in target.parent.iterdir()] == ["cache.bin"]

    def test_a_shared_file_gets_the_usual_mode(self, tmp_path: Path) -> None:
        old = os.umask(0o022)
        try:
            write_atomically(tmp_path / "note.md", b"text", private=False)
        finally:
            os.umask(old)
        assert stat.S_IMODE((tmp_path / "note.md").stat().st_mode) == 0o644

    def test_a_failed_write_leaves_no_temporary_file(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        def fail(*args: Any) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(os, "replace", fail)
        with pytest.raises(OSError, match="No space left"):
            write_atomically(tmp_path / "cache.bin", b"data")
        assert list(tmp_path.iterdir()) == []


# -- search ---------------------------------------------------------------------------


class TestSearchRanking:
    """docs/usage.md, "Search": name or alias first, then summary, then body; ties go to more
    occurrences, then to the name in alphabetical order; the snippet is from the best
    field holding every word, else where the first word matched best."""

    @pytest.fixture
    def catalog(self, mini: Path) -> Catalog:
        return catalog_of(mini)

    def test_tiers_then_occurrences_then_names(self, catalog: Catalog) -> None:
        hits = search(catalog, "CELLS")
        assert [(h.id, h.tier, h.occurrences) for h in hits] == [
            ("msc", NAME, 3),
            ("autologous", NAME, 1),
            ("back-ache", BODY, 1),
            ("knee-trouble", BODY, 1),
            ("less-pain", BODY, 1),
        ]

    def test_a_reference_title_ranks_as_a_name(self, catalog: Catalog) -> None:
        hits = search(catalog, "trial")
        assert [(h.kind, h.id, h.occurrences) for h in hits] == [
            ("reference", "ref-trial", 1),
            ("condition", "knee-trouble", 4),
            ("condition", "back-ache", 2),
            ("benefit", "less-pain", 1),
        ]
        knee = hits[1]
        assert (knee.field.label, knee.start) == ("claimed benefits", 6)
        assert knee.field.text[knee.start : knee.start + knee.length] == "trials"  # a plural

    def test_an_entry_ranks_by_its_weakest_word(self, catalog: Catalog) -> None:
        """'knee' is in the name but 'injected' only in the body: a body hit, shown
        from the one field that holds both words."""
        [hit] = search(catalog, "knee injected")
        assert (hit.id, hit.tier, hit.occurrences) == ("knee-trouble", BODY, 4)
        assert hit.field.label == "stem cell approach"
        assert hit.field.text[hit.start : hit.start + hit.length] == "knee"

    def test_without_a_field_of_every_word_the_first_word_shows_where_it_is_best(
        self, catalog: Catalog
    ) -> None:
        [hit] = search(catalog, "knee trial")
        assert (hit.tier, hit.field.label, hit.start) == (BODY, "name", 0)

    def test_tiers_are_named_name_summary_body(self, catalog: Catalog) -> None:
        """'bone' is in the topic's summary, 'own cells' in the term's alias, 'injected'
        in the conditions' bodies."""
        assert [TIER_LABELS[h.tier] for h in search(catalog, "bone")] == ["summary"]
        assert [TIER_LABELS[h.tier] for h in search(catalog, "injected")] == ["body", "body"]
        assert [TIER_LABELS[h.tier] for h in search(catalog, "own cells")] == ["name"]

    def test_no_hit_is_the_programs_own_message(self, catalog: Catalog) -> None:
        with pytest.raises(NoMatch) as caught:
            search(catalog, "zzzyzzy")
        assert caught.value.lines("stemcell: ") == ["stemcell: nothing matches 'zzzyzzy'"]

    def test_an_unclosed_quote_takes_the_words_as_they_are(self) -> None:
        assert parse_query('"knee pain') == ["knee", "pain"]
        assert parse_query("  knee   'pain  ") == ["knee", "pain"]


#: Lists that must hold at least one item: what a reader is always shown.
NEVER_EMPTY = [
    ("conditions.yaml", "conditions", "symptoms"),
    ("conditions.yaml", "conditions", "risks"),
    ("conditions.yaml", "conditions", "regulatory"),
    ("conditions.yaml", "conditions", "questions"),
    ("conditions.yaml", "conditions", "see_a_doctor"),
    ("benefits.yaml", "benefits", "caveats"),
    ("topics.yaml", "topics", "sections"),
    ("red_flags.yaml", "red_flags", "phrases"),
]


@pytest.mark.parametrize(("filename", "key", "field"), NEVER_EMPTY)
def test_lists_a_reader_needs_are_never_empty(
    mini: Path, filename: str, key: str, field: str
) -> None:
    path = mini / filename
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    document[key][0][field] = []
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    [problem] = problems_of(mini)
    assert (problem.path, problem.message) == (
        f"{key}[0].{field}",
        "needs at least 1 item(s), has 0",
    )


#: Fields an entry may leave out (the mini's first entries have them all).
OPTIONAL = [
    ("conditions.yaml", "conditions", ("aliases",)),
    ("conditions.yaml", "conditions", ("terms",)),
    ("conditions.yaml", "conditions", ("references",)),
    ("conditions.yaml", "conditions", ("standard_care", "options")),
    ("conditions.yaml", "conditions", ("stem_cell_approach", "routes")),
    ("conditions.yaml", "conditions", ("evidence", "justification")),
    ("benefits.yaml", "benefits", ("aliases",)),
    ("benefits.yaml", "benefits", ("phrases",)),
    ("benefits.yaml", "benefits", ("terms",)),
    ("benefits.yaml", "benefits", ("evidence", "references")),
    ("glossary.yaml", "terms", ("see_also",)),
    ("topics.yaml", "topics", ("references",)),
    ("references.yaml", "references", ("authors",)),
    ("references.yaml", "references", ("year",)),
    ("red_flags.yaml", "red_flags", ("references",)),
]


@pytest.mark.parametrize(("filename", "key", "field"), OPTIONAL)
def test_optional_fields_may_be_left_out(
    mini: Path, filename: str, key: str, field: tuple[str, ...]
) -> None:
    path = mini / filename
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    holder = document[key][0]
    for name in field[:-1]:
        holder = holder[name]
    del holder[field[-1]]
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    assert problems_of(mini) == []


@pytest.mark.parametrize(("filename", "key", "field"), NEVER_EMPTY)
def test_one_item_is_enough(mini: Path, filename: str, key: str, field: str) -> None:
    path = mini / filename
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    document[key][0][field] = document[key][0][field][:1]
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    assert problems_of(mini) == []


def test_the_size_limit_is_16_mib_and_a_byte_over_is_refused(mini: Path) -> None:
    """docs/security.md: files of at most 16 MiB; a larger one is refused before it is parsed."""
    assert MAX_FILE_BYTES == 16 * 1024 * 1024
    with open(mini / "glossary.yaml", "r+b") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    [problem] = problems_of(mini)
    assert (problem.line, problem.column) == (0, 0)
    assert problem.message == "file is 16,777,217 bytes; the limit is 16,777,216 bytes (16 MiB)"


def test_a_data_file_that_is_a_directory(mini: Path) -> None:
    (mini / "glossary.yaml").unlink()
    (mini / "glossary.yaml").mkdir()
    [problem] = problems_of(mini)
    assert (problem.file, problem.line, problem.column) == (str(mini / "glossary.yaml"), 0, 0)
    assert "directory" in problem.message


def test_the_store_keeps_entries_as_mappings_unless_asked_for_bytes(mini: Path) -> None:
    dataset = load_dataset(data_dirs(mini))
    assert all(isinstance(row[3], dict) for rows in to_store(dataset).values() for row in rows)
    encoded = to_store(dataset, encode=True)
    assert all(isinstance(row[3], bytes) for rows in encoded.values() for row in rows)
