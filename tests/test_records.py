"""Typed records are built from the model's own field types, and match the schema."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from stemcell_cli.core import model
from stemcell_cli.core.datadirs import SHIPPED, DataDir
from stemcell_cli.core.loader import load_dataset
from stemcell_cli.core.records import build, record_class
from stemcell_cli.core.schema import ListOf, Record, files

MINI = Path(__file__).parent / "fixtures" / "mini"


def records_in(kind: Any) -> list[Record]:
    if isinstance(kind, Record):
        nested = [r for f in kind.fields.values() for r in records_in(f.kind)]
        return [kind, *nested]
    if isinstance(kind, ListOf):
        return records_in(kind.item)
    return []


@pytest.mark.parametrize("spec", files(), ids=lambda spec: spec.kind)
def test_schema_and_model_have_the_same_fields(spec: Any) -> None:
    """The validator and the record builder cannot drift apart."""
    assert record_class(spec.kind) is spec.record.cls
    for record in records_in(spec.record):
        fields = set(record.cls._fields) - {"origin"}
        assert set(record.fields) == fields, record.name


def test_build_converts_nested_records_lists_and_grades() -> None:
    dataset = load_dataset([DataDir(MINI, SHIPPED)])
    item = dataset["condition"][0]
    condition = build("condition", item["data"], item["origin"])
    assert isinstance(condition, model.Condition)
    assert isinstance(condition.evidence, model.Evidence)
    assert isinstance(condition.evidence.grade, model.Grade)
    assert isinstance(condition.benefits, tuple)
    assert isinstance(condition.benefits[0], model.BenefitLink)
    assert isinstance(condition.symptoms, tuple)
    assert condition.origin == SHIPPED


def test_build_converts_an_optional_nested_record() -> None:
    """`cost` is `Cost | None`: a mapping becomes a Cost, and a missing cost stays None."""
    dataset = load_dataset([DataDir(MINI, SHIPPED)])
    item = dataset["condition"][0]
    data = dict(item["data"], cost={"summary": "About $5,000.", "references": ["r1"]})
    condition = build("condition", data, item["origin"])
    assert isinstance(condition.cost, model.Cost)
    assert condition.cost.references == ("r1",)
    assert build("condition", item["data"], item["origin"]).cost is None
