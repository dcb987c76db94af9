"""More boundary tests of the core's rules, written for the mutants that survived the
suite (benchmarks/mutation.py): each test is named by the rule it protects and sits
on its edge, so that moving the edge by one token fails it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from stemcell_cli.core.catalog import Catalog, holds_words, same_word
from stemcell_cli.core.datadirs import SHIPPED, DataDir
from stemcell_cli.core.errors import DataError, Match
from stemcell_cli.core.files import TooLarge
from stemcell_cli.core.loader import load_dataset
from stemcell_cli.core.problems import Problem

MIB = 1024 * 1024


def problems_of(shipped: Path, *more: Path) -> list[Problem]:
    """The problems of `shipped` as the shipped data, `more` laid over it."""
    dirs = [DataDir(shipped, SHIPPED), *(DataDir(d, str(d)) for d in more)]
    try:
        load_dataset(dirs)
    except DataError as exc:
        return list(exc.problems)
    return []


# -- the size limit's message ------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "limit", "said"),
    [
        (16 * MIB + 1, 16 * MIB, "is 16,777,217 bytes; the limit is 16,777,216 bytes (16 MiB)"),
        (17 * MIB, 16 * MIB, "is 17 MiB; the limit is 16 MiB"),
        (20_000_000, 16 * MIB, "is 20,000,000 bytes; the limit is 16,777,216 bytes (16 MiB)"),
        (16 * MIB, 16 * MIB - 1, "is 16,777,216 bytes; the limit is 16,777,215 bytes"),
        (1025, 1024, "is 1,025 bytes; the limit is 1,024 bytes"),
    ],
    ids=["a-byte-over", "whole-mib", "decimal-megabytes", "limit-not-whole", "small"],
)
def test_a_size_over_the_limit_is_said_exactly_never_rounded_down(
    size: int, limit: int, said: str
) -> None:
    """A file a byte over 16 MiB was "16 MiB; the limit is 16 MiB": now MiB only when
    both are whole MiB, else the bytes."""
    assert str(TooLarge("x.yaml", size, limit)) == said


# -- a data file of the wrong shape --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- a\n", "expected a mapping with the key 'terms:' holding a list"),
        ("other: []\n", "expected a mapping with the key 'terms:' holding a list"),
        ("terms: {a: 1}\n", "'terms' must be a list of entries"),
        ("terms: 3\n", "'terms' must be a list of entries"),
    ],
    ids=["a-list", "no-terms-key", "terms-a-mapping", "terms-a-number"],
)
def test_a_data_file_of_the_wrong_shape_is_its_one_problem_without_unknown_id_noise(
    mini: Path, text: str, message: str
) -> None:
    """The mini's conditions use the term 'autologous'; with the glossary's top level of
    the wrong shape, its entries are unread, so references into it are not checked."""
    assert "autologous" in (mini / "conditions.yaml").read_text(encoding="utf-8")
    (mini / "glossary.yaml").write_text(text, encoding="utf-8")
    [problem] = problems_of(mini)
    assert problem.file == str(mini / "glossary.yaml")
    assert problem.message.endswith(message)


def test_a_reference_to_an_unknown_id_is_still_checked_beside_a_well_formed_file(
    mini: Path,
) -> None:
    """The other side of the rule above: a glossary of the right shape that lacks the
    term leaves the reference reported."""
    (mini / "glossary.yaml").write_text("terms: []\n", encoding="utf-8")
    messages = [problem.message for problem in problems_of(mini)]
    assert messages
    assert all(message.startswith("unknown term 'autologous'") for message in messages)


# -- lookup: how a word that is no entry's name is matched and ranked ----------------

#: Laid over the mini: a term whose name holds "sore" (the knee trouble's alias "sore
#: knee" holds it too), and one whose id alone starts "splin".
RANKING_TERMS = """terms:
  - id: sore-spot
    name: Sore spot
    definition: A place that hurts when pressed.
    reviewed: "2026-01-01"
  - id: splint
    name: Walking aid
    aliases: [cane]
    definition: Something that takes weight off a leg.
    reviewed: "2026-01-01"
"""

#: Symptoms of the mini's knee trouble, each found by one query, for the snippet a
#: symptom match quotes: three words before the word, as many after as fit in 60
#: characters, "..." where cut.
SYMPTOMS = {
    "sitting": "Pain that starts in the hip and spreads down one leg, often worse after "
    "sitting at a desk for hours on end in this afternoon heat",
    "resting": "Pain that starts in the hip and spreads down one leg, often worse after "
    "resting at a desk for hours on end in these afternoons",
    "joints": "Grinding joints in the morning",
    "burning": "Pain described as overwhelmingly uncharacteristically disproportionately "
    "burning in the foot",
    "lower back": "Back stiffness in the morning that eases with movement, then aching in "
    "the lower back by evening",
}


def catalog_of(shipped: Path, *more: Path) -> Catalog:
    dirs = [DataDir(shipped, SHIPPED), *(DataDir(d, str(d)) for d in more)]
    return Catalog.from_dataset(load_dataset(dirs))


@pytest.fixture
def ranked(mini: Path, user_dir: Any) -> Catalog:
    return catalog_of(mini, user_dir(glossary=RANKING_TERMS))


@pytest.fixture
def symptomatic(mini: Path) -> Catalog:
    path = mini / "conditions.yaml"
    listed = "".join(f"      - {text}\n" for text in SYMPTOMS.values())
    text = path.read_text(encoding="utf-8")
    assert "      - Pain when walking\n" in text
    path.write_text(text.replace("      - Pain when walking\n", listed), encoding="utf-8")
    return catalog_of(mini)


class TestLookupRanking:
    def test_a_match_by_name_ranks_before_a_match_by_another_name(self, ranked: Catalog) -> None:
        """The condition (read first) holds 'sore' in its alias; the term in its name."""
        assert ranked.matches("sore") == [
            Match("term", "sore-spot", "Sore spot", "its name"),
            Match("condition", "knee-trouble", "Knee trouble", "also called 'sore knee'"),
        ]

    def test_a_benefit_found_by_a_wording_says_it_is_how_clinics_claim_it(
        self, ranked: Catalog
    ) -> None:
        """A benefit's aliases are the claim as clinics word it, not another name."""
        assert ranked.matches("relief") == [
            Match("benefit", "less-pain", "Less pain", "claimed as 'pain relief'")
        ]

    def test_an_id_alone_matches_last_and_says_so(self, ranked: Catalog) -> None:
        assert ranked.matches("splin") == [Match("term", "splint", "Walking aid", "its id")]
        assert ranked.find("splin").id == "splint"

    def test_a_symptom_match_comes_after_names_and_quotes_the_symptom(
        self, ranked: Catalog
    ) -> None:
        assert ranked.matches("walking") == [
            Match("term", "splint", "Walking aid", "its name"),
            Match("condition", "knee-trouble", "Knee trouble", "symptom 'Pain when walking'"),
        ]

    def test_an_entry_found_by_its_name_is_not_listed_again_for_a_symptom(self, mini: Path) -> None:
        path = mini / "conditions.yaml"
        path.write_text(path.read_text().replace("Pain when walking", "Knee pain when walking"))
        assert catalog_of(mini).matches("knee") == [
            Match("condition", "knee-trouble", "Knee trouble", "its name")
        ]

    def test_matches_of_one_rank_keep_the_order_of_the_data(
        self, mini: Path, user_dir: Any
    ) -> None:
        """Of two names holding the word, the one the data lists first comes first,
        whatever their ids."""
        terms = "terms:\n" + "".join(
            f"  - id: {name.lower()}-quill\n    name: {name} quill\n"
            f'    definition: A quill.\n    reviewed: "2026-01-01"\n'
            for name in ("Zeta", "Alpha")
        )
        assert [m.id for m in catalog_of(mini, user_dir(glossary=terms)).matches("quill")] == [
            "zeta-quill",
            "alpha-quill",
        ]

    def test_a_match_by_name_ranks_before_a_match_by_the_first_alias(
        self, mini: Path, user_dir: Any
    ) -> None:
        """ "kt" is the condition's first alias (read first) and in the term's name."""
        terms = (
            "terms:\n  - id: kt-tape\n    name: KT tape\n"
            '    definition: A tape.\n    reviewed: "2026-01-01"\n'
        )
        assert [m.id for m in catalog_of(mini, user_dir(glossary=terms)).matches("kt")] == [
            "kt-tape",
            "knee-trouble",
        ]

    def test_a_query_without_a_word_matches_nothing(self, ranked: Catalog) -> None:
        assert ranked.matches("") == []
        assert ranked.matches("- !") == []


class TestSymptomSnippets:
    @pytest.mark.parametrize(
        ("query", "snippet"),
        [
            ("sitting", "...often worse after sitting at a desk for hours on end in this..."),
            ("resting", "...often worse after resting at a desk for hours on end in..."),
            ("joints", "Grinding joints in the morning"),
            ("burning", "...overwhelmingly uncharacteristically disproportionately burning..."),
            ("lower back", "...aching in the lower back by evening"),
        ],
        ids=[
            "three-words-before-and-a-60-character-line-kept",
            "a-61st-character-cuts",
            "whole-when-it-fits",
            "the-word-itself-always-shown",
            "placed-on-the-first-word-of-the-query",
        ],
    )
    def test_a_symptom_is_quoted_around_the_word_within_60_characters(
        self, symptomatic: Catalog, query: str, snippet: str
    ) -> None:
        assert symptomatic.matches(query) == [
            Match("condition", "knee-trouble", "Knee trouble", f"symptom '{snippet}'")
        ]


class TestWordRules:
    @pytest.mark.parametrize(
        ("one", "other", "same"),
        [
            ("knee", "knee", True),
            ("knee", "knees", True),
            ("knees", "knee", True),
            ("box", "boxes", True),
            ("boxes", "box", True),
            ("knee", "kneess", False),
            ("kne", "knee", False),
            ("knee", "kneed", False),
        ],
    )
    def test_words_are_the_same_but_for_a_plural_s_or_es(
        self, one: str, other: str, same: bool
    ) -> None:
        assert same_word(one, other) is same

    @pytest.mark.parametrize(
        ("words", "query", "held"),
        [
            (["knee", "trouble"], ["trouble"], True),
            (["knee", "trouble"], ["knee", "trouble"], True),
            (["sore", "knee", "trouble"], ["knee", "troubles"], True),
            (["knee", "trouble"], ["trouble", "knee"], False),
            (["a", "b", "c"], ["a", "c"], False),
            (["knee"], ["knee", "trouble"], False),
            ([], ["knee"], False),
        ],
    )
    def test_a_query_is_held_as_a_run_of_whole_words(
        self, words: list[str], query: list[str], held: bool
    ) -> None:
        assert holds_words(words, query) is held


class TestSuggestions:
    def test_a_miss_of_two_letters_suggests_the_names_they_start_one_letter_does_not(
        self, mini: Path
    ) -> None:
        """No spelling is close to "lu" or "l"; "lu" starts "lumbago", the back ache's
        other name."""
        catalog = catalog_of(mini)
        assert catalog.suggest("lu") == ["back-ache"]
        assert catalog.suggest("l") == []


# -- temporary files of killed runs: removed once an hour old ------------------------


def test_a_temporary_file_of_a_killed_run_is_removed_at_an_hour_old_not_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run writing the cache right now has its temporary file: only one an hour old
    (3,600 s) or older is taken for a killed run's and removed (the clock is fixed)."""
    import time

    from stemcell_cli.core import cache

    now = 2_000_000_000
    target = tmp_path / "dataset.marshal"
    old = tmp_path / f".{target.name}.{'a' * 12}.tmp"
    young = tmp_path / f".{target.name}.{'b' * 12}.tmp"
    for path, age in ((old, 3600), (young, 3599.5)):
        path.write_bytes(cache.MARKER + b"half written")
        os.utime(path, (now - age, now - age))
    monkeypatch.setattr(time, "time", lambda: float(now))
    cache._remove_stale_temporaries(target)
    assert not old.exists()
    assert young.exists()


# -- the first 200 problems found are kept, the rest counted --------------------------


def test_the_first_200_problems_found_are_listed_and_later_ones_counted(mini: Path) -> None:
    """docs/security.md: "The first 200 problems are listed, then how many more there are."
    They are kept as they are found (files in the order of the kinds: conditions
    before benefits), so a flood of them costs no memory; a problem found after those
    200 is counted, even one that would sort first."""
    conditions = mini / "conditions.yaml"
    numbers = "".join(f"  - {index}\n" for index in range(200))
    conditions.write_text(conditions.read_text(encoding="utf-8") + numbers, encoding="utf-8")
    benefits = mini / "benefits.yaml"
    text = benefits.read_text(encoding="utf-8")
    bogus = "  - id: less-pain\n    bogus: 1\n"
    benefits.write_text(text.replace("  - id: less-pain\n", bogus, 1), encoding="utf-8")
    with pytest.raises(DataError) as raised:
        load_dataset([DataDir(mini, SHIPPED)])
    assert len(raised.value.problems) == 200
    assert {p.file for p in raised.value.problems} == {str(conditions)}
    assert raised.value.more == 1


# -- records from data of another shape fail at once --------------------------------


@pytest.mark.parametrize("aliases", [["own cells"], ("own cells",)], ids=["list", "tuple"])
def test_a_list_of_texts_is_built_from_a_list_or_a_tuple(aliases: Any) -> None:
    from stemcell_cli.core.records import build

    term = {"id": "x", "name": "X", "definition": "D.", "reviewed": "2026-01-01"}
    assert build("term", {**term, "aliases": aliases}, "o").aliases == ("own cells",)


@pytest.mark.parametrize("aliases", ["own cells", 3, {"own": "cells"}, None])
def test_a_list_of_texts_of_another_shape_fails_when_built_so_a_cache_is_rebuilt(
    aliases: Any,
) -> None:
    """A cache of another shape must fail when its records are built, not later when a
    page uses the value: a text is not taken for a list of its letters."""
    from stemcell_cli.core.records import build

    term = {"id": "x", "name": "X", "definition": "D.", "reviewed": "2026-01-01"}
    with pytest.raises(TypeError, match="expected a list"):
        build("term", {**term, "aliases": aliases}, "o")


TOPIC = {"id": "x", "name": "X", "summary": "S.", "reviewed": "2026-01-01"}


@pytest.mark.parametrize(
    "sections",
    [[{"heading": "H", "body": "B."}], ({"heading": "H", "body": "B."},)],
    ids=["list", "tuple"],
)
def test_a_list_of_records_is_built_from_a_list_or_a_tuple(sections: Any) -> None:
    from stemcell_cli.core.model import Section
    from stemcell_cli.core.records import build

    assert build("topic", {**TOPIC, "sections": sections}, "o").sections == (Section("H", "B."),)


@pytest.mark.parametrize("sections", ["H", {"heading": "H", "body": "B."}, None])
def test_a_list_of_records_of_another_shape_fails_when_built(sections: Any) -> None:
    from stemcell_cli.core.records import build

    with pytest.raises(TypeError, match="expected a list"):
        build("topic", {**TOPIC, "sections": sections}, "o")


def test_unknown_references_past_the_first_200_problems_are_counted(mini: Path) -> None:
    """References are checked after every file is read; past the first 200 problems,
    each unknown one is counted in "how many more", not lost."""
    (mini / "glossary.yaml").write_text("terms: []\n", encoding="utf-8")
    unknown = len(problems_of(mini))
    assert unknown >= 1
    conditions = mini / "conditions.yaml"
    numbers = "".join(f"  - {index}\n" for index in range(200))
    conditions.write_text(conditions.read_text(encoding="utf-8") + numbers, encoding="utf-8")
    with pytest.raises(DataError) as raised:
        load_dataset([DataDir(mini, SHIPPED)])
    assert len(raised.value.problems) == 200
    assert raised.value.more == unknown


# -- a long value is shown cut to 80 characters --------------------------------------


def test_a_value_is_shown_whole_up_to_80_characters_then_cut_with_an_ellipsis() -> None:
    from stemcell_cli.core.textclean import shortened

    assert shortened("x" * 80) == "x" * 80
    assert shortened("x" * 81) == "x" * 79 + "\u2026"
    assert len(shortened("y" * 5000)) == 80


@pytest.mark.parametrize(
    ("character", "named"),
    [
        ("\x07", "the control character \\x07"),
        ("\x00", "a NUL character (\\x00)"),
        ("\x01", "the control character \\x01"),
    ],
    ids=["bell", "nul", "x01"],
)
def test_a_character_yaml_does_not_allow_is_named_at_its_line_and_column(
    mini: Path, character: str, named: str
) -> None:
    """Lines and columns are 1-based: the character after "name: Auto" on the third
    line is at 3:15, and a NUL is called one."""
    glossary = mini / "glossary.yaml"
    lines = glossary.read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[2] == "    name: Autologous\n"
    lines[2] = f"    name: Auto{character}logous\n"
    glossary.write_text("".join(lines), encoding="utf-8")
    [problem] = problems_of(mini)
    assert (problem.line, problem.column) == (3, 15)
    assert problem.message == f"{named} is not allowed in YAML"


# -- the old JSON cache is removed only when it is provably ours ---------------------


@pytest.mark.parametrize(
    ("head", "mode", "removed"),
    [
        (b'{"format": 1, "data": {}}', 0o600, True),
        (b"my own notes", 0o600, False),
        (b'{"format": 1, "data": {}}', 0o666, False),
    ],
    ids=["ours", "other-content", "others-can-write-it"],
)
def test_the_old_json_cache_is_removed_only_when_ours_by_owner_and_content(
    tmp_path: Path, head: bytes, mode: int, removed: bool
) -> None:
    """A file where stemcell 0.1 kept its JSON cache goes only when it is this user's,
    no one else may write it, and it starts as that cache did."""
    from stemcell_cli.core import cache

    old = tmp_path / "dataset.json"
    old.write_bytes(head)
    old.chmod(mode)
    cache._remove_old_json_cache(old)
    assert old.exists() is not removed


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("3", "keys must be plain text"),
        ("! 3", "unknown field '3'"),
        ("!!str 3", "unknown field '3'"),
    ],
    ids=["a-number", "non-specific-tag", "str-tag"],
)
def test_a_key_is_text_unless_yaml_reads_it_as_another_type(
    mini: Path, key: str, message: str
) -> None:
    """A plain `3:` is a number, not a key; `! 3` and `!!str 3` are the text "3" (then
    an unknown field of a term)."""
    glossary = mini / "glossary.yaml"
    text = glossary.read_text(encoding="utf-8")
    name = "    name: Autologous\n"
    glossary.write_text(text.replace(name, f"{name}    {key}: x\n", 1), encoding="utf-8")
    [problem] = problems_of(mini)
    assert problem.message.startswith(message)


# -- a completion index built while the data changed is not kept ---------------------


def test_a_completion_index_built_while_the_data_changed_is_not_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index is kept only when the data's stats after building it are the ones
    read before: an edit meanwhile leaves no index file, and the next run builds it
    again from what is there then."""
    from termdata import write_term

    from stemcell_cli.core import cache, completion
    from stemcell_cli.core.datadirs import data_dirs

    user = tmp_path / "user"
    write_term(user, "First.")
    dirs = data_dirs(user)
    real = completion.completion_index

    def edited_meanwhile(*args: Any, **kwargs: Any) -> Any:
        index = real(*args, **kwargs)
        write_term(user, "Second, longer.")
        return index

    monkeypatch.setattr(completion, "completion_index", edited_meanwhile)
    cache.cached_completions(dirs)
    assert not cache.cache_path(dirs, "names").exists()
    monkeypatch.setattr(completion, "completion_index", real)
    cache.cached_completions(dirs)
    assert cache.cache_path(dirs, "names").exists()


# -- the link of a reference ------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "link"),
    [
        ({"url": "https://example.org/trial"}, "https://example.org/trial"),
        ({"url": "HTTP://example.org/trial"}, "HTTP://example.org/trial"),
        ({"url": "doi:10.1000/xyz"}, "https://doi.org/10.1000/xyz"),
        ({"url": "javascript:alert(1)"}, ""),
        ({"url": "javascript:alert(1)", "pmid": "123"}, "https://pubmed.ncbi.nlm.nih.gov/123/"),
    ],
    ids=["https", "upper-case-scheme", "doi-url", "javascript", "javascript-then-pubmed"],
)
def test_a_reference_links_to_a_web_or_doi_address_by_its_scheme(
    fields: dict[str, str], link: str
) -> None:
    """A URL is a link only when its scheme (before the first ":") is http, https or
    doi; anything else is never a link."""
    from stemcell_cli.core.model import Reference

    assert Reference("r", "article", "A trial", **fields).link == link  # type: ignore[arg-type]


# -- at most a million values a file ---------------------------------------------------


def test_a_file_of_exactly_the_most_values_is_read_and_one_more_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Values are texts, numbers, lists and mappings (keys are not): with the limit at
    10, the mapping, its list and 8 texts are read; a 9th text is refused."""
    from stemcell_cli.core import yamlsource

    monkeypatch.setattr(yamlsource, "MAX_VALUES", 10)

    def problems(texts: int) -> list[str]:
        doc = yamlsource.Document("glossary.yaml")
        yamlsource.parse_text(doc, f"terms: [{', '.join(['a'] * texts)}]\n".encode())
        return [problem.message for problem in doc.problems]

    assert problems(8) == []
    assert problems(9) == ["file holds more than 10 values"]


# -- suggestions: a name or alias that starts with what was typed --------------------


def test_a_miss_that_starts_a_name_across_its_words_suggests_that_name(
    mini: Path,
) -> None:
    """ "L4 to L" starts the alias "L4 to L5 disc pain" (spaces ignored), though no one
    word of it starts so and no spelling is near enough to suggest it."""
    conditions = mini / "conditions.yaml"
    text = conditions.read_text(encoding="utf-8")
    conditions.write_text(
        text.replace("aliases: [lumbago]", "aliases: [lumbago, L4 to L5 disc pain]"),
        encoding="utf-8",
    )
    assert catalog_of(mini).suggest("L4 to L") == ["back-ache"]


# -- where a problem is: line and column 1-based, 0 when it has no place -------------


def test_a_data_directory_that_cannot_be_entered_is_a_problem_without_a_place(
    mini: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The directory is not a line of a file: its problem has line and column 0, so it
    is shown as `folder: message`. (Entering is refused in process, since the tests may
    run as root; test_attacks runs it as a user without privileges.)"""
    real = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: real(path, mode) and path != str(mini))
    [problem] = problems_of(mini)
    assert (problem.file, problem.line, problem.column) == (str(mini), 0, 0)
    assert str(problem) == f"{mini}: cannot read the data directory: permission denied"


@pytest.mark.parametrize("text", ["~\n", "null\n", "---\n"], ids=["tilde", "null", "empty"])
def test_a_file_that_holds_no_data_is_one_problem_at_line_1_column_1(mini: Path, text: str) -> None:
    (mini / "glossary.yaml").write_text(text, encoding="utf-8")
    [problem] = problems_of(mini)
    assert str(problem) == (
        f"{mini / 'glossary.yaml'}:1:1: the file holds no data (an empty document or null)"
    )


def test_a_wrong_value_is_placed_at_its_own_line_and_column(mini: Path) -> None:
    """Line and column of the value itself, both counted from 1: the 5 in
    `    aliases: [pain relief, 5]` is line 4, column 28."""
    benefits = mini / "benefits.yaml"
    text = benefits.read_text(encoding="utf-8")
    benefits.write_text(
        text.replace("aliases: [pain relief]", "aliases: [pain relief, 5]"), encoding="utf-8"
    )
    [problem] = problems_of(mini)
    assert (problem.line, problem.column, problem.path) == (4, 28, "benefits[0].aliases[1]")


# -- written after seed 23's run (they do not change its figure) --------------------


def test_a_data_directory_whose_name_cannot_be_looked_up_is_a_problem_without_a_place(
    mini: Path, tmp_path: Path
) -> None:
    """A name the system refuses (a part over 255 bytes) is "cannot read" at line and
    column 0, as root too."""
    overlong = tmp_path / ("x" * 300)
    [problem] = problems_of(mini, overlong)
    assert (problem.file, problem.line, problem.column) == (str(overlong), 0, 0)
    assert str(problem) == f"{overlong}: cannot read: File name too long"


def test_a_path_without_a_place_takes_that_of_its_nearest_ancestor_even_a_one_letter_key() -> None:
    from stemcell_cli.core.yamlsource import Document, parse_text

    doc = Document("data.yaml")
    parse_text(doc, b"x: 1\na:\n  - one\n  - two\n")
    assert doc.at("a[1]") == (4, 5)
    assert doc.at("a[7].name") == doc.at("a[7]") == doc.at("a") == (2, 1)


def test_a_character_yaml_does_not_allow_after_other_letters_is_placed_by_characters() -> None:
    """Columns count characters, not bytes: after "café" (5 bytes, 4 characters) the
    bell is the 12th character of its line, with either YAML reader."""
    from stemcell_cli.core.yamlsource import Document, parse_text

    doc = Document("data.yaml")
    parse_text(doc, "x: 1\nname: café\x07\n".encode())
    [problem] = doc.problems
    assert (problem.line, problem.column) == (2, 11)
