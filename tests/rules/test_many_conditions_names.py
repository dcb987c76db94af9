"""many-conditions lists each condition by its name as the page words it, nothing more
(listfix1).

Its list ran each name on to its clause's end, so that "Rheumatoid" the matcher needed
showed as "Rheumatoid arthritis"; but the run carried words that name no condition ("COVID
pandemic we treated lupus", "COPD with stem cells"), and hid the next condition inside it.
A patient reads the list as what the page offers to treat. A name now runs on only over
the words that continue it (`report._completed`): the rest of a name of the catalog its
words begin, or a disease noun ("disease", "injury", "pain"), never a mark, a verb, a
preposition or another name. Every page here is made up; each is read by the installed
command, as a patient's report is made.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from installed import report

FLAG = "many-conditions"


def _listed(folder: Path, text: str) -> list[str]:
    """The names the installed `check` lists in the many-conditions warning sign of
    `text`, read from its JSON (whose quote is the list too)."""
    data = json.loads(report(folder, text, "-f", "json"))
    found = [f for f in data["findings"] if f["id"] == FLAG]
    assert len(found) == 1, [f["id"] for f in data["findings"]]
    assert found[0]["quote"] == found[0]["text"]
    listed: list[str] = found[0]["text"].split(", ")
    return listed


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the page: no words of the sentence around the names, lupus shown
        (
            "During the COVID pandemic we treated lupus, asthma, autism, knee pain and COPD"
            " with stem cells.",
            ["COVID", "lupus", "asthma", "autism", "knee pain", "COPD"],
        ),
        # the matcher's "Rheumatoid" runs on over the catalog's name; the sentence does not
        (
            "We treat Rheumatoid arthritis, MS, COPD, autism and heart disease with our own cells.",
            ["Rheumatoid arthritis", "MS", "COPD", "autism", "heart disease"],
        ),
        # a list across lines: a line's end is no name's part, nor the next line's words
        (
            "We treat multiple sclerosis, lupus,\nasthma, autism, COPD patients and\n"
            "Parkinson's disease in our clinic.",
            ["multiple sclerosis", "lupus", "asthma", "autism", "COPD", "Parkinson's disease"],
        ),
        # a name with an apostrophe, straight or curly, runs on over its disease noun only
        (
            "We treat Parkinson's disease at our clinic, lupus, asthma, diabetes, COPD and"
            " heart failure.",
            ["Parkinson's disease", "lupus", "asthma", "diabetes", "COPD", "heart failure"],
        ),
        (
            "We treat Parkinson\u2019s disease at our clinic, lupus, asthma, diabetes, COPD and"
            " heart failure.",
            ["Parkinson\u2019s disease", "lupus", "asthma", "diabetes", "COPD", "heart failure"],
        ),
    ],
)
def test_the_list_names_the_conditions_and_nothing_else(
    tmp_path: Path, text: str, names: list[str]
) -> None:
    assert _listed(tmp_path, text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # names the matcher found whole, or whose last words continue them: as they were
        (
            "We treat rotator cuff tears, Lou Gehrig's disease, spinal cord injuries,"
            " multiple sclerosis (MS), eye disorders and heart disease.",
            [
                "rotator cuff tears",
                "Lou Gehrig's disease",
                "spinal cord injuries",
                "multiple sclerosis",
                "eye disorders",
                "heart disease",
            ],
        ),
        # one clause a line, each name at the line's end
        (
            "Stem cells for Parkinson's disease\nStem cells for lupus\nStem cells for"
            " asthma\nStem cells for diabetes\nStem cells for COPD\nStem cells for"
            " Rheumatoid arthritis",
            ["Parkinson's disease", "lupus", "asthma", "diabetes", "COPD", "Rheumatoid arthritis"],
        ),
    ],
)
def test_names_that_were_whole_are_listed_as_before(
    tmp_path: Path, text: str, names: list[str]
) -> None:
    assert _listed(tmp_path, text) == names
