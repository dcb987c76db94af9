"""Attack13's findings, each through the installed command in a subprocess
(docs/security.md, "Attacks tried")."""

from __future__ import annotations

import json
import resource
import string
import subprocess
from pathlib import Path

import pytest
from installed import SCRIPT


def _letters(n: int) -> str:
    """A word of small letters of its own for each `n` (a disease's words are letters)."""
    word = ""
    n += 26 * 27
    while n:
        n, last = divmod(n, 26)
        word += string.ascii_lowercase[last]
    return word


def _cpu(page: Path) -> tuple[float, subprocess.CompletedProcess[str]]:
    """The CPU seconds the installed `check -f json` took on `page`, and its result."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(
        [SCRIPT, "check", str(page), "-f", "json"],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=600,
        check=False,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    took = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return took, result


def _page(folder: Path, name: str, shape: str, organ: str, count: int) -> Path:
    """A page of `count` sentences that each offer the cells for regenerating `organ`
    (a disease of its own each time when `organ` changes: "regenerating abb liver"),
    on one line, a line each, or a paragraph each of an HTML page."""
    said = [f"Our cells are regenerating {organ.format(_letters(n))} liver." for n in range(count)]
    if shape == "html":
        body = "".join(f"<p>{sentence}</p>\n" for sentence in said)
        text = f"<html><head><title>t</title></head><body>\n{body}</body></html>\n"
    else:
        text = (" " if shape == "line" else "\n").join(said) + "\n"
    page = folder / f"{name}.{'html' if shape == 'html' else 'txt'}"
    page.write_text(text, encoding="utf-8")
    return page


@pytest.mark.parametrize("shape", ["line", "lines", "html"])
def test_a_page_of_many_distinct_diseases_is_read_in_linear_time(
    tmp_path: Path, shape: str
) -> None:
    """8,000 distinct diseases ("regenerating abb liver", "regenerating bbb liver", ...,
    300 KB): the many-conditions list looked each name up in every other (`view`'s
    names said once), every name's column on its line (the list's names cut before the
    next) and, on an HTML page, its line's number among all the page's: 9.8 s against
    0.5 s for the same page naming one disease (a 5 MiB page ran for hours). Now each
    is a lookup: about the time of the page of one disease (a ratio, generous: a hang,
    not a speed, is what fails)."""
    many, result = _cpu(_page(tmp_path, "many", shape, "{}", 8000))
    assert result.returncode == 1, result.stderr
    [flag] = [f for f in json.loads(result.stdout)["findings"] if f["id"] == "many-conditions"]
    assert "regenerating abb liver" in flag["text"]
    assert flag["text"].count(", ") > 7900  # (nearly) every disease, each once
    one, result = _cpu(_page(tmp_path, "one", shape, "abc", 8000))
    assert result.returncode == 0, result.stderr  # one disease: no warning sign
    assert many < 4 * one + 1, (many, one)
