"""Two warning signs read by a structure the first runs of series ck to gf show (issue 14,
round signs1; the table of first-run warning-sign errors is in docs/matcher.md, "First-run
warning-sign errors, ck to gf"). Each test gives made-up wordings of the structure, never
a page's sentence, and look-alikes that must not be read as it.
"""

from __future__ import annotations

from cases import each_case
from findings import red_flags

# -- promised-results: a course of sessions is the time an outcome is reached in ---------
# The spec's promised outcomes or timelines: an outcome said with the count of
# treatments it takes ("full relief after 3 sessions") promises it as a time does ("full
# relief after 3 weeks"). The count is read where a time is, by the outcome-and-time
# wordings; resolution is an outcome. Told as past, hedged or of another treatment it
# promises nothing (`unpromised:`, the rivals), as a time does.


@each_case(
    ("sentence",),
    [
        ("Most patients get full relief after 3 sessions.",),
        ("Complete resolution within three treatments is what our patients see.",),
        ("After 2 injections, patients feel the improvement.",),
        ("You will notice results within 2 to 3 injections.",),
        ("Expect complete resolution in six weeks.",),
    ],
)
def test_an_outcome_said_with_a_count_of_sessions_is_a_promise(sentence: str) -> None:
    assert "promised-results" in red_flags(sentence)


@each_case(
    ("sentence",),
    [
        # told as past, of a study
        ("Improvement after 3 injections was modest in the trial.",),
        # hedged
        ("Some relief after 3 sessions could be possible, but nothing is certain.",),
        # a count with no outcome
        ("We need 3 sessions of physical therapy before the injection.",),
        ("The course is 3 injections, two weeks apart.",),
        # resolution in another sense, with no time
        ("The image resolution of the scanner is high.",),
    ],
)
def test_a_count_of_sessions_without_a_promised_outcome_is_no_promise(sentence: str) -> None:
    assert "promised-results" not in red_flags(sentence)


# -- medical-tourism: a hotel, flight or trip that serves a gathering --------------------
# The spec's travel packages bundled with treatment: a hotel where a talk or show is held,
# or a flight, trip or hotel booked for a conference, wedding or race, serves the
# gathering, not a treatment. One class of gatherings (`gathering` in
# `advert_words.yaml`) is read both ways; the words that also name a visit to the
# doctors (a meeting, a talk) guard only a hotel they are held in.


@each_case(
    ("sentence",),
    [
        ("The speaker gives a seminar at the Grand Hotel in town on Monday.",),
        ("Come to our free workshop at a hotel near you.",),
        ("She booked a hotel for the conference.",),
        ("He took a flight for his brother's wedding last spring.",),
        ("Two trips for the festival left her tired.",),
        ("Our doctors host a dinner at the Park Hotel.",),
    ],
)
def test_a_hotel_or_trip_for_a_gathering_is_no_medical_tourism(sentence: str) -> None:
    assert "medical-tourism" not in red_flags(sentence)


@each_case(
    ("sentence",),
    [
        ("Your package includes a hotel near the clinic.",),
        ("We book your flights and hotel for your stem cell treatment.",),
        ("Take a flight to Tijuana for a meeting with our doctors.",),
        ("Book a trip to Cancun for your injections.",),
        ("A hotel stay and airport pickup come with every treatment.",),
    ],
)
def test_a_hotel_or_trip_for_the_treatment_stays_medical_tourism(sentence: str) -> None:
    assert "medical-tourism" in red_flags(sentence)
