"""Rules of the core pinned at their edges, module by module rather than for the
survivors of one mutation sample (benchmarks/mutation.py): each test states a rule and
fails when one token of it moves."""

from __future__ import annotations

from pathlib import Path

import pytest

from stemcell_cli.core.cache import open_catalog
from stemcell_cli.core.errors import NotFound

CATALOG = open_catalog()
REFERENCE = "fda-2021-regenerative-consumer"

# -- a reference's id where an entry is asked for ---------------------------------------


@pytest.mark.parametrize(("kinds", "said"), [(None, "an entry"), (["condition"], "a condition")])
def test_a_reference_id_asked_for_as_an_entry_says_what_it_is_not(
    kinds: list[str] | None, said: str
) -> None:
    """ "stemcell explain <reference id>" says it is a reference, not an entry; where
    one kind is asked for, not that kind."""
    with pytest.raises(NotFound) as raised:
        CATALOG.find(REFERENCE, kinds)
    assert str(raised.value) == f"'{REFERENCE}' is a reference, not {said}."


# -- a refused file is placed where the refusal starts ---------------------------------


def test_a_file_with_too_many_values_is_placed_at_the_first_value_over_the_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Line and column count from 1: the 9th text of a list, with the limit at 10
    values (the mapping, the list, 8 texts), is on line 10, column 5."""
    from stemcell_cli.core import yamlsource

    monkeypatch.setattr(yamlsource, "MAX_VALUES", 10)
    doc = yamlsource.Document("glossary.yaml")
    yamlsource.parse_text(doc, ("terms:\n" + "  - a\n" * 9).encode())
    [problem] = doc.problems
    assert (problem.line, problem.column, problem.message) == (
        10,
        5,
        "file holds more than 10 values",
    )


# -- the first 200 problems of a file are kept, the rest counted -----------------------


@pytest.mark.parametrize("record", ["problem", "add"])
def test_problems_past_the_first_200_are_counted_one_each(record: str) -> None:
    from stemcell_cli.core import yamlsource
    from stemcell_cli.core.problems import Problem

    doc = yamlsource.Document("glossary.yaml")
    for index in range(203):
        if record == "problem":
            doc.problem(f"terms[{index}]", "wrong")
        else:
            doc.add(Problem("glossary.yaml", 1, 1, "", "wrong"))
    assert (len(doc.problems), doc.more) == (200, 3)


def test_a_yaml_error_without_a_context_says_its_problem() -> None:
    """ "a: b: c": PyYAML gives a problem and no context; the problem is what is said."""
    from stemcell_cli.core import yamlsource

    doc = yamlsource.Document("glossary.yaml")
    yamlsource.parse_text(doc, b"a: b: c\n")
    [problem] = doc.problems
    assert problem.message.startswith("YAML syntax error: mapping values are not allowed")
    assert (problem.line, problem.column) == (1, 5)


def test_a_refused_character_after_a_blank_first_line_is_placed_on_line_2() -> None:
    """Lines and columns count every line break, the file's first byte included."""
    from stemcell_cli.core import yamlsource

    doc = yamlsource.Document("glossary.yaml")
    yamlsource.parse_text(doc, b"\na: \x07b\n")
    [problem] = doc.problems
    assert (problem.line, problem.column) == (2, 4)
    assert problem.message == "the control character \\x07 is not allowed in YAML"


def test_a_file_whose_one_value_has_an_unsupported_tag_is_that_one_problem() -> None:
    """Not also "the file holds no data": the value was refused, not missing."""
    from stemcell_cli.core import yamlsource

    doc = yamlsource.Document("glossary.yaml")
    yamlsource.parse_text(doc, b"!foo x\n")
    assert [p.message for p in doc.problems] == ["unsupported tag '!foo'"]


@pytest.mark.parametrize("sign", ["-", "+"])
def test_a_signed_number_of_5000_digits_is_a_number_not_text(sign: str) -> None:
    """Too long for Python to turn into an int, it is still a number (infinite)."""
    import math

    from stemcell_cli.core import yamlsource

    doc = yamlsource.Document("glossary.yaml")
    yamlsource.parse_text(doc, f"a: {sign}{'7' * 5000}\n".encode())
    assert doc.problems == []
    assert doc.value == {"a": -math.inf if sign == "-" else math.inf}


# -- after seed 47 (these do not change its figure) -----------------------------------


@pytest.mark.parametrize(("levels", "refused"), [(63, False), (64, True)])
def test_mappings_nest_up_to_64_levels(levels: int, refused: bool) -> None:
    """Each mapping inside a mapping is a level, as each list inside a list is."""
    from stemcell_cli.core import yamlsource

    text = "".join("  " * i + "a:\n" for i in range(levels)) + "  " * levels + "a: 1\n"
    doc = yamlsource.Document("glossary.yaml")
    yamlsource.parse_text(doc, text.encode())
    assert [p.message for p in doc.problems] == (
        ["nesting is deeper than 64 levels"] if refused else []
    )


def test_a_key_that_is_not_text_is_shown_in_40_characters() -> None:
    from stemcell_cli.core import yamlsource

    doc = yamlsource.Document("glossary.yaml")
    yamlsource.parse_text(doc, b"? " + b"1" * 60 + b"\n: x\n")
    [problem] = doc.problems
    assert problem.message == "keys must be plain text"
    assert problem.path == "1" * 39 + "\u2026"


def test_read_head_never_follows_a_symlink_unless_told(tmp_path: Path) -> None:
    from stemcell_cli.core.files import read_head

    target = tmp_path / "file.txt"
    target.write_bytes(b"ours")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    assert read_head(target, 4)[0] == b"ours"
    with pytest.raises(OSError):
        read_head(link, 4)
    assert read_head(link, 4, follow=True)[0] == b"ours"


def test_an_explicit_str_tag_keeps_a_number_as_text() -> None:
    """`!!str 123` asks for text; a plain 123 is a number, a quoted "123" text."""
    from stemcell_cli.core.yamlsource import Document, parse_text

    doc = Document("x.yaml")
    parse_text(doc, b'a: !!str 123\nb: 123\nc: "123"\n')
    assert doc.value == {"a": "123", "b": 123, "c": "123"}
    assert doc.problems == []
