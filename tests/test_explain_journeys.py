"""patient18: a patient and a carer find their way with `explain` and `search`, through
the installed command, as they meet it: a word that matches several pages says where to
start (on stderr, so a note piped from stdout never gets the list, and exit 1); the
first screen of a full page in a terminal is not eaten by a long label's narrow column;
a country a clinic is in finds the page on travelling for treatment."""

from __future__ import annotations

import re

from installed import stemcell

from stemcell_cli.render.rich import MAX_LABEL


def test_a_word_of_several_pages_says_which_to_read_first() -> None:
    """`explain knee` lists three pages; its last line names the first listed, the
    closest match, as where to start, and a pipe to notes gets nothing, with exit 1."""
    result = stemcell("explain", "knee")
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    listed = [re.search(r"\(([a-z0-9-]+)\): ", line) for line in lines[1:-1]]
    assert len(listed) >= 2 and all(listed)
    first = listed[0].group(1) if listed[0] else ""
    assert lines[-1] == f"Not sure? Start with the closest match: stemcell explain {first}"


def test_a_long_field_label_does_not_push_the_others_values_right() -> None:
    """At 80 columns a full page's fields sit beside their short labels ("Also called:
    knee pain, ..."); a label longer than MAX_LABEL has its value on the lines under
    it, so the names a page is also called by are not wrapped in a column of 40 cells."""
    result = stemcell(
        "--no-pager", "explain", "hip-and-knee-pain", "--full", "-f", "rich", COLUMNS="80"
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    also = next(n for n, line in enumerate(lines) if line.startswith("Also called:"))
    assert re.match(r"Also called: \S", lines[also])
    # Its continuation lines hang under its value, within the widest label allowed.
    rest = lines[also + 1]
    assert rest.startswith(" ") and len(rest) - len(rest.lstrip()) <= MAX_LABEL + 1
    # The grade's label is longer than MAX_LABEL: it stands alone, its value under it.
    grade = next(n for n, line in enumerate(lines) if line.startswith("Overall evidence"))
    assert len(lines[grade]) > MAX_LABEL and lines[grade].endswith(":")
    assert lines[grade + 1].startswith("  ") and lines[grade + 1].strip()


def test_a_country_a_clinic_is_in_finds_the_page_on_travel_for_treatment() -> None:
    """A carer offered cells in Mexico searches the country: the page on stem cell
    tourism names it (its case report's clinics), not only the case report itself."""
    result = stemcell("search", "Mexico")
    assert result.returncode == 0, result.stderr
    assert "(term `stem-cell-tourism`)" in result.stdout


def test_a_name_told_by_a_clinic_is_said_on_the_page_it_leads_to() -> None:
    """ "exosomes" leads to the paracrine effect: its text says what they are, that
    clinics sell them, and FDA's dated word on them, with the notice among its sources."""
    result = stemcell("explain", "exosomes")
    assert result.returncode == 0, result.stderr
    text = result.stdout.split("## See also")[0]
    assert "(exosomes)" in text
    assert re.search(r"In \d{4} it said none was approved in the US", text)
    assert "[fda-2019-exosome-safety-notification]" in result.stdout


def test_an_unknown_name_of_two_words_is_told_to_search_one() -> None:
    """ "pinched nerve" is no entry and `search` wants every word, so the hint says to
    search one word of it, and one word finds a page where both find none."""
    result = stemcell("explain", "pinched nerve")
    assert result.returncode == 1 and result.stdout == ""
    assert "'stemcell search' with one word of it" in result.stderr
    assert stemcell("search", "pinched", "nerve").returncode == 1
    assert stemcell("search", "nerve").returncode == 0


def test_a_word_that_names_several_pages_as_closely_names_none_the_closest() -> None:
    """review14: "pain" is the name of two conditions (and "cells" of five entries): the
    first listed is no closer than the next, so the last line names it as an example,
    not as "the closest match"; "knee", a name before aliases, still says closest."""
    for word in ("pain", "cells"):
        result = stemcell("explain", word)
        assert result.returncode == 1
        lines = result.stderr.splitlines()
        assert lines[1].endswith("its name") and lines[2].endswith("its name"), lines
        assert "closest" not in lines[-1], lines[-1]
        first = re.search(r"\(([a-z0-9-]+)\): ", lines[1])
        assert first, lines[1]
        assert lines[-1] == f"Read one with its id, such as: stemcell explain {first.group(1)}"
    knee = stemcell("explain", "knee").stderr.splitlines()
    assert knee[-1].startswith("Not sure? Start with the closest match: "), knee[-1]
