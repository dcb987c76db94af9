"""Attack18's findings: a clinic's copywriter who wants `check` to pass an advert wraps
each claim a patient would plainly read in one of the guards' loopholes. Each try runs
through the installed `stemcell check -` in a subprocess (docs/security.md, "attack18:
evasion by a copywriter")."""

from __future__ import annotations

import json
import subprocess

from installed import SCRIPT, check_stdin_json


def _found(text: str) -> set[str]:
    """The ids the installed `check -` finds in `text` given on stdin (exit 0 or 1)."""
    return {finding["id"] for finding in check_stdin_json(text)["findings"]}


def test_a_word_hyphenated_at_a_line_end_is_read_whole() -> None:
    """A claim word cut by a hyphen at a line's end ("cu-" / "re your arthritis") was
    two pieces, neither a word, and the advert made no claim. A reader reads it whole."""
    assert "cure-claim" in _found("Our stem cells can cu-\nre your arthritis. Call us to book.")
    assert "tissue-regeneration" in _found(
        "Our stem cells regen-\n  erate your cartilage. Call us to book."
    )
    assert "promised-results" in _found("Results are guaran-\nteed. Call us to book.")


def test_the_words_after_a_hyphenated_word_keep_their_columns() -> None:
    """The rest of a cut word is read with its first part, and the words after it on its
    line are still placed where they stand: "knee pain" at line 2, column 9."""
    result = subprocess.run(
        [SCRIPT, "check", "-", "-f", "json"],
        input="Book now. Our stem cells can cu-\nre your knee pain.\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    places = {
        finding["id"]: (finding["line"], finding["column"])
        for finding in json.loads(result.stdout)["findings"]
    }
    assert places["cure-claim"] == (1, 30)
    assert places["hip-and-knee-pain"] == (2, 9)


def test_the_prefix_re_with_a_hyphen_is_read_as_one_word() -> None:
    """ "re-grow cartilage" was "re" and "grow": no regeneration claimed."""
    assert "tissue-regeneration" in _found(
        "Our stem cells re-grow cartilage in your knee. Call us to book."
    )
    assert "tissue-regeneration" in _found("Our injections Re-generate cartilage. Call us.")


def test_small_capitals_and_armenian_look_alikes_are_read_as_latin() -> None:
    """ "cure" in the small capitals of fancy-text generators, or with an Armenian "seh"
    for its "u", hid the claim; the Cyrillic and Greek look-alikes were already read."""
    for cure in ("\u1d04\u1d1c\u0280\u1d07", "c\u057dre", "\u0441ure", "c\u03c5re"):
        assert "cure-claim" in _found(f"Our stem cells {cure} arthritis. Call us to book."), cure


def test_a_word_all_in_look_alike_letters_is_read_as_latin() -> None:
    """ "heal" spelt wholly in Cyrillic look-alikes, in a line of English, is "heal" to a
    reader; a line all in Russian is left as it is."""
    heal = "\u04bb\u0435\u0430\u04cf"
    found = _found(f"Our stem cells {heal} your knee for good. Call us to book.")
    assert {"cure-claim", "tissue-regeneration"} <= found
    assert not _found("\u0441\u0443\u0445\u043e\u0435 \u0441\u043e\u0441\u0435")


def test_a_figure_set_against_a_placebo_group_is_the_offers() -> None:
    """ "better than the placebo group: 90% were pain free" is the clinic's figure: the
    placebo group is what it is set against. A placebo group's own figure is still not a
    success rate."""
    assert "high-success-rate" in _found(
        "Our patients did better than the placebo group: 90% were pain free. Book today."
    )
    assert "high-success-rate" not in _found(
        "In the placebo group, 90% were pain free at six months."
    )


def test_the_copywriters_loopholes_that_held() -> None:
    """Each wrapping of attack18 that the reading already saw through: a video game, a
    story called familiar, a cut-off last word, a quoted patient, a reported critic then
    the clinic's own claim, a rival set against the offer, a drug given to bring the
    swelling down, warning cues sprinkled before an offer, a page calling itself news, a
    list under its heading, and a table's cell."""
    tries = {
        "Like in a video game, our stem cell injections regrow cartilage in your knee and"
        " cure your arthritis. Book your visit today.": {"cure-claim", "tissue-regeneration"},
        "Her story is a familiar one: after our stem cell shot, her knee pain was gone for"
        " good and she avoided surgery. Call us to book.": {
            "cure-claim",
            "avoid-surgery",
            "testimonials-as-evidence",
        },
        "Book today. Our stem cells regrow cartilage and cure arthritis for go": {
            "cure-claim",
            "tissue-regeneration",
        },
        'As one patient put it, "these stem cells cured my arthritis and I avoided knee'
        ' surgery." Call us to book your visit.': {"cure-claim", "avoid-surgery"},
        "Critics say stem cells cannot regrow cartilage. We say our injections regrow"
        " cartilage in every knee. Call us to book.": {"tissue-regeneration"},
        "Unlike cortisone shots, which bring relief within days, our stem cells cure"
        " arthritis for good. Call us to book.": {"cure-claim"},
        "Our stem cell drug is given to bring the swelling down in your knee. Call us to book.": {
            "reduced-inflammation"
        },
        "Stem cells are unproven, say some, but there is no proof they fail. Our injections"
        " regrow cartilage and cure arthritis. Only 3 spots left, book now!": {
            "cure-claim",
            "tissue-regeneration",
            "urgency-pressure",
        },
        "NEWS STORY: Local clinic offers cure. Our stem cell injections cure arthritis and"
        " regrow cartilage. Call us today to book your visit.": {
            "cure-claim",
            "tissue-regeneration",
        },
        "Our stem cell injections:\n\n- regrow cartilage\n- cure arthritis\n- 95% success"
        " rate\n\nCall us to book.": {"cure-claim", "tissue-regeneration", "high-success-rate"},
    }
    for text, expected in tries.items():
        assert expected <= _found(text), text
