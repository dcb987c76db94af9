"""A report keeps at most MAX_FINDINGS findings of one entry and counts the rest
(bound2): attack10's 4.4 MB of "Knee Pain. Knee Pain. ..." made 400,000 findings, each
with its answer and references in JSON (1.7 GB), while text answered in 200 MB."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from installed import SCRIPT

from stemcell_cli.check.matching.wordings import matcher_for
from stemcell_cli.check.page.source import AdText
from stemcell_cli.check.report import MAX_FINDINGS, build_report
from stemcell_cli.check.view import check_view
from stemcell_cli.core.cache import open_catalog
from stemcell_cli.render import get_renderer

CATALOG = open_catalog()
MATCHER = matcher_for(CATALOG)
KNEE = "Knee Pain."
KNEE_ID = "hip-and-knee-pain"
CLAIM = "Stem cells regrow cartilage."


def _report(lines: list[str], fmt: str) -> tuple[list[tuple[str, str]], dict[str, object]]:
    report = build_report(CATALOG, AdText("advert", lines, []), MATCHER, fmt == "json")
    data = json.loads(get_renderer("json").render(check_view(report, CATALOG)))
    return [f.match[:2] for f in report.findings], data


def test_an_entry_found_more_often_keeps_its_first_findings_and_counts_the_rest() -> None:
    """MAX_FINDINGS + 3 lines naming one entry: its first MAX_FINDINGS findings are kept,
    JSON's `more` counts the 3 left out, the report still lists every line it was found
    on, and the other entries are untouched."""
    lines = [CLAIM, *[KNEE] * (MAX_FINDINGS + 3), CLAIM]
    found, data = _report(lines, "json")
    assert found.count(("condition", KNEE_ID)) == MAX_FINDINGS
    assert data["more"] == [{"kind": "condition", "id": KNEE_ID, "findings": 3}]
    findings = data["findings"]
    assert isinstance(findings, list)
    knee = [f["line"] for f in findings if f["id"] == KNEE_ID]
    assert knee == list(range(2, MAX_FINDINGS + 2))  # the first ones, in order
    claims = [f["line"] for f in findings if f["kind"] == "benefit"]
    assert claims and claims[-1] == len(lines)  # (the claim after them is still found)
    report = build_report(CATALOG, AdText("advert", lines, []), MATCHER)
    assert report.places()["condition", KNEE_ID] == list(range(2, MAX_FINDINGS + 5))
    text = get_renderer("text").render(check_view(report, CATALOG))
    assert "line 2, column 1; also lines 3, 4, 5, 6, 7, ..." in text


def test_an_entry_found_as_often_as_the_bound_loses_nothing() -> None:
    found, data = _report([KNEE] * MAX_FINDINGS, "json")
    assert found.count(("condition", KNEE_ID)) == MAX_FINDINGS
    assert data["more"] == []


def _peak_kb(path: Path, fmt: str) -> int:
    """The installed `check`'s peak memory (maximum resident set, KB) on `path` in `fmt`,
    its output read by a parent process of its own whose children are only this run."""
    probe = (
        "import resource, subprocess, sys\n"
        "done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL,"
        " stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, timeout=300)\n"
        "assert done.returncode == 0, done.stderr\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    args = [SCRIPT, "check", str(path), "-f", fmt, "--no-fail"]
    result = subprocess.run(
        [sys.executable, "-c", probe, *args], capture_output=True, text=True, check=True
    )
    return int(result.stdout)


def test_one_entry_named_over_and_over_costs_json_no_more_memory_than_text(
    tmp_path: Path,
) -> None:
    """2 MB of "Knee Pain. " (180,000 findings of one entry): JSON keeps MAX_FINDINGS of
    them and says how many more there were, in about the memory text takes (a ratio,
    generous: before bound2 JSON took several times text's)."""
    hostile = tmp_path / "knee.txt"
    repeats = 2 * 1024 * 1024 // len(KNEE + " ")
    hostile.write_text(f"{KNEE} " * repeats)
    done = subprocess.run(
        [SCRIPT, "check", str(hostile), "-f", "json", "--no-fail"],
        capture_output=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert len(data["findings"]) == MAX_FINDINGS
    assert data["more"] == [
        {"kind": "condition", "id": KNEE_ID, "findings": repeats - MAX_FINDINGS}
    ]
    text_kb, json_kb = _peak_kb(hostile, "text"), _peak_kb(hostile, "json")
    assert json_kb < 1.5 * text_kb, (json_kb, text_kb)
