"""notes1: a writer pipes pages into Markdown notes (`stemcell explain oa >> notes.md`) and
opens them in a Markdown reader, some of which set typography (pandoc's `smart`, on by
default; markdown-it's `typographer`): `--` becomes an en dash there, and a command
copied from the notes fails. So the commands a page tells its reader to type ("More:
...", "Read one with: ...") are code in Markdown, which no reader retypesets, and stay
plain words in a terminal. Through the installed command, the piped Markdown parsed
with markdown-it."""

from __future__ import annotations

import re

import pytest
from installed import stemcell
from markdown_it import MarkdownIt

#: A reader with smart punctuation, as pandoc's Markdown is by default.
SMART = (
    MarkdownIt("commonmark", {"typographer": True})
    .enable(["replacements", "smartquotes"])
    .enable("table")
)

#: Each page with a hint to type, and the commands its hint gives.
HINTS = [
    (("explain", "osteoarthritis"), ["stemcell explain osteoarthritis --full", "--section NAME"]),
    (("explain", "womac"), ["stemcell explain womac --full", "--section NAME"]),
    (
        ("explain", "osteoarthritis", "--section", "risks"),
        ["stemcell explain osteoarthritis", "--full"],
    ),
    (("conditions", "list"), ["stemcell explain ID"]),
    (("benefits", "list"), ["stemcell explain ID"]),
    (("search", "cartilage"), ["stemcell explain ID", "stemcell sources ID"]),
]
#: The start of a hint: a line of its own ("More: ...") or after a count (search).
HINT = re.compile(r"^More: |Read one with: ")


def _piped(*args: str) -> str:
    """A page as `>> notes.md` writes it: the installed command's stdout to a pipe, in
    the format a pipe gets by default."""
    result = stemcell(*args, STEMCELL_FORMAT="")
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize(("args", "commands"), HINTS)
def test_a_hint_s_commands_are_code_in_piped_markdown(
    args: tuple[str, ...], commands: list[str]
) -> None:
    tokens = SMART.parse(_piped(*args))
    hints = [token for token in tokens if token.type == "inline" and HINT.search(token.content)]
    assert len(hints) == 1, [token.content for token in hints]
    children = hints[0].children or []
    code = [child.content for child in children if child.type == "code_inline"]
    for command in commands:
        assert command in code, (command, code)
    # What a reader sees of the hint keeps every dash as typed: none became an en dash.
    shown = "".join(child.content for child in children)
    assert "\u2013" not in shown and "\u2014" not in shown, shown


@pytest.mark.parametrize("args", [args for args, _ in HINTS])
def test_a_terminal_shows_the_hint_as_plain_words(args: tuple[str, ...]) -> None:
    for fmt in ("text", "rich"):
        page = stemcell(*args, "-f", fmt, NO_COLOR="1").stdout
        hint = [line for line in page.splitlines() if HINT.search(line)]
        assert hint, (fmt, page[-300:])
        assert "`" not in "".join(hint)
        assert "stemcell explain" in hint[0]
