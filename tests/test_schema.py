"""`stemcell schema` and the validator come from one definition: they agree on the data."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from stemcell_cli.cli.app import app
from stemcell_cli.core.datadirs import shipped_dir
from stemcell_cli.core.errors import DataError
from stemcell_cli.core.loader import SHIPPED, DataDir, load_dataset

MINI = Path(__file__).parent / "fixtures" / "mini"


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(CliRunner().invoke(app, ["schema"]).stdout)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def as_editor_sees(path: Path) -> Any:
    """The document as a YAML 1.2 editor reads it: an unquoted date is text there."""
    document = yaml.load(
        path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    )
    return json.loads(json.dumps(document, default=str))


def documents(directory: Path) -> dict[str, Any]:
    return {path.name: as_editor_sees(path) for path in sorted(directory.glob("*.yaml"))}


@pytest.mark.parametrize("directory", [shipped_dir(), MINI], ids=["shipped", "mini"])
def test_the_schema_accepts_valid_data(validator: Draft202012Validator, directory: Path) -> None:
    for name, document in documents(directory).items():
        errors = [e.message for e in validator.iter_errors(document)]
        assert errors == [], name


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("    name: Less pain\n", ""),  # a required field missing
        ("grade: early", "grade: excellent"),  # off the grade scale
        ("id: less-pain", "id: Less_Pain"),  # not a slug
        ("    name: Less pain\n", "    name: Less pain\n    colour: blue\n"),  # unknown field
        ("name: Less pain", 'name: "   "'),  # only spaces
    ],
    ids=["missing-field", "bad-grade", "bad-id", "unknown-field", "blank-text"],
)
def test_schema_and_validator_reject_the_same_record(
    validator: Draft202012Validator, tmp_path: Path, old: str, new: str
) -> None:
    target = tmp_path / "mini"
    target.mkdir()
    for path in MINI.iterdir():
        (target / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    benefits = target / "benefits.yaml"
    text = benefits.read_text(encoding="utf-8")
    assert old in text
    benefits.write_text(text.replace(old, new, 1), encoding="utf-8")
    assert list(validator.iter_errors(as_editor_sees(benefits)))
    with pytest.raises(DataError):
        load_dataset([DataDir(target, SHIPPED)])


def both_judge(validator: Draft202012Validator, target: Path, path: Path, valid: bool) -> None:
    """The JSON Schema and the validator both accept the file, or both refuse it."""
    errors = [e.message for e in validator.iter_errors(as_editor_sees(path))]
    assert (errors == []) is valid, errors
    try:
        load_dataset([DataDir(target, SHIPPED)])
    except DataError as exc:
        assert not valid, [str(p) for p in exc.problems]
    else:
        assert valid


def mini_edited(tmp_path: Path, name: str, old: str, new: str) -> tuple[Path, Path]:
    """A copy of the mini dataset with `old` replaced by `new` once in its file `name`
    (which must hold `old`): the copy's folder and the edited file."""
    target = tmp_path / "mini"
    shutil.copytree(MINI, target)
    edited = target / name
    text = edited.read_text(encoding="utf-8")
    assert old in text
    edited.write_text(text.replace(old, new, 1), encoding="utf-8")
    return target, edited


@pytest.mark.parametrize(
    ("old", "new", "valid"),
    [
        ("name: Less pain", "name: X", True),  # one character is text enough
        ("caveats: [Placebo effects are large.]", "caveats: []", False),  # at least one
        ("terms: [autologous]", "terms: []", True),  # an optional list may be empty
    ],
    ids=["one-character", "empty-required-list", "empty-optional-list"],
)
def test_schema_and_validator_agree_at_the_edges(
    validator: Draft202012Validator, tmp_path: Path, old: str, new: str, valid: bool
) -> None:
    target, benefits = mini_edited(tmp_path, "benefits.yaml", old, new)
    both_judge(validator, target, benefits, valid)


@pytest.mark.parametrize(
    ("year", "valid"), [(1799, False), (1800, True), (2200, True), (2201, False)]
)
def test_schema_and_validator_agree_on_the_years(
    validator: Draft202012Validator, tmp_path: Path, year: int, valid: bool
) -> None:
    target, references = mini_edited(tmp_path, "references.yaml", "year: 2020", f"year: {year}")
    both_judge(validator, target, references, valid)


@pytest.mark.parametrize(
    ("document", "valid"),
    [
        ({"terms": []}, True),
        ({}, False),  # a file holds one list
        ({"terms": [], "topics": []}, False),  # and only one
        ({"notes": []}, False),  # of a known kind
    ],
    ids=["one-list", "none", "two-lists", "unknown-key"],
)
def test_the_schema_wants_one_known_list_per_file(
    validator: Draft202012Validator, document: dict[str, Any], valid: bool
) -> None:
    errors = [e.message for e in validator.iter_errors(document)]
    assert (errors == []) is valid, errors


@pytest.mark.parametrize(
    ("name", "valid"), [("FDA", True), ("ACR/AF", True), ("NG59", True), ("fda", False),
                        ("MSCs", False), ("FDA-", False), ("'123'", False)],
)  # fmt: skip
def test_schema_and_validator_agree_on_short_names(
    validator: Draft202012Validator, tmp_path: Path, name: str, valid: bool
) -> None:
    """idn1: a short name is in capitals (a page finds it as written)."""
    target = tmp_path / "mini"
    shutil.copytree(MINI, target)
    names = target / "short_names.yaml"
    names.write_text(
        f"short_names:\n  - id: one\n    name: {name}\n    says: what it is\n", encoding="utf-8"
    )
    both_judge(validator, target, names, valid)


@pytest.mark.parametrize(
    ("hint", "valid"),
    [
        ("cells", True),
        ("one two three four five six seven eight", True),
        ("one two three four five six seven eight nine", False),  # the definition says more
        ("|\n      one\n      two", False),  # one line
    ],
    ids=["one-word", "eight-words", "nine-words", "two-lines"],
)
def test_schema_and_validator_agree_on_a_terms_hint(
    validator: Draft202012Validator, tmp_path: Path, hint: str, valid: bool
) -> None:
    """patient7: a term's `hint`, beside its name on a short page, is a few words on a line."""
    autologous = "    name: Autologous\n"
    target, glossary = mini_edited(
        tmp_path, "glossary.yaml", autologous, f"{autologous}    hint: {hint}\n"
    )
    both_judge(validator, target, glossary, valid)


def test_a_long_hint_is_a_problem_that_says_the_limit(tmp_path: Path) -> None:
    autologous = "    name: Autologous\n"
    target, _ = mini_edited(
        tmp_path, "glossary.yaml", autologous, f"{autologous}    hint: {'word ' * 9}\n"
    )
    with pytest.raises(DataError) as raised:
        load_dataset([DataDir(target, SHIPPED)])
    shown = [str(problem) for problem in raised.value.problems]
    assert any("hint" in line and "at most 8 words (it has 9)" in line for line in shown), shown
