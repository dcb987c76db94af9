"""`each_case` (tests/cases.py): one test for a table of cases fails naming every case
that failed, however it failed, and runs the rest."""

from __future__ import annotations

import re

import pytest
from cases import each_case


def failure_of(body: object) -> str:
    """The message of the test `body` makes, which must fail."""
    with pytest.raises(AssertionError) as failed:
        body()  # type: ignore[operator]
    return str(failed.value)


def test_every_failed_case_is_named_with_its_assertion() -> None:
    @each_case(("n", "word"), [(1, "one"), (2, "two"), (3, "three")])
    def body(n: int, word: str) -> None:
        assert n == 2, f"{word} is not two"

    message = failure_of(body)
    assert "2 of 3 cases failed" in message
    assert "n=1, word='one': one is not two" in message
    assert "n=3, word='three': three is not two" in message
    assert "word='two'" not in message


def test_a_case_that_raises_is_named_and_the_others_still_run() -> None:
    tried = []

    @each_case(("key",), [("a",), ("missing",), ("b",)])
    def body(key: str) -> None:
        tried.append(key)
        assert {"a": 1, "b": 2}[key]

    message = failure_of(body)
    assert tried == ["a", "missing", "b"]
    assert "1 of 3 cases failed" in message
    assert "key='missing': KeyError: 'missing'" in message


def test_a_method_gets_its_instance_and_every_case() -> None:
    seen = []

    class Table:
        @each_case(("n",), [(1,), (2,)])
        def test_it(self, n: int) -> None:
            seen.append((type(self).__name__, n))

    Table().test_it()
    assert seen == [("Table", 1), ("Table", 2)]
    assert Table.test_it.__name__ == "test_it"


def test_an_empty_table_fails() -> None:
    @each_case(("n",), [])
    def body(n: int) -> None:
        pass

    assert "no cases" in failure_of(body)


def test_names_that_are_not_the_bodys_parameters_are_refused_where_written() -> None:
    """A name shown beside a value must be the parameter that takes it."""

    def body(word: str, n: int) -> None:
        pass

    for names in [("n", "word"), ("word",), ("word", "n", "extra"), "word"]:
        with pytest.raises(TypeError, match="names"):
            each_case(names, [("one", 1)])(body)


def test_a_case_without_one_value_a_name_is_refused_where_written() -> None:
    """A short or long case is named when the table is written, not lost in a failure."""

    def body(word: str, n: int) -> None:
        pass

    for case in [("two",), ("three", 3, "extra")]:
        with pytest.raises(TypeError, match=re.escape(repr(case))):
            each_case(("word", "n"), [("one", 1), case])(body)


def test_a_case_whose_pytest_raises_did_not_raise_is_named_and_the_others_still_run() -> None:
    """`pytest.raises` that sees nothing raised fails with pytest's own exception, not an
    Exception: it too names its case, and the rest run."""
    tried = []

    @each_case(("key",), [("a",), ("missing",), ("b",)])
    def body(key: str) -> None:
        tried.append(key)
        with pytest.raises(KeyError):
            {"missing": 1}[key]

    message = failure_of(body)
    assert tried == ["a", "missing", "b"]
    assert "1 of 3 cases failed" in message
    assert "key='missing': Failed: DID NOT RAISE" in message
