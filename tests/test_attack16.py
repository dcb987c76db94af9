"""Attack16's findings, each through the installed command in a subprocess
(docs/security.md, "Attacks tried")."""

from __future__ import annotations

import json
from pathlib import Path

from installed import check_cpu


def _found(folder: Path, body: str) -> list[str]:
    """The ids of what the installed `check` finds on a web page of `body`."""
    page = folder / "page.html"
    page.write_text(f"<html><head><title>t</title></head><body>{body}</body></html>\n")
    _, result = check_cpu(page)
    assert result.returncode in (0, 1), result.stderr
    return [finding["id"] for finding in json.loads(result.stdout)["findings"]]


def test_a_space_between_two_inline_tags_parts_the_words(tmp_path: Path) -> None:
    """A browser shows "Stem <b>cells</b> <b>cure</b> arthritis" as "Stem cells cure
    arthritis": the space between the two tags was skipped as white space between tags,
    and since attack15 inline tags part no word, "cellscure" was one word and the
    claim went unread (exit 0). White space between tags parts words again; a tag
    inside a word still does not."""
    for body in (
        "<p>Our stem <b>cells</b> <b>cure</b> arthritis.</p>",
        "<p>Our stem cells<b></b> <b></b>cure arthritis.</p>",
        "<p>Our <em>stem</em>\n<em>cells</em> <a href='#'>cure</a> <i>arthritis</i>.</p>",
        "<p>Our stem cells<!-- a --> <!-- b -->cure arthritis.</p>",
        "<p>Our stem <b>cells</b>&#32;<b>cure</b> arthritis.</p>",
    ):
        assert "cure-claim" in _found(tmp_path, body), body
    for body in (
        "<p>Our stem cells c<b>ur</b>e arthritis.</p>",
        "<p>Our stem cells c<span hidden> </span>ure arthritis.</p>",
    ):
        assert "cure-claim" in _found(tmp_path, body), body
