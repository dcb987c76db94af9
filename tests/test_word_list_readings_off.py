"""`stemcell validate` on a user's data directory names every problem of the word lists'
reading lists in one run (round leftovers3, issue 14).

Before: a `reported_lists:` entry of the wrong shape and a list of a name that does not
exist showed one problem at a time (the name was checked only when the matcher was
built, after the loader's problems had stopped the run); and an empty list in
`reported_lists:` turned its reading off without a word. Now the loader names both, each
with file, line and field, and an empty list there, or in `sales_pressure:` or
`disease_nouns:`, is a problem too: the shipped one would turn the reading off, and one
of a user's adds nothing (a plain list of yours adds to the shipped one, docs/usage.md).
A list of `other_conditions:` names one disease (`[diabetes, diabetic]`); one of fewer
than two phrases, or not of text, is a problem at its line.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from installed import stemcell

from stemcell_cli.check.words import word_lists
from stemcell_cli.core.errors import DataError


def _user_dir(tmp_path: Path, words: str) -> Path:
    data = tmp_path / "my-data"
    (data / "check").mkdir(parents=True)
    (data / "check" / "advert_words.yaml").write_text(words, encoding="utf-8")
    return data


def _problems(data: Path, how: str) -> list[str]:
    """The problem lines of the installed `validate` on `data`, given as an argument,
    `--data-dir` or STEMCELL_DATA_DIR; it must exit 3."""
    if how == "argument":
        result = stemcell("validate", str(data))
    elif how == "option":
        result = stemcell("--data-dir", str(data), "validate")
    else:
        result = stemcell("validate", STEMCELL_DATA_DIR=str(data))
    assert result.returncode == 3, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    return [line for line in result.stdout.splitlines() if "advert_words.yaml:" in line]


@pytest.mark.parametrize("how", ["argument", "option", "environment"])
def test_a_wrong_entry_and_a_wrong_list_name_are_named_in_one_run(tmp_path: Path, how: str) -> None:
    data = _user_dir(
        tmp_path,
        "reported_lists:\n  proposed: [put it forward]\n  speakerz: [critics]\n",
    )
    found = _problems(data, how)
    assert len(found) == 2, found
    entry, name = found
    assert ":2:14: reported_lists.proposed[0]: one to 2 words" in entry, entry
    assert ":3:3: reported_lists.speakerz: no list of reported lists is called" in name, name


def test_an_empty_reported_list_turns_its_reading_off_and_is_named(tmp_path: Path) -> None:
    data = _user_dir(tmp_path, "reported_lists:\n  speakers: []\n")
    [problem] = _problems(data, "argument")
    assert ":2:3: reported_lists.speakers: an empty list turns this reading off" in problem


@pytest.mark.parametrize("key", ["sales_pressure", "disease_nouns"])
def test_an_empty_plain_list_of_a_user_is_named(tmp_path: Path, key: str) -> None:
    """A user's plain list adds to the shipped one: empty, it cannot turn the reading off,
    and validate says so rather than let the user think it did."""
    data = _user_dir(tmp_path, f"{key}: []\n")
    [problem] = _problems(data, "option")
    assert f":1:1: {key}: an empty list adds nothing" in problem, problem


@pytest.mark.parametrize("key", ["sales_pressure", "disease_nouns"])
def test_an_empty_plain_list_in_the_whole_lists_turns_a_reading_off(
    tmp_path: Path, key: str
) -> None:
    """In a file of every section (the shipped file's place), an empty list is the
    reading turned off: a problem."""
    path = tmp_path / "advert_words.yaml"
    path.write_text(f"groups: {{}}\nother_conditions: {{}}\n{key}: []\n", encoding="utf-8")
    with pytest.raises(DataError) as raised:
        word_lists.load(path)
    [problem] = raised.value.problems
    assert (problem.path, problem.line, problem.message) == (key, 3, word_lists.TURNS_OFF)


def test_lists_with_words_and_no_empty_list_pass(tmp_path: Path) -> None:
    data = _user_dir(
        tmp_path,
        "reported_lists:\n  speakers: [critics]\nsales_pressure: [miracle-language]\n"
        "disease_nouns: [malady]\nother_conditions:\n  other: [[gout, gouty]]\n",
    )
    result = stemcell("validate", str(data))
    assert result.returncode == 0, (result.stdout, result.stderr)


@pytest.mark.parametrize("listed", ["[gout]", "[gout, 12]", "[[gout, [x]]]"])
def test_a_list_of_one_disease_needs_two_phrases_of_text(tmp_path: Path, listed: str) -> None:
    data = _user_dir(tmp_path, f"other_conditions:\n  other:\n    - {listed}\n")
    found = _problems(data, "argument")
    assert len(found) == 1, found
    assert "other_conditions.other[0]: expected a phrase, or a list of two or more" in found[0]


def test_an_empty_own_list_is_no_problem(tmp_path: Path) -> None:
    """An empty `own` only says no word marks a speaker as the page's own; the reading
    stays on (attack14), so validate must not say it turns the reading off."""
    data = _user_dir(tmp_path, "reported_lists:\n  own: []\n")
    result = stemcell("validate", str(data))
    assert result.returncode == 0, (result.stdout, result.stderr)
