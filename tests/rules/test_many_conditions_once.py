"""many-conditions counts a disease once however a page words it (content1, issue 14).

`report._many_conditions` counted the other diseases a page names by their words, so one
disease named two ways ("MS" and "multiple sclerosis", "Parkinson's" and "Parkinsons",
"eye disorders" and "eye problems") counted twice toward MANY_CONDITIONS and was listed
twice in the warning sign's quote. A disease is now one however it is worded
(`report._diseases`), listed by the first wording the page uses, and a name's words run
on to its clause's end stop before the next name listed ("Parkinson's disease", not
"Parkinson's disease, eye disorders" before "eye disorders"). Every page here is made up.
"""

from __future__ import annotations

import json
from pathlib import Path

from cases import each_case
from findings import CATALOG, MATCHER
from installed import report

from stemcell_cli.check.page.source import AdText
from stemcell_cli.check.report import MANY_CONDITIONS, build_report

FLAG = "many-conditions"
#: Distinct diseases of one body system (nerves and brain), one a line: with one disease
#: more they make MANY_CONDITIONS.
DISTINCT = ("cerebral palsy", "muscular dystrophy", "neuropathy", "Lou Gehrig's disease")
assert len(DISTINCT) == MANY_CONDITIONS - 2


def _page(*names: str) -> list[str]:
    return [f"Our stem cells treat {name}." for name in (*DISTINCT, *names)]


def _listed(lines: list[str]) -> list[str] | None:
    """The names many-conditions lists for `lines`, or None when it is not raised."""
    found = build_report(CATALOG, AdText("advert", lines, []), MATCHER)
    quotes = [f.match.text for f in found.findings if f.match.entry_id == FLAG]
    return quotes[0].split(", ") if quotes else None


#: One disease worded two ways: the first wording, then the second.
ONE_DISEASE_TWO_WAYS = [
    ("multiple sclerosis", "MS"),
    ("MS", "multiple sclerosis"),
    ("multiple sclerosis (MS)", "MS"),
    ("COPD", "chronic obstructive pulmonary disease"),
    ("Parkinson's", "Parkinsons"),
    ("eye disorders", "eye problems"),
    ("brain disorders", "brain problems"),
    ("spinal cord injury", "spinal cord injuries"),
    ("leukemia", "leukaemias"),  # (review10) spelled two ways, both on one word list line
    # (leftovers3) a list of the word lists naming one disease: noun and adjective, or
    # the organ said two ways
    ("diabetes", "diabetic"),
    ("diabetic", "diabetes"),
    ("pulmonary fibrosis", "lung fibrosis"),
    ("lung fibrosis", "pulmonary fibrosis"),
]


@each_case(("first", "again"), ONE_DISEASE_TWO_WAYS)
def test_one_disease_named_two_ways_is_counted_once(first: str, again: str) -> None:
    """Four diseases and one named twice are five: no flag, where counting each wording
    made six."""
    assert _listed(_page(first, again)) is None


@each_case(("first", "again"), ONE_DISEASE_TWO_WAYS)
def test_one_disease_named_two_ways_is_listed_once_by_its_first_wording(
    first: str, again: str
) -> None:
    listed = _listed(_page("autism", first, again))
    assert listed is not None
    shown = first.removesuffix(" (MS)")
    assert listed[-1] == shown, listed
    assert len(listed) == MANY_CONDITIONS, listed


@each_case(
    ("one", "other"),
    [
        ("Parkinson's disease", "multiple sclerosis"),  # one system, one word list line apart
        ("lupus", "psoriasis"),  # one line of the word list
        ("MS", "spinal muscular atrophy"),  # a short name these words do not spell
        ("eye disorders", "vision loss"),  # one system
        ("kidney disease", "liver disease"),  # one line with a slot: two organs
        # (leftovers3) a kind of a disease is a disease of its own (docs/matcher.md)
        ("cancer", "leukemia"),
        ("cancer", "lymphoma"),
        ("leukemia", "lymphoma"),
        ("COPD", "emphysema"),
        ("pulmonary fibrosis", "asthma"),  # one disease's list joins no other name
    ],
)
def test_two_different_diseases_of_one_system_still_count_twice(one: str, other: str) -> None:
    listed = _listed(_page(one, other))
    assert listed is not None
    assert len(listed) == MANY_CONDITIONS, listed


def test_a_british_spelling_is_the_same_disease() -> None:
    """(review10) "ageing" and "aging" are one word, as "leukaemia" and "leukemia" are
    (`ONE_DISEASE_TWO_WAYS`)."""
    assert _listed(_page("skin aging", "skin ageing")) is None


def test_a_condition_of_the_catalog_worded_two_ways_is_counted_once() -> None:
    """ "knee pain" and "hip pain" are both hip-and-knee-pain: one condition, its entry
    the key, whatever words the page uses."""
    assert _listed(_page("knee pain", "hip pain")) is None
    listed = _listed(_page("autism", "knee pain", "hip pain"))
    assert listed is not None and listed[-1] == "knee pain", listed


def test_a_web_page_s_line_numbers_place_a_short_name_s_spelled_out_words() -> None:
    """On a web page the lines carry their numbers in the file (`AdText.numbers`): the
    words around "pulmonary" are read from its own line, so "COPD" is that disease."""
    lines = _page("COPD", "chronic obstructive pulmonary disease")
    numbers = [3 * index + 7 for index in range(len(lines))]
    found = build_report(CATALOG, AdText("advert", lines, [], numbers), MATCHER)
    assert FLAG not in {f.match.entry_id for f in found.findings}


def test_a_name_inside_a_longer_one_is_counted_once() -> None:
    """ "brain injury" inside "traumatic brain injury" is the one disease."""
    assert _listed(_page("traumatic brain injury")) is None
    listed = _listed(_page("autism", "traumatic brain injury"))
    assert listed is not None and listed[-1] == "traumatic brain injury", listed


def test_a_name_run_on_to_its_clause_end_stops_before_the_next_name() -> None:
    line = "We treat Parkinson's disease, eye disorders, lung problems and cancer."
    assert _listed([line]) == ["Parkinson's disease", "eye disorders", "lung problems", "cancer"]


def test_the_installed_command_lists_one_disease_once(tmp_path: Path) -> None:
    """Through `stemcell check -f json`: "multiple sclerosis (MS)" and "MS" make one
    disease, listed by its first wording; with autism the page names six."""
    text = "\n".join(_page("autism", "multiple sclerosis (MS)", "MS"))
    data = json.loads(report(tmp_path, text, "-f", "json"))
    quotes = [f["text"] for f in data["findings"] if f["id"] == FLAG]
    assert len(quotes) == 1
    listed = quotes[0].split(", ")
    assert listed[-1] == "multiple sclerosis" and "MS" not in listed, listed


def test_the_installed_command_lists_the_disease_not_its_organ_word(tmp_path: Path) -> None:
    """(leftovers3) Through `stemcell check -f json`: "diabetes" and "diabetic" are one
    disease, as "pulmonary fibrosis" and "lung fibrosis" are (each a list of
    `other_conditions:` naming one disease), and the list a patient reads names
    "pulmonary fibrosis", where it named its "pulmonary"."""
    for pair in (("diabetes", "diabetic patients"), ("pulmonary fibrosis", "lung fibrosis")):
        data = json.loads(report(tmp_path, "\n".join(_page(*pair)), "-f", "json"))
        assert FLAG not in {f["id"] for f in data["findings"]}, (pair, data["findings"])
    names = ("autism", "diabetes", "diabetic patients", "pulmonary fibrosis", "lung fibrosis")
    data = json.loads(report(tmp_path, "\n".join(_page(*names)), "-f", "json"))
    [quote] = [f["text"] for f in data["findings"] if f["id"] == FLAG]
    listed = quote.split(", ")
    assert listed[-3:] == ["autism", "diabetes", "pulmonary fibrosis"], listed
    assert len(listed) == MANY_CONDITIONS + 1, listed


# -- Round newcomer11 -----------------------------------------------------------------------
# ALS was listed only by its short name: "amyotrophic lateral sclerosis" was no disease of
# the word list (`other_conditions:` of data/check/advert_words.yaml, nerves-and-brain), so
# a page that spelled it out counted one disease fewer. It is listed now, and with "ALS" on
# the page the initials join the two (`report._diseases`, above). "Lou Gehrig's disease"
# beside "ALS" was still two until round leftovers4 made the three names one list of
# `other_conditions:` (below).

#: Five distinct diseases of the nerves and brain, none of them ALS.
FIVE = ("cerebral palsy", "muscular dystrophy", "neuropathy", "autism", "epilepsy")


def test_als_spelled_out_is_a_disease_of_its_own() -> None:
    lines = [f"Our stem cells treat {name}." for name in (*FIVE, "amyotrophic lateral sclerosis")]
    listed = _listed(lines)
    assert listed is not None
    assert listed[-1] == "amyotrophic lateral sclerosis", listed
    assert len(listed) == MANY_CONDITIONS, listed


@each_case(
    ("first", "again"),
    [
        ("amyotrophic lateral sclerosis (ALS)", "ALS"),
        ("ALS", "amyotrophic lateral sclerosis"),
    ],
)
def test_als_and_its_spelled_out_name_are_one_disease(first: str, again: str) -> None:
    """Four diseases and ALS named twice are five: no flag; with a fifth, ALS is listed
    once, by its first wording."""
    assert _listed([f"Our stem cells treat {name}." for name in (*FIVE[:4], first, again)]) is None
    listed = _listed([f"Our stem cells treat {name}." for name in (*FIVE, first, again)])
    assert listed is not None
    assert listed[-1] == first.removesuffix(" (ALS)"), listed
    assert len(listed) == MANY_CONDITIONS, listed


# -- Round leftovers4 -----------------------------------------------------------------------
# "Lou Gehrig's disease" beside "ALS" (or "amyotrophic lateral sclerosis") counted two
# diseases: the eponym and the initials were separate lines of the word list. The three
# names are one list of `other_conditions:` now, so they are one disease.

ALS_NAMES = ("ALS", "amyotrophic lateral sclerosis", "Lou Gehrig's disease")


@each_case(
    ("first", "again"),
    [(a, b) for a in ALS_NAMES for b in ALS_NAMES if a != b and "Lou" in a + b],
)
def test_lou_gehrigs_disease_and_als_are_one_disease(first: str, again: str) -> None:
    """Four diseases and ALS named twice are five: no flag; with a fifth, ALS is listed
    once, by its first wording."""
    assert _listed([f"Our stem cells treat {name}." for name in (*FIVE[:4], first, again)]) is None
    listed = _listed([f"Our stem cells treat {name}." for name in (*FIVE, first, again)])
    assert listed is not None
    assert listed[-1] == first, listed
    assert len(listed) == MANY_CONDITIONS, listed


def test_the_installed_check_lists_als_once_by_its_eponym(tmp_path: Path) -> None:
    """The warning sign a patient reads names the disease once, as the page first did."""
    page = [f"Our stem cells treat {name}." for name in (*FIVE, *ALS_NAMES[::-1])]
    data = json.loads(report(tmp_path, "\n".join(page), "-f", "json"))
    [quote] = [f["text"] for f in data["findings"] if f["id"] == FLAG]
    listed = quote.split(", ")
    assert listed == [*FIVE, "Lou Gehrig's disease"], listed
