"""`stemcell schema` and the validator come from one definition: they agree on the data."""

from __future__ import annotations

import json
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
    document = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
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
