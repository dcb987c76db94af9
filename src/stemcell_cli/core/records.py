"""Typed records from validated plain data, following the model's own field types.

The validator (`schema`) has already checked and normalised the data, so building
is only conversion: nested mappings become their record, lists become tuples of
their item type, grade text becomes `Grade`. The plan for each class is read once
from its annotations, so this module needs neither YAML nor the schema.
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from enum import Enum
from typing import Any

from stemcell_cli.core.kinds import kind, resolve
from stemcell_cli.core.model import Question

Convert = Callable[[Any], Any]
_plans: dict[type[Any], dict[str, Convert]] = {}


def build(kind_name: str, data: dict[str, Any], origin: str) -> Any:
    """The typed record of one validated entry of a kind."""
    return _build(record_class(kind_name), data, origin=origin)


def record_class(kind_name: str) -> type[Any]:
    """The record class of the entries of a kind (kinds.KINDS)."""
    cls: type[Any] = resolve(kind(kind_name).record)
    return cls


def _build(cls: type[Any], data: dict[str, Any], **extra: Any) -> Any:
    plan = _plans.get(cls) or _plan(cls)
    return cls(**{key: plan[key](value) for key, value in data.items()}, **extra)


def _plan(cls: type[Any]) -> dict[str, Convert]:
    notes = cls.__annotations__  # real types: model.py does not postpone annotations
    plan = {name: _converter(notes[name]) for name in cls._fields}
    _plans[cls] = plan
    return plan


def _identity(value: Any) -> Any:
    return value


def _text(value: Any) -> str:
    # Validated data always has text here; a cache of another shape may not, and must
    # fail now (so it is rebuilt) rather than when a page uses the value.
    if type(value) is not str:
        raise TypeError(f"expected text, got {type(value).__name__}")
    return value


def _texts(values: Any) -> tuple[str, ...]:
    if type(values) is not list and type(values) is not tuple:
        raise TypeError(f"expected a list, got {type(values).__name__}")
    return tuple(_text(value) for value in values)


def _question(value: Any) -> Question:
    """A question from its text, or from its mapping `{ask, topic}` (`model.Question`)."""
    if type(value) is dict:
        return Question(_text(value.get("ask")), _text(value.get("topic")))
    return Question(_text(value))


def _number(value: Any) -> int:
    if type(value) is not int:
        raise TypeError(f"expected a number, got {type(value).__name__}")
    return value


def _converter(hint: Any) -> Convert:
    args = typing.get_args(hint)
    if type(None) in args and len(args) == 2:  # an optional field: `Cost | None`
        inner = _converter(next(arg for arg in args if arg is not type(None)))
        return lambda value: None if value is None else inner(value)
    if typing.get_origin(hint) is tuple:
        item = _converter(typing.get_args(hint)[0])
        if item is _text:
            return _texts
        return lambda values: tuple(item(value) for value in _sequence(values))
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint
    if isinstance(hint, type) and issubclass(hint, tuple) and hasattr(hint, "_fields"):
        return lambda value: _build(hint, value)
    if hint is str:
        return _text
    if hint is Question:
        return _question
    if hint is int:
        return _number
    return _identity


def _sequence(values: Any) -> Any:
    if type(values) is not list and type(values) is not tuple:
        raise TypeError(f"expected a list, got {type(values).__name__}")
    return values
