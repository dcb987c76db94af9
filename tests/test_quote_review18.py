"""review18: leftovers6's quote changes read on look-alikes, through the installed
`check` (JSON and Markdown): the words found run on over a line break only where the
next line goes on with the sentence, never into the next block; a question is shown
with its answer, never with a denial made a claim; a concession with its "but" clause;
every quote stays bounded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from installed import stemcell


def _findings(folder: Path, text: str, name: str = "page.txt") -> list[dict[str, object]]:
    """The findings of the installed `check -f json` on `text` saved as `name`."""
    page = folder / name
    page.write_text(text, encoding="utf-8")
    result = stemcell("check", str(page), "-f", "json", "--no-fail")
    assert result.returncode == 0, result.stderr
    findings: list[dict[str, object]] = json.loads(result.stdout)["findings"]
    return findings


def _markdown(folder: Path, text: str) -> str:
    page = folder / "page.txt"
    page.write_text(text, encoding="utf-8")
    result = stemcell("check", str(page), "--no-fail")
    assert result.returncode == 0, result.stderr
    return result.stdout


# -- (a) the words found over a line break ----------------------------------------------
# A title or heading with no full stop, then a line that opens with a capital where the
# title's line had room for its first word (the page's body is wider): the two are two
# blocks, and the words found stop at the title's end (leftovers6 ran them on into the
# next: "... in the knee Call us today", cq10's "Tendinitis and Bursitis Both are").
BODY = (
    "\n\nWe see patients from all over the country every single week, and we answer every call.\n"
)
BLOCKS = [
    (
        "Our stem cells regrow cartilage in the knee\nCall us today." + BODY,
        "tissue-regeneration",
        "Call",
    ),
    ("Grown in our FDA approved tissue\nBank on us." + BODY, "fda-status-claim", "Bank"),
    ("Grown in our FDA approved tissue\n5 February 2026" + BODY, "fda-status-claim", "2026"),
]


@pytest.mark.parametrize(("text", "entry", "next_block"), BLOCKS)
def test_found_words_do_not_run_into_the_next_block(
    tmp_path: Path, text: str, entry: str, next_block: str
) -> None:
    found = next(f for f in _findings(tmp_path, text) if f["id"] == entry)
    assert next_block not in str(found["text"]), found
    assert found["line"] == 1  # (where the claim starts)
    first_line = text.split("\n", 1)[0]
    column = int(str(found["column"]))
    assert first_line[column - 1 :].startswith(str(found["text"]).split()[0])


def test_markdown_names_the_words_without_the_next_block(tmp_path: Path) -> None:
    # (a warning sign's few words are named inside its quote: "the words “...”")
    shown = _markdown(tmp_path, "Grown in our FDA approved tissue\nBank on us." + BODY)
    assert "the words *\u201cFDA approved tissue\u201d*" in shown, shown


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a wrapped line: the next line goes on in small letters ...
        (
            "Our cells are grown and tested in an FDA approved tissue\nbank in Texas, and more.\n",
            "FDA approved tissue bank",
        ),
        # ... or with a capital its first word had no room for on the widest line
        (
            "Our cells are grown and tested in an FDA approved tissue\nBank of Texas, and more.\n",
            "FDA approved tissue Bank",
        ),
    ],
)
def test_words_still_run_on_over_a_wrapped_line(tmp_path: Path, text: str, words: str) -> None:
    found = next(f for f in _findings(tmp_path, text) if f["id"] == "fda-status-claim")
    assert str(found["text"]).startswith(words), found
    assert (found["line"], found["column"]) == (1, text.index("FDA") + 1)


# -- (b) and (c): a question with its answer, a concession with its "but" ---------------


def _widened(text: str, words: str) -> str:
    from stemcell_cli.check.quotes import completed, widened

    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if words in line)
    start = lines[at].index(words)
    return widened(lines, at, start, completed(lines[at], start, words))


@pytest.mark.parametrize(
    ("text", "words", "shown"),
    [
        # an answer "Yes." alone is the answer
        ("Is the treatment safe? Yes.", "safe", "Is the treatment safe? Yes."),
        # a denial is shown with its question, never the question alone as the claim
        (
            "Is it a cure for arthritis? No, it is not.",
            "a cure for arthritis",
            "Is it a cure for arthritis? No, it is not.",
        ),
        # a careful page's but-clause is shown with its concession
        (
            "Regrowing cartilage may sound like hype, but the trial found no benefit.",
            "Regrowing cartilage",
            "Regrowing cartilage may sound like hype, but the trial found no benefit.",
        ),
    ],
)
def test_a_question_or_concession_is_quoted_with_what_follows(
    text: str, words: str, shown: str
) -> None:
    assert _widened(text, words) == shown


@pytest.mark.parametrize(
    ("text", "words", "not_shown"),
    [
        # the next question of a FAQ is no answer
        ("Is it safe? Is it covered by insurance?", "safe", "insurance"),
        # a sentence opening "No" with no mark after it is no answer
        ("Is the treatment safe? No clinic can promise that.", "safe", "clinic"),
        # a "but" clause after a claim that is no concession stays apart
        (
            "Our stem cells regrow cartilage in the knee, but results take months to show.",
            "cells regrow cartilage",
            "results",
        ),
    ],
)
def test_what_is_no_answer_nor_overturning_stays_apart(
    text: str, words: str, not_shown: str
) -> None:
    assert not_shown not in _widened(text, words)


# -- 3: quotes stay bounded -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our stem cells regrow cartilage " + " ".join(["word"] * 5000) + ".\n",
        "Our stem cells regrow cartilage\n"
        + "\n".join(" ".join(["word"] * 10) for _ in range(500))
        + "\n",
        "Our stem cells regrow cartilage " + "\n".join(["word"] * 500) + "\n",
    ],
)
def test_a_quote_after_a_long_clause_stays_bounded(tmp_path: Path, text: str) -> None:
    from stemcell_cli.check.quotes import LONGEST, MORE

    found = next(f for f in _findings(tmp_path, text) if f["id"] == "tissue-regeneration")
    assert len(str(found["quote"]).strip("\u2026 ").split()) <= LONGEST, found
    assert len(str(found["text"]).split()) <= 3 + MORE  # (the three words matched)
    assert (found["line"], found["column"]) == (1, text.index("cells") + 1)
