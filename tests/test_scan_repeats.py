"""A block the text repeats is split and read once (`Matcher._split_block`): each
occurrence still gets the findings a fresh reading gives it, and a block disowned in one
place (a reported list's item) is not so where it stands alone."""

from __future__ import annotations

from findings import MATCHER

from stemcell_cli.check.matching.findings import Match

CLAIM = "Our stem cells cure arthritis."
#: A paragraph of more than 25 words: it ends the list a lead-in reports.
PLAIN = (
    "We are a family practice in Denver. Our doctors have treated patients for many "
    "years, and we are proud of the care we give to each person who walks in."
)


def _at(matches: list[Match], line: int) -> list[tuple[str, str, int, str]]:
    return [(m.kind, m.entry_id, m.column, m.text) for m in matches if m.line == line]


def test_a_repeated_block_gives_the_findings_of_a_fresh_reading() -> None:
    fresh = _at(MATCHER.scan([CLAIM]), 1)
    assert ("red_flag", "cure-claim", 16, "cure") in fresh
    lines = [CLAIM, "", PLAIN, "", CLAIM, "", PLAIN, "", CLAIM]
    found = MATCHER.scan(lines)
    for line in (1, 5, 9):
        assert _at(found, line) == fresh, line
    assert _at(found, 3) == _at(found, 7) == _at(MATCHER.scan([PLAIN]), 1)


def test_a_block_reported_in_one_place_is_the_page_s_own_in_another() -> None:
    lines = ["Be wary of clinics that:", "", CLAIM, "", PLAIN, "", CLAIM, "", CLAIM]
    found = MATCHER.scan(lines)
    assert not _at(found, 3)  # an item of the list the lead-in reports
    fresh = _at(MATCHER.scan([CLAIM]), 1)
    assert _at(found, 7) == _at(found, 9) == fresh


def test_a_block_repeated_under_another_section_reads_as_that_section_s() -> None:
    """(review10) What a block's place changes is not kept with its split: under a
    heading that names another treatment, its reduced-inflammation is that treatment's
    (`usual_care`); under the offer's heading the same block is the page's claim."""
    block = "These injections reduce inflammation in the joint."
    claim = ("benefit", "reduced-inflammation", 18, "reduce inflammation")
    for rival, offer in ((1, 5), (5, 1)):
        lines = ["", "", block, "", "", "", block]
        lines[rival - 1], lines[offer - 1] = "Steroid injections", "Our stem cell therapy"
        found = MATCHER.scan(lines)
        assert claim not in _at(found, rival + 2)
        assert claim in _at(found, offer + 2)


def test_a_repeated_lead_in_reports_each_list_it_leads() -> None:
    """(speed11) What a block's text alone tells, such as whether a lead-in reports the
    list after it, is worked out once per text; each list the lead-in leads is still
    disowned, and a claim after the list that ends it is the page's again."""
    lead = "Be wary of clinics that:"
    lines = [lead, "", CLAIM, "", PLAIN, "", lead, "", CLAIM, "", PLAIN, "", CLAIM]
    found = MATCHER.scan(lines)
    assert not _at(found, 3)
    assert not _at(found, 9)
    assert _at(found, 13) == _at(MATCHER.scan([CLAIM]), 1)


def test_a_repeated_heading_opens_its_section_each_time() -> None:
    """(speed11) A heading met again opens another treatment's section again, and the
    offer's heading between them closes the first."""
    block = "These injections reduce inflammation in the joint."
    claim = ("benefit", "reduced-inflammation", 18, "reduce inflammation")
    rival, offer = "Steroid injections", "Our stem cell therapy"
    lines = [rival, "", block, "", offer, "", block, "", rival, "", block, "", offer, "", block]
    found = MATCHER.scan(lines)
    assert claim not in _at(found, 3)
    assert claim in _at(found, 7)
    assert claim not in _at(found, 11)
    assert claim in _at(found, 15)


def test_a_repeated_title_is_disowned_only_right_before_a_citation() -> None:
    """(review15) Whether a block is a study's title is told by the block after it (a
    citation's entry: `reference_entries.is_title`), not by its text alone, which
    `scan` reads once per text: the same line before an entry quotes the study, and
    before prose it is the page's claim."""
    title = "Stem cells regenerate cartilage in knee osteoarthritis"
    entry = "Centeno C, Smith J. Stem cells regenerate cartilage. Int Orthop. 2014;38(9):1889-93."
    fresh = _at(MATCHER.scan([title]), 1)
    assert fresh  # (a claim and a condition of the page's when it stands alone)
    for lines, quoted, own in (
        ([title, "", entry, "", title, "", PLAIN], 1, 5),
        ([title, "", PLAIN, "", title, "", entry], 5, 1),
    ):
        found = MATCHER.scan(lines)
        assert not _at(found, quoted)
        assert not _at(found, 3 if lines[2] == entry else 7)
        assert _at(found, own) == fresh
