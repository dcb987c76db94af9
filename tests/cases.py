"""One test for a table of cases: `@each_case(names, cases)` in place of
`@pytest.mark.parametrize(names, cases)` runs the test's body on every case and fails
naming every case that failed, and how (a failed assertion, or an error by its kind:
`KeyError: 'x'`); a case that fails does not stop the others.

For tables of hundreds of cheap cases (a sentence and what `check` must find in it):
under pytest-xdist each test costs some 5 ms of CPU beyond its own work, more than such
a case's check (ci2). The body is the same; only the decorator changes. A body takes
no fixtures (pytest sees a test of no arguments, or of `self` alone), only its cases.
As parametrize does, the table is refused where it is written when its names are not
the body's parameters, in order, or a case has not one value a name: a failure shows
every case by its names, and a name that is not its parameter's would mislabel it.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from typing import Any

import pytest

#: What a case may fail with and still be named, the rest run: an error or a failed
#: assertion, and pytest's own failure (`pytest.raises` that saw nothing raised,
#: `pytest.fail`), which is no Exception. A skip or Ctrl-C still ends the test.
_CASE_FAILURES = (Exception, pytest.fail.Exception)

Body = Callable[..., None]


def each_case(names: Sequence[str], cases: Sequence[Sequence[Any]]) -> Callable[[Body], Body]:
    def decorate(body: Body) -> Body:
        _refuse_a_table_that_does_not_fit(body, names, cases)

        def test(*args: Any) -> None:  # `self` for a method, nothing for a function
            failed = []
            for case in cases:
                try:
                    body(*args, *case)
                except _CASE_FAILURES as exc:  # an error names its case too, and the rest run
                    pairs = zip(names, case, strict=True)
                    shown = ", ".join(f"{name}={value!r}" for name, value in pairs)
                    why = str(exc) if isinstance(exc, AssertionError) else _error(exc)
                    failed.append(f"{shown}: {why}" if why else shown)
            assert cases, "no cases"
            assert not failed, f"{len(failed)} of {len(cases)} cases failed:\n" + "\n".join(failed)

        test.__name__ = body.__name__
        test.__qualname__ = body.__qualname__
        test.__doc__ = body.__doc__
        test.__module__ = body.__module__
        return test

    return decorate


def _refuse_a_table_that_does_not_fit(
    body: Body, names: Sequence[str], cases: Sequence[Sequence[Any]]
) -> None:
    """Raise TypeError unless `names` are `body`'s parameters (past a first `self`), in
    order, and every case holds one value a name."""
    if isinstance(names, str):
        raise TypeError(f"{body.__name__}: names are a tuple of names, not {names!r}")
    taken = list(inspect.signature(body).parameters)
    if taken[:1] == ["self"]:
        taken = taken[1:]
    if list(names) != taken:
        raise TypeError(
            f"{body.__name__}: names {tuple(names)} are not its parameters {tuple(taken)}"
        )
    for case in cases:
        if len(case) != len(names):
            raise TypeError(
                f"{body.__name__}: case {case!r} has not one value for each of {tuple(names)}"
            )


def _error(exc: BaseException) -> str:
    """An error that is not a failed assertion, as a failure names it: its kind first."""
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
