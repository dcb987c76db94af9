"""A quote's window does not leave a bracket open (idn1, 2026-11-28).

A quote that shows a window of a long sentence, or a clause of it, could stop inside a
bracket: "… every knee we treat (see the results page …", or "follow-up (." where a
sentence mark was read inside one. Such a bracket is dropped with its words when the
words found are outside it, and closed ("…)") when they are inside. The report is
written by the installed command to a real file.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from installed import SCRIPT

from stemcell_cli.check.words.brackets import balanced

CUT_BRACKET = (
    "We have seen many patients from all over the region come to us and our stem cells "
    "cure arthritis for good in nearly every knee we treat (see the results page for the "
    "figures of each year since we opened).\n"
)
STRAY_MARK = (
    "A long study of many patients over many years in a large clinic showed that our stem "
    "cells cure arthritis in nine of ten knees at a ten year follow-up (. That is a lot.\n"
)


def report(tmp_path: Path, text: str, fmt: str) -> str:
    advert = tmp_path / "advert.txt"
    advert.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    with out.open("wb") as stdout:
        subprocess.run(
            [SCRIPT, "check", str(advert), "-f", fmt, "--no-fail"],
            stdin=subprocess.DEVNULL, stdout=stdout, stderr=subprocess.DEVNULL, env=env,
            timeout=60, check=True,
        )  # fmt: skip
    return out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            CUT_BRACKET,
            "\u2026 region come to us and our stem cells cure arthritis for good in nearly "
            "every knee we treat \u2026",
        ),
        (
            STRAY_MARK,
            "\u2026 over many years in a large clinic showed that our stem cells cure "
            "arthritis in nine of ten knees at a ten year follow-up",
        ),
    ],
    ids=["cut-bracket", "stray-mark"],
)
def test_a_window_drops_a_bracket_it_cut(tmp_path: Path, text: str, quote: str) -> None:
    findings = json.loads(report(tmp_path, text, "json"))["findings"]
    assert quote in {finding["quote"] for finding in findings}
    shown = report(tmp_path, text, "text")
    assert quote in " ".join(shown.split())
    assert "(see" not in shown and "(." not in shown


@pytest.mark.parametrize(
    ("shown", "found", "balanced_"),
    [
        ("tears (for example ACL", "tears", "tears"),  # dropped after the words found
        ("tears (for example ACL", "ACL", "tears (for example ACL \u2026)"),  # closed
        ("\u2026 the knee (see the page \u2026", "knee", "\u2026 the knee \u2026"),
        ("2021) reported that it healed", "healed", "reported that it healed"),
        ("the knee) but the body", "knee", "(\u2026 the knee) but the body"),
        ("had (the most OA (stage 4", "OA", "had (the most OA \u2026)"),
        ("in the knee (OA) and hip", "knee", "in the knee (OA) and hip"),  # closed: kept
        ("autologous), the chance", "nowhere", "autologous), the chance"),  # not found
    ],
)  # fmt: skip
def test_a_bracket_cut_by_a_quote(shown: str, found: str, balanced_: str) -> None:
    assert balanced(shown, found) == balanced_
