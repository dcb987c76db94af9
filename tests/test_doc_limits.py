"""The limits of `check` that docs/security.md lists in one place are the code's own
(newcomer12): a limit changed in the code fails here until the page says the new one.
"""

from __future__ import annotations

import re
from pathlib import Path

from stemcell_cli.check.page.fetch import MAX_REDIRECTS, TIMEOUT
from stemcell_cli.check.page.source import MAX_BYTES
from stemcell_cli.check.report import MAX_FINDINGS
from stemcell_cli.check.words.sentences import SENTENCE_WORDS

SECURITY = Path(__file__).resolve().parents[1] / "docs" / "security.md"
HEADING = "**Every limit of `check`, in one place**"


def _limits_paragraph() -> str:
    text = SECURITY.read_text(encoding="utf-8")
    start = text.index(HEADING)
    return " ".join(text[start : text.index("\n\n", start)].split())


def _number(paragraph: str, unit: str) -> float:
    """The number written just before `unit` ("1,200 words" is 1200)."""
    found = re.search(r"(\d[\d,.]*) " + re.escape(unit), paragraph)
    assert found, f"security.md's limits say no {unit!r}"
    return float(found.group(1).replace(",", ""))


def test_the_limits_listed_are_the_codes() -> None:
    paragraph = _limits_paragraph()
    assert _number(paragraph, "MiB") * 1024 * 1024 == MAX_BYTES
    assert _number(paragraph, "s for the whole fetch") == TIMEOUT
    assert _number(paragraph, "redirects") == MAX_REDIRECTS
    assert _number(paragraph, "words") == SENTENCE_WORDS
    assert _number(paragraph, "findings of one entry") == MAX_FINDINGS
