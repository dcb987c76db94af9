"""Claims a careful page reports or quotes, read as someone else's (round careful1, issue 14).

Series gc's train errors (benchmarks/adverts/first-runs/gc-misses.txt): an insurer's list
of the indications a therapy "has been proposed" for and a columnist's quotation of a
seminar ad's question were read as the page's own many-conditions offer; plain arthritis
before "pain in" a joint was not read as osteoarthritis. Made-up sentences, never a page's,
with look-alikes that must stay as they were; each advert case failed before its rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from cases import each_case
from findings import found

from stemcell_cli.check.rules import reported_lists
from stemcell_cli.core.datadirs import shipped_dir

MANY = "many-conditions"

#: One product for many conditions, as an advert offers it: each names six or more
#: conditions or three body systems.
OFFERED = [
    "Our stem cells treat knee pain, back pain, arthritis, tendon tears, COPD and neuropathy.",
    'Stem cell therapy is used for: "knee pain, back pain, arthritis, COPD and neuropathy".',
    "Do you suffer from knee pain, back pain, osteoarthritis, neuropathy or COPD? Call us.",
]


@each_case(
    ("lines",),
    [
        # a proposal told in the passive governs its sentence
        (
            [
                "Cell therapy has been proposed for knee pain, back pain, arthritis, tendon "
                "tears, COPD and neuropathy. The plan covers none of them."
            ],
        ),
        (
            [
                "Cord cells were suggested for knee pain, back pain, tendon tears, COPD "
                "and neuropathy."
            ],
        ),
        # ... and the list its lead-in ends with a colon on
        (
            [
                "The therapy has been put forward as a treatment for these indications:",
                "",
                "- Knee - arthritis, meniscus tears and tendon tears",
                "- Spine - back pain and herniated discs",
                "- Lungs - COPD",
                "- Nerves - neuropathy",
            ],
        ),
        # a quotation beside another's speaking of it
        (['Then they asked: "Are you troubled by back pain, sore knees, neuropathy or asthma?"'],),
        (['"Do you suffer," the ad asked, "from knee pain, back pain, neuropathy and COPD?"'],),
        (['"Knee pain, back pain, arthritis, neuropathy, COPD," they said. We laughed.'],),
    ],
)
def test_a_list_told_as_someone_elses_is_no_many_conditions_offer(lines: list[str]) -> None:
    assert MANY not in found("red_flag", *lines)


@each_case(
    ("lines",),
    [
        ([OFFERED[0]],),
        ([OFFERED[1]],),
        ([OFFERED[2]],),
        # a proposal told ends with its sentence: the page's own list after it counts
        (["It has been proposed for knees.", OFFERED[0]],),
        # a list after a lead-in with no proposal is the page's own
        (
            [
                "We treat these indications:",
                "",
                "- Knee - arthritis, meniscus tears and tendon tears",
                "- Spine - back pain and herniated discs",
                "- Lungs - COPD",
                "- Nerves - neuropathy",
            ],
        ),
        # the page's own voice quoted is no other speaker
        (['"We treat knee pain, back pain, arthritis, neuropathy and COPD," we say.'],),
        (['As our clinic says: "For knee pain, back pain, arthritis, neuropathy and COPD."'],),
        # (review10) the page's own product proposed or suggested is its offer
        (
            [
                "Our stem cell therapy has been proposed for knee pain, back pain, "
                "arthritis, tendon tears, COPD and neuropathy."
            ],
        ),
        (
            [
                "The cells at our clinic have been suggested for knee pain, back pain, "
                "arthritis, tendon tears, COPD and neuropathy."
            ],
        ),
    ],
)
def test_the_pages_own_list_is_still_many_conditions(lines: list[str]) -> None:
    assert MANY in found("red_flag", *lines)


def test_conditions_of_a_reported_list_are_still_named() -> None:
    """The list is not the page's offer, but the page is still about those conditions."""
    sentence = "Shots are marketed for knee pain, back pain, COPD, neuropathy and lupus."
    assert {"hip-and-knee-pain", "chronic-back-and-neck-pain"} <= found("condition", sentence)


@each_case(
    ("sentence",),
    [
        ("Patients with arthritis pain in knees, shoulders or spines hear about it.",),
        ("She lives with arthritis pain in her hip.",),
        ("Arthritis pains of the hands wake him at night.",),
    ],
)
def test_plain_arthritis_pain_in_a_joint_is_osteoarthritis(sentence: str) -> None:
    assert "osteoarthritis" in found("condition", sentence)


def test_arthritis_pain_in_a_knee_still_names_knee_pain() -> None:
    sentence = "Patients with arthritis pain in knees hear about stem cell shots."
    assert {"osteoarthritis", "hip-and-knee-pain"} <= found("condition", sentence)


@each_case(
    ("sentence",),
    [
        ("Rheumatoid arthritis pain in the hands is worse in the morning.",),
        ("Arthritis pain relief cream for everyday use.",),
    ],
)
def test_arthritis_pain_of_another_kind_or_of_no_joint_is_no_osteoarthritis(
    sentence: str,
) -> None:
    assert "osteoarthritis" not in found("condition", sentence)


def test_the_shipped_word_lists_load() -> None:
    reading = reported_lists.shipped_reading()
    assert reading.proposal.search("it has been put forward for")
    assert reading.said_after.search(', it asked, "')
    assert reading.said_before.search("the ad says: ")


def test_the_word_lists_read_without_yaml_are_what_yaml_reads() -> None:
    path = shipped_dir() / reported_lists.REPORTED_LISTS
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert reported_lists.load(path) == reported_lists.compile_reading(data)


LISTS = "auxiliaries: [is]\nproposed: [marketed]\nspeakers: [it]\nspeaking: [said]\nown: [our]\n"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("- a\n" + LISTS, "not one list"),
        (LISTS.replace("speaking: [said]\n", ""), "no list speaking"),
        (LISTS + "speaking: [says]\n", "not one list"),
        (LISTS.replace("[marketed]", "[]"), "proposed is no list"),
        (LISTS.replace("[marketed]", '["marketed"]'), "proposed is no list"),
        (LISTS + "# " + "x" * reported_lists.MAX_BYTES, "larger than"),
    ],
)
def test_word_lists_of_the_wrong_shape_are_refused(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "reported_lists.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=problem):
        reported_lists.load(path)
