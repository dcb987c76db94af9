"""Claims a careful page reports or quotes, read as someone else's (round careful1, issue 14).

Series gc's train errors (benchmarks/adverts/first-runs/gc-misses.txt): an insurer's list
of the indications a therapy "has been proposed" for and a columnist's quotation of a
seminar ad's question were read as the page's own many-conditions offer; plain arthritis
before "pain in" a joint was not read as osteoarthritis. Made-up sentences, never a page's,
with look-alikes that must stay as they were; each advert case failed before its rule.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise
from pathlib import Path

from cases import each_case
from findings import found

from stemcell_cli.check.rules import reported_lists

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


def test_the_shipped_word_lists_read_both_structures() -> None:
    from stemcell_cli.check.matching.wordings import lexicon_for
    from stemcell_cli.core.cache import open_catalog

    reading = reported_lists.reading_of(lexicon_for(open_catalog()).reported_lists)
    assert reading is not None
    assert reading.proposal.search("it has been put forward for")
    assert reading.said_after.search(', it asked, "')
    assert reading.said_before.search("the ad says: ")
    assert not reading.said_before.search("as our clinic says: ")


def test_word_lists_with_one_list_missing_read_no_list_as_reported() -> None:
    lists = {"auxiliaries": ("is",), "proposed": ("marketed",), "speakers": ("it",)}
    assert reported_lists.reading_of({**lists, "speaking": ("said",)}) is None
    whole = {**lists, "speaking": ("said|asked",), "own": ("our",)}
    reading = reported_lists.reading_of(whole)
    assert reading is not None and reading.said_after.search(', it asked, "')


def test_a_users_reported_lists_lay_over_the_shipped_ones(tmp_path: Path) -> None:
    """A `reported_lists:` list in a user's check/advert_words.yaml stands in for the
    shipped list of its name, the others kept, through the installed command, its
    compiled matcher cached and served again (review11): "the pamphlet asked" is a
    speaker only once the user names it."""
    import json

    from installed import stemcell

    advert = tmp_path / "advert.txt"
    advert.write_text(
        'Our clinic offers knee shots. "Do you suffer," the pamphlet asked, "from knee pain,'
        ' back pain, asthma, diabetes, heart failure, lupus or COPD?"\n',
        encoding="utf-8",
    )
    mine = tmp_path / "mine"
    (mine / "check").mkdir(parents=True)
    (mine / "check" / "advert_words.yaml").write_text(
        "reported_lists:\n  speakers: [it|pamphlet]\n", encoding="utf-8"
    )
    env = {"STEMCELL_CACHE_DIR": str(tmp_path / "cache")}

    def flags(*data: str) -> set[str]:
        result = stemcell(*data, "check", str(advert), "--no-fail", "-f", "json", **env)
        assert (result.returncode, result.stderr) == (0, ""), result.stderr
        findings = json.loads(result.stdout)["findings"]
        return {f["id"] for f in findings if f["kind"] == "red_flag"}

    assert MANY in flags()
    for _ in range(2):  # built, then served from the cache
        assert MANY not in flags("--data-dir", str(mine))


#: Pages whose reported lists cross lines and blocks: a proposal running over a line
#: break, list items after a lead-in ending with a colon (blank lines between them or
#: not), a paragraph that ends the items, a quotation beside its speaker.
ACROSS = [
    "Some text first.",
    "",
    "Cell therapy has been proposed for",
    "knee pain, back pain and COPD. Our clinic treats knees.",
    "",
    "The therapy has been put forward for these indications:",
    "",
    "- Knee - arthritis and meniscus tears",
    "",
    "- Spine - back pain",
    "- Lungs - COPD",
    "Nerves - neuropathy",
    "",
    "We treat these too:",
    "- Hips - hip pain",
    "",
    'Then they asked: "Are you troubled by back pain,',
    'sore knees or asthma?" We laughed.',
]


#: The same, read once invisible characters are dropped and curly marks kept: a soft
#: hyphen inside a proposal's word, a proposal told over two lines, curly quotation marks.
HIDDEN = [
    "Some text first.",
    "",
    "Shots are market\u00aded for these:",
    "- knee pain",
    "",
    "- back pain",
    "",
    "They are",
    "put forward for COPD.",
    "",
    "The ad said: \u201cknee pain, back pain\u201d and more.",
]


@each_case(
    ("lines",),
    [(ACROSS,), (["", "", *ACROSS[5:], ""],), (ACROSS[7:],), (HIDDEN,), (HIDDEN[2:],)],
)
def test_reading_only_some_lines_reads_them_as_the_whole_text_does(lines: list[str]) -> None:
    """speed10: `reported_places` given the lines wanted reads each of them as it reads
    the whole text, however far back the proposal its list items follow stands."""
    from stemcell_cli.check.matching.wordings import lexicon_for
    from stemcell_cli.core.cache import open_catalog

    reading = reported_lists.reading_of(lexicon_for(open_catalog()).reported_lists)
    assert reading is not None
    whole = reported_lists.places_in(lines, reading)  # every block read
    assert whole  # (each page has a reported list)
    assert reported_lists.reported_places(lines, reading) == whole
    for index in range(len(lines)):
        some = reported_lists.reported_places(lines, reading, {index})
        assert some.get(index) == whole.get(index), (index, lines[index])
    everything = set(range(len(lines)))
    assert reported_lists.reported_places(lines, reading, everything) == whole


@each_case(
    ("lines", "many"),
    [
        # the items a proposal's colon leads, blank lines between, a long paragraph before
        (
            [
                "Stem cells are in the news. " * 20,
                "",
                "The therapy has been put forward as a treatment for these indications:",
                "",
                "- Knee - arthritis, meniscus tears and tendon tears",
                "",
                "- Spine - back pain and herniated discs",
                "",
                "- Lungs - COPD",
                "",
                "- Nerves - neuropathy",
            ],
            False,
        ),
        # ... but a paragraph of the page's own between ends them
        (
            [
                "The therapy has been put forward as a treatment for these indications:",
                "",
                "- Knee - arthritis",
                "",
                "Our clinic treats all of these and more,",
                "every day of the week.",
                "",
                "- Knee - meniscus tears and tendon tears",
                "- Spine - back pain and herniated discs",
                "- Lungs - COPD",
                "- Nerves - neuropathy",
            ],
            True,
        ),
    ],
)
def test_list_items_after_a_proposals_colon_are_read_as_before(
    lines: list[str], many: bool
) -> None:
    assert (MANY in found("red_flag", *lines)) is many


Reader = Callable[[Sequence[str], reported_lists.Reading], dict[int, list[tuple[int, int]]]]

#: A quotation beside its speaker before a proposal told, and one inside a proposal's
#: sentence: the spans of one line overlap or come out of order until they are joined.
BESIDE_AND_INSIDE = [
    '"Knee pain and COPD," they said. Cells have been proposed for back pain, neuropathy '
    "and asthma.",
    'Cells have been proposed for "knee pain, COPD," they said, and for back pain, '
    "neuropathy and asthma.",
]


@each_case(("read",), [(reported_lists.places_in,), (reported_lists.reported_places,)])
def test_each_lines_spans_are_joined_so_that_bisection_finds_them(read: Reader) -> None:
    """review12: `is_reported` bisects a line's spans, so each function returns them in
    order and apart (`_joined`); unjoined, the proposal's list after a quotation, or after
    the quotation inside its sentence, was not read as reported."""
    from stemcell_cli.check.matching.wordings import lexicon_for
    from stemcell_cli.core.cache import open_catalog

    reading = reported_lists.reading_of(lexicon_for(open_catalog()).reported_lists)
    assert reading is not None
    places = read(BESIDE_AND_INSIDE, reading)
    for index, line in enumerate(BESIDE_AND_INSIDE):
        spans = places[index]
        assert all(end < start for (_, end), (start, _) in pairwise(spans)), spans
        proposal = range(line.index("have been"), line.rindex("."))
        assert all(reported_lists.is_reported(places, index, at) for at in proposal), spans
    quotation = range(0, BESIDE_AND_INSIDE[0].index(" they"))
    assert all(reported_lists.is_reported(places, 0, at) for at in quotation)
    assert not reported_lists.is_reported(places, 0, BESIDE_AND_INSIDE[0].index("Cells"))
