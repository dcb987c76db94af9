"""A trip for a meeting is medical tourism only when it goes abroad to be treated (round
leftovers3, issue 14).

firstg1's event guard read "a flight to Tijuana for a meeting with our stem cell doctors"
as a trip to an event at home, so review10 took "meeting" out of its nouns; then "a flight
to Chicago for a meeting" was medical tourism again (a bare "flight" raises it). What tells
them apart is the place: the label spec's medical tourism is a package abroad for
treatment, and a destination of it is a word the phrases name (`{destination}`). A trip to
a named place no phrase reads as one, a name (`@name`) or a word of `place_names:`
(`{named-place}`), for a meeting is guarded; a trip to a destination for a meeting, or for
a meeting with no place named, still raises it. Every sentence here is made up.
"""

from __future__ import annotations

import json
from pathlib import Path

from cases import each_case
from findings import found
from installed import report

FLAG = "medical-tourism"


@each_case(
    ("sentence", "expected"),
    [
        # a meeting at a named place no phrase reads as a destination abroad
        ("We book a flight to Chicago for a meeting.", False),
        ("I took a flight to Chicago for a meeting.", False),
        ("He caught flights to Boston for the meetings.", False),
        ("She booked a trip to New York for a meeting.", False),
        ("We took a trip to Nairobi for our meeting.", False),
        ("Our rep took a flight to Vegas for a meeting.", False),
        # ... the clinic's own doctors met there, at home, is no trip abroad either
        ("We arrange your flight to Chicago for a meeting with our doctors.", False),
        # a meeting at a destination abroad, with the clinic's doctors or not
        ("Book your flight to Tijuana for a meeting with our stem cell doctors.", True),
        ("We book a flight to Tijuana for a meeting.", True),
        ("Book a flight to Cancun for a meeting with our team.", True),
        ("We book a flight to Costa Rica for a meeting.", True),
        # ... a meeting with no place named, as before
        ("We book your flight for a meeting with our stem cell doctors.", True),
        # ... and a named place for the treatment, not a meeting
        ("We book a flight to Chicago for your stem cell injections.", True),
    ],
)
def test_a_trip_for_a_meeting_is_tourism_only_to_a_destination(
    sentence: str, expected: bool
) -> None:
    assert (FLAG in found("red_flag", sentence)) is expected, sentence


def test_the_installed_command_tells_the_two_meetings_apart(tmp_path: Path) -> None:
    """Through `stemcell check -f json`, the two sentences of the round."""
    home = json.loads(report(tmp_path, "We book a flight to Chicago for a meeting.", "-f", "json"))
    assert FLAG not in {f["id"] for f in home["findings"]}, home["findings"]
    abroad = json.loads(
        report(
            tmp_path,
            "We book a flight to Tijuana for a meeting with our stem cell doctors.",
            "-f",
            "json",
        )
    )
    assert FLAG in {f["id"] for f in abroad["findings"]}, abroad["findings"]
