"""Attack17's findings, each through the installed command in a subprocess
(docs/security.md, "Attacks tried")."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from installed import stemcell


def _sections_listed(stderr: str) -> list[str]:
    """The section names a usage error of --section lists, in its order."""
    assert stderr.count("\n") == 1, stderr
    return stderr.split("Its sections: ", 1)[1].strip().split(", ")


def test_a_section_name_of_no_letter_names_no_section() -> None:
    """`-s` of a name that holds no letter or digit (U+202E after a comma, "!!", "-"):
    the answer was "no section ''", a name the reader never typed. Now it is as "-s ,":
    --section named no section, exit 2, the sections listed."""
    for value in (",\u202e", "!!", "-", ", \u200b ,"):
        result = stemcell("explain", "osteoarthritis", "-s", value)
        assert result.returncode == 2, (value, result.stderr)
        assert result.stderr.startswith("stemcell: --section named no section of"), value
        assert "''" not in result.stderr, value
        assert result.stdout == ""


def test_a_section_error_lists_the_sections_in_one_order() -> None:
    """`-s ,` listed a page's sections in the short page's order (summary, doctor,
    claims, ...), `-s nope` in the page's own (summary, doctor, overview, ...): two
    orders for one page. Both list the page's own order now, as --full shows them."""
    for entry in ("osteoarthritis", "knee-pain"):
        unknown = stemcell("explain", entry, "-s", "nope")
        blank = stemcell("explain", entry, "-s", ",")
        assert unknown.returncode == blank.returncode == 2, unknown.stderr + blank.stderr
        assert _sections_listed(blank.stderr) == _sections_listed(unknown.stderr), entry


def test_a_search_query_shows_no_control_character() -> None:
    """`search` on a word that matches, with a character Python's `split` takes for white
    space after it (NEL, U+2028, U+2029, the C0 separators \\x1c to \\x1f): the word
    matched, and the query went as typed into the page's heading and JSON's `query`, a
    line break in a heading, a control character in `>> notes.md`. The query is cleaned
    as all words from outside now; a soft hyphen inside the word no longer hides it."""
    for query in ("cartilage\x1c", "cartilage\x1f", "cartilage\x85", "\u2028cartilage\u2029"):
        for fmt in ("text", "markdown"):
            result = stemcell("search", query, "-f", fmt)
            assert result.returncode == 0, result.stderr
            heading = result.stdout.splitlines()[0]
            assert heading.endswith("Search: cartilage"), (query, heading)
            assert not any(c in result.stdout for c in "\x1c\x1f\x85\u2028\u2029"), query
        result = stemcell("search", query, "-f", "json")
        assert json.loads(result.stdout)["query"] == "cartilage", query
    for query in ("carti\u00adlage", "carti\u200blage", "cartilage\x1b]0;title\x07"):
        result = stemcell("search", query, "-f", "json")
        assert result.returncode == 0, (query, result.stderr)
        assert json.loads(result.stdout)["query"] == "cartilage", query


def _strings(value: Any) -> Iterator[str]:
    """Every text in a JSON value, its keys too."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_a_data_dirs_folder_name_reaches_no_json_value_as_typed(tmp_path: Path) -> None:
    """A data dir whose folder name holds OSC 0, NEL, U+2028 or a C0 separator: the
    page's "Source: your data in ..." line cleaned it, but JSON's `origin` (of the entry
    and of each in a list) held it as typed, so `jq -r .origin` wrote the escape
    sequence to the terminal. `origin` is cleaned as that line is; attack6's rule for
    JSON holds: no control or format character in any value."""
    for n, mark in enumerate(("\x1b]0;title\x07", "\x85# Heading", "\u2028[x](y)", "\x1c")):
        data = tmp_path / f"data{n}{mark}"
        data.mkdir()
        (data / "glossary.yaml").write_text(
            'terms:\n  - id: zq\n    name: "Zorqtest"\n    definition: A word.\n'
            '    reviewed: "2026-11-25"\n',
            encoding="utf-8",
        )
        for args in (("explain", "zorqtest"), ("search", "zorqtest")):
            result = stemcell("--data-dir", str(data), *args, "-f", "json")
            assert result.returncode == 0, result.stderr
            document = json.loads(result.stdout)
            for text in _strings(document):
                odd = [c for c in text if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp")]
                assert not odd, (args, text)
        origin = json.loads(stemcell("--data-dir", str(data), "explain", "zq", "-f", "json").stdout)
        assert origin["origin"].startswith(str(tmp_path)), origin["origin"]
