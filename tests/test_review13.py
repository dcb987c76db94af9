"""Review13's findings on today's merges, each through the installed command in a
subprocess (`stemcell check -`, the page on stdin)."""

from __future__ import annotations

import json
import os
import subprocess

from installed import SCRIPT


def _flags(text: str, *options: str) -> set[str]:
    """The ids of what `stemcell check - -f json` finds in `text`, given on stdin."""
    result = subprocess.run(
        [SCRIPT, *options, "check", "-", "-f", "json", "--no-fail"],
        input=text + "\n",
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return {finding["id"] for finding in json.loads(result.stdout)["findings"]}


def test_a_careful_page_s_quoted_miracle_after_a_modal_stays_set_aside() -> None:
    """firstgg1 read a quotation right after a modal and "be" as the writer's own claim
    ('Could Be "Fountain of Youth"'); a careful page that gives the word to a speaker,
    or only supposes it, holds the word at a distance, as before firstgg1."""
    careful = (
        'Critics say knee shots may be "a miracle" in name only. '
        'It would be "a miracle" if a knee shot regrew cartilage.'
    )
    assert "miracle-language" not in _flags(careful)
    # ... while the headline firstgg1 read stays the page's own
    assert "miracle-language" in _flags('Knee Shots May Be "Fountain of Youth" for Runners')
